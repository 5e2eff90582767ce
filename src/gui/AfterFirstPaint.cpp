#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace quietlegs {

void AfterFirstPaint::run(QWidget* window, std::function<void()> then, int fallbackMs)
{
    // Parented to the window: gone with it, and with it any pending call.
    new AfterFirstPaint(window, std::move(then), fallbackMs);
}

AfterFirstPaint::AfterFirstPaint(QWidget* window, std::function<void()> then, int fallbackMs)
    : QObject(window), m_then(std::move(then))
{
    window->installEventFilter(this);
    QTimer::singleShot(fallbackMs, this, &AfterFirstPaint::finish);
}

bool AfterFirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_scheduled) {
        m_scheduled = true;
        // The window paints first, then its children, then the whole is flushed to the screen;
        // a zero timer fires once all of that has returned to the event loop.
        QTimer::singleShot(0, this, &AfterFirstPaint::finish);
    }
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::finish()
{
    if (!m_then)
        return; // the fallback after the paint already ran it, or the other way round
    parent()->removeEventFilter(this);
    auto then = std::move(m_then);
    m_then = nullptr;
    deleteLater();
    then();
}

} // namespace quietlegs
