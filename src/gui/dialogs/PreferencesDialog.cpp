#include "PreferencesDialog.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "widgets/ReminderTimeField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QTimeEdit>

#include <algorithm>

namespace quietlegs {

PreferencesDialog::PreferencesDialog(const Preferences& preferences, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(560);
    auto* form = new QFormLayout(this);

    m_upperLimit = new QDoubleSpinBox(this);
    m_upperLimit->setRange(50, 2000);
    m_upperLimit->setDecimals(0);
    m_upperLimit->setSingleStep(10);
    m_upperLimit->setSuffix(tr(" mg/day"));
    m_upperLimit->setValue(preferences.magnesiumUpperLimitMg);
    m_upperLimit->setAccessibleName(tr("Upper limit for supplemental magnesium"));
    form->addRow(tr("Supplemental magnesium &upper limit:"), m_upperLimit);
    auto* limitNote = new QLabel(tr("<small>US Food and Nutrition Board: 350 mg/day for adults; "
                                    "EFSA uses 250 mg/day. Food never counts.</small>"),
                                 this);
    limitNote->setWordWrap(true);
    form->addRow(QString(), limitNote);

    m_rdaProfile = new QComboBox(this);
    for (RdaProfile profile : allRdaProfiles())
        m_rdaProfile->addItem(displayName(rdaProfileDisplayName(profile)), int(profile));
    m_rdaProfile->setCurrentIndex(m_rdaProfile->findData(int(preferences.rdaProfile)));
    m_rdaProfile->setAccessibleName(tr("RDA profile"));
    form->addRow(tr("&RDA profile (NIH ODS):"), m_rdaProfile);

    m_weekStart = new QComboBox(this);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekStart->addItem(QLocale().dayName(day), day);
    m_weekStart->setCurrentIndex(m_weekStart->findData(int(preferences.weekStart)));
    m_weekStart->setAccessibleName(tr("First day of the week"));
    form->addRow(tr("&Weeks start on:"), m_weekStart);
    auto* weekNote = new QLabel(tr("<small>For the calendars of date fields. Weekly figures in "
                                   "Trends and the report always run Monday to Sunday, as the "
                                   "statistics define them, so reports stay comparable.</small>"),
                                this);
    weekNote->setWordWrap(true);
    form->addRow(QString(), weekNote);

    m_boundary = new QTimeEdit(preferences.journalDayBoundary, this);
    m_boundary->setDisplayFormat(QStringLiteral("HH:mm"));
    m_boundary->setAccessibleName(tr("Journal day boundary"));
    form->addRow(tr("&Journal day starts at:"), m_boundary);
    auto* boundaryNote = new QLabel(
        tr("<small>Before this time Today opens the night still in progress. Journal files "
           "always count intakes before 04:00 to the night before (interchange format).</small>"),
        this);
    boundaryNote->setWordWrap(true);
    form->addRow(QString(), boundaryNote);

    m_reminder = new ReminderTimeField(tr("Remind me at"), preferences.bedtimeReminderEnabled,
                                       preferences.bedtimeReminder, tr("Bedtime reminder time"),
                                       this);
    auto* reminderLabel = new QLabel(tr("Bedtime reminder:"), this);
    reminderLabel->setBuddy(m_reminder->checkBox());
    form->addRow(reminderLabel, m_reminder);
    m_morning = new ReminderTimeField(tr("If last night is not logged, at"),
                                      preferences.morningReminderEnabled,
                                      preferences.morningReminder, tr("Morning reminder time"),
                                      this);
    m_morning->setTimeRange(kEarliestMorningReminder, kLatestMorningReminder);
    auto* morningLabel = new QLabel(tr("Morning reminder:"), this);
    morningLabel->setBuddy(m_morning->checkBox());
    form->addRow(morningLabel, m_morning);

    m_keepInTray = new QCheckBox(tr("&Keep running in the tray when closed"), this);
    m_keepInTray->setChecked(preferences.keepInTray);
    form->addRow(tr("Tray and login:"), m_keepInTray);
    m_startAtLogin = new QCheckBox(tr("&Start minimised when I log in"), this);
    form->addRow(QString(), m_startAtLogin);
    auto* reminderNote = new QLabel(
        tr("<small>Reminders come while QuietLegs runs, also minimised: a note in the status "
           "bar and, where the desktop has a tray, a notification that opens the night in "
           "Today. Starting at login and keeping it in the tray lets them come every day. "
           "Nothing is sent anywhere.</small>"),
        this);
    reminderNote->setWordWrap(true);
    form->addRow(QString(), reminderNote);

    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    // Each language in its own name, so a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English (UK)"), QStringLiteral("en_GB"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("&Language:"), m_language);
    auto* languageNote = new QLabel(tr("<small>Takes effect the next time QuietLegs starts. "
                                       "Dates and decimal separators follow the language; "
                                       "exported files always use a decimal point.</small>"),
                                    this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.magnesiumUpperLimitMg = m_upperLimit->value();
    p.rdaProfile = RdaProfile(m_rdaProfile->currentData().toInt());
    p.weekStart = Qt::DayOfWeek(m_weekStart->currentData().toInt());
    p.journalDayBoundary = m_boundary->time();
    p.bedtimeReminderEnabled = m_reminder->isEnabledReminder();
    p.bedtimeReminder = m_reminder->time();
    p.morningReminderEnabled = m_morning->isEnabledReminder();
    p.morningReminder = m_morning->time();
    p.keepInTray = m_keepInTray->isChecked();
    p.language = m_language->currentData().toString();
    return p;
}

void PreferencesDialog::setStartAtLogin(bool enabled)
{
    m_startAtLogin->setChecked(enabled);
}

bool PreferencesDialog::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

} // namespace quietlegs
