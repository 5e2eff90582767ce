#pragma once

#include <QChartView>

class QDateTimeAxis;

namespace quietlegs {

/// A chart view that zooms and pans along its time axis only: mouse wheel zooms around the
/// pointer, dragging pans, and from the keyboard + and - zoom, Left and Right pan, 0 or Home
/// shows everything again. Values never leave the data's full range.
class TimeChartView : public QChartView
{
    Q_OBJECT

public:
    explicit TimeChartView(QChart* chart, QWidget* parent = nullptr);

    /// The time axis and the full range of the data on it (ms since the epoch); resets the zoom.
    void setTimeAxis(QDateTimeAxis* axis, double fullMin, double fullMax);
    /// Zooms by `factor` (> 1: closer) keeping the value under `anchorFraction` of the plot
    /// width (0 left edge .. 1 right edge) in place.
    void zoomTime(double factor, double anchorFraction = 0.5);
    /// Moves the visible window by `fraction` of its width (negative: towards older dates).
    void panTime(double fraction);
    /// Shows [min, max] (kept inside the full range), as another view sharing the time axis
    /// shows it; nothing happens when it is shown already.
    void showTimeRange(double min, double max);
    double visibleMin() const { return m_min; }
    double visibleMax() const { return m_max; }

public slots:
    void resetZoom();

signals:
    void visibleRangeChanged(double min, double max);
    /// The pointer moved over the chart, not dragging; `position` in chart coordinates (for
    /// QChart::mapToValue), so items that take no hover events can still show tooltips.
    void pointerMoved(QPointF position);
    void pointerLeft();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void setVisible(double min, double max);

    QDateTimeAxis* m_axis = nullptr;
    double m_fullMin = 0;
    double m_fullMax = 0;
    double m_min = 0;
    double m_max = 0;
    bool m_dragging = false;
    QPointF m_dragStart;
    double m_dragStartMin = 0;
};

} // namespace quietlegs
