#include "ChartSections.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

namespace quietlegs {
namespace {

ChartSectionBuilder& installedBuilder()
{
    static ChartSectionBuilder builder = nullptr;
    return builder;
}

/// The module next to the executable (the build tree), then where an installed tree keeps it.
QStringList modulePlaces()
{
    QStringList places;
#if defined(QUIETLEGS_CHART_SECTIONS_MODULE) && defined(QUIETLEGS_CHART_SECTIONS_FROM_BIN)
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString module = QStringLiteral(QUIETLEGS_CHART_SECTIONS_MODULE);
    places << bin.filePath(module)
           << QDir::cleanPath(bin.filePath(QStringLiteral(QUIETLEGS_CHART_SECTIONS_FROM_BIN)) +
                              QLatin1Char('/') + module);
#endif
    return places;
}

} // namespace

void ChartSections::install(ChartSectionBuilder builder)
{
    installedBuilder() = builder;
}

ChartSectionBuilder ChartSections::builder(QString* error)
{
    if (installedBuilder())
        return installedBuilder();
    const QStringList places = modulePlaces();
    for (const QString& path : places) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path);
        // Every symbol is bound now: a module that does not match this executable fails here,
        // with a message, rather than at its first call.
        module.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        if (!module.load()) {
            *error = module.errorString();
            return nullptr;
        }
        // Loading made the module's statics, which installed its builder.
        if (!installedBuilder())
            *error = QStringLiteral("%1 installed no sections").arg(path);
        return installedBuilder();
    }
    *error = places.isEmpty() ? QStringLiteral("this program has no chart sections")
                              : QStringLiteral("%1 not found").arg(places.join(QLatin1String(", ")));
    return nullptr;
}

} // namespace quietlegs
