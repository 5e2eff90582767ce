#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>

namespace quietlegs {
namespace {

bool asksForJournal()
{
    return qEnvironmentVariable("QUIETLEGS_BENCH_FIRST_PAINT") == QLatin1String("journal");
}

} // namespace

void FirstPaintProbe::installIfRequested(QWidget* window)
{
    if (qEnvironmentVariableIsEmpty("QUIETLEGS_BENCH_FIRST_PAINT") || asksForJournal())
        return;
    window->installEventFilter(new FirstPaintProbe(window));
}

void FirstPaintProbe::journalShown(QWidget* window)
{
    if (!asksForJournal())
        return;
    window->installEventFilter(new FirstPaintProbe(window));
    window->update(); // the views have changed; in case none of them asked for a paint
}

FirstPaintProbe::FirstPaintProbe(QWidget* window) : QObject(window) {}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // The window paints first, then its children, then the whole is flushed; a zero
        // timer fires once all of that has returned to the event loop.
        QTimer::singleShot(0, this, [] {
            timespec now{};
            clock_gettime(CLOCK_MONOTONIC, &now);
            std::printf("first-paint %lld\n",
                        static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace quietlegs
