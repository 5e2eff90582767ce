#include "ScatterDots.h"

#include "charts/ChartMapping.h"

#include <QChart>
#include <QPainter>
#include <cmath>

namespace quietlegs {
namespace {
/// Above Qt Charts' grid, below its series (4), so a fitted line stays on top of the dots.
constexpr qreal kDotsZValue = 3.5;
} // namespace

ScatterDots::ScatterDots(QChart* chart, QAbstractSeries* anchor)
    : QGraphicsItem(chart), m_chart(chart), m_anchor(anchor)
{
    setZValue(kDotsZValue);
    // The plot view asks pointNear() for its tooltips.
    setAcceptHoverEvents(false);
    setAcceptedMouseButtons(Qt::NoButton);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] {
        prepareGeometryChange();
        update();
    });
}

void ScatterDots::setPoints(QList<QPointF> points)
{
    m_points = std::move(points);
    update();
}

void ScatterDots::setColor(const QColor& color)
{
    m_color = color;
    m_dot = QPixmap();
    update();
}

const QPixmap& ScatterDots::dotFor(qreal devicePixelRatio)
{
    if (m_dot.isNull() || m_dot.devicePixelRatio() != devicePixelRatio) {
        const int side = int(std::ceil(m_diameter * devicePixelRatio));
        m_dot = QPixmap(side, side);
        m_dot.setDevicePixelRatio(devicePixelRatio);
        m_dot.fill(Qt::transparent);
        QPainter dot(&m_dot);
        dot.setRenderHint(QPainter::Antialiasing);
        dot.setPen(Qt::NoPen);
        dot.setBrush(m_color);
        dot.drawEllipse(QRectF(0, 0, m_diameter, m_diameter));
    }
    return m_dot;
}

QRectF ScatterDots::boundingRect() const
{
    return m_chart->plotArea();
}

void ScatterDots::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const auto map = ChartMapping::of(m_chart, m_anchor);
    if (m_points.isEmpty() || !map)
        return;
    const QPixmap& dot = dotFor(painter->device()->devicePixelRatioF());
    const qreal radius = m_diameter / 2;
    painter->save();
    painter->setClipRect(m_chart->plotArea());
    for (const QPointF& point : m_points)
        painter->drawPixmap((*map)(point)-QPointF(radius, radius), dot);
    painter->restore();
}

std::optional<qsizetype> ScatterDots::pointNear(QPointF position, qreal pixels) const
{
    const auto map = ChartMapping::of(m_chart, m_anchor);
    if (!map)
        return std::nullopt;
    std::optional<qsizetype> nearest;
    double nearestDistance = pixels;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const QPointF dot = (*map)(m_points[i]);
        const double distance = std::hypot(dot.x() - position.x(), dot.y() - position.y());
        if (distance <= nearestDistance) {
            nearest = i;
            nearestDistance = distance;
        }
    }
    return nearest;
}

} // namespace quietlegs
