// Prints how long the Trends chart takes to build and draw with ten years of data, and the
// Insights figures to compute. A figure to watch, not a pass/fail test:
//   QT_QPA_PLATFORM=offscreen build/bench/bench_trends_chart [days]
#include "charts/TimeChartView.h"
#include "quietlegs/analysis/CorrelationTable.h"
#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/WeeklySummary.h"
#include "quietlegs/core/DemoJournal.h"
#include "trends/TrendChart.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <chrono>
#include <cstdio>

using namespace quietlegs;

namespace {

template <typename F> double millisecondsOf(F&& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

double drawMilliseconds(TrendChart& chart)
{
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    return millisecondsOf([&] {
        QPainter painter(&image);
        chart.view()->render(&painter);
    });
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int days = argc > 1 ? std::atoi(argv[1]) : 3650;
    const Date last = *parseDate("2026-11-24");
    const JournalRecords records = demoJournal(last, days, 1);
    JournalSeries series;
    const double seriesMs = millisecondsOf([&] { series = JournalSeries::fromRecords(records); });
    const Date first = *series.firstDate();

    TrendChart chart;
    chart.resize(1300, 760);
    chart.show();
    QApplication::processEvents();

    std::vector<WeeklySummary> weeks;
    const double weeklyMs = millisecondsOf([&] {
        weeks = weeklySummaries(series, first, last);
        chart.showWeekly(weeks, Outcome::IrlsTotal, first, last);
    });
    const double weeklyDrawMs = drawMilliseconds(chart);
    const double dailyMs =
        millisecondsOf([&] { chart.showDaily(series, Outcome::IrlsTotal, first, last, false); });
    const double dailyDrawMs = drawMilliseconds(chart);
    const double averageMs =
        millisecondsOf([&] { chart.showDaily(series, Outcome::IrlsTotal, first, last, true); });
    const double averageDrawMs = drawMilliseconds(chart);
    const double zoomMs = millisecondsOf([&] {
        chart.view()->zoomTime(4);
        QApplication::processEvents();
    });
    // The worst case for a line that breaks at missing nights: every other night missing.
    JournalRecords sparseRecords = records;
    std::erase_if(sparseRecords.nights,
                  [&](const Night& night) { return daysBetween(first, night.date()) % 2 == 1; });
    const JournalSeries sparse = JournalSeries::fromRecords(sparseRecords);
    const double sparseMs =
        millisecondsOf([&] { chart.showDaily(sparse, Outcome::IrlsTotal, first, last, false); });
    const double sparseDrawMs = drawMilliseconds(chart);
    const double sparseZoomMs = millisecondsOf([&] {
        chart.view()->zoomTime(4);
        QApplication::processEvents();
    });
    CorrelationTable table;
    const double correlationMs =
        millisecondsOf([&] { table = CorrelationTable::compute(series, first, last); });

    std::printf("Trends chart, %d days (%zu nights, %zu weeks)\n", days, series.nightDates().size(),
                weeks.size());
    std::printf("  journal series from records   %8.1f ms\n", seriesMs);
    std::printf("  weekly: build %8.1f ms, draw %8.1f ms\n", weeklyMs, weeklyDrawMs);
    std::printf("  daily:  build %8.1f ms, draw %8.1f ms\n", dailyMs, dailyDrawMs);
    std::printf("  daily 7-day average: build %8.1f ms, draw %8.1f ms\n", averageMs, averageDrawMs);
    std::printf("  zoom x4 on daily                %8.1f ms\n", zoomMs);
    std::printf("  daily, every other night missing (%zu nights): build %8.1f ms, draw %8.1f ms, "
                "zoom x4 %8.1f ms\n",
                sparse.nightDates().size(), sparseMs, sparseDrawMs, sparseZoomMs);
    std::printf("  correlation table (%zu rows)   %8.1f ms\n", table.rows().size(), correlationMs);
    return 0;
}
