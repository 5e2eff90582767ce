#include "Preferences.h"

#include "Conversions.h"
#include "desktop/Translations.h"

#include <QSettings>

namespace quietlegs {
namespace {
constexpr auto kUpperLimitKey = "preferences/magnesiumUpperLimitMg";
constexpr auto kRdaProfileKey = "preferences/rdaProfile";
constexpr auto kWeekStartKey = "preferences/weekStart";
constexpr auto kBoundaryKey = "preferences/journalDayBoundary";
constexpr auto kReminderEnabledKey = "preferences/bedtimeReminderEnabled";
constexpr auto kReminderKey = "preferences/bedtimeReminder";
constexpr auto kMorningEnabledKey = "preferences/morningReminderEnabled";
constexpr auto kMorningKey = "preferences/morningReminder";
constexpr auto kKeepInTrayKey = "preferences/keepInTray";
constexpr auto kLanguageKey = "preferences/language";
constexpr auto kThemeKey = "preferences/theme";
constexpr auto kWeeklyEnabledKey = "preferences/weeklyReminderEnabled";
constexpr auto kWeeklyDayKey = "preferences/weeklyReminderDay";
constexpr auto kWeeklyKey = "preferences/weeklyReminder";

QString themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}
} // namespace

Preferences Preferences::load(const QSettings& settings)
{
    Preferences p;
    const double limit = settings.value(kUpperLimitKey, p.magnesiumUpperLimitMg).toDouble();
    if (limit > 0)
        p.magnesiumUpperLimitMg = limit;
    if (auto profile = parseRdaProfile(settings.value(kRdaProfileKey).toString().toStdString())) {
        p.rdaProfile = *profile;
        p.rdaProfileChosen = true;
    }
    const int weekStart = settings.value(kWeekStartKey, int(p.weekStart)).toInt();
    if (weekStart >= Qt::Monday && weekStart <= Qt::Sunday)
        p.weekStart = Qt::DayOfWeek(weekStart);
    const QTime boundary = QTime::fromString(settings.value(kBoundaryKey).toString(), "HH:mm");
    if (boundary.isValid())
        p.journalDayBoundary = boundary;
    p.bedtimeReminderEnabled = settings.value(kReminderEnabledKey, false).toBool();
    const QTime reminder = QTime::fromString(settings.value(kReminderKey).toString(), "HH:mm");
    if (reminder.isValid())
        p.bedtimeReminder = reminder;
    p.morningReminderEnabled = settings.value(kMorningEnabledKey, false).toBool();
    const QTime morning = QTime::fromString(settings.value(kMorningKey).toString(), "HH:mm");
    if (morning.isValid() && morning >= kEarliestMorningReminder && morning <= kLatestMorningReminder)
        p.morningReminder = morning;
    p.keepInTray = settings.value(kKeepInTrayKey, false).toBool();
    const QString language = settings.value(kLanguageKey).toString();
    if (Translations::languageCodes().contains(language))
        p.language = language;
    const QString theme = settings.value(kThemeKey).toString();
    for (Theme known : {Theme::System, Theme::Light, Theme::Dark})
        if (theme == themeId(known))
            p.theme = known;
    p.weeklyReminderEnabled = settings.value(kWeeklyEnabledKey, false).toBool();
    const int weeklyDay = settings.value(kWeeklyDayKey, int(p.weeklyReminderDay)).toInt();
    if (weeklyDay >= Qt::Monday && weeklyDay <= Qt::Sunday)
        p.weeklyReminderDay = Qt::DayOfWeek(weeklyDay);
    const QTime weekly = QTime::fromString(settings.value(kWeeklyKey).toString(), "HH:mm");
    if (weekly.isValid())
        p.weeklyReminder = weekly;
    return p;
}

Preferences Preferences::load()
{
    return load(QSettings());
}

void Preferences::save(QSettings& settings) const
{
    settings.setValue(kUpperLimitKey, magnesiumUpperLimitMg);
    settings.setValue(kRdaProfileKey, toQString(rdaProfileId(rdaProfile)));
    settings.setValue(kWeekStartKey, int(weekStart));
    settings.setValue(kBoundaryKey, journalDayBoundary.toString("HH:mm"));
    settings.setValue(kReminderEnabledKey, bedtimeReminderEnabled);
    settings.setValue(kReminderKey, bedtimeReminder.toString("HH:mm"));
    settings.setValue(kMorningEnabledKey, morningReminderEnabled);
    settings.setValue(kMorningKey, morningReminder.toString("HH:mm"));
    settings.setValue(kKeepInTrayKey, keepInTray);
    settings.setValue(kLanguageKey, language);
    settings.setValue(kThemeKey, themeId(theme));
    settings.setValue(kWeeklyEnabledKey, weeklyReminderEnabled);
    settings.setValue(kWeeklyDayKey, int(weeklyReminderDay));
    settings.setValue(kWeeklyKey, weeklyReminder.toString("HH:mm"));
}

void Preferences::save() const
{
    QSettings settings;
    save(settings);
}

} // namespace quietlegs
