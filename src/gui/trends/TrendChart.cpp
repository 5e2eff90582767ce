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

#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    // The bars' series stay empty: ChartBars paints them, the series give axes and legend.
    m_magnesiumSeries = new QLineSeries;
    m_magnesiumSeries->setName(tr("Elemental magnesium (mg)"));
    m_magnesiumSeries->setPen(QPen(ChartStyle::magnesiumColor(), 6));
    m_ironSeries = new QLineSeries;
    m_ironSeries->setName(tr("Elemental iron (mg)"));
    m_ironSeries->setPen(QPen(ChartStyle::ironColor(), 6));

    m_symptomLine = new QLineSeries;
    m_symptomLine->setPen(QPen(ChartStyle::symptomColor(), 2.5));
    m_efficiencyLine = new QLineSeries;
    m_efficiencyLine->setName(displayName(outcomeDisplayName(Outcome::SleepEfficiency)));
    m_efficiencyLine->setPen(QPen(ChartStyle::efficiencyColor(), 2, Qt::DashLine));

    for (QLineSeries* series : {m_magnesiumSeries, m_ironSeries, m_symptomLine, m_efficiencyLine})
        m_chart->addSeries(series);

    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setTickCount(8);
    m_symptomAxis = new QValueAxis;
    m_symptomAxis->setLabelFormat("%d");
    m_efficiencyAxis = new QValueAxis;
    m_efficiencyAxis->setRange(0, kEfficiencyMax);
    m_efficiencyAxis->setLabelFormat("%d");
    m_efficiencyAxis->setTitleText(tr("Sleep efficiency (%)"));
    m_efficiencyAxis->setGridLineVisible(false);
    m_milligramAxis = new QValueAxis;
    m_milligramAxis->setLabelFormat("%d");
    m_milligramAxis->setTitleText(tr("Elemental mg per day"));
    m_milligramAxis->setGridLineVisible(false);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_symptomAxis, Qt::AlignLeft);
    m_chart->addAxis(m_efficiencyAxis, Qt::AlignRight);
    m_chart->addAxis(m_milligramAxis, Qt::AlignRight);
    for (QLineSeries* bars : {m_magnesiumSeries, m_ironSeries}) {
        bars->attachAxis(m_timeAxis);
        bars->attachAxis(m_milligramAxis);
    }
    m_magnesiumBars = new ChartBars(m_chart, m_magnesiumSeries); // the chart owns the item
    m_magnesiumBars->setBrush(ChartStyle::magnesiumColor());
    m_magnesiumBars->setTooltip(
        [this](double x) { return tooltipText(TrendSeries::Magnesium, x); });
    m_ironBars = new ChartBars(m_chart, m_ironSeries);
    // Hatched as well as coloured, so the two kinds of bar differ without colour.
    m_ironBars->setBrush(QBrush(ChartStyle::ironColor(), Qt::BDiagPattern));
    m_ironBars->setTooltip([this](double x) { return tooltipText(TrendSeries::Iron, x); });
    const auto repaintBars = [this] {
        m_magnesiumBars->update();
        m_ironBars->update();
    };
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, repaintBars);
    connect(m_milligramAxis, &QValueAxis::rangeChanged, this, repaintBars);
    m_symptomLine->attachAxis(m_timeAxis);
    m_symptomLine->attachAxis(m_symptomAxis);
    m_medicineBands = new ChartBands(m_chart, m_symptomLine); // the chart owns the item
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, [this] { m_medicineBands->update(); });
    m_efficiencyLine->attachAxis(m_timeAxis);
    m_efficiencyLine->attachAxis(m_efficiencyAxis);
    // The line series stay empty as well: ChartLine paints them with gaps (the chart owns it).
    m_efficiencyPath = new ChartLine(m_chart, m_efficiencyLine);
    m_symptomPath = new ChartLine(m_chart, m_symptomLine);
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, [this] {
        m_symptomPath->update();
        m_efficiencyPath->update();
    });

    connect(m_view, &TimeChartView::pointerMoved, this, &TrendChart::showLineTooltip);
    connect(m_view, &TimeChartView::pointerLeft, this, [this] {
        if (std::exchange(m_lineTooltipShown, false))
            QToolTip::hideText();
    });
    connectLegend();

    connect(m_view, &TimeChartView::visibleRangeChanged, this, [this](double min, double max) {
        m_timeAxis->setFormat((max - min) / kChartMsPerDay > kMonthLabelsAboveDays
                                  ? QStringLiteral("MMM yyyy")
                                  : QStringLiteral("d MMM"));
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
    m_weekly = true;
    m_smoothed = false;
    fillLine(TrendSeries::Symptom, std::move(points[0]));
    fillLine(TrendSeries::SleepEfficiency, std::move(points[1]));
    // Magnesium in the first half of the week, iron in the second, both centred on Thursday.
    fillBars(TrendSeries::Magnesium, std::move(points[2]), -3.3, 0);
    fillBars(TrendSeries::Iron, std::move(points[3]), 0, 3.3);
    m_symptomPath->setPointsVisible(weeks.size() <= kDotsUpToWeeks);
    m_efficiencyPath->setPointsVisible(weeks.size() <= kDotsUpToWeeks);
    finishShowing(symptom, mondayOfWeek(from), addDays(mondayOfWeek(to), 6), 0.5, true);
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
    (which == TrendSeries::Magnesium ? m_magnesiumBars : m_ironBars)->setBars(std::move(bars));
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

    double highest = 0;
    for (const TrendSeries bars : {TrendSeries::Magnesium, TrendSeries::Iron})
        for (const TrendPoint& point : points(bars))
            highest = std::max(highest, point.value);
    m_milligramAxis->setRange(0, highest > 0 ? highest * 1.1 : 100.0);
    m_milligramAxis->applyNiceNumbers();
    // A wide pen along a jagged line of thousands of nights takes half a second to paint; a
    // thin one a tenth of that, and at that density the lines look no thinner.
    const bool dense = points(TrendSeries::Symptom).size() > kWidePenUpToPoints;
    m_symptomLine->setPen(QPen(ChartStyle::symptomColor(), dense ? 1 : 2.5));
    m_efficiencyLine->setPen(QPen(ChartStyle::efficiencyColor(), dense ? 1 : 2, Qt::DashLine));
    m_view->setTimeAxis(m_timeAxis, chartX(from, -padDays), chartX(to, padDays));
    connectLegend(); // markers are rebuilt when names change
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
        value = m_weekly ? tr("Magnesium: %1 mg a day on average").arg(shown(0))
                         : tr("Magnesium: %1 mg").arg(shown(0));
        break;
    case TrendSeries::Iron:
        value = m_weekly ? tr("Iron: %1 mg a day on average").arg(shown(1))
                         : tr("Iron: %1 mg").arg(shown(1));
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
    const auto markers = m_chart->legend()->markers();
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
    for (QLegendMarker* marker : m_chart->legend()->markers()) {
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
    QImage image(m_view->size() * kExportScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kExportScale);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The target in logical pixels: without it QGraphicsView::render fills the image's device
    // pixels, and at twice the scale the file held only the top-left quarter of the chart.
    m_view->render(&painter, QRectF(QPointF(0, 0), m_view->size()));
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
    generator.setSize(m_view->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    generator.setTitle(tr("QuietLegs trends"));
    QPainter painter;
    if (!painter.begin(&generator))
        return failure(path, tr("the SVG could not be started"));
    m_view->render(&painter);
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
