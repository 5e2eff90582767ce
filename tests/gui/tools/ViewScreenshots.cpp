// Renders the Trends and Insights sections of the app on a journal to PNG files, light or
// dark, to look at them (docs/images/trends.png, insights.png). Not a test: asserts nothing.
//   quietlegs-view-screenshots JOURNAL OUTPUT_DIR [--dark]
// The journal is opened as the app opens it; make one with `quietlegs-cli demo --days 365`.
// QUIETLEGS_LANGUAGE=de renders them in that language (docs/translations.md).
#include "GuiResources.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "charts/ChartDates.h"
#include "desktop/DarkPalette.h"
#include "desktop/Translations.h"
#include "insights/ExperimentPlanner.h"
#include "insights/InsightsView.h"
#include "trends/TrendsView.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>
#include <cstdio>

using namespace quietlegs;

namespace {

bool save(QWidget& widget, const QDir& out, const QString& name, const QString& suffix)
{
    QApplication::processEvents();
    const QString path = out.filePath(name + suffix + QStringLiteral(".png"));
    const bool saved = widget.grab().save(path);
    std::printf("%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // window state and plans stay out of the user's
    QApplication::setOrganizationName(QStringLiteral("QuietLegsScreenshots"));
    initGuiResources();
    if (qEnvironmentVariableIsSet("QUIETLEGS_LANGUAGE"))
        Translations::install(&app, qEnvironmentVariable("QUIETLEGS_LANGUAGE"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: quietlegs-view-screenshots JOURNAL OUTPUT_DIR [--dark]\n");
        return 2;
    }
    const bool dark = args.contains(QStringLiteral("--dark"));
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    const QString suffix = dark ? QStringLiteral("-dark") : QString();
    JournalSession session;
    if (const Status opened = session.open(args[1]); !opened) {
        std::fprintf(stderr, "%s\n", opened.error().message().c_str());
        return 1;
    }
    const QDir out(args[2]);
    MainWindow window(&session);
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    bool ok = true;

    TrendsView* trends = window.trendsView();
    window.showSection(window.sectionIndex(trends));
    trends->setRange(TrendRange::OneYear);
    ok &= save(window, out, QStringLiteral("trends"), suffix);
    trends->setDaily(true);
    trends->setRange(TrendRange::FourWeeks);
    ok &=
        save(window, out, QStringLiteral("trends-daily-nights"), suffix); // gaps at missing nights
    trends->setRange(TrendRange::TwelveWeeks);
    trends->setMovingAverage(true);
    ok &= save(window, out, QStringLiteral("trends-daily"), suffix);

    InsightsView* insights = window.insightsView();
    window.showSection(window.sectionIndex(insights));
    insights->selectCorrelation(Exposure::MagnesiumMg, Outcome::IrlsTotal, 1);
    ok &= save(window, out, QStringLiteral("insights"), suffix);
    insights->tabs()->setCurrentIndex(1);
    ok &= save(window, out, QStringLiteral("insights-comparison"), suffix);
    insights->tabs()->setCurrentIndex(2);
    // A saved (pre-registered) plan: its fields locked, its calendar, its result hidden.
    insights->experimentPlanner()->savePlan();
    ok &= save(window, out, QStringLiteral("insights-experiment"), suffix);
    return ok ? 0 : 1;
}
