#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QPixmap>
#include <QPointF>
#include <optional>

class QAbstractSeries;
class QChart;

namespace quietlegs {

/// The dots of a scatter plot, painted straight onto a chart's plot area. Qt Charts'
/// QScatterSeries makes a graphics item per point: ten years of nights took about 50 ms to
/// show, against a frame's 16 (docs/performance.md). This stamps one prepared dot per point.
/// Dots are translucent, so nights with the same values show as a darker dot. The dots take
/// their axes from `anchor`, a series attached to the chart's axes.
class ScatterDots : public QGraphicsItem
{
public:
    ScatterDots(QChart* chart, QAbstractSeries* anchor);

    /// Points in axis values.
    void setPoints(QList<QPointF> points);
    const QList<QPointF>& points() const { return m_points; }
    void setColor(const QColor& color);
    QColor color() const { return m_color; }
    qreal diameter() const { return m_diameter; }

    /// The point whose dot is nearest to `position` (chart coordinates), if its centre is
    /// within `pixels`.
    std::optional<qsizetype> pointNear(QPointF position, qreal pixels) const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const QPixmap& dotFor(qreal devicePixelRatio);

    QChart* m_chart = nullptr;
    QAbstractSeries* m_anchor = nullptr;
    QList<QPointF> m_points;
    QColor m_color;
    qreal m_diameter = 8;
    QPixmap m_dot; // m_color at m_diameter, for the last device pixel ratio painted
};

} // namespace quietlegs
