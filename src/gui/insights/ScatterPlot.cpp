#include "ScatterPlot.h"

#include "DisplayNames.h"
#include "QtText.h"
#include "charts/ChartDates.h"
#include "charts/ChartStyle.h"
#include "charts/ScatterDots.h"
#include "quietlegs/analysis/PlainLanguage.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace quietlegs {
namespace {
/// Scores on a short whole-number scale; mg amounts are whole numbers too but spread widely.
bool isScoreScale(const std::vector<LaggedPair>& pairs, double LaggedPair::*value)
{
    constexpr double kLongestScale = 40; // the IRLS total
    if (pairs.empty())
        return false;
    double low = pairs.front().*value;
    double high = low;
    for (const LaggedPair& pair : pairs) {
        const double v = pair.*value;
        if (v != std::round(v))
            return false;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    return high - low <= kLongestScale;
}

/// A fixed offset in [-kJitter, kJitter] from a date (Knuth's multiplicative hash): the same
/// journal draws the same plot every time.
double jitterOf(Date date, std::uint32_t salt)
{
    const auto day = std::uint32_t(std::chrono::sys_days{date}.time_since_epoch().count());
    const std::uint32_t hash = (day ^ salt) * 2654435761u;
    return (double(hash) / 4294967296.0 - 0.5) * 2 * ScatterPlot::kJitter;
}
} // namespace

ScatterPlot::ScatterPlot(QWidget* parent) : QChartView(parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart); // the view owns the chart
    setRenderHint(QPainter::Antialiasing);

    // The band first, so that the line and the dots are drawn over it.
    m_bandUpper = new QLineSeries(chart);
    m_bandLower = new QLineSeries(chart);
    m_band = new QAreaSeries(m_bandUpper, m_bandLower);
    QColor bandColor = ChartStyle::fitLineColor();
    bandColor.setAlpha(45);
    m_band->setBrush(bandColor);
    m_band->setPen(Qt::NoPen);
    chart->addSeries(m_band);
    m_fitLine = new QLineSeries;
    m_fitLine->setPen(QPen(ChartStyle::fitLineColor(), 2.5));
    chart->addSeries(m_fitLine);
    m_xAxis = new QValueAxis;
    m_yAxis = new QValueAxis;
    m_xAxis->setLabelFormat(QStringLiteral("%g"));
    m_yAxis->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_fitLine->attachAxis(m_xAxis);
    m_fitLine->attachAxis(m_yAxis);
    m_band->attachAxis(m_xAxis);
    m_band->attachAxis(m_yAxis);
    // The dots take the fitted line's axes, so they share its scale.
    m_dots = new ScatterDots(chart, m_fitLine);
    // Translucent, so nights with the same values show as a darker dot.
    QColor dot = ChartStyle::efficiencyColor();
    dot.setAlpha(150);
    m_dots->setColor(dot);
    viewport()->setMouseTracking(true);

    ChartStyle::apply(chart, palette());
}

void ScatterPlot::clear()
{
    m_pairs.clear();
    m_xJittered = m_yJittered = false;
    m_dots->setPoints({});
    m_fitLine->clear();
    m_bandUpper->clear();
    m_bandLower->clear();
}

void ScatterPlot::showPairs(const std::vector<LaggedPair>& pairs,
                            std::optional<EffectLine> line, const RelationKey& relation)
{
    m_pairs = pairs;
    QList<QPointF> points;
    points.reserve(qsizetype(pairs.size()));
    double minX = 0, maxX = 1, minY = 0, maxY = 1;
    if (!pairs.empty()) {
        minX = maxX = pairs.front().exposure;
        minY = maxY = pairs.front().outcome;
    }
    m_xJittered = isScoreScale(pairs, &LaggedPair::exposure);
    m_yJittered = isScoreScale(pairs, &LaggedPair::outcome);
    for (const LaggedPair& pair : pairs) {
        points.append(
            QPointF(pair.exposure + (m_xJittered ? jitterOf(pair.exposureDate, 0x9e37u) : 0),
                    pair.outcome + (m_yJittered ? jitterOf(pair.nightDate, 0x7f4au) : 0)));
        minX = std::min(minX, pair.exposure);
        maxX = std::max(maxX, pair.exposure);
        minY = std::min(minY, pair.outcome);
        maxY = std::max(maxY, pair.outcome);
    }
    m_dots->setPoints(std::move(points));
    m_bandUpper->clear();
    m_bandLower->clear();
    if (line && !pairs.empty()) {
        m_fitLine->replace({QPointF(minX, line->at(minX)), QPointF(maxX, line->at(maxX))});
        // The band narrows to the centre of the nights: a polyline through it on each side.
        QList<QPointF> upper;
        QList<QPointF> lower;
        for (const double x : {minX, std::clamp(line->centreX, minX, maxX), maxX}) {
            const Interval band = line->bandAt(x);
            upper.append(QPointF(x, band.high));
            lower.append(QPointF(x, band.low));
            minY = std::min(minY, band.low);
            maxY = std::max(maxY, band.high);
        }
        m_bandUpper->replace(upper);
        m_bandLower->replace(lower);
    } else {
        m_fitLine->clear();
    }

    // Room for the jitter on both sides of the extreme scores.
    const double padX = std::max((maxX - minX) * 0.05, m_xJittered ? kJitter + 0.2 : 0.5);
    const double padY = std::max((maxY - minY) * 0.05, m_yJittered ? kJitter + 0.2 : 0.5);
    // Intakes and scores are never negative: the axes start at 0 then.
    m_xAxis->setRange(minX >= 0 ? 0.0 : minX - padX, maxX + padX);
    m_yAxis->setRange(minY >= 0 ? 0.0 : minY - padY, maxY + padY);
    for (QValueAxis* axis : {m_xAxis, m_yAxis}) {
        // Ticks at round values (1, 2 or 5 times a power of ten), about five of them.
        const double width = axis->max() - axis->min();
        const double power = std::pow(10.0, std::floor(std::log10(width / 5)));
        double step = power;
        for (const double factor : {1.0, 2.0, 5.0, 10.0})
            if (width / (factor * power) <= 7) {
                step = factor * power;
                break;
            }
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(step);
    }
    const QString exposureName = displayName(exposureDisplayName(relation.exposure));
    m_xAxis->setTitleText(relation.lagDays == 0
                              ? exposureName
                              : tr("%1, %2").arg(exposureName,
                                                 lagDisplayPhrase(relation.lagDays)));
    m_yAxis->setTitleText(displayName(outcomeDisplayName(relation.outcome)));
}

void ScatterPlot::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    showPairsNear(chart()->mapFromScene(mapToScene(event->position().toPoint())));
}

void ScatterPlot::showPairsNear(QPointF position)
{
    const auto index = m_dots->pointNear(position, m_dots->diameter() / 2 + 1);
    if (!index) {
        QToolTip::hideText();
        return;
    }
    // The dot stands for every pair with exactly its values (jittered dots sit near them).
    const LaggedPair& near = m_pairs.at(std::size_t(*index));
    QStringList lines;
    for (const LaggedPair& pair : m_pairs)
        if (pair.exposure == near.exposure && pair.outcome == near.outcome)
            lines << tr("Night of %1: %2 (intake or factor on %3: %4)")
                         .arg(toQDate(pair.nightDate).toString(Qt::ISODate),
                              localDecimals(formatNumber(pair.outcome, 1)),
                              toQDate(pair.exposureDate).toString(Qt::ISODate),
                              localDecimals(formatNumber(pair.exposure, 1)));
    constexpr int kMostLines = 8;
    if (lines.size() > kMostLines) {
        const auto more = lines.size() - kMostLines;
        lines = lines.mid(0, kMostLines);
        lines << tr("and %n more", nullptr, int(more));
    }
    QToolTip::showText(QCursor::pos(), lines.join(QLatin1Char('\n')), this);
}

void ScatterPlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && chart())
        ChartStyle::apply(chart(), palette());
    QChartView::changeEvent(event);
}

} // namespace quietlegs
