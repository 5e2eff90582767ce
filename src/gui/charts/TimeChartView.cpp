#include "TimeChartView.h"

#include "charts/ChartDates.h"

#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace quietlegs {
namespace {
constexpr double kWheelZoomStep = 1.25;
constexpr double kKeyPanFraction = 0.1;
/// Closer than two days there is nothing left to see between two nights.
constexpr double kMinimumVisibleDays = 2.0;
} // namespace

TimeChartView::TimeChartView(QChart* chart, QWidget* parent) : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
}

void TimeChartView::setTimeAxis(QDateTimeAxis* axis, double fullMin, double fullMax)
{
    m_axis = axis;
    m_fullMin = fullMin;
    m_fullMax = std::max(fullMax, fullMin + kChartMsPerDay);
    resetZoom();
}

void TimeChartView::resetZoom()
{
    setVisible(m_fullMin, m_fullMax);
}

void TimeChartView::showTimeRange(double min, double max)
{
    if (min != m_min || max != m_max)
        setVisible(min, max);
}

void TimeChartView::setVisible(double min, double max)
{
    const double fullWidth = m_fullMax - m_fullMin;
    double width =
        std::clamp(max - min, std::min(kMinimumVisibleDays * kChartMsPerDay, fullWidth), fullWidth);
    min = std::clamp(min, m_fullMin, m_fullMax - width);
    m_min = min;
    m_max = min + width;
    if (m_axis) {
        m_axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_min), QTimeZone::utc()),
                         QDateTime::fromMSecsSinceEpoch(qint64(m_max), QTimeZone::utc()));
    }
    emit visibleRangeChanged(m_min, m_max);
}

void TimeChartView::zoomTime(double factor, double anchorFraction)
{
    if (factor <= 0)
        return;
    const double anchor = m_min + anchorFraction * (m_max - m_min);
    const double width = (m_max - m_min) / factor;
    setVisible(anchor - anchorFraction * width, anchor + (1 - anchorFraction) * width);
}

void TimeChartView::panTime(double fraction)
{
    const double shift = fraction * (m_max - m_min);
    setVisible(m_min + shift, m_max + shift);
}

void TimeChartView::wheelEvent(QWheelEvent* event)
{
    const QRectF plot = chart()->plotArea();
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 || plot.width() <= 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const double anchor =
        std::clamp((event->position().x() - plot.left()) / plot.width(), 0.0, 1.0);
    zoomTime(std::pow(kWheelZoomStep, steps), anchor);
    event->accept();
}

void TimeChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && chart()->plotArea().contains(event->position())) {
        m_dragging = true;
        m_dragStart = event->position();
        m_dragStartMin = m_min;
        setCursor(Qt::ClosedHandCursor);
    }
    QChartView::mousePressEvent(event);
}

void TimeChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        const double plotWidth = chart()->plotArea().width();
        if (plotWidth > 0) {
            const double shift =
                -(event->position().x() - m_dragStart.x()) / plotWidth * (m_max - m_min);
            const double width = m_max - m_min;
            setVisible(m_dragStartMin + shift, m_dragStartMin + shift + width);
        }
    }
    QChartView::mouseMoveEvent(event);
    // After the scene's own hover handling, so a line's tooltip can replace a bar's.
    if (!m_dragging)
        emit pointerMoved(chart()->mapFromScene(mapToScene(event->position().toPoint())));
}

void TimeChartView::leaveEvent(QEvent* event)
{
    emit pointerLeft();
    QChartView::leaveEvent(event);
}

void TimeChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
    }
    QChartView::mouseReleaseEvent(event);
}

void TimeChartView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomTime(kWheelZoomStep);
        break;
    case Qt::Key_Minus:
        zoomTime(1 / kWheelZoomStep);
        break;
    case Qt::Key_Left:
        panTime(-kKeyPanFraction);
        break;
    case Qt::Key_Right:
        panTime(kKeyPanFraction);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace quietlegs
