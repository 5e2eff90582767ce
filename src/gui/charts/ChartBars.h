#pragma once

#include <QBrush>
#include <QGraphicsItem>
#include <QList>
#include <functional>

class QChart;
class QLineSeries;

namespace quietlegs {

/// Bars drawn straight onto a chart's plot area as rectangles, for thousands of days. Qt
/// Charts' own bar series cannot share a date-time axis, and an area series outlining the
/// bars takes seconds to paint with ten years of days; this paints them in milliseconds.
/// The bars take their axes, legend entry and visibility from an (empty) line series.
class ChartBars : public QGraphicsItem
{
public:
    struct Bar
    {
        double left = 0; // in axis values (ms since the epoch on a time axis)
        double right = 0;
        double value = 0;
    };

    ChartBars(QChart* chart, QLineSeries* anchor);

    void setBars(QList<Bar> bars);
    const QList<Bar>& bars() const { return m_bars; }
    void setBrush(const QBrush& brush);
    /// Text to show when the pointer rests on the bar at axis value x (empty: none).
    void setTooltip(std::function<QString(double x)> tooltip) { m_tooltip = std::move(tooltip); }
    QLineSeries* anchor() const { return m_anchor; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    /// Fills `rects` (chart coordinates) through one image; false where that does not apply.
    bool paintThroughImage(QPainter* painter, const QList<QRectF>& rects, const QRectF& plot) const;

    QChart* m_chart = nullptr;
    QLineSeries* m_anchor = nullptr;
    QList<Bar> m_bars;
    QBrush m_brush;
    std::function<QString(double)> m_tooltip;
};

} // namespace quietlegs
