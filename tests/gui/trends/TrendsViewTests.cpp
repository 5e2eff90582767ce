#include "GuiTestMain.h"
#include "DemoJournalFixture.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "charts/ChartBars.h"
#include "charts/ChartDates.h"
#include "charts/ChartLine.h"
#include "charts/TimeChartView.h"
#include "insights/CorrelationTableModel.h"
#include "insights/InsightsView.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/analysis/SupplementSeries.h"
#include "trends/TrendChart.h"
#include "trends/TrendsView.h"

#include <QChart>
#include <QFile>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>
#include <QtTest>

using namespace quietlegs;
using namespace quietlegs::testing;

class TrendsViewTests : public QObject
{
    Q_OBJECT

private slots:
    void chartPlacesJournalDatesLikeCalendarDates();
    void barsArePaintedToTheirHeight();
    void weeklyChartShowsTheEngineWeeklyMeans();
    void dailyChartShowsTheEngineMovingAverage();
    void dailyLinesBreakAtMissingNights();
    void weeklyLinesBreakAtMissingWeeks();
    void rangeAllSpansTheWholeJournal();
    void tooltipNamesTheExactValueAndDate();
    void legendClickHidesAndShowsASeries();
    void zoomAndPanStayOnTheTimeAxis();
    void exportsPngAndSvg();
    void emptyJournalShowsAHintInsteadOfAChart();
    void hiddenViewReadsTheJournalWhenShown();
    void mainWindowSectionsFollowTheJournal();
    void stackedPanelsShareTheTimeAxis();
    void intakePanelStacksSupplementsUnderFoodWithIronOnItsOwnAxis();
    void weeksStartOnTheJournalsWeekStartAndShowTheCheckIns();
};

namespace {

QList<QPointF> linePoints(TrendChart* chart, TrendSeries which)
{
    return chart->line(which)->points();
}

/// Where a value is drawn, in the chart's coordinates (for ChartLine::pointNear).
QPointF positionOf(TrendChart* chart, TrendSeries which, QPointF value)
{
    return chart->chart()->mapToPosition(value, chart->series(which));
}

/// A journal in a temporary folder with only the nights given: severity by date.
class NightsJournal
{
public:
    explicit NightsJournal(const std::vector<std::pair<Date, int>>& severities)
    {
        m_journal.emplace(
            Journal::open(m_dir.filePath(QStringLiteral("j.sqlite")).toStdString()).value());
        JournalRecords records;
        for (const auto& [date, severity] : severities) {
            NightEntry entry;
            entry.date = date;
            entry.severity = severity;
            records.nights.push_back(Night::create(entry).value());
        }
        if (!m_journal->merge(records))
            qFatal("cannot fill the test journal");
    }
    const Journal& journal() const { return *m_journal; }

private:
    QTemporaryDir m_dir;
    std::optional<Journal> m_journal;
};

} // namespace

void TrendsViewTests::weeklyChartShowsTheEngineWeeklyMeans()
{
    DemoJournalFixture fixture;
    TrendsView view;
    view.setRange(TrendRange::TwelveWeeks);
    view.setJournal(&fixture.journal());
    view.show(); // a hidden view reads the journal when shown

    const Date to = demoLastDate();
    const Date from = addDays(to, -83);
    QCOMPARE(view.shownFrom().value(), from);
    QCOMPARE(view.shownTo().value(), to);
    const auto weeks = weeklySummaries(fixture.series(), from, to);
    QVERIFY(weeks.size() >= 12);

    QList<double> symptom;
    QList<double> efficiency;
    QList<double> magnesium;
    QList<double> iron;
    for (const WeeklySummary& week : weeks) {
        if (week.mean(Outcome::IrlsTotal))
            symptom << *week.mean(Outcome::IrlsTotal);
        if (week.mean(Outcome::SleepEfficiency))
            efficiency << *week.mean(Outcome::SleepEfficiency);
        if (week.mean(Exposure::MagnesiumMg))
            magnesium << *week.mean(Exposure::MagnesiumMg);
        if (week.mean(Exposure::IronMg))
            iron << *week.mean(Exposure::IronMg);
    }
    QVERIFY(!symptom.isEmpty());
    const auto symptomPoints = linePoints(view.chart(), TrendSeries::Symptom);
    QCOMPARE(symptomPoints.size(), symptom.size());
    for (qsizetype i = 0; i < symptom.size(); ++i)
        QCOMPARE(symptomPoints[i].y(), symptom[i]);
    const auto efficiencyPoints = linePoints(view.chart(), TrendSeries::SleepEfficiency);
    QCOMPARE(efficiencyPoints.size(), efficiency.size());
    for (qsizetype i = 0; i < efficiency.size(); ++i)
        QCOMPARE(efficiencyPoints[i].y(), efficiency[i]);

    const auto& bars = view.chart()->points(TrendSeries::Magnesium);
    QCOMPARE(bars.size(), magnesium.size());
    for (qsizetype i = 0; i < magnesium.size(); ++i)
        QCOMPARE(bars[i].value, magnesium[i]);
    QCOMPARE(view.chart()->points(TrendSeries::Iron).size(), iron.size());
    // Each bar is drawn at its value, within its week.
    const auto& drawn = view.chart()->bars(TrendSeries::Magnesium)->bars();
    QCOMPARE(drawn.size(), magnesium.size());
    for (qsizetype i = 0; i < magnesium.size(); ++i) {
        QCOMPARE(drawn[i].value, magnesium[i]);
        QVERIFY(drawn[i].left >= chartX(bars[i].date, -0.5));
        QVERIFY(drawn[i].right <= chartX(bars[i].date, 6.5));
    }
    // The first line point is the first week's, placed in the middle of that week.
    QCOMPARE(view.chart()->points(TrendSeries::Symptom).first().date,
             toQDate(weeks.front().weekStart));
}

void TrendsViewTests::dailyChartShowsTheEngineMovingAverage()
{
    DemoJournalFixture fixture;
    TrendsView view;
    view.setRange(TrendRange::FourWeeks);
    view.setDaily(true);
    view.setJournal(&fixture.journal());
    view.show(); // a hidden view reads the journal when shown
    const Date to = demoLastDate();
    const Date from = addDays(to, -27);
    const JournalSeries series = fixture.series();

    auto raw = linePoints(view.chart(), TrendSeries::Symptom);
    qsizetype rawCount = 0;
    for (auto it = series.outcome(Outcome::IrlsTotal).lowerBound(from);
         it != series.outcome(Outcome::IrlsTotal).end() && it->first <= to; ++it) {
        QCOMPARE(raw[rawCount].y(), it->second);
        QCOMPARE(raw[rawCount].x(), chartX(it->first));
        ++rawCount;
    }
    QCOMPARE(raw.size(), rawCount);

    view.setMovingAverage(true);
    const DatedSeries average = movingAverage(series.outcome(Outcome::IrlsTotal), from, to);
    const auto smoothed = linePoints(view.chart(), TrendSeries::Symptom);
    QCOMPARE(smoothed.size(), qsizetype(average.size()));
    qsizetype i = 0;
    for (const auto& [date, value] : average) {
        QCOMPARE(smoothed[i].x(), chartX(date));
        QCOMPARE(smoothed[i].y(), value);
        ++i;
    }
    // Bars stay the day's elemental mg, not averaged.
    const auto& bars = view.chart()->points(TrendSeries::Magnesium);
    QVERIFY(!bars.isEmpty());
    for (const TrendPoint& bar : bars)
        QCOMPARE(bar.value, series.exposure(Exposure::MagnesiumMg).at(toDate(bar.date)).value());
}

void TrendsViewTests::dailyLinesBreakAtMissingNights()
{
    // Nights on days 0, 1, 2, 4 and 7 of a week and a half: nothing on 3, 5 and 6.
    const Date d0 = addDays(demoLastDate(), -7);
    const NightsJournal nights({{d0, 6},
                                {addDays(d0, 1), 4},
                                {addDays(d0, 2), 8},
                                {addDays(d0, 4), 2},
                                {addDays(d0, 7), 5}});
    TrendsView view;
    view.resize(1000, 600);
    view.setRange(TrendRange::FourWeeks);
    view.setDaily(true);
    view.setSymptomOutcome(Outcome::Severity);
    view.setJournal(&nights.journal());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TrendChart* chart = view.chart();
    const ChartLine* line = chart->line(TrendSeries::Symptom);

    // Three runs: days 0-2 joined, day 4 and day 7 each on their own.
    QCOMPARE(line->runCount(), 3);
    QCOMPARE(line->run(0),
             (QList<QPointF>{QPointF(chartX(d0), 6), QPointF(chartX(addDays(d0, 1)), 4),
                             QPointF(chartX(addDays(d0, 2)), 8)}));
    QCOMPARE(line->run(1), QList<QPointF>{QPointF(chartX(addDays(d0, 4)), 2)});
    QCOMPARE(line->run(2), QList<QPointF>{QPointF(chartX(addDays(d0, 7)), 5)});

    // Halfway between two joined nights the pointer is on the line; halfway across the gap
    // from day 2 to day 4, where a joined line would have been drawn, there is nothing.
    const auto between = [&](QPointF a, QPointF b, double fraction) {
        const QPointF from = positionOf(chart, TrendSeries::Symptom, a);
        return from + (positionOf(chart, TrendSeries::Symptom, b) - from) * fraction;
    };
    // Nearer day 0 than day 1 on the joined segment: day 0's point.
    const QPointF joined = between(line->points()[0], line->points()[1], 0.4);
    QCOMPARE(line->pointNear(joined, 6).value_or(-1), qsizetype(0));
    QVERIFY(!line->pointNear(between(line->points()[2], line->points()[3], 0.5), 6));
    // A night on its own still has its tooltip, with its exact value and date.
    const QPointF lone = positionOf(chart, TrendSeries::Symptom, line->points()[3]);
    QCOMPARE(line->pointNear(lone, 6).value_or(-1), qsizetype(3));
    const QString text = chart->tooltipText(TrendSeries::Symptom, line->points()[3].x());
    QVERIFY2(text.contains(QStringLiteral(": 2")), qPrintable(text));
    QVERIFY2(text.contains(toQDate(addDays(d0, 4)).toString(Qt::ISODate)), qPrintable(text));
    // The pointer over it shows that tooltip.
    const QPoint onScreen =
        chart->view()->mapFromScene(chart->chart()->mapToScene(lone)) + QPoint(1, 0);
    QTest::mouseMove(chart->view()->viewport(), onScreen);
    QTRY_COMPARE(QToolTip::text(), text);

    // Hidden from the legend, the line has no points to hover.
    const auto markers = chart->chart()->legend()->markers(chart->series(TrendSeries::Symptom));
    QCOMPARE(markers.size(), 1);
    emit markers.first()->clicked();
    QVERIFY(!line->pointNear(lone, 6));
    emit markers.first()->clicked();
    QVERIFY(line->pointNear(lone, 6));

    // The 7-day mean needs 4 nights in its window: day 3 has 3 (a gap), days 4-7 have 4.
    view.setMovingAverage(true);
    QCOMPARE(line->runCount(), 1);
    QCOMPARE(line->points().size(), qsizetype(4));
    QCOMPARE(line->points().first(), QPointF(chartX(addDays(d0, 4)), 5.0));     // (6+4+8+2)/4
    QCOMPARE(line->points().last(), QPointF(chartX(addDays(d0, 7)), 19.0 / 4)); // 4+8+2+5
    const QString average = chart->tooltipText(TrendSeries::Symptom, line->points().last().x());
    QVERIFY2(average.contains(QStringLiteral("mean of 4 nights logged in the 7 days to")),
             qPrintable(average));
    const QString legend =
        chart->chart()->legend()->markers(chart->series(TrendSeries::Symptom)).first()->label();
    QVERIFY2(legend.contains(QStringLiteral("≥ 4 of 7 nights")), qPrintable(legend));
}

void TrendsViewTests::weeklyLinesBreakAtMissingWeeks()
{
    // Weeks 0 and 1 logged, week 2 empty, week 3 logged.
    const Date monday = mondayOfWeek(addDays(demoLastDate(), -21));
    const NightsJournal nights({{monday, 6}, {addDays(monday, 8), 4}, {addDays(monday, 22), 2}});
    TrendsView view;
    view.setRange(TrendRange::FourWeeks);
    view.setSymptomOutcome(Outcome::Severity);
    view.setJournal(&nights.journal());
    view.show();
    const ChartLine* line = view.chart()->line(TrendSeries::Symptom);
    QCOMPARE(line->points().size(), qsizetype(3));
    QCOMPARE(line->runCount(), 2);
    QCOMPARE(line->run(0).size(), qsizetype(2));
}

void TrendsViewTests::rangeAllSpansTheWholeJournal()
{
    DemoJournalFixture fixture(120);
    TrendsView view;
    view.setRange(TrendRange::All);
    view.setJournal(&fixture.journal());
    view.show(); // a hidden view reads the journal when shown
    const JournalSeries series = fixture.series();
    QCOMPARE(view.shownFrom().value(), series.firstDate().value());
    QCOMPARE(view.shownTo().value(), series.lastDate().value());
    QCOMPARE(view.weeks().size(),
             weeklySummaries(series, *series.firstDate(), *series.lastDate()).size());
}

void TrendsViewTests::tooltipNamesTheExactValueAndDate()
{
    DemoJournalFixture fixture(60);
    TrendsView view;
    view.setRange(TrendRange::FourWeeks);
    view.setDaily(true);
    view.setJournal(&fixture.journal());
    view.show(); // a hidden view reads the journal when shown
    const TrendPoint point = view.chart()->points(TrendSeries::Magnesium).last();
    const QString text = view.chart()->tooltipText(TrendSeries::Magnesium, point.x + 1000);
    QVERIFY2(text.contains(QString::fromStdString(formatNumber(point.value, 0)) + " mg"),
             qPrintable(text));
    QVERIFY2(text.contains(point.date.toString(Qt::ISODate)), qPrintable(text));
    // Far from every point there is nothing to name.
    QVERIFY(
        view.chart()->tooltipText(TrendSeries::Magnesium, point.x + 30 * kChartMsPerDay).isEmpty());
}

void TrendsViewTests::legendClickHidesAndShowsASeries()
{
    DemoJournalFixture fixture(60);
    TrendsView view;
    view.setJournal(&fixture.journal());
    view.show(); // a hidden view reads the journal when shown
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QAbstractSeries* efficiency = view.chart()->series(TrendSeries::SleepEfficiency);
    const auto markers = view.chart()->chart()->legend()->markers(efficiency);
    QCOMPARE(markers.size(), 1);
    QVERIFY(markers.first()->isVisible());
    emit markers.first()->clicked();
    QVERIFY(!efficiency->isVisible());
    QVERIFY(markers.first()->isVisible()); // still there to click again
    emit markers.first()->clicked();
    QVERIFY(efficiency->isVisible());
}

void TrendsViewTests::zoomAndPanStayOnTheTimeAxis()
{
    DemoJournalFixture fixture(365);
    TrendsView view;
    view.setRange(TrendRange::OneYear);
    view.setDaily(true);
    view.setJournal(&fixture.journal());
    view.show(); // a hidden view reads the journal when shown
    TimeChartView* chartView = view.chart()->view();
    const double fullMin = chartView->visibleMin();
    const double fullMax = chartView->visibleMax();

    QTest::keyClick(chartView, Qt::Key_Plus);
    const double zoomedWidth = chartView->visibleMax() - chartView->visibleMin();
    QVERIFY(zoomedWidth < (fullMax - fullMin) * 0.9);
    QTest::keyClick(chartView, Qt::Key_Left);
    QVERIFY(chartView->visibleMin() < (fullMin + fullMax) / 2 - zoomedWidth / 2);
    QCOMPARE(chartView->visibleMax() - chartView->visibleMin(), zoomedWidth);
    // Never beyond the data.
    for (int i = 0; i < 50; ++i)
        QTest::keyClick(chartView, Qt::Key_Left);
    QCOMPARE(chartView->visibleMin(), fullMin);
    QTest::keyClick(chartView, Qt::Key_0);
    QCOMPARE(chartView->visibleMin(), fullMin);
    QCOMPARE(chartView->visibleMax(), fullMax);

    // The mouse: the wheel zooms around the pointer, a drag moves back in time.
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPointF centre = chartView->chart()->plotArea().center();
    QWheelEvent wheel(centre, chartView->viewport()->mapToGlobal(centre.toPoint()), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(chartView->viewport(), &wheel);
    const double wheelWidth = chartView->visibleMax() - chartView->visibleMin();
    QVERIFY(wheelWidth < (fullMax - fullMin) * 0.9);
    const double beforeDrag = chartView->visibleMin();
    QTest::mousePress(chartView->viewport(), Qt::LeftButton, {}, centre.toPoint());
    QTest::mouseMove(chartView->viewport(), centre.toPoint() + QPoint(200, 0));
    QTest::mouseRelease(chartView->viewport(), Qt::LeftButton, {},
                        centre.toPoint() + QPoint(200, 0));
    QVERIFY(chartView->visibleMin() < beforeDrag);
    QCOMPARE(chartView->visibleMax() - chartView->visibleMin(), wheelWidth);
}

void TrendsViewTests::exportsPngAndSvg()
{
    DemoJournalFixture fixture(60);
    TrendsView view;
    view.resize(900, 500);
    view.setJournal(&fixture.journal());
    view.show(); // a hidden view reads the journal when shown
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("trends.png"));
    const QString svg = dir.filePath(QStringLiteral("trends.svg"));
    QCOMPARE(view.chart()->exportPng(png), QString());
    QCOMPARE(view.chart()->exportSvg(svg), QString());
    QFile pngFile(png);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    QCOMPARE(pngFile.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    // The whole chart at twice the size, not a part of it: scaled back down it looks like the
    // view on screen.
    const QImage exported(png);
    // Both panels (symptoms and sleep above, magnesium and iron below).
    QCOMPARE(exported.size(), view.chart()->size() * 2);
    const QImage shown = view.chart()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QImage scaled =
        exported.scaled(shown.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
            .convertToFormat(QImage::Format_RGB32);
    double difference = 0;
    for (int y = 0; y < shown.height(); ++y)
        for (int x = 0; x < shown.width(); ++x)
            difference += std::abs(qGray(shown.pixel(x, y)) - qGray(scaled.pixel(x, y)));
    difference /= double(shown.width()) * shown.height();
    QVERIFY2(difference < 8, qPrintable(QString::number(difference)));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("</svg>"));
    // The lines are in it: one polyline per run, gone when the lines are hidden.
    for (const TrendSeries line : {TrendSeries::Symptom, TrendSeries::SleepEfficiency})
        view.chart()->series(line)->setVisible(false);
    const QString withoutLines = dir.filePath(QStringLiteral("without.svg"));
    QCOMPARE(view.chart()->exportSvg(withoutLines), QString());
    QFile withoutFile(withoutLines);
    QVERIFY(withoutFile.open(QIODevice::ReadOnly));
    QCOMPARE(svgText.count("<polyline") - withoutFile.readAll().count("<polyline"),
             view.chart()->line(TrendSeries::Symptom)->runCount() +
                 view.chart()->line(TrendSeries::SleepEfficiency)->runCount());
    // A folder that does not exist is refused with a message, and nothing is left behind.
    const QString error = view.chart()->exportPng(dir.filePath(QStringLiteral("missing/x.png")));
    QVERIFY(!error.isEmpty());
}

void TrendsViewTests::emptyJournalShowsAHintInsteadOfAChart()
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(QStringLiteral("empty.sqlite")).toStdString());
    QVERIFY(journal.ok());
    TrendsView view;
    view.setJournal(&journal.value());
    view.show(); // a hidden view reads the journal when shown
    QVERIFY(!view.shownFrom());
    QVERIFY(view.weeks().empty());
}

void TrendsViewTests::hiddenViewReadsTheJournalWhenShown()
{
    DemoJournalFixture fixture(60);
    TrendsView view;
    view.setJournal(&fixture.journal());
    QVERIFY(!view.shownTo()); // not read while hidden (another section is in front)
    view.show();
    QCOMPARE(view.shownTo().value(), fixture.series().lastDate().value());
}

void TrendsViewTests::mainWindowSectionsFollowTheJournal()
{
    QStandardPaths::setTestModeEnabled(true); // the window's state stays out of the user's
    QTemporaryDir dir;
    JournalSession session;
    QVERIFY(session.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    MainWindow window(&session);
    window.show();
    TrendsView* trends = window.trendsView();
    InsightsView* insights = window.insightsView();
    window.showSection(window.sectionIndex(trends));
    QVERIFY(!trends->shownTo());

    // A night saved in Today reaches the visible Trends chart at once...
    NightEntry entry;
    entry.date = demoLastDate();
    entry.severity = 6;
    QVERIFY(session.saveNight(Night::create(entry).value()));
    QCOMPARE(trends->shownTo().value(), demoLastDate());
    QCOMPARE(trends->weeks().size(), size_t(1));
    QCOMPARE(trends->weeks().front().mean(Outcome::Severity).value(), 6.0);

    // ...and Insights, hidden meanwhile, reads it when shown.
    entry.date = addDays(demoLastDate(), 1);
    QVERIFY(session.saveNight(Night::create(entry).value()));
    window.showSection(window.sectionIndex(insights));
    QCOMPARE(insights->correlationModel()->rowCount(),
             int(kExposureCount * kOutcomeCount * (kDefaultMaxLag + 1)));
    QVERIFY(insights->findingText().startsWith(QStringLiteral("Not enough nights yet")));
}

void TrendsViewTests::chartPlacesJournalDatesLikeCalendarDates()
{
    // The fast day-count path must put every date where the QDate path does: noon UTC,
    // across the epoch, leap days and far years.
    for (const QDate date : {QDate(1969, 12, 31), QDate(1970, 1, 1), QDate(2024, 2, 29),
                             QDate(2026, 3, 29), QDate(2026, 10, 25), QDate(2099, 12, 31)}) {
        QCOMPARE(chartX(toDate(date)), chartX(date));
        QCOMPARE(chartX(toDate(date), -0.4), chartX(date, -0.4));
        QCOMPARE(chartX(toDate(date), 6.5), chartX(date, 6.5));
    }
}

void TrendsViewTests::barsArePaintedToTheirHeight()
{
    DemoJournalFixture fixture;
    TrendsView view;
    view.resize(1200, 700);
    view.setRange(TrendRange::TwelveWeeks);
    view.setJournal(&fixture.journal());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const ChartBars* bars = view.chart()->bars(TrendSeries::Magnesium);
    QVERIFY(!bars->bars().isEmpty());
    const ChartBars::Bar tallest =
        *std::max_element(bars->bars().cbegin(), bars->bars().cend(),
                          [](const auto& a, const auto& b) { return a.value < b.value; });
    // The bars are in the lower panel, the supplement part solid under the food part.
    QChart* chart = view.chart()->intakeChart();
    QChartView* chartView = view.chart()->intakeView();
    const double middle = (tallest.left + tallest.right) / 2;
    double supplement = 0;
    for (const ChartBars::Bar& bar : view.chart()->bars(TrendSeries::MagnesiumSupplement)->bars())
        if (bar.left == tallest.left)
            supplement = bar.value;
    QVERIFY(supplement > 0 && supplement <= tallest.value);
    const auto pixelAt = [&](const QImage& image, double value, qreal scale) {
        const QPointF inChart = chart->mapToPosition(QPointF(middle, value), bars->anchor());
        const QPoint inView = chartView->mapFromScene(chart->mapToScene(inChart));
        return image.pixelColor(inView * scale);
    };
    // On screen (the bars go through one image) ...
    const QImage screen = chartView->grab().toImage();
    const QColor inside = pixelAt(screen, supplement / 2, 1);
    const QColor above = pixelAt(screen, tallest.value * 1.05, 1);
    QVERIFY2(inside.green() > inside.red() + 40, qPrintable(inside.name()));
    QVERIFY2(above.green() - above.red() < 20, qPrintable(above.name()));
    // ... and in a PNG export at twice the size (drawn rectangle by rectangle): the same bar.
    QImage exported(chartView->size() * 2, QImage::Format_ARGB32_Premultiplied);
    exported.fill(Qt::white);
    {
        QPainter painter(&exported);
        chartView->render(&painter, QRectF(QPointF(0, 0), chartView->size() * 2));
    }
    const QColor exportedInside = pixelAt(exported, supplement / 2, 2);
    QVERIFY2(std::abs(exportedInside.green() - inside.green()) <= 8 &&
                 std::abs(exportedInside.red() - inside.red()) <= 8,
             qPrintable(exportedInside.name() + QLatin1Char(' ') + inside.name()));
}

void TrendsViewTests::stackedPanelsShareTheTimeAxis()
{
    DemoJournalFixture fixture;
    TrendsView view;
    view.resize(1200, 760);
    view.setRange(TrendRange::TwelveWeeks);
    view.setJournal(&fixture.journal());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TrendChart* chart = view.chart();
    // Symptoms and sleep above, intakes below.
    QVERIFY(chart->view()->geometry().bottom() <= chart->intakeView()->geometry().top());
    QVERIFY(chart->chart()->series().contains(chart->series(TrendSeries::Symptom)));
    QVERIFY(chart->intakeChart()->series().contains(chart->series(TrendSeries::Magnesium)));
    QVERIFY(!chart->chart()->series().contains(chart->series(TrendSeries::Iron)));
    // The plots start and end at the same x, whatever their axis labels' widths.
    QTRY_COMPARE(chart->chart()->plotArea().left(), chart->intakeChart()->plotArea().left());
    QCOMPARE(chart->chart()->plotArea().right(), chart->intakeChart()->plotArea().right());
    // Zooming one panel zooms the other.
    chart->view()->zoomTime(2);
    QCOMPARE(chart->intakeView()->visibleMin(), chart->view()->visibleMin());
    QCOMPARE(chart->intakeView()->visibleMax(), chart->view()->visibleMax());
    chart->intakeView()->panTime(-0.25);
    QCOMPARE(chart->view()->visibleMin(), chart->intakeView()->visibleMin());
    chart->view()->resetZoom();
    QCOMPARE(chart->intakeView()->visibleMax(), chart->view()->visibleMax());
}

void TrendsViewTests::intakePanelStacksSupplementsUnderFoodWithIronOnItsOwnAxis()
{
    DemoJournalFixture fixture;
    TrendsView view;
    view.setRange(TrendRange::FourWeeks);
    view.setDaily(true);
    view.setJournal(&fixture.journal());
    view.show();
    TrendChart* chart = view.chart();
    const SupplementSeries supplements =
        SupplementSeries::fromRecords(fixture.journal().records().value());
    const auto& magnesium = chart->points(TrendSeries::Magnesium);
    const auto& magnesiumSupplement = chart->points(TrendSeries::MagnesiumSupplement);
    QVERIFY(!magnesiumSupplement.isEmpty());
    QCOMPARE(magnesiumSupplement.size(), magnesium.size());
    for (qsizetype i = 0; i < magnesium.size(); ++i) {
        QCOMPARE(magnesiumSupplement[i].date, magnesium[i].date);
        QCOMPARE(magnesiumSupplement[i].value,
                 *supplements.magnesiumMg.at(toDate(magnesiumSupplement[i].date)));
        QVERIFY(magnesiumSupplement[i].value <= magnesium[i].value);
    }
    // Iron has its own axis, scaled to iron: its bars are readable next to magnesium's.
    auto* ironAxis = qobject_cast<QValueAxis*>(
        chart->series(TrendSeries::Iron)->attachedAxes().at(1));
    auto* magnesiumAxis = qobject_cast<QValueAxis*>(
        chart->series(TrendSeries::Magnesium)->attachedAxes().at(1));
    QVERIFY(ironAxis && magnesiumAxis && ironAxis != magnesiumAxis);
    double highestIron = 0;
    for (const TrendPoint& point : chart->points(TrendSeries::Iron))
        highestIron = std::max(highestIron, point.value);
    QVERIFY(highestIron > 0);
    QVERIFY(ironAxis->max() >= highestIron && ironAxis->max() < highestIron * 2.5);
    // The tooltip names the supplement part.
    const TrendPoint day = magnesium.last();
    QVERIFY2(chart->tooltipText(TrendSeries::Magnesium, day.x).contains(
                 QStringLiteral("from supplements")),
             qPrintable(chart->tooltipText(TrendSeries::Magnesium, day.x)));
}

void TrendsViewTests::weeksStartOnTheJournalsWeekStartAndShowTheCheckIns()
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(QStringLiteral("j.sqlite")).toStdString()).value();
    JournalRecords records;
    const Date first = *parseDate("2026-03-01"); // a Sunday
    for (int day = 0; day < 28; ++day) {
        NightEntry entry;
        entry.date = addDays(first, day);
        entry.severity = day % 7;
        records.nights.push_back(Night::create(entry).value());
    }
    records.settings.weekStart = WeekStart::Sunday;
    records.weeks = {
        WeeklyIrls::create({*parseDate("2026-03-07"), {2, 2, 2, 2, 2, 2, 2, 2, 2, 2}}).value(),
        WeeklyIrls::create({*parseDate("2026-03-14"), {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}}).value()};
    QVERIFY(journal.merge(records));
    TrendsView view;
    view.setRange(TrendRange::All);
    view.setSymptomOutcome(Outcome::IrlsTotal);
    view.setJournal(&journal);
    view.show();
    QVERIFY(!view.weeks().empty());
    for (const WeeklySummary& week : view.weeks())
        QCOMPARE(std::chrono::weekday(std::chrono::sys_days(week.weekStart)),
                 std::chrono::Sunday);
    QCOMPARE(view.weeks().size(), std::size_t(4));
    const auto& checkIns = view.chart()->points(TrendSeries::WeeklyIrls);
    QCOMPARE(checkIns.size(), qsizetype(2));
    QCOMPARE(checkIns[0].value, 20.0);
    QCOMPARE(checkIns[1].value, 10.0);
    // Not on the 0-10 severity axis.
    view.setSymptomOutcome(Outcome::Severity);
    QVERIFY(view.chart()->points(TrendSeries::WeeklyIrls).isEmpty());
}

QUIETLEGS_GUI_TEST(TrendsViewTests)
#include "TrendsViewTests.moc"
