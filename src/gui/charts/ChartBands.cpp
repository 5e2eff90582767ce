#include "ChartBands.h"

#include "charts/ChartMapping.h"

#include <QChart>
#include <QFontMetrics>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

namespace quietlegs {
namespace {
/// Over the bars (3.5), so that their hover reaches the bands' lanes (shape()), under the
/// lines (4). Translucent, in a strip along the top: the bars stay readable.
constexpr qreal kBandsZValue = 3.6;
} // namespace

ChartBands::ChartBands(QChart* chart, QAbstractSeries* anchor)
    : QGraphicsItem(chart), m_chart(chart), m_anchor(anchor)
{
    setZValue(kBandsZValue);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::NoButton); // dragging pans the chart view
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] {
        prepareGeometryChange();
        update();
    });
}

void ChartBands::setBands(QList<Band> bands)
{
    m_bands = std::move(bands);
    m_lanes = 0;
    for (const Band& band : m_bands)
        m_lanes = std::max(m_lanes, band.lane + 1);
    update();
}

QRectF ChartBands::boundingRect() const
{
    return m_chart->plotArea();
}

double ChartBands::laneHeight() const
{
    // A text line per lane, but never more than a third of the plot for all lanes together.
    const double line = QFontMetrics(m_chart->font()).height() + 4;
    const double plot = m_chart->plotArea().height();
    return m_lanes == 0 ? 0 : std::min(line, plot / 3 / m_lanes);
}

QRectF ChartBands::rectOf(const Band& band) const
{
    const auto map = ChartMapping::of(m_chart, m_anchor);
    if (!map)
        return {};
    const QRectF plot = m_chart->plotArea();
    const double height = laneHeight();
    QRectF rect(QPointF(map->x(band.left), plot.top() + band.lane * height),
                QPointF(map->x(band.right), plot.top() + (band.lane + 1) * height));
    rect = rect.intersected(plot);
    if (rect.width() < 2 && rect.height() > 0) // a one-day regimen far zoomed out
        rect.setWidth(2);
    return rect;
}

void ChartBands::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_bands.isEmpty())
        return;
    painter->save();
    painter->setClipRect(m_chart->plotArea());
    const QFontMetrics metrics(m_chart->font());
    painter->setFont(m_chart->font());
    for (const Band& band : m_bands) {
        const QRectF rect = rectOf(band);
        if (rect.isEmpty())
            continue;
        QColor fill = band.color;
        fill.setAlpha(90);
        painter->fillRect(rect, fill);
        painter->setPen(band.color);
        painter->drawRect(rect.adjusted(0, 0, -1, -1));
        if (metrics.horizontalAdvance(band.label) + 6 < rect.width())
            painter->drawText(rect.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft,
                              band.label);
    }
    painter->restore();
}

QPainterPath ChartBands::shape() const
{
    // Only the bands take the pointer: the bars below keep their tooltips elsewhere.
    QPainterPath path;
    for (const Band& band : m_bands)
        path.addRect(rectOf(band));
    return path;
}

const ChartBands::Band* ChartBands::bandAt(QPointF position) const
{
    for (const Band& band : m_bands)
        if (rectOf(band).contains(position))
            return &band;
    return nullptr;
}

void ChartBands::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    if (const Band* band = bandAt(event->pos()))
        QToolTip::showText(event->screenPos(), band->tooltip);
    else
        QToolTip::hideText();
}

void ChartBands::hoverLeaveEvent(QGraphicsSceneHoverEvent*)
{
    QToolTip::hideText();
}

} // namespace quietlegs
