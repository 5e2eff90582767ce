#pragma once

#include "quietlegs/core/ReminderSchedule.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTime>

#include <functional>
#include <optional>

class QTimer;

namespace quietlegs {

/// The reminders of Preferences while the app runs (also minimised to the tray): at bedtime,
/// to log the evening's supplements and triggers, and in the morning when last night has no
/// entry yet. The rules are the core's ReminderSchedule; this only drives its clock.
class NightReminders : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckIntervalMs = 30'000;
    static constexpr int kStartupCheckDelayMs = 3'000;

    /// `nightLogged` tells whether the journal has a night for a date (asked only when a
    /// morning reminder falls due).
    explicit NightReminders(std::function<bool(QDate night)> nightLogged,
                            QObject* parent = nullptr);

    /// Sets the times (nullopt: that reminder off). The first call is the start-up: a morning
    /// reminder already due is still given. Later calls count from `now`.
    void setTimes(std::optional<QTime> bedtime, std::optional<QTime> morning,
                  const QDateTime& now = QDateTime::currentDateTime());
    bool isEnabled() const;
    /// Emits reminderDue() when a reminder is due at `now`. The timer calls it every
    /// kCheckIntervalMs; tests call it with their own clock.
    void check(const QDateTime& now);

signals:
    void reminderDue(quietlegs::ReminderKind kind, QDate night);

private:
    std::function<bool(QDate)> m_nightLogged;
    std::optional<ReminderSchedule> m_schedule;
    QTimer* m_timer = nullptr;
};

} // namespace quietlegs
