#pragma once

#include "quietlegs/core/WeeklyReminderSchedule.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTime>
#include <functional>
#include <optional>

class QTimer;

namespace quietlegs {

/// The weekly check-in reminder of Preferences while the app runs (also in the tray): on the
/// chosen weekday at the chosen time, while the week has no check-in. The rules are the core's
/// WeeklyReminderSchedule; this drives its clock, as NightReminders does for the nightly ones.
class WeeklyReminder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckIntervalMs = 30'000;

    /// `checkInDone` tells whether the week that holds a date has its check-in.
    explicit WeeklyReminder(std::function<bool(QDate day)> checkInDone, QObject* parent = nullptr);

    /// The day and time (no day: off). The first call is the start-up: a reminder already due
    /// is still given. Later calls count from `now`.
    void setTime(std::optional<Qt::DayOfWeek> day, QTime time,
                 const QDateTime& now = QDateTime::currentDateTime());
    bool isEnabled() const;
    /// Emits reminderDue() when the reminder is due at `now`; the timer calls it, tests call it
    /// with their own clock.
    void check(const QDateTime& now);

signals:
    void reminderDue(QDate day);

private:
    std::function<bool(QDate)> m_checkInDone;
    std::optional<WeeklyReminderSchedule> m_schedule;
    QTimer* m_timer = nullptr;
};

} // namespace quietlegs
