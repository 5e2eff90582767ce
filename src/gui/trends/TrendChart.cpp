#include "TrendChart.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "QtText.h"
#include "MedicineNames.h"
#include "charts/ChartBands.h"
#include "charts/ChartBars.h"
#include "charts/ChartDates.h"
#include "charts/ChartLine.h"
#include "charts/ChartStyle.h"
#include "charts/TimeChartView.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/core/IrlsScore.h"
#include "quietlegs/core/WeeklyIrls.h"

#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QTimer>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <map>
#include <utility>

namespace quietlegs {
namespace {

constexpr double kEfficiencyMax = 100;
/// Longer than this the axis names months, shorter it names days.
constexpr double kMonthLabelsAboveDays = 120;
constexpr int kExportScale = 2;
constexpr int kDotsUpToDays = 120;
constexpr qsizetype kWidePenUpToPoints = 400;
constexpr std::size_t kDotsUpToWeeks = 60;
/// How close the pointer must come to a line for its tooltip.
constexpr qreal kLineHoverPixels = 6;

QList<TrendPoint> pointsOf(const DatedSeries& values, Date from, Date to)
{
    QList<TrendPoint> points;
    for (auto it = values.lowerBound(from); it != values.end() && it->first <= to; ++it)
        points.append(TrendPoint{toQDate(it->first), chartX(it->first), it->second});
    return points;
}

QString failure(const QString& path, const QString& why)
{
    return QObject::tr("Could not write %1: %2").arg(path, why);
}

} // namespace

TrendChart::TrendChart(QWidget* parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation); // animations stall with 10 years of points
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new TimeChartView(m_chart, this); // the view owns the chart
    m_intakeChart = new QChart;
    m_intakeChart->setAnimationOptions(QChart::NoAnimation);
    m_intakeChart->legend()->setAlignment(Qt::AlignBottom);
    m_intakeChart->setMargins(QMargins(4, 0, 4, 4));
    m_intakeView = new TimeChartView(m_intakeChart, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_intakeView, 2);

    // The bars' series stay empty: ChartBars paints them, the series give axes and legend.
    // The total bar shows as the food part: the supplement part is painted over its bottom.
    QColor magnesiumFood = ChartStyle::magnesiumColor();
    magnesiumFood.setAlphaF(magnesiumFood.alphaF() * 0.4f);
    QColor ironFood = ChartStyle::ironColor();
    ironFood.setAlphaF(ironFood.alphaF() * 0.6f);
    m_magnesiumSeries = new QLineSeries;
    m_magnesiumSeries->setName(tr("Magnesium from food (mg)"));
    m_magnesiumSeries->setPen(QPen(magnesiumFood, 6));
    m_magnesiumSupplementSeries = new QLineSeries;
    m_magnesiumSupplementSeries->setName(tr("Magnesium from supplements (mg)"));
    m_magnesiumSupplementSeries->setPen(QPen(ChartStyle::magnesiumColor(), 6));
    m_ironSeries = new QLineSeries;
    m_ironSeries->setName(tr("Iron from food (mg, right axis)"));
    m_ironSeries->setPen(QPen(ironFood, 6));
    m_ironSupplementSeries = new QLineSeries;
    m_ironSupplementSeries->setName(tr("Iron from supplements (mg, right axis)"));
    m_ironSupplementSeries->setPen(QPen(ChartStyle::ironColor(), 6));

    m_symptomLine = new QLineSeries;
    m_symptomLine->setPen(QPen(ChartStyle::symptomColor(), 2.5));
    m_efficiencyLine = new QLineSeries;
    m_efficiencyLine->setName(displayName(outcomeDisplayName(Outcome::SleepEfficiency)));
    m_efficiencyLine->setPen(QPen(ChartStyle::efficiencyColor(), 2, Qt::DashLine));
    m_weeklyIrlsSeries = new QLineSeries;
    m_weeklyIrlsSeries->setName(tr("Weekly check-in, IRLS total"));
    m_weeklyIrlsSeries->setPen(QPen(ChartStyle::symptomColor().darker(140), 1.5, Qt::DotLine));

    for (QLineSeries* series : {m_symptomLine, m_efficiencyLine, m_weeklyIrlsSeries})
        m_chart->addSeries(series);
    for (QLineSeries* series : {m_magnesiumSeries, m_magnesiumSupplementSeries, m_ironSeries,
                                m_ironSupplementSeries})
        m_intakeChart->addSeries(series);

    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setTickCount(8);
    m_symptomAxis = new QValueAxis;
    m_symptomAxis->setLabelFormat("%d");
    m_efficiencyAxis = new QValueAxis;
    m_efficiencyAxis->setRange(0, kEfficiencyMax);
    m_efficiencyAxis->setLabelFormat("%d");
    m_efficiencyAxis->setTitleText(tr("Sleep efficiency (%)"));
    m_efficiencyAxis->setGridLineVisible(false);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_symptomAxis, Qt::AlignLeft);
    m_chart->addAxis(m_efficiencyAxis, Qt::AlignRight);

    // Iron on its own axis: a day's 18 mg is a sliver next to 400 mg of magnesium.
    m_intakeTimeAxis = new QDateTimeAxis;
    m_intakeTimeAxis->setTickCount(8);
    m_milligramAxis = new QValueAxis;
    m_milligramAxis->setLabelFormat("%d");
    m_milligramAxis->setTitleText(tr("Magnesium, mg a day"));
    m_ironAxis = new QValueAxis;
    m_ironAxis->setLabelFormat("%g");
    m_ironAxis->setTitleText(tr("Iron, mg a day"));
    m_ironAxis->setGridLineVisible(false);
    m_intakeChart->addAxis(m_intakeTimeAxis, Qt::AlignBottom);
    m_intakeChart->addAxis(m_milligramAxis, Qt::AlignLeft);
    m_intakeChart->addAxis(m_ironAxis, Qt::AlignRight);
    for (QLineSeries* bars : {m_magnesiumSeries, m_magnesiumSupplementSeries}) {
        bars->attachAxis(m_intakeTimeAxis);
        bars->attachAxis(m_milligramAxis);
    }
    for (QLineSeries* bars : {m_ironSeries, m_ironSupplementSeries}) {
        bars->attachAxis(m_intakeTimeAxis);
        bars->attachAxis(m_ironAxis);
    }
    // The chart owns the items; the supplement parts are made after, so painted over.
    m_magnesiumBars = new ChartBars(m_intakeChart, m_magnesiumSeries);
    m_magnesiumBars->setBrush(magnesiumFood);
    m_ironBars = new ChartBars(m_intakeChart, m_ironSeries);
    // Hatched as well as coloured, so the two kinds of bar differ without colour.
    m_ironBars->setBrush(QBrush(ChartStyle::ironColor(), Qt::BDiagPattern));
    m_magnesiumSupplementBars = new ChartBars(m_intakeChart, m_magnesiumSupplementSeries);
    m_magnesiumSupplementBars->setBrush(ChartStyle::magnesiumColor());
    m_ironSupplementBars = new ChartBars(m_intakeChart, m_ironSupplementSeries);
    m_ironSupplementBars->setBrush(QBrush(ChartStyle::ironColor(), Qt::Dense3Pattern));
    for (ChartBars* bars : {m_magnesiumBars, m_magnesiumSupplementBars})
        bars->setTooltip([this](double x) { return tooltipText(TrendSeries::Magnesium, x); });
    for (ChartBars* bars : {m_ironBars, m_ironSupplementBars})
        bars->setTooltip([this](double x) { return tooltipText(TrendSeries::Iron, x); });
    const auto repaintBars = [this] {
        for (ChartBars* bars :
             {m_magnesiumBars, m_ironBars, m_magnesiumSupplementBars, m_ironSupplementBars})
            bars->update();
    };
    connect(m_intakeTimeAxis, &QDateTimeAxis::rangeChanged, this, repaintBars);
    connect(m_milligramAxis, &QValueAxis::rangeChanged, this, repaintBars);
    connect(m_ironAxis, &QValueAxis::rangeChanged, this, repaintBars);
    m_symptomLine->attachAxis(m_timeAxis);
    m_symptomLine->attachAxis(m_symptomAxis);
    m_weeklyIrlsSeries->attachAxis(m_timeAxis);
    m_weeklyIrlsSeries->attachAxis(m_symptomAxis);
    m_medicineBands = new ChartBands(m_chart, m_symptomLine); // the chart owns the item
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, [this] { m_medicineBands->update(); });
    m_efficiencyLine->attachAxis(m_timeAxis);
    m_efficiencyLine->attachAxis(m_efficiencyAxis);
    // The line series stay empty as well: ChartLine paints them with gaps (the chart owns it).
    m_efficiencyPath = new ChartLine(m_chart, m_efficiencyLine);
    m_symptomPath = new ChartLine(m_chart, m_symptomLine);
    m_weeklyIrlsPath = new ChartLine(m_chart, m_weeklyIrlsSeries);
    m_weeklyIrlsPath->setPointsVisible(true);
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, [this] {
        m_symptomPath->update();
        m_efficiencyPath->update();
        m_weeklyIrlsPath->update();
    });

    connect(m_view, &TimeChartView::pointerMoved, this, &TrendChart::showLineTooltip);
    connect(m_view, &TimeChartView::pointerLeft, this, [this] {
        if (std::exchange(m_lineTooltipShown, false))
            QToolTip::hideText();
    });
    connectLegend();

    // One time axis for both panels: zooming or panning either moves the other.
    for (TimeChartView* view : {m_view, m_intakeView})
        connect(view, &TimeChartView::visibleRangeChanged, this, [this](double min, double max) {
            // Each view tells the other once; their echoes of the same change stop here.
            if (m_syncingRange)
                return;
            const QScopedValueRollback syncing(m_syncingRange, true);
            const QString format = (max - min) / kChartMsPerDay > kMonthLabelsAboveDays
                                       ? QStringLiteral("MMM yyyy")
                                       : QStringLiteral("d MMM");
            m_timeAxis->setFormat(format);
            m_intakeTimeAxis->setFormat(format);
            m_view->showTimeRange(min, max);
            m_intakeView->showTimeRange(min, max);
        });
    applyStyle();
}

const QList<TrendPoint>& TrendChart::points(TrendSeries series) const
{
    return m_points[static_cast<int>(series)];
}

QAbstractSeries* TrendChart::series(TrendSeries series) const
{
    switch (series) {
    case TrendSeries::Symptom:
        return m_symptomLine;
    case TrendSeries::SleepEfficiency:
        return m_efficiencyLine;
    case TrendSeries::Magnesium:
        return m_magnesiumSeries;
    case TrendSeries::Iron:
        return m_ironSeries;
    case TrendSeries::MagnesiumSupplement:
        return m_magnesiumSupplementSeries;
    case TrendSeries::IronSupplement:
        return m_ironSupplementSeries;
    case TrendSeries::WeeklyIrls:
        return m_weeklyIrlsSeries;
    }
    return nullptr;
}

const ChartLine* TrendChart::line(TrendSeries series) const
{
    switch (series) {
    case TrendSeries::Symptom:
        return m_symptomPath;
    case TrendSeries::SleepEfficiency:
        return m_efficiencyPath;
    case TrendSeries::WeeklyIrls:
        return m_weeklyIrlsPath;
    default:
        return nullptr;
    }
}

const ChartBars* TrendChart::bars(TrendSeries series) const
{
    switch (series) {
    case TrendSeries::Magnesium:
        return m_magnesiumBars;
    case TrendSeries::Iron:
        return m_ironBars;
    case TrendSeries::MagnesiumSupplement:
        return m_magnesiumSupplementBars;
    case TrendSeries::IronSupplement:
        return m_ironSupplementBars;
    default:
        return nullptr;
    }
}

void TrendChart::showWeekly(const std::vector<WeeklySummary>& weeks, Outcome symptom, Date from,
                            Date to)
{
    std::array<QList<TrendPoint>, kTrendSeriesCount> points;
    for (auto& list : points)
        list.reserve(qsizetype(weeks.size()));
    for (const WeeklySummary& week : weeks) {
        const QDate monday = toQDate(week.weekStart);
        // Lines through the middle of each week (Thursday), bars across the week.
        const double middle = chartX(monday, 3);
        const auto add = [&](TrendSeries series, std::optional<double> value) {
            if (value)
                points[static_cast<int>(series)].append(TrendPoint{monday, middle, *value});
        };
        add(TrendSeries::Symptom, week.mean(symptom));
        add(TrendSeries::SleepEfficiency, week.mean(Outcome::SleepEfficiency));
        add(TrendSeries::Magnesium, week.mean(Exposure::MagnesiumMg));
        add(TrendSeries::Iron, week.mean(Exposure::IronMg));
    }
    // The supplement parts: the same weeks' means of the supplement series (analysis).
    for (const auto& [which, daily] :
         {std::pair{TrendSeries::MagnesiumSupplement, &m_supplements.magnesiumMg},
          std::pair{TrendSeries::IronSupplement, &m_supplements.ironMg}})
        for (const WeeklyMean& week : weeklyMeans(*daily, from, to, m_weekStart))
            points[static_cast<int>(which)].append(
                TrendPoint{toQDate(week.weekStart), chartX(toQDate(week.weekStart), 3), week.mean});
    m_weekly = true;
    m_smoothed = false;
    fillLine(TrendSeries::Symptom, std::move(points[0]));
    fillLine(TrendSeries::SleepEfficiency, std::move(points[1]));
    // Magnesium in the first half of the week, iron in the second, both centred mid-week.
    fillBars(TrendSeries::Magnesium, std::move(points[2]), -3.3, 0);
    fillBars(TrendSeries::Iron, std::move(points[3]), 0, 3.3);
    fillBars(TrendSeries::MagnesiumSupplement, std::move(points[4]), -3.3, 0);
    fillBars(TrendSeries::IronSupplement, std::move(points[5]), 0, 3.3);
    m_symptomPath->setPointsVisible(weeks.size() <= kDotsUpToWeeks);
    m_efficiencyPath->setPointsVisible(weeks.size() <= kDotsUpToWeeks);
    finishShowing(symptom, addDays(weekEndingOf(from, m_weekStart), -6),
                  weekEndingOf(to, m_weekStart), 0.5, true);
}

void TrendChart::showDaily(const JournalSeries& series, Outcome symptom, Date from, Date to,
                           bool smoothed)
{
    m_weekly = false;
    m_smoothed = smoothed;
    const auto outcomePoints = [&](Outcome outcome) {
        if (!smoothed)
            return pointsOf(series.outcome(outcome), from, to);
        QList<TrendPoint> points =
            pointsOf(movingAverage(series.outcome(outcome), from, to), from, to);
        for (TrendPoint& point : points)
            point.nights = valuesInWindow(series.outcome(outcome), toDate(point.date));
        return points;
    };
    fillLine(TrendSeries::Symptom, outcomePoints(symptom));
    fillLine(TrendSeries::SleepEfficiency, outcomePoints(Outcome::SleepEfficiency));
    fillBars(TrendSeries::Magnesium, pointsOf(series.exposure(Exposure::MagnesiumMg), from, to),
             -0.4, 0);
    fillBars(TrendSeries::Iron, pointsOf(series.exposure(Exposure::IronMg), from, to), 0, 0.4);
    fillBars(TrendSeries::MagnesiumSupplement, pointsOf(m_supplements.magnesiumMg, from, to), -0.4,
             0);
    fillBars(TrendSeries::IronSupplement, pointsOf(m_supplements.ironMg, from, to), 0, 0.4);
    // Lines break at missing nights; on a short range dots also mark each logged night.
    const bool dots = daysBetween(from, to) <= kDotsUpToDays;
    m_symptomPath->setPointsVisible(dots);
    m_efficiencyPath->setPointsVisible(dots);
    finishShowing(symptom, from, to, 0.5, false);
}

void TrendChart::fillLine(TrendSeries which, QList<TrendPoint> points)
{
    QList<QPointF> xy;
    xy.reserve(points.size());
    std::vector<Date> dates;
    dates.reserve(std::size_t(points.size()));
    for (const TrendPoint& point : points) {
        xy.append(QPointF(point.x, point.value));
        dates.push_back(toDate(point.date));
    }
    // A missing night (weekly: week) breaks the line; nothing is drawn across it.
    const std::vector<std::size_t> starts = runStarts(dates, m_weekly ? 7 : 1);
    (which == TrendSeries::Symptom ? m_symptomPath : m_efficiencyPath)
        ->setPoints(std::move(xy), QList<qsizetype>(starts.begin(), starts.end()));
    m_points[static_cast<int>(which)] = std::move(points);
}

void TrendChart::fillBars(TrendSeries which, QList<TrendPoint> points, double leftOffset,
                          double rightOffset)
{
    QList<ChartBars::Bar> bars;
    bars.reserve(points.size());
    for (const TrendPoint& point : points)
        bars.append(ChartBars::Bar{point.x + leftOffset * kChartMsPerDay,
                                   point.x + rightOffset * kChartMsPerDay, point.value});
    const_cast<ChartBars*>(this->bars(which))->setBars(std::move(bars));
    m_points[static_cast<int>(which)] = std::move(points);
}

void TrendChart::finishShowing(Outcome symptom, Date from, Date to, double padDays, bool weekly)
{
    m_symptom = symptom;
    QString name = displayName(outcomeDisplayName(symptom));
    if (!weekly && m_smoothed)
        name = tr("%1, 7-day mean (≥ 4 of 7 nights)").arg(name);
    else if (weekly)
        name = tr("%1, weekly mean").arg(name);
    m_symptomLine->setName(name);
    m_efficiencyLine->setName(weekly ? tr("Sleep efficiency (%), weekly mean")
                              : m_smoothed
                                  ? tr("Sleep efficiency (%), 7-day mean (≥ 4 of 7 nights)")
                                  : tr("Sleep efficiency (%)"));
    m_symptomAxis->setTitleText(displayName(outcomeDisplayName(symptom)));
    m_symptomAxis->setRange(0, symptom == Outcome::IrlsTotal ? double(kIrlsItemCount * kIrlsItemMax)
                                                             : double(kSeverityMax));
    m_symptomAxis->setTickCount(symptom == Outcome::IrlsTotal ? 9 : 11);

    // Each nutrient on its own scale (the totals: the supplement part is never above them).
    for (const auto& [total, axis, empty] :
         {std::tuple{TrendSeries::Magnesium, m_milligramAxis, 100.0},
          std::tuple{TrendSeries::Iron, m_ironAxis, 20.0}}) {
        double highest = 0;
        for (const TrendPoint& point : points(total))
            highest = std::max(highest, point.value);
        axis->setRange(0, highest > 0 ? highest * 1.1 : empty);
        axis->applyNiceNumbers();
    }
    // A wide pen along a jagged line of thousands of nights takes half a second to paint; a
    // thin one a tenth of that, and at that density the lines look no thinner.
    const bool dense = points(TrendSeries::Symptom).size() > kWidePenUpToPoints;
    m_symptomLine->setPen(QPen(ChartStyle::symptomColor(), dense ? 1 : 2.5));
    m_efficiencyLine->setPen(QPen(ChartStyle::efficiencyColor(), dense ? 1 : 2, Qt::DashLine));
    m_view->setTimeAxis(m_timeAxis, chartX(from, -padDays), chartX(to, padDays));
    m_intakeView->setTimeAxis(m_intakeTimeAxis, chartX(from, -padDays), chartX(to, padDays));
    m_shownFrom = from;
    m_shownTo = to;
    fillWeeklyIrls();
    connectLegend(); // markers are rebuilt when names change
    QTimer::singleShot(0, this, &TrendChart::alignPlotAreas);
}

QString TrendChart::tooltipText(TrendSeries which, double x) const
{
    const QList<TrendPoint>& list = points(which);
    if (list.isEmpty())
        return {};
    auto it =
        std::lower_bound(list.begin(), list.end(), x,
                         [](const TrendPoint& point, double value) { return point.x < value; });
    if (it == list.end() || (it != list.begin() && x - (it - 1)->x < it->x - x))
        --it;
    const double tolerance = (m_weekly ? 3.6 : 0.6) * kChartMsPerDay;
    if (std::abs(it->x - x) > tolerance)
        return {};

    const QLocale locale;
    const QString date = locale.toString(it->date, QStringLiteral("ddd yyyy-MM-dd"));
    const bool average =
        m_smoothed && (which == TrendSeries::Symptom || which == TrendSeries::SleepEfficiency);
    const QString when =
        m_weekly  ? tr("week of %1").arg(date)
        : average ? tr("mean of %1 nights logged in the 7 days to %2").arg(it->nights).arg(date)
                  : date;
    // The analysis layer's rounding, with the locale's decimal separator.
    const auto shown = [&it](int decimals) {
        return localDecimals(formatNumber(it->value, decimals));
    };
    QString value;
    switch (which) {
    case TrendSeries::Symptom:
        value = tr("%1: %2").arg(displayName(outcomeDisplayName(m_symptom)),
                                 shown(m_weekly || m_smoothed ? 1 : 0));
        break;
    case TrendSeries::SleepEfficiency:
        value = tr("Sleep efficiency: %1 %").arg(shown(1));
        break;
    case TrendSeries::Magnesium:
    case TrendSeries::MagnesiumSupplement:
        value = m_weekly ? tr("Magnesium: %1 mg a day on average").arg(shown(0))
                         : tr("Magnesium: %1 mg").arg(shown(0));
        break;
    case TrendSeries::Iron:
    case TrendSeries::IronSupplement:
        value = m_weekly ? tr("Iron: %1 mg a day on average").arg(shown(1))
                         : tr("Iron: %1 mg").arg(shown(1));
        break;
    case TrendSeries::WeeklyIrls:
        value = tr("Weekly check-in: IRLS total %1").arg(shown(0));
        break;
    }
    // The supplement part of a bar, from the same date's supplement point.
    const auto part = which == TrendSeries::Magnesium ? TrendSeries::MagnesiumSupplement
                      : which == TrendSeries::Iron    ? TrendSeries::IronSupplement
                                                      : which;
    if (part != which)
        for (const TrendPoint& supplement : points(part))
            if (supplement.date == it->date) {
                value += QLatin1Char('\n') +
                         tr("%1 mg of it from supplements")
                             .arg(localDecimals(formatNumber(supplement.value,
                                                             which == TrendSeries::Iron ? 1 : 0)));
                break;
            }
    return tr("%1\n%2").arg(value, when);
}

void TrendChart::showLineTooltip(QPointF position)
{
    for (const TrendSeries which : {TrendSeries::Symptom, TrendSeries::SleepEfficiency}) {
        const ChartLine* drawn = line(which);
        if (const auto index = drawn->pointNear(position, kLineHoverPixels)) {
            const QString text = tooltipText(which, drawn->points()[*index].x());
            if (!text.isEmpty()) {
                QToolTip::showText(QCursor::pos(), text, m_view);
                m_lineTooltipShown = true;
                return;
            }
        }
    }
    // Off the lines: hide a line's tooltip, but leave a bar's (ChartBars shows its own).
    if (std::exchange(m_lineTooltipShown, false))
        QToolTip::hideText();
}

void TrendChart::connectLegend()
{
    const auto markers = m_chart->legend()->markers() + m_intakeChart->legend()->markers();
    for (QLegendMarker* marker : markers) {
        disconnect(marker, &QLegendMarker::clicked, this, nullptr);
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            QAbstractSeries* series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true); // hiding a series hides its marker; keep it clickable
            QColor label = palette().color(QPalette::WindowText);
            if (!series->isVisible())
                label.setAlphaF(0.4);
            marker->setLabelBrush(label);
        });
    }
}

void TrendChart::applyStyle()
{
    ChartStyle::apply(m_chart, palette());
    ChartStyle::apply(m_intakeChart, palette());
    for (QLegendMarker* marker :
         m_chart->legend()->markers() + m_intakeChart->legend()->markers()) {
        QColor label = palette().color(QPalette::WindowText);
        if (!marker->series()->isVisible())
            label.setAlphaF(0.4);
        marker->setLabelBrush(label);
    }
}

void TrendChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
    QWidget::changeEvent(event);
}

QString TrendChart::exportPng(const QString& path) const
{
    // Both panels, as on screen.
    QImage image(size() * kExportScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kExportScale);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The target in logical pixels: without it QGraphicsView::render fills the image's device
    // pixels, and at twice the scale the file held only the top-left quarter of the chart.
    const_cast<TrendChart*>(this)->render(&painter, QPoint(), QRegion(),
                                          QWidget::DrawChildren);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    if (!image.save(&file, "PNG"))
        return failure(path, tr("the image could not be encoded"));
    if (!file.commit())
        return failure(path, file.errorString());
    return {};
}

QString TrendChart::exportSvg(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size());
    generator.setViewBox(QRect(QPoint(0, 0), size()));
    generator.setTitle(tr("QuietLegs trends"));
    QPainter painter;
    if (!painter.begin(&generator))
        return failure(path, tr("the SVG could not be started"));
    const_cast<TrendChart*>(this)->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    if (!file.commit())
        return failure(path, file.errorString());
    return {};
}

void TrendChart::showMedicines(const std::vector<Regimen>& regimens)
{
    // One lane per medicine, in order of its first regimen; Okabe-Ito colours by lane.
    static const QColor kColors[] = {QColor(0xCC, 0x79, 0xA7), QColor(0x00, 0x72, 0xB2),
                                     QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                     QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00)};
    std::map<std::string, int> lanes;
    QList<ChartBands::Band> bands;
    const QLocale locale;
    for (const Regimen& regimen : regimens) {
        const int lane = lanes.try_emplace(regimen.product, int(lanes.size())).first->second;
        const QString name = regimenProductName(regimen);
        ChartBands::Band band;
        band.left = chartX(regimen.start, -0.5);
        band.right = chartX(regimen.stop, 0.5);
        band.lane = lane;
        band.label = tr("%1 %2").arg(name, milligrams(regimen.dailyMg));
        band.tooltip = tr("%1: %2 a day, %3 – %4 (%n day(s) taken)", "", regimen.daysTaken)
                           .arg(name, milligrams(regimen.dailyMg),
                                locale.toString(toQDate(regimen.start), QLocale::ShortFormat),
                                locale.toString(toQDate(regimen.stop), QLocale::ShortFormat));
        band.color = kColors[std::size_t(lane) % std::size(kColors)];
        bands.push_back(std::move(band));
    }
    m_medicineBands->setBands(std::move(bands));
}

} // namespace quietlegs

namespace quietlegs {

void TrendChart::showWeeklyIrls(const std::vector<WeeklyIrls>& weeks)
{
    m_checkIns = weeks;
    fillWeeklyIrls();
}

void TrendChart::fillWeeklyIrls()
{
    // On the IRLS axis only: a 0-40 total drawn against the 0-10 severity would mislead.
    QList<TrendPoint> points;
    if (m_symptom == Outcome::IrlsTotal)
        for (const WeeklyIrls& week : m_checkIns) {
            const Date ending = week.weekEnding();
            if (ending < m_shownFrom || addDays(ending, -6) > m_shownTo)
                continue;
            points.append(TrendPoint{toQDate(ending), chartX(addDays(ending, -3)),
                                     double(week.irls().total())});
        }
    std::sort(points.begin(), points.end(),
              [](const TrendPoint& a, const TrendPoint& b) { return a.x < b.x; });
    QList<QPointF> xy;
    std::vector<Date> dates;
    for (const TrendPoint& point : points) {
        xy.append(QPointF(point.x, point.value));
        dates.push_back(toDate(point.date));
    }
    const std::vector<std::size_t> starts = runStarts(dates, 7);
    m_weeklyIrlsPath->setPoints(std::move(xy), QList<qsizetype>(starts.begin(), starts.end()));
    for (QLegendMarker* marker : m_chart->legend()->markers(m_weeklyIrlsSeries))
        marker->setVisible(!points.isEmpty());
    m_points[static_cast<int>(TrendSeries::WeeklyIrls)] = std::move(points);
}

void TrendChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &TrendChart::alignPlotAreas);
}

void TrendChart::alignPlotAreas()
{
    // The two panels share the time axis, so their plots must start and end at the same x
    // whatever the width of their axis labels: both take the narrower of the two.
    m_chart->setPlotArea(QRectF());
    m_intakeChart->setPlotArea(QRectF());
    for (QChart* chart : {m_chart, m_intakeChart})
        if (chart->layout())
            chart->layout()->activate();
    const QRectF top = m_chart->plotArea();
    const QRectF bottom = m_intakeChart->plotArea();
    if (top.isEmpty() || bottom.isEmpty())
        return;
    const double left = std::max(top.left(), bottom.left());
    const double right = std::min(top.right(), bottom.right());
    m_chart->setPlotArea(QRectF(left, top.top(), right - left, top.height()));
    m_intakeChart->setPlotArea(QRectF(left, bottom.top(), right - left, bottom.height()));
}

} // namespace quietlegs
