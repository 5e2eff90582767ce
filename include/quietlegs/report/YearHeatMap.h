#pragma once

#include "quietlegs/analysis/YearCalendar.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <optional>

class QPainter;

namespace quietlegs {

/// Draws a year at a glance as vectors: one cell per night in week columns (the journal's
/// week start on top), coloured by the 0-10 severity, a distinct crossed cell for a missing
/// night, grey for a night without severity, a dot for a supplement day and a bar for a
/// medicine day, month and weekday labels and a legend. History draws it on screen and the
/// report may print it; both ask the same geometry (cellRect, dateAt).
class YearHeatMapPainter
{
    Q_DECLARE_TR_FUNCTIONS(YearHeatMapPainter)

public:
    explicit YearHeatMapPainter(YearCalendar calendar);

    const YearCalendar& calendar() const { return m_calendar; }
    /// The text font, sized in the painter's units (QFont::setPixelSize).
    void setFont(const QFont& font) { m_font = font; }
    /// How many painter units make one typographic point (10 in the report, 1 on screen).
    void setUnitsPerPoint(double units) { m_unitsPerPoint = units; }
    /// Text and outline colour and the background (a dark palette on screen swaps them).
    void setColors(const QColor& ink, const QColor& paper);

    /// Paints labels, cells and legend inside `rect`.
    void paint(QPainter& painter, const QRectF& rect) const;
    /// Where the cell of `date` is painted in `rect`; empty when the date is not in the year.
    QRectF cellRect(const QRectF& rect, Date date) const;
    /// The date whose cell holds `point`, if any.
    std::optional<Date> dateAt(const QRectF& rect, QPointF point) const;
    /// The smallest size that keeps cells readable (about 10 points a cell).
    QSizeF minimumSize() const;
    /// The height at which square cells fill `width` (the report places the map by it).
    double heightForWidth(double width) const;

    /// The fill of a night with this severity (0..10): a sequential scale from pale yellow to
    /// dark red that also reads as light to dark in greyscale.
    static QColor severityColor(int severity);

private:
    struct Grid
    {
        QRectF cells; // the area of the week columns
        double cell = 0;
        double gap = 0;
    };
    Grid grid(const QRectF& rect) const;
    int columnCount() const;
    int columnOf(Date date) const;
    int rowOf(Date date) const;
    void paintCell(QPainter& painter, const QRectF& cell, const CalendarDay& day) const;
    void paintLegend(QPainter& painter, const QRectF& area, double cell) const;

    YearCalendar m_calendar;
    QFont m_font;
    double m_unitsPerPoint = 1;
    QColor m_ink{40, 40, 40};
    QColor m_paper{Qt::white};
};

} // namespace quietlegs
