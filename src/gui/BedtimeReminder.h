#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTime>

class QTimer;

namespace quietlegs {

/// The bedtime reminder of Preferences: once an evening, at the chosen time, reminderDue()
/// asks the window to remind the user to log the evening's supplements and triggers. Only
/// while the app runs (it is a diary, not a background service); a reminder missed because
/// the app was closed is not shown later, and one is never shown twice on the same date.
class BedtimeReminder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckIntervalMs = 30'000;

    explicit BedtimeReminder(QObject* parent = nullptr);

    /// Turns the reminder on at `time`, or off. Changing it counts from now: a time already
    /// past today waits until tomorrow.
    void setReminder(bool enabled, QTime time, const QDateTime& now = QDateTime::currentDateTime());
    bool isEnabled() const { return m_enabled; }
    /// Emits reminderDue() when `now` is at or after today's reminder time (within the next
    /// two hours, so a laptop woken at 03:00 does not remind of a bedtime long gone) and today
    /// has not been reminded yet. The timer calls it; tests call it with their own clock.
    void check(const QDateTime& now);

signals:
    void reminderDue(QDate eveningOf);

private:
    QTimer* m_timer = nullptr;
    bool m_enabled = false;
    QTime m_time;
    QDate m_lastReminded;
};

} // namespace quietlegs
