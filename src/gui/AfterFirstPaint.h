#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace quietlegs {

/// Runs a function once a window has painted for the first time, back in the event loop after
/// that paint: the app shows its window first and opens the journal after, so a ten-year
/// journal's check and first reading never delay the first picture (issue 7,
/// docs/performance.md). A window that does not paint within a moment (started minimised to the
/// tray, a compositor that never exposes it) gets the function anyway.
class AfterFirstPaint : public QObject
{
public:
    /// How long a window may take to paint before `then` runs regardless.
    static constexpr int kFallbackMs = 400;

    /// Calls `then` exactly once, from the event loop, after `window`'s first paint or after
    /// `fallbackMs`, whichever comes first. Nothing is called if `window` is destroyed first.
    static void run(QWidget* window, std::function<void()> then, int fallbackMs = kFallbackMs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AfterFirstPaint(QWidget* window, std::function<void()> then, int fallbackMs);
    void finish();

    std::function<void()> m_then;
    bool m_scheduled = false;
};

} // namespace quietlegs
