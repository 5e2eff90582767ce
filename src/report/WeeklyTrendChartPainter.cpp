#include "quietlegs/report/WeeklyTrendChartPainter.h"

#include "ReportStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <string>

namespace quietlegs {
namespace {

using reportstyle::named;

/// A tick step of 1, 2, 2.5 or 5 times a power of ten giving at most `maxTicks` intervals.
double niceStep(double range, int maxTicks)
{
    if (range <= 0)
        return 1;
    const double raw = range / maxTicks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (factor * power >= raw)
            return factor * power;
    return 10 * power;
}

QString tickText(double value)
{
    return QString::number(value, 'g', 6);
}

QString shortDate(Date date)
{
    // The report's own month names, not the system's: the PDF reads the same on every machine
    // in a language; the app's translation gives German ones.
    static const char* const kMonths[] = {
        QT_TRANSLATE_NOOP("WeeklyTrendChartPainter", "Jan"),
        QT_TRANSLATE_NOOP("WeeklyTrendChartPainter", "Feb"),
        QT_TRANSLATE_NOOP("WeeklyTrendChartPainter", "Mar"),
        QT_TRANSLATE_NOOP("WeeklyTrendChartPainter", "Apr"),
        QT_TRANSLATE_NOOP("WeeklyTrendChartPainter", "May"),
        QT_TRANSLATE_NOOP("WeeklyTrendChartPainter", "Jun"),
        QT_TRANSLATE_NOOP("WeeklyTrendChartPainter", "Jul"),
        QT_TRANSLATE_NOOP("WeeklyTrendChartPainter", "Aug"),
        QT_TRANSLATE_NOOP("WeeklyTrendChartPainter", "Sep"),
        QT_TRANSLATE_NOOP("WeeklyTrendChartPainter", "Oct"),
        QT_TRANSLATE_NOOP("WeeklyTrendChartPainter", "Nov"),
        QT_TRANSLATE_NOOP("WeeklyTrendChartPainter", "Dec")};
    return QStringLiteral("%1 %2")
        .arg(static_cast<unsigned>(date.day()))
        .arg(QCoreApplication::translate("WeeklyTrendChartPainter",
                                         kMonths[static_cast<unsigned>(date.month()) - 1]));
}

/// Grey fill for the first bar series, hatching for the next, so bars differ in greyscale.
void paintBarFill(QPainter& painter, const QRectF& bar, int series, double unit)
{
    const QColor ink(40, 40, 40);
    if (series % 2 == 0) {
        painter.fillRect(bar, QColor(190, 190, 190));
    } else {
        painter.fillRect(bar, Qt::white);
        painter.save();
        painter.setClipRect(bar);
        painter.setPen(QPen(ink, 0.6 * unit));
        const double step = 2.5 * unit;
        for (double x = bar.left() - bar.height(); x < bar.right(); x += step)
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x + bar.height(), bar.top()));
        painter.restore();
    }
    painter.setPen(QPen(ink, 0.5 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
}

void paintMarker(QPainter& painter, const QPointF& centre, double unit)
{
    painter.setPen(QPen(Qt::black, 0.8 * unit));
    painter.setBrush(Qt::black);
    painter.drawEllipse(centre, 1.8 * unit, 1.8 * unit);
}

} // namespace

WeeklyTrendChartPainter::WeeklyTrendChartPainter(std::vector<WeeklySummary> weeks)
    : m_weeks(std::move(weeks))
{
    std::sort(m_weeks.begin(), m_weeks.end(), [](const WeeklySummary& a, const WeeklySummary& b) {
        return a.weekStart < b.weekStart;
    });
}

std::pair<double, double> WeeklyTrendChartPainter::outcomeScale(Outcome outcome)
{
    switch (outcome) {
    case Outcome::IrlsTotal:
        return {0, 40}; // domain.md: total 0..40
    case Outcome::Severity:
        return {0, 10}; // quick rating 0..10
    case Outcome::SleepEfficiency:
        return {0, 100};
    }
    return {0, 1};
}

void WeeklyTrendChartPainter::paint(QPainter& painter, const QRectF& rect) const
{
    const double unit = m_unitsPerPoint;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    const QFontMetricsF metrics(m_font);
    const double lineHeight = metrics.height();
    const QColor ink(40, 40, 40);

    // Legend: one row of samples above the plot, each naming its series and axis.
    struct LegendItem
    {
        int barSeries; // -1 for the line
        QString text;
    };
    std::vector<LegendItem> legend;
    legend.push_back(
        {-1, tr("%1, weekly mean (left axis)").arg(named(outcomeDisplayName(m_outcome)))});
    for (std::size_t i = 0; i < m_barExposures.size(); ++i) {
        legend.push_back({int(i), tr("%1 per day, weekly mean (right axis)")
                                      .arg(named(exposureDisplayName(m_barExposures[i])))});
    }
    double x = rect.left();
    double y = rect.top();
    const double sample = 14 * unit;
    for (const LegendItem& item : legend) {
        const double width = sample + 3 * unit + metrics.horizontalAdvance(item.text) + 10 * unit;
        if (x + width > rect.right() && x > rect.left()) {
            x = rect.left();
            y += lineHeight;
        }
        const double mid = y + lineHeight / 2;
        if (item.barSeries < 0) {
            painter.setPen(QPen(Qt::black, 1.4 * unit));
            painter.drawLine(QPointF(x, mid), QPointF(x + sample, mid));
            paintMarker(painter, QPointF(x + sample / 2, mid), unit);
        } else {
            paintBarFill(painter,
                         QRectF(x + 2 * unit, mid - 3.5 * unit, sample - 4 * unit, 7 * unit),
                         item.barSeries, unit);
        }
        painter.setPen(ink);
        painter.drawText(QPointF(x + sample + 3 * unit, y + metrics.ascent()), item.text);
        x += width;
    }
    // Leave room for the top tick labels, which straddle the plot's top edge.
    const double legendBottom = y + lineHeight + lineHeight / 2 + 4 * unit;

    // Plot area: tick labels left and right, week labels below.
    const auto [low, high] = outcomeScale(m_outcome);
    double barMax = 0;
    for (const WeeklySummary& week : m_weeks)
        for (Exposure exposure : m_barExposures)
            barMax = std::max(barMax, week.mean(exposure).value_or(0));
    const double barStep = niceStep(barMax > 0 ? barMax : 1, 4);
    const double barTop = std::max(barStep, std::ceil(barMax / barStep) * barStep);

    const double leftLabels = metrics.horizontalAdvance(QStringLiteral("100")) + 4 * unit;
    const double rightLabels =
        m_barExposures.empty() ? 0 : metrics.horizontalAdvance(tickText(barTop)) + 4 * unit;
    const QRectF plot(rect.left() + leftLabels, legendBottom,
                      rect.width() - leftLabels - rightLabels,
                      rect.bottom() - legendBottom - lineHeight - 3 * unit);
    if (plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }
    auto yOfOutcome = [&](double v) {
        return plot.bottom() - (v - low) / (high - low) * plot.height();
    };
    auto yOfBar = [&](double v) { return plot.bottom() - v / barTop * plot.height(); };

    // Grid and left ticks (the outcome's fixed scale).
    const double step = niceStep(high - low, 5);
    painter.setPen(QPen(QColor(200, 200, 200), 0.4 * unit, Qt::DotLine));
    for (double v = low; v <= high + 1e-9; v += step)
        painter.drawLine(QPointF(plot.left(), yOfOutcome(v)), QPointF(plot.right(), yOfOutcome(v)));
    painter.setPen(ink);
    for (double v = low; v <= high + 1e-9; v += step) {
        const QString text = tickText(v);
        painter.drawText(QPointF(plot.left() - 2 * unit - metrics.horizontalAdvance(text),
                                 yOfOutcome(v) + metrics.ascent() / 2 - metrics.descent() / 2),
                         text);
    }
    // No bar has a value: a right axis would only show a made-up scale.
    if (!m_barExposures.empty() && barMax > 0)
        for (double v = 0; v <= barTop + 1e-9; v += barStep)
            painter.drawText(QPointF(plot.right() + 2 * unit,
                                     yOfBar(v) + metrics.ascent() / 2 - metrics.descent() / 2),
                             tickText(v));

    if (m_weeks.empty()) {
        painter.drawText(plot, Qt::AlignCenter, tr("No weeks with records in this period"));
    } else {
        // One slot per calendar week from the first to the last, so missing weeks show as gaps.
        const Date first = m_weeks.front().weekStart;
        const int slotCount = daysBetween(first, m_weeks.back().weekStart) / 7 + 1;
        const double slotWidth = plot.width() / slotCount;
        auto slotOf = [&](const WeeklySummary& week) {
            return daysBetween(first, week.weekStart) / 7;
        };

        // Bars first, so the line is drawn over them.
        if (!m_barExposures.empty()) {
            const double groupWidth = slotWidth * 0.7;
            const double barWidth = groupWidth / double(m_barExposures.size());
            for (const WeeklySummary& week : m_weeks) {
                const double groupLeft =
                    plot.left() + slotOf(week) * slotWidth + (slotWidth - groupWidth) / 2;
                for (std::size_t i = 0; i < m_barExposures.size(); ++i) {
                    const auto value = week.mean(m_barExposures[i]);
                    if (!value || *value <= 0)
                        continue;
                    const QRectF bar(groupLeft + double(i) * barWidth, yOfBar(*value), barWidth,
                                     plot.bottom() - yOfBar(*value));
                    paintBarFill(painter, bar, int(i), unit);
                }
            }
        }

        // The line, broken where a week has no value or is missing.
        painter.setPen(QPen(Qt::black, 1.4 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        std::optional<QPointF> previous;
        int previousSlot = -2;
        std::vector<QPointF> markers;
        for (const WeeklySummary& week : m_weeks) {
            const auto value = week.mean(m_outcome);
            const int slot = slotOf(week);
            if (!value) {
                previous.reset();
                continue;
            }
            const QPointF point(plot.left() + (slot + 0.5) * slotWidth, yOfOutcome(*value));
            if (previous && previousSlot == slot - 1)
                painter.drawLine(*previous, point);
            previous = point;
            previousSlot = slot;
            markers.push_back(point);
        }
        for (const QPointF& point : markers)
            paintMarker(painter, point, unit);

        // Week labels (the Monday), thinned so they never overlap.
        painter.setPen(ink);
        const double labelWidth = metrics.horizontalAdvance(QStringLiteral("30 Sep")) + 4 * unit;
        const int every = std::max(1, int(std::ceil(labelWidth / slotWidth)));
        for (int slot = 0; slot < slotCount; slot += every) {
            const QString text = shortDate(addDays(first, slot * 7));
            const double centre = plot.left() + (slot + 0.5) * slotWidth;
            painter.drawText(QPointF(centre - metrics.horizontalAdvance(text) / 2,
                                     plot.bottom() + 2 * unit + metrics.ascent()),
                             text);
        }
    }

    painter.setPen(QPen(ink, 0.6 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    painter.restore();
}

} // namespace quietlegs
