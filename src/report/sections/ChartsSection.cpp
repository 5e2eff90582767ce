#include "ReportStyle.h"
#include "quietlegs/report/NutritionistReport.h"
#include "quietlegs/report/WeeklyTrendChartPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addCharts()
{
    // The heading, its note and the first chart together; the charts then follow on from the
    // tables before them instead of leaving most of a page empty.
    m_layout->ensureRoom((kHeadingSize * 2 + kSubheadingSize * 2 + 40 + kMinChartHeight) * kUnit);
    addHeading(tr("Weekly trends"));
    const QString weekName = m_content.weekStart == WeekStart::Sunday
                              ? tr("weeks from Sunday to Saturday, the journal's week start")
                              : tr("weeks from Monday to Sunday, the journal's week start");
    addParagraph(tr("Weekly means (%1) of the night's scores as a line with dots on the left "
                    "axis, and of the daily elemental magnesium taken by mouth as grey bars on the "
                    "right axis; iron has its own panel under \"Intake against the RDA and upper "
                    "limits\". Gaps are weeks without a value. The left axes show the full scale.")
                     .arg(weekName),
                 font(kSmallSize));
    const std::vector<WeeklySummary> weeks = m_content.statistics.weekly;
    const QFont chartFont = font(kSmallSize);
    // The three charts share the page (Letter is shorter than A4), each with its title.
    const double subheadingHeight = QFontMetricsF(font(kSubheadingSize, true)).height() + 9 * kUnit;
    const double chartHeight = std::clamp(m_layout->remaining() / 3 - subheadingHeight - 2 * kUnit,
                                          kMinChartHeight * kUnit, kChartHeight * kUnit);
    for (Outcome outcome : {Outcome::IrlsTotal, Outcome::Severity, Outcome::SleepEfficiency}) {
        m_layout->ensureRoom(subheadingHeight + chartHeight);
        addSubheading(named(outcomeDisplayName(outcome)));
        m_layout->place(chartHeight,
                        [weeks, outcome, chartFont](QPainter& painter, const QRectF& rect) {
                            WeeklyTrendChartPainter chart(weeks);
                            chart.setOutcome(outcome);
                            // Iron on a magnesium axis is a pixel high: it has its own panel.
                            chart.setBarExposures({Exposure::MagnesiumMg});
                            chart.setFont(chartFont);
                            chart.setUnitsPerPoint(kUnit);
                            chart.paint(painter, rect.adjusted(0, 0, 0, -6 * kUnit));
                        });
    }
}

} // namespace quietlegs
