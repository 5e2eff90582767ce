#include "quietlegs/report/YearHeatMap.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>
#include <cmath>

namespace quietlegs {
namespace {
using namespace std::chrono;

// ColorBrewer's YlOrRd (9 classes): sequential, colour-blind safe and monotone in lightness,
// so the severity still reads when printed in greyscale.
constexpr std::array<QRgb, 9> kYlOrRd = {0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c,
                                         0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026};
constexpr double kMinimumCellPoints = 10;

const char* const kMonths[] = {
    QT_TRANSLATE_NOOP("YearHeatMapPainter", "Jan"), QT_TRANSLATE_NOOP("YearHeatMapPainter", "Feb"),
    QT_TRANSLATE_NOOP("YearHeatMapPainter", "Mar"), QT_TRANSLATE_NOOP("YearHeatMapPainter", "Apr"),
    QT_TRANSLATE_NOOP("YearHeatMapPainter", "May"), QT_TRANSLATE_NOOP("YearHeatMapPainter", "Jun"),
    QT_TRANSLATE_NOOP("YearHeatMapPainter", "Jul"), QT_TRANSLATE_NOOP("YearHeatMapPainter", "Aug"),
    QT_TRANSLATE_NOOP("YearHeatMapPainter", "Sep"), QT_TRANSLATE_NOOP("YearHeatMapPainter", "Oct"),
    QT_TRANSLATE_NOOP("YearHeatMapPainter", "Nov"), QT_TRANSLATE_NOOP("YearHeatMapPainter", "Dec")};
// By std::chrono::weekday::c_encoding() (0 = Sunday).
const char* const kWeekdays[] = {
    QT_TRANSLATE_NOOP("YearHeatMapPainter", "Sun"), QT_TRANSLATE_NOOP("YearHeatMapPainter", "Mon"),
    QT_TRANSLATE_NOOP("YearHeatMapPainter", "Tue"), QT_TRANSLATE_NOOP("YearHeatMapPainter", "Wed"),
    QT_TRANSLATE_NOOP("YearHeatMapPainter", "Thu"), QT_TRANSLATE_NOOP("YearHeatMapPainter", "Fri"),
    QT_TRANSLATE_NOOP("YearHeatMapPainter", "Sat")};

QString translated(const char* text)
{
    return QCoreApplication::translate("YearHeatMapPainter", text);
}

QColor mixed(QColor a, QColor b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

double legendHeight(const QFontMetricsF& metrics, double unit)
{
    return 2 * (metrics.height() + 3 * unit) + 4 * unit;
}

double weekdayLabelWidth(const QFontMetricsF& metrics, double unit)
{
    double width = 0;
    for (const char* day : kWeekdays)
        width = std::max(width, metrics.horizontalAdvance(translated(day)));
    return width + 4 * unit;
}
} // namespace

YearHeatMapPainter::YearHeatMapPainter(YearCalendar calendar) : m_calendar(std::move(calendar))
{}

void YearHeatMapPainter::setColors(const QColor& ink, const QColor& paper)
{
    m_ink = ink;
    m_paper = paper;
}

QColor YearHeatMapPainter::severityColor(int severity)
{
    const double position = std::clamp(severity, 0, 10) / 10.0 * (kYlOrRd.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const auto above = std::min(below + 1, kYlOrRd.size() - 1);
    // In whole 8-bit steps, as a screen or a PDF shows it.
    return QColor(
        mixed(QColor(kYlOrRd[below]), QColor(kYlOrRd[above]), position - double(below)).rgb());
}

int YearHeatMapPainter::rowOf(Date date) const
{
    const unsigned day = weekday{sys_days{date}}.c_encoding();
    return m_calendar.weekStart == WeekStart::Monday ? int((day + 6) % 7) : int(day);
}

int YearHeatMapPainter::columnOf(Date date) const
{
    const Date first{year{m_calendar.year}, January, 1d};
    const Date firstColumn = addDays(first, -rowOf(first));
    return daysBetween(firstColumn, date) / 7;
}

int YearHeatMapPainter::columnCount() const
{
    return columnOf(Date{year{m_calendar.year}, December, 31d}) + 1;
}

YearHeatMapPainter::Grid YearHeatMapPainter::grid(const QRectF& rect) const
{
    const QFontMetricsF metrics(m_font);
    const double unit = m_unitsPerPoint;
    const double left = weekdayLabelWidth(metrics, unit);
    const double top = metrics.height() + 2 * unit;
    const double width = rect.width() - left;
    const double height = rect.height() - top - legendHeight(metrics, unit);
    Grid grid;
    grid.cell = std::max(0.0, std::min(width / columnCount(), height / 7));
    grid.gap = grid.cell * 0.15;
    grid.cells =
        QRectF(rect.left() + left, rect.top() + top, grid.cell * columnCount(), grid.cell * 7);
    return grid;
}

QSizeF YearHeatMapPainter::minimumSize() const
{
    const QFontMetricsF metrics(m_font);
    const double unit = m_unitsPerPoint;
    const double cell = kMinimumCellPoints * unit;
    return {weekdayLabelWidth(metrics, unit) + cell * columnCount(),
            metrics.height() + 2 * unit + 7 * cell + legendHeight(metrics, unit)};
}

double YearHeatMapPainter::heightForWidth(double width) const
{
    const QFontMetricsF metrics(m_font);
    const double unit = m_unitsPerPoint;
    const double cell = std::max(0.0, width - weekdayLabelWidth(metrics, unit)) / columnCount();
    return metrics.height() + 2 * unit + 7 * cell + legendHeight(metrics, unit);
}

QRectF YearHeatMapPainter::cellRect(const QRectF& rect, Date date) const
{
    if (!m_calendar.day(date))
        return {};
    const Grid g = grid(rect);
    return QRectF(g.cells.left() + columnOf(date) * g.cell + g.gap / 2,
                  g.cells.top() + rowOf(date) * g.cell + g.gap / 2, g.cell - g.gap, g.cell - g.gap);
}

std::optional<Date> YearHeatMapPainter::dateAt(const QRectF& rect, QPointF point) const
{
    const Grid g = grid(rect);
    if (g.cell <= 0 || !g.cells.contains(point))
        return std::nullopt;
    const int column = int((point.x() - g.cells.left()) / g.cell);
    const int row = int((point.y() - g.cells.top()) / g.cell);
    const Date first{year{m_calendar.year}, January, 1d};
    const Date date = addDays(first, column * 7 + row - rowOf(first));
    if (!m_calendar.day(date))
        return std::nullopt;
    return date;
}

void YearHeatMapPainter::paintCell(QPainter& painter, const QRectF& cell,
                                   const CalendarDay& day) const
{
    const double unit = m_unitsPerPoint;
    const QPen outline(m_ink, 0.5 * unit);
    switch (day.night) {
    case CalendarNight::Outside: {
        QColor faint = m_ink;
        faint.setAlphaF(0.07f);
        painter.fillRect(cell, faint);
        break;
    }
    case CalendarNight::Missing:
        // Crossed out, not merely pale: a missing night must never read as a calm one.
        painter.fillRect(cell, m_paper);
        painter.setPen(outline);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell);
        painter.drawLine(cell.bottomLeft(), cell.topRight());
        break;
    case CalendarNight::NoSeverity:
        painter.fillRect(cell, mixed(m_paper, m_ink, 0.4));
        break;
    case CalendarNight::Scored:
        painter.fillRect(cell, severityColor(day.severity.value_or(0)));
        break;
    }
    const double mark = cell.width() * 0.36;
    painter.setPen(QPen(m_ink, 0.4 * unit));
    painter.setBrush(m_paper);
    if (day.supplement)
        painter.drawEllipse(
            QRectF(cell.right() - mark - 0.5 * unit, cell.top() + 0.5 * unit, mark, mark));
    if (day.medicine)
        painter.drawRect(QRectF(cell.left() + 0.5 * unit, cell.bottom() - mark * 0.6 - 0.5 * unit,
                                cell.width() - unit, mark * 0.6));
}

void YearHeatMapPainter::paint(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    const QFontMetricsF metrics(m_font);
    const Grid g = grid(rect);
    if (g.cell <= 0) {
        painter.restore();
        return;
    }
    // Month names over the column of each month's first day; weekday names on every other row.
    painter.setPen(m_ink);
    for (unsigned month = 1; month <= 12; ++month) {
        const Date first{year{m_calendar.year}, std::chrono::month{month}, 1d};
        const double x = g.cells.left() + columnOf(first) * g.cell;
        painter.drawText(QPointF(x, g.cells.top() - metrics.descent() - 2 * m_unitsPerPoint),
                         translated(kMonths[month - 1]));
    }
    const Date first{year{m_calendar.year}, January, 1d};
    for (int row = 0; row < 7; row += 2) {
        const Date date = addDays(first, row - rowOf(first));
        const unsigned day = weekday{sys_days{date}}.c_encoding();
        const double y = g.cells.top() + row * g.cell + (g.cell + metrics.capHeight()) / 2;
        painter.drawText(QPointF(rect.left(), y), translated(kWeekdays[day]));
    }
    for (const CalendarDay& day : m_calendar.days)
        paintCell(painter, cellRect(rect, day.date), day);
    paintLegend(painter,
                QRectF(g.cells.left(), g.cells.bottom() + 4 * m_unitsPerPoint, rect.right(),
                       legendHeight(metrics, m_unitsPerPoint)),
                std::min(g.cell, metrics.height()));
    painter.restore();
}

void YearHeatMapPainter::paintLegend(QPainter& painter, const QRectF& area, double cell) const
{
    const QFontMetricsF metrics(m_font);
    const double unit = m_unitsPerPoint;
    const double size = cell * 0.85;
    const double rowHeight = metrics.height() + 3 * unit;
    double x = area.left();
    double y = area.top();
    const auto text = [&](const QString& words) {
        painter.setPen(m_ink);
        painter.drawText(QPointF(x, y + (size + metrics.capHeight()) / 2), words);
        x += metrics.horizontalAdvance(words) + 4 * unit;
    };
    const auto sample = [&](CalendarNight night, std::optional<int> severity = std::nullopt,
                            bool supplement = false, bool medicine = false) {
        CalendarDay day;
        day.night = night;
        day.severity = severity;
        day.supplement = supplement;
        day.medicine = medicine;
        paintCell(painter, QRectF(x, y, size, size), day);
        x += size + 3 * unit;
    };
    text(tr("Severity"));
    text(QStringLiteral("0"));
    for (int severity = 0; severity <= 10; ++severity)
        sample(CalendarNight::Scored, severity);
    text(QStringLiteral("10"));

    x = area.left();
    y += rowHeight;
    sample(CalendarNight::Missing);
    text(tr("missing night"));
    sample(CalendarNight::NoSeverity);
    text(tr("no severity"));
    x += 4 * unit;
    sample(CalendarNight::Outside, std::nullopt, true);
    text(tr("supplement taken"));
    sample(CalendarNight::Outside, std::nullopt, false, true);
    text(tr("medicine taken"));
}

} // namespace quietlegs
