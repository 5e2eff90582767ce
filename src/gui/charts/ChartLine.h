#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPointF>
#include <optional>

class QChart;
class QLineSeries;

namespace quietlegs {

/// A chart line that breaks where a date is missing: one polyline per run of consecutive
/// dates, and a dot for a night on its own between two gaps. Qt Charts' QLineSeries joins
/// every point to the next, which would draw values between nights nobody recorded; one
/// series per run would mean hundreds of series (and legend entries) over ten years. Like
/// ChartBars, this paints straight onto the plot area and takes its axes, pen, legend entry
/// and visibility from an (empty) line series, so the legend toggles every run at once.
class ChartLine : public QGraphicsItem
{
public:
    ChartLine(QChart* chart, QLineSeries* anchor);

    /// Points in axis values, in ascending x; `runStarts` holds the indices that begin a run
    /// (0 first; see runStarts() in the analysis layer).
    void setPoints(QList<QPointF> points, QList<qsizetype> runStarts);
    const QList<QPointF>& points() const { return m_points; }
    qsizetype runCount() const { return m_runStarts.size(); }
    /// The points of run `index`, as they are joined.
    QList<QPointF> run(qsizetype index) const;
    /// Dots on every point (a run of one point always gets its dot).
    void setPointsVisible(bool visible);
    bool pointsVisible() const { return m_pointsVisible; }
    QLineSeries* anchor() const { return m_anchor; }

    /// The point under `position` (chart coordinates): the nearer in x of the two ends of the
    /// drawn segment passing within `pixels`, or a point within `pixels`. None where the line
    /// has a gap, is hidden, or is not near.
    std::optional<qsizetype> pointNear(QPointF position, qreal pixels) const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    bool startsRun(qsizetype index) const;

    QChart* m_chart = nullptr;
    QLineSeries* m_anchor = nullptr;
    QList<QPointF> m_points;
    QList<qsizetype> m_runStarts;
    bool m_pointsVisible = false;
};

} // namespace quietlegs
