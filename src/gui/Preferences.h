#pragma once

#include "quietlegs/core/SafetyRules.h"

#include <QString>
#include <QTime>

class QSettings;

namespace quietlegs {

/// A morning reminder asks about the night that just ended: after the 04:00 journal day
/// starts and before 18:00, when Today turns to the night ahead (core kEveningStart).
inline const QTime kEarliestMorningReminder{4, 0};
inline const QTime kLatestMorningReminder{17, 59};

/// How the app looks: as the desktop says, or always light or dark (Fusion with its own
/// palette); `quietlegs --dark` wins for the run it is given to.
enum class Theme
{
    System,
    Light,
    Dark
};

/// The user's settings that change what the app shows (not where its windows are).
/// Stored in QSettings under "preferences/..."; other sections read them with load().
struct Preferences
{
    double magnesiumUpperLimitMg = kSupplementalMagnesiumUpperLimitMg;
    RdaProfile rdaProfile = RdaProfile::Female31to50;
    Qt::DayOfWeek weekStart = Qt::Monday;
    QTime journalDayBoundary = QTime(4, 0);
    bool bedtimeReminderEnabled = false;
    QTime bedtimeReminder = QTime(22, 0);
    bool morningReminderEnabled = false;
    QTime morningReminder = QTime(8, 0); // 04:00..17:59: between the journal day and the evening
    bool keepInTray = false;              // closing the window leaves the app in the tray
    /// "" follows the system, else a code of Translations::languageCodes(); read at start.
    QString language;
    Theme theme = Theme::System; // applied at once (AppTheme)
    /// The weekly check-in reminder (issue 21): a weekday and a time.
    bool weeklyReminderEnabled = false;
    Qt::DayOfWeek weeklyReminderDay = Qt::Sunday;
    QTime weeklyReminder = QTime(19, 0);
    /// False until the RDA profile has been saved once: rdaProfile is then only the default,
    /// a guess, and Preferences says so (issue 24).
    bool rdaProfileChosen = false;

    static Preferences load(const QSettings& settings);
    static Preferences load(); // the application's QSettings
    void save(QSettings& settings) const;
    void save() const;

    friend bool operator==(const Preferences&, const Preferences&) = default;
};

} // namespace quietlegs
