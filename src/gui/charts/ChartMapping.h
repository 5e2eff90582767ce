#pragma once

#include <QPointF>
#include <optional>

class QAbstractSeries;
class QChart;

namespace quietlegs {

/// Axis values to chart coordinates for a chart's current plot area, when both axes are
/// linear (value or date-time axes). One multiply-add per coordinate: QChart::mapToPosition
/// walks the chart's domain for every point, which is most of the cost of painting thousands
/// of points ourselves.
struct ChartMapping
{
    double left = 0, bottom = 0, xScale = 0, yScale = 0, xMin = 0, yMin = 0;

    /// The mapping for the axes `anchor` is attached to; none while the plot area is empty.
    static std::optional<ChartMapping> of(QChart* chart, QAbstractSeries* anchor);

    double x(double value) const { return left + (value - xMin) * xScale; }
    double y(double value) const { return bottom - (value - yMin) * yScale; }
    QPointF operator()(QPointF value) const { return QPointF(x(value.x()), y(value.y())); }
    /// Back from chart coordinates to axis values.
    QPointF toValue(QPointF position) const
    {
        return QPointF(xMin + (position.x() - left) / xScale,
                       yMin + (bottom - position.y()) / yScale);
    }
};

} // namespace quietlegs
