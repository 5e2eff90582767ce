#include "ChartLine.h"

#include "charts/ChartMapping.h"

#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace quietlegs {
namespace {

/// Above the bars (ChartBars, 3.5) and below Qt Charts' own series (4), so lines stay on top.
constexpr qreal kLineZValue = 3.75;
/// Segments per drawPolyline call. Qt strokes a wide antialiased polyline as one outline
/// whose fill cost grows faster than its length: 520 jagged weekly points took 350 ms in one
/// call and 3 to 11 ms in pieces of 8 (bench/run, docs/performance.md).
constexpr qsizetype kSegmentsPerStroke = 8;
/// Fewer pixels per point than this and the line is drawn without antialiasing.
constexpr double kPixelsPerPointAntialiased = 0.5;

/// Strokes `polyline` in short pieces that share their end points, carrying a dashed pen's
/// pattern over from piece to piece so it looks like one stroke.
void strokeInPieces(QPainter* painter, const QList<QPointF>& polyline, QPen pen)
{
    const bool dashed = pen.style() != Qt::SolidLine;
    const double width = std::max(1.0, pen.widthF());
    double travelled = pen.dashOffset() * width;
    for (qsizetype start = 0; start + 1 < polyline.size(); start += kSegmentsPerStroke) {
        const qsizetype end = std::min(polyline.size(), start + kSegmentsPerStroke + 1);
        if (dashed) {
            pen.setDashOffset(travelled / width);
            painter->setPen(pen);
            for (qsizetype i = start + 1; i < end; ++i) {
                const QPointF step = polyline[i] - polyline[i - 1];
                travelled += std::hypot(step.x(), step.y());
            }
        }
        painter->drawPolyline(polyline.constData() + start, int(end - start));
    }
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t =
        length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

ChartLine::ChartLine(QChart* chart, QLineSeries* anchor)
    : QGraphicsItem(chart), m_chart(chart), m_anchor(anchor)
{
    setZValue(kLineZValue);
    // The chart view asks pointNear() for tooltips; taking no hover or mouse events here
    // leaves them to the bars below and dragging to the view.
    setAcceptHoverEvents(false);
    setAcceptedMouseButtons(Qt::NoButton);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] {
        prepareGeometryChange();
        update();
    });
    QObject::connect(anchor, &QLineSeries::visibleChanged, chart, [this] { update(); });
    QObject::connect(anchor, &QLineSeries::penChanged, chart, [this] { update(); });
}

void ChartLine::setPoints(QList<QPointF> points, QList<qsizetype> runStarts)
{
    m_points = std::move(points);
    m_runStarts = std::move(runStarts);
    if (m_runStarts.isEmpty() && !m_points.isEmpty())
        m_runStarts.append(0);
    update();
}

QList<QPointF> ChartLine::run(qsizetype index) const
{
    if (index < 0 || index >= m_runStarts.size())
        return {};
    const qsizetype first = m_runStarts[index];
    const qsizetype end = index + 1 < m_runStarts.size() ? m_runStarts[index + 1] : m_points.size();
    return m_points.mid(first, end - first);
}

void ChartLine::setPointsVisible(bool visible)
{
    m_pointsVisible = visible;
    update();
}

bool ChartLine::startsRun(qsizetype index) const
{
    return std::binary_search(m_runStarts.cbegin(), m_runStarts.cend(), index);
}

QRectF ChartLine::boundingRect() const
{
    return m_chart->plotArea();
}

void ChartLine::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const auto map = ChartMapping::of(m_chart, m_anchor);
    if (!m_anchor->isVisible() || m_points.isEmpty() || !map)
        return;
    const QRectF plot = m_chart->plotArea();
    const double visibleLeft = map->xMin;
    const double visibleRight = map->xMin + plot.width() / map->xScale;
    const auto byX = [](const QPointF& point, double x) { return point.x() < x; };
    // Points are in x order: draw those in view and one beyond each edge, so a line leaving
    // the plot area still reaches its edge.
    qsizetype first =
        std::lower_bound(m_points.cbegin(), m_points.cend(), visibleLeft, byX) - m_points.cbegin();
    qsizetype end =
        std::lower_bound(m_points.cbegin(), m_points.cend(), visibleRight, byX) - m_points.cbegin();
    first = std::max<qsizetype>(0, first - 1);
    end = std::min(m_points.size(), end + 1);

    const QPen pen = m_anchor->pen();
    const double dotRadius = pen.widthF() + 1.5;
    QList<QPointF> polyline;
    QList<QPointF> dots;
    polyline.reserve(end - first);
    painter->save();
    painter->setClipRect(plot);
    // Several points to a pixel column (years of nights): the line is a dense zigzag that
    // antialiasing cannot smooth, and blending every edge cost most of a Trends redraw.
    if (double(end - first) > plot.width() / kPixelsPerPointAntialiased)
        painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // Decimation to the pixel width: of the points falling in one pixel column only the
    // first, lowest, highest and last are kept, in their order: the column looks the same.
    qsizetype columnStart = 0; // index in `polyline` of the current column's first point
    const auto addPoint = [&](QPointF point) {
        if (!polyline.isEmpty() && std::floor(point.x()) == std::floor(polyline[columnStart].x())) {
            const qsizetype inColumn = polyline.size() - columnStart;
            if (inColumn >= 4) {
                // Keep first, min and max of what is there, then the new point as the last.
                QPointF low = polyline[columnStart + 1];
                QPointF high = polyline[columnStart + 1];
                for (qsizetype k = columnStart + 1; k < polyline.size(); ++k) {
                    if (polyline[k].y() < low.y())
                        low = polyline[k];
                    if (polyline[k].y() > high.y())
                        high = polyline[k];
                }
                polyline.resize(columnStart + 1);
                if (low.x() <= high.x()) {
                    polyline.append(low);
                    polyline.append(high);
                } else {
                    polyline.append(high);
                    polyline.append(low);
                }
            }
        } else {
            columnStart = polyline.size();
        }
        polyline.append(point);
    };
    const auto flush = [&] {
        if (polyline.size() == 1)
            dots.append(polyline.front()); // a night on its own: no line, so always a dot
        else if (polyline.size() > 1)
            strokeInPieces(painter, polyline, pen);
        polyline.clear();
        columnStart = 0;
    };
    for (qsizetype i = first; i < end; ++i) {
        if (i > first && startsRun(i))
            flush();
        const QPointF point = (*map)(m_points[i]);
        addPoint(point);
        if (m_pointsVisible)
            dots.append(point);
    }
    // A run that begins before `first` is drawn from `first`: still one run, still joined.
    flush();
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen.color());
    for (const QPointF& dot : dots)
        painter->drawEllipse(dot, dotRadius, dotRadius);
    painter->restore();
}

std::optional<qsizetype> ChartLine::pointNear(QPointF position, qreal pixels) const
{
    const auto map = ChartMapping::of(m_chart, m_anchor);
    if (!m_anchor->isVisible() || m_points.isEmpty() || !map)
        return std::nullopt;
    const double x = map->toValue(position).x();
    const qsizetype next =
        std::lower_bound(m_points.cbegin(), m_points.cend(), x,
                         [](const QPointF& point, double value) { return point.x() < value; }) -
        m_points.cbegin();
    const auto near = [&](qsizetype i) {
        const QPointF p = (*map)(m_points[i]);
        return std::hypot(p.x() - position.x(), p.y() - position.y()) <= pixels;
    };
    // Between two points of one run: on the segment joining them.
    if (next > 0 && next < m_points.size() && !startsRun(next)) {
        const QPointF a = (*map)(m_points[next - 1]);
        const QPointF b = (*map)(m_points[next]);
        if (distanceToSegment(position, a, b) <= pixels)
            return position.x() - a.x() < b.x() - position.x() ? next - 1 : next;
    }
    // Otherwise only right at a point (the end of a run, or a night on its own).
    for (const qsizetype i : {next - 1, next})
        if (i >= 0 && i < m_points.size() && near(i))
            return i;
    return std::nullopt;
}

} // namespace quietlegs
