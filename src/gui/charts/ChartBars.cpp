#include "ChartBars.h"

#include "charts/ChartMapping.h"

#include <QChart>
#include <QGraphicsSceneHoverEvent>
#include <QImage>
#include <QLineSeries>
#include <QPaintEngine>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <cstring>

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
    const auto map = ChartMapping::of(m_chart, m_anchor);
    if (!m_anchor->isVisible() || m_bars.isEmpty() || !map)
        return;
    const QRectF plot = m_chart->plotArea();
    const double visibleLeft = map->toValue(plot.topLeft()).x();
    const double visibleRight = map->toValue(plot.bottomRight()).x();
    // Bars are in date order: paint only those in view.
    auto first = std::lower_bound(m_bars.cbegin(), m_bars.cend(), visibleLeft,
                                  [](const Bar& bar, double x) { return bar.right < x; });
    QList<QRectF> rects;
    for (auto it = first; it != m_bars.cend() && it->left <= visibleRight; ++it) {
        if (it->value <= 0)
            continue;
        const QPointF top = (*map)(QPointF(it->left, it->value));
        const QPointF bottom = (*map)(QPointF(it->right, 0));
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
        if (!rects.isEmpty() && rect.left() < rects.back().right() && rect.width() <= 1 &&
            rects.back().width() <= 1) {
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
    if (!paintThroughImage(painter, rects, plot))
        painter->drawRects(rects.constData(), int(rects.size()));
    painter->restore();
}

bool ChartBars::paintThroughImage(QPainter* painter, const QList<QRectF>& rects,
                                  const QRectF& plot) const
{
    // Qt's raster engine splits every fill taller than about 96 lines into pieces for its
    // thread pool and waits for them: two thousand bars were 20 ms of thread hand-offs per
    // Trends frame on two cores, five times the rest of the chart (docs/performance.md). Here
    // the bars are copied out of one brush-filled image into another, drawn once. Vector
    // output (SVG) and scaled painting (PNG export) keep drawRects, whose result is the same.
    if (painter->paintEngine()->type() != QPaintEngine::Raster ||
        painter->worldTransform().type() > QTransform::TxTranslate)
        return false;
    const qreal ratio = painter->device()->devicePixelRatioF();
    const QPointF shift(painter->worldTransform().dx(), painter->worldTransform().dy());
    const auto toDevice = [&](QPointF point) {
        return QPoint(int(std::round((point.x() + shift.x()) * ratio)),
                      int(std::round((point.y() + shift.y()) * ratio)));
    };
    const QRect area(toDevice(plot.topLeft()), toDevice(plot.bottomRight()) - QPoint(1, 1));
    if (area.isEmpty())
        return true;
    QImage brushed(area.size(), QImage::Format_ARGB32_Premultiplied);
    brushed.fill(Qt::transparent);
    {
        QPainter fill(&brushed);
        fill.setBrushOrigin(-area.topLeft()); // a pattern stays aligned to the window
        fill.fillRect(brushed.rect(), m_brush);
    }
    QImage bars(area.size(), QImage::Format_ARGB32_Premultiplied);
    bars.fill(Qt::transparent);
    constexpr int kBytesPerPixel = 4;
    for (const QRectF& rect : rects) {
        const QRect pixels =
            QRect(toDevice(rect.topLeft()), toDevice(rect.bottomRight()) - QPoint(1, 1))
                .translated(-area.topLeft()) &
            bars.rect();
        for (int y = pixels.top(); y <= pixels.bottom(); ++y)
            std::memcpy(bars.scanLine(y) + pixels.left() * kBytesPerPixel,
                        brushed.constScanLine(y) + pixels.left() * kBytesPerPixel,
                        std::size_t(pixels.width()) * kBytesPerPixel);
    }
    bars.setDevicePixelRatio(ratio);
    painter->resetTransform();
    painter->drawImage(QPointF(area.topLeft()) / ratio, bars);
    return true;
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
