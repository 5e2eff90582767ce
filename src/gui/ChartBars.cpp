#include "ChartBars.h"

#include <QChart>
#include <QGraphicsSceneHoverEvent>
#include <QLineSeries>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace quietlegs {
namespace {
/// Between the axes (3) and the series (4) of Qt Charts' stacking, so lines stay on top.
constexpr qreal kBarsZValue = 3.5;
} // namespace

ChartBars::ChartBars(QChart* chart, QLineSeries* anchor)
    : QGraphicsItem(chart), m_chart(chart), m_anchor(anchor)
{
    setZValue(kBarsZValue);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::NoButton); // dragging pans the chart view
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] {
        prepareGeometryChange();
        update();
    });
    QObject::connect(anchor, &QLineSeries::visibleChanged, chart, [this] { update(); });
}

void ChartBars::setBars(QList<Bar> bars)
{
    m_bars = std::move(bars);
    update();
}

void ChartBars::setBrush(const QBrush& brush)
{
    m_brush = brush;
    update();
}

QRectF ChartBars::boundingRect() const
{
    return m_chart->plotArea();
}

void ChartBars::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (!m_anchor->isVisible() || m_bars.isEmpty())
        return;
    const QRectF plot = m_chart->plotArea();
    const double visibleLeft = m_chart->mapToValue(plot.topLeft(), m_anchor).x();
    const double visibleRight = m_chart->mapToValue(plot.bottomRight(), m_anchor).x();
    // Bars are in date order: paint only those in view.
    auto first = std::lower_bound(m_bars.cbegin(), m_bars.cend(), visibleLeft,
                                  [](const Bar& bar, double x) { return bar.right < x; });
    QList<QRectF> rects;
    for (auto it = first; it != m_bars.cend() && it->left <= visibleRight; ++it) {
        if (it->value <= 0)
            continue;
        const QPointF top = m_chart->mapToPosition(QPointF(it->left, it->value), m_anchor);
        const QPointF bottom = m_chart->mapToPosition(QPointF(it->right, 0), m_anchor);
        // Whole pixels, drawn without antialiasing: a bar's edges stay crisp, and thousands of
        // blended edges cost more to fill than the bars themselves (bench/run, Trends "All").
        QRectF rect = QRectF(top, bottom).normalized();
        rect.setLeft(std::round(rect.left()));
        rect.setRight(std::round(rect.right()));
        rect.setTop(std::round(rect.top()));
        rect.setBottom(std::round(rect.bottom()));
        // Thinner than a pixel when zoomed far out: still draw it a pixel wide.
        if (rect.width() < 1)
            rect.setWidth(1);
        // Bars sharing a pixel column (years of days) become one, as tall as the tallest:
        // the same picture with a third of the rectangles to fill.
        if (!rects.isEmpty() && rect.left() < rects.back().right() &&
            rect.width() <= 1 && rects.back().width() <= 1) {
            rects.back().setTop(std::min(rects.back().top(), rect.top()));
            continue;
        }
        rects.append(rect);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setClipRect(plot);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_brush);
    painter->drawRects(rects.constData(), int(rects.size()));
    painter->restore();
}

void ChartBars::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    if (!m_tooltip || !m_anchor->isVisible())
        return;
    const QPointF value = m_chart->mapToValue(event->pos(), m_anchor);
    const auto bar = std::find_if(m_bars.cbegin(), m_bars.cend(), [&](const Bar& candidate) {
        return candidate.left <= value.x() && value.x() <= candidate.right;
    });
    const QString text =
        bar != m_bars.cend() && value.y() <= bar->value ? m_tooltip(value.x()) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), text);
}

void ChartBars::hoverLeaveEvent(QGraphicsSceneHoverEvent*)
{
    QToolTip::hideText();
}

} // namespace quietlegs
