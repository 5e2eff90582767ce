#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QString>

class QChart;
class QAbstractSeries;

namespace quietlegs {

/// Spans of time drawn as translucent bands in lanes along the top of a chart's plot area:
/// Trends' medicine regimens, one band per regimen, one lane per medicine. Positions follow
/// the time axis of `anchor` (any series on that axis).
class ChartBands : public QGraphicsItem
{
public:
    struct Band
    {
        double left = 0; // in axis values (ms since the epoch on a time axis)
        double right = 0;
        int lane = 0;
        QString label;   // drawn inside the band when it fits
        QString tooltip; // shown when the pointer rests on it
        QColor color;
    };

    ChartBands(QChart* chart, QAbstractSeries* anchor);

    void setBands(QList<Band> bands);
    const QList<Band>& bands() const { return m_bands; }
    /// The band under chart position `position`, if any.
    const Band* bandAt(QPointF position) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QRectF rectOf(const Band& band) const;
    double laneHeight() const;

    QChart* m_chart = nullptr;
    QAbstractSeries* m_anchor = nullptr;
    QList<Band> m_bands;
    int m_lanes = 0;
};

} // namespace quietlegs
