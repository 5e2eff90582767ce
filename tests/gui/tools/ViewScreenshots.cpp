// Renders the Trends and Insights views of a journal to PNG files, in a light or a dark
// palette, so a person can look at them (docs/images, reviews). Not a test: it asserts nothing.
//   quietlegs-view-screenshots JOURNAL OUTPUT_DIR [--dark]
#include "ComparisonPanel.h"
#include "ExperimentPlanner.h"
#include "InsightsView.h"
#include "TrendsView.h"

#include "quietlegs/storage/Journal.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>

#include <cstdio>

using namespace quietlegs;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xbf));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

bool save(QWidget& widget, const QString& path)
{
    QApplication::processEvents();
    const bool saved = widget.grab().save(path);
    std::printf("%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the planner's QSettings stay out of the user's
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: quietlegs-view-screenshots JOURNAL OUTPUT_DIR [--dark]\n");
        return 2;
    }
    const bool dark = args.contains(QStringLiteral("--dark"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark)
        QApplication::setPalette(darkPalette());
    auto journal = Journal::open(args[1].toStdString(), Journal::Access::ReadOnly);
    if (!journal) {
        std::fprintf(stderr, "%s\n", journal.error().message().c_str());
        return 1;
    }
    const QDir out(args[2]);
    const QString suffix = dark ? QStringLiteral("-dark") : QString();
    const QSize size(1400, 860);
    bool ok = true;

    TrendsView trends;
    trends.resize(size);
    trends.setRange(TrendRange::OneYear);
    trends.setJournal(&journal.value());
    trends.show();
    ok &= save(trends, out.filePath(QStringLiteral("trends-weekly%1.png").arg(suffix)));
    trends.setDaily(true);
    trends.setRange(TrendRange::TwelveWeeks);
    trends.setMovingAverage(true);
    ok &= save(trends, out.filePath(QStringLiteral("trends-daily%1.png").arg(suffix)));

    InsightsView insights;
    insights.resize(size);
    insights.setJournal(&journal.value());
    insights.show();
    ok &= save(insights, out.filePath(QStringLiteral("insights-correlations%1.png").arg(suffix)));
    insights.tabs()->setCurrentIndex(1);
    ok &= save(insights, out.filePath(QStringLiteral("insights-comparison%1.png").arg(suffix)));
    insights.tabs()->setCurrentIndex(2);
    const auto last = trends.shownTo();
    if (last) {
        const QDate end(int(last->year()), int(unsigned(last->month())), int(unsigned(last->day())));
        insights.experimentPlanner()->plan(end.addDays(-41), 7, 6, 2026);
    }
    ok &= save(insights, out.filePath(QStringLiteral("insights-experiment%1.png").arg(suffix)));
    return ok ? 0 : 1;
}
