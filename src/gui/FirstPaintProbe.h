#pragma once

#include <QObject>

class QWidget;

namespace quietlegs {

/// A benchmark hook, off unless the environment asks for it: with QUIETLEGS_BENCH_FIRST_PAINT
/// set, the window's first paint (every child painted and flushed) prints
/// `first-paint <CLOCK_MONOTONIC nanoseconds>` to standard output and quits the app, so
/// bench/run can time launch -> first painted window against an empty QMainWindow doing the
/// same (bench/gui/bench_empty_window.cpp). See docs/performance.md.
class FirstPaintProbe : public QObject
{
public:
    /// Watches `window` when QUIETLEGS_BENCH_FIRST_PAINT is set; otherwise does nothing.
    static void installIfRequested(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FirstPaintProbe(QWidget* window);

    bool m_painted = false;
};

} // namespace quietlegs
