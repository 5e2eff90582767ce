#pragma once

#include <QObject>

class QWidget;

namespace quietlegs {

/// A benchmark hook, off unless the environment asks for it. With QUIETLEGS_BENCH_FIRST_PAINT
/// set, the app prints `first-paint <CLOCK_MONOTONIC nanoseconds>` to standard output and quits
/// at one of two moments, so bench/run can time a launch against an empty QMainWindow doing the
/// same (bench/gui/bench_empty_window.cpp; docs/performance.md):
///  - the window's first paint (every child painted and flushed), by default;
///  - with the value `journal`, the first paint after the journal has opened and the views
///    show it: what the ten-year start-up costs in all.
class FirstPaintProbe : public QObject
{
public:
    /// Watches `window` for its first paint when asked to; otherwise does nothing. Install it
    /// after anything else that waits for that paint, so this sees the paint first.
    static void installIfRequested(QWidget* window);
    /// The journal is open and the views have taken it in: when asked for that moment, watches
    /// `window` for the paint that shows it.
    static void journalShown(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FirstPaintProbe(QWidget* window);

    bool m_painted = false;
};

} // namespace quietlegs
