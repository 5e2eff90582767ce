#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <clocale>

namespace quietlegs {

QStringList Translations::languageCodes()
{
    return {QString(), QStringLiteral("en_GB"), QStringLiteral("de")};
}

QLocale Translations::localeFor(const QString& language)
{
    const QLocale system = QLocale::system();
    if (language.isEmpty())
        return system;
    const QLocale chosen(language);
    if (chosen.language() == system.language())
        return system; // the user's own variant: their country's formats
    return chosen;
}

QLocale Translations::install(QCoreApplication* app, const QString& language)
{
    // QCoreApplication has called setlocale(LC_ALL, "") on Unix, so under LANG=de_DE the C
    // library would print 2.5 as "2,5": the exports and the analysis text format numbers with
    // snprintf and must stay locale-independent (interchange-v1.md). Qt's QLocale, not the C
    // library, localises what the GUI shows.
    std::setlocale(LC_NUMERIC, "C");

    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);

    // Parented to the application: they live as long as it does.
    auto* own = new QTranslator(app);
    // uiLanguages() runs from the most to the least specific ("de-DE", "de"); anything that is
    // not German falls back to the English source text and its plural forms.
    if (own->load(locale, QStringLiteral("quietlegs"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/quietlegs_en_GB.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    auto* qt = new QTranslator(app);
    if (locale.language() != QLocale::English &&
        qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace quietlegs
