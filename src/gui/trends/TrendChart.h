#pragma once

#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/SupplementSeries.h"
#include "quietlegs/analysis/WeeklySummary.h"
#include "quietlegs/core/Regimen.h"
#include "quietlegs/core/WeeklyIrls.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QWidget>
#include <array>
#include <vector>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QAbstractSeries;

namespace quietlegs {

class ChartBands;
class ChartBars;
class ChartLine;
class TimeChartView;

/// The lines and bars of the Trends chart.
enum class TrendSeries
{
    Symptom,
    SleepEfficiency,
    Magnesium, // the day's (or week's mean) elemental mg from food and supplements
    Iron,
    MagnesiumSupplement, // the part of Magnesium from supplements, stacked under the food
    IronSupplement,
    WeeklyIrls // the weekly check-in's IRLS total (issue 21), with the IRLS total only
};
inline constexpr int kTrendSeriesCount = 7;

/// One value the chart shows, by the date it belongs to (a night, a day, or a week's Monday).
struct TrendPoint
{
    QDate date;
    double x = 0; // position on the time axis
    double value = 0;
    int nights = 0; // for a moving average: how many nights it is the mean of
};

/// The Trends chart, two panels sharing the time axis (issue 24): above, the symptom score
/// and sleep efficiency as lines (with the weekly IRLS check-ins and medicine bands); below,
/// elemental magnesium (left axis) and iron (its own right axis) as bars, the supplement part
/// solid under the food part. Zooming or panning either panel moves both. Every value it draws is given to it (weekly
/// summaries, daily series, moving averages from the analysis layer). Lines break where a
/// night (or week) has no value instead of joining its neighbours. The items are made once
/// and refilled, so a switch of range costs one pass over the points.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget* parent = nullptr);

    /// One point per week: the week's mean outcomes and mean daily exposures.
    void showWeekly(const std::vector<WeeklySummary>& weeks, Outcome symptom, Date from, Date to);
    /// One point per date in [from, to] with a value: the nights' outcomes (or their 7-day
    /// moving average, movingAverage()) and the days' elemental mg.
    void showDaily(const JournalSeries& series, Outcome symptom, Date from, Date to, bool smoothed);

    /// Medicine regimens as bands along the top of the plot, one lane per medicine (drawn in
    /// weekly and daily views alike; the time axis places them).
    void showMedicines(const std::vector<Regimen>& regimens);
    /// The supplement part of the intake bars (read by the next showWeekly/showDaily).
    void setSupplements(SupplementSeries supplements) { m_supplements = std::move(supplements); }
    /// The first day of the weekly chart's weeks (the journal's week_start).
    void setWeekStart(WeekStart start) { m_weekStart = start; }
    /// The weekly check-ins, drawn on the IRLS axis when the symptom line is the IRLS total.
    void showWeeklyIrls(const std::vector<WeeklyIrls>& weeks);
    /// The lower panel: magnesium and iron.
    QChart* intakeChart() const { return m_intakeChart; }
    TimeChartView* intakeView() const { return m_intakeView; }
    const ChartBands* medicineBands() const { return m_medicineBands; }

    /// What a series shows now, oldest first.
    const QList<TrendPoint>& points(TrendSeries series) const;
    /// The empty series that carries a line's or bars' axes, pen, legend entry and visibility
    /// (the bars' and their supplement parts' in intakeChart()).
    QAbstractSeries* series(TrendSeries series) const;
    /// The line of Symptom or SleepEfficiency as drawn, in runs (null for bars).
    const ChartLine* line(TrendSeries series) const;
    /// The bars of Magnesium or Iron as drawn (null for a line).
    const ChartBars* bars(TrendSeries series) const;
    TimeChartView* view() const { return m_view; }
    QChart* chart() const { return m_chart; }
    /// The tooltip for the series' value nearest to `x` (empty when none is near).
    QString tooltipText(TrendSeries series, double x) const;

    /// Writes the chart as it looks now; an empty string on success, otherwise why not.
    QString exportPng(const QString& path) const;
    QString exportSvg(const QString& path) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillLine(TrendSeries series, QList<TrendPoint> points);
    void fillBars(TrendSeries series, QList<TrendPoint> points, double leftOffset,
                  double rightOffset);
    void finishShowing(Outcome symptom, Date from, Date to, double padDays, bool weekly);
    void showLineTooltip(QPointF position);
    void connectLegend();
    void applyStyle();
    void alignPlotAreas();
    void fillWeeklyIrls();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:

    QChart* m_chart = nullptr;
    TimeChartView* m_view = nullptr;
    QLineSeries* m_symptomLine = nullptr;
    QLineSeries* m_efficiencyLine = nullptr;
    QLineSeries* m_magnesiumSeries = nullptr;
    QLineSeries* m_ironSeries = nullptr;
    ChartLine* m_symptomPath = nullptr;
    ChartLine* m_efficiencyPath = nullptr;
    ChartBars* m_magnesiumBars = nullptr;
    ChartBars* m_ironBars = nullptr;
    ChartBands* m_medicineBands = nullptr;
    QChart* m_intakeChart = nullptr;
    TimeChartView* m_intakeView = nullptr;
    QDateTimeAxis* m_intakeTimeAxis = nullptr;
    QValueAxis* m_ironAxis = nullptr;
    QLineSeries* m_magnesiumSupplementSeries = nullptr;
    QLineSeries* m_ironSupplementSeries = nullptr;
    ChartBars* m_magnesiumSupplementBars = nullptr;
    ChartBars* m_ironSupplementBars = nullptr;
    QLineSeries* m_weeklyIrlsSeries = nullptr;
    ChartLine* m_weeklyIrlsPath = nullptr;
    SupplementSeries m_supplements;
    std::vector<WeeklyIrls> m_checkIns;
    WeekStart m_weekStart = WeekStart::Monday;
    Date m_shownFrom;
    Date m_shownTo;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_symptomAxis = nullptr;
    QValueAxis* m_efficiencyAxis = nullptr;
    QValueAxis* m_milligramAxis = nullptr;
    std::array<QList<TrendPoint>, kTrendSeriesCount> m_points;
    bool m_weekly = true;
    bool m_smoothed = false;
    bool m_lineTooltipShown = false;
    bool m_syncingRange = false;
    Outcome m_symptom = Outcome::IrlsTotal;
};

} // namespace quietlegs
