#include "PreferencesDialog.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "desktop/AppTheme.h"
#include "dialogs/OwnFactorsEditor.h"
#include "widgets/ReminderTimeField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace quietlegs {
namespace {

// The primary question looks at most a week back (statistics-v2 tables go to lag 3 by default).
constexpr int kMaxPrimaryLag = 7;

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences& preferences, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(560);
    auto* form = new QFormLayout(this);
    m_form = form;

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
    if (!preferences.rdaProfileChosen) {
        auto* guessNote = new QLabel(tr("<small>Not chosen yet: this profile is a guess, and "
                                        "Today's recommended amounts follow it. Choose "
                                        "yours.</small>"),
                                     this);
        guessNote->setObjectName(QStringLiteral("rdaGuessNote"));
        guessNote->setWordWrap(true);
        form->addRow(QString(), guessNote);
    }

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
    addThemeAndWeeklyReminder(form, preferences);

    addPrimaryQuestion(form);

    // interchange-v2 "Journal settings": stored in the journal, so the CLI agrees.
    m_tenAreasNightly = new QCheckBox(tr("Also score the ten IRLS-style &areas every night "
                                         "(stored in this journal)"),
                                      this);
    m_tenAreasNightly->setToolTip(tr("The IRLS looks back over a week: the weekly check-in asks "
                                     "the ten areas. Tick this to score them nightly as well."));
    m_tenAreasNightly->setEnabled(false);
    form->addRow(QString(), m_tenAreasNightly);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::addThemeAndWeeklyReminder(QFormLayout* form,
                                                  const Preferences& preferences)
{
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("As the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(preferences.theme))));
    m_theme->setAccessibleName(tr("Theme"));
    form->addRow(tr("T&heme:"), m_theme);
    if (AppTheme::commandLineTheme()) {
        auto* themeNote = new QLabel(tr("<small>QuietLegs was started with --dark: this run "
                                        "stays dark; the choice here applies from the next "
                                        "start without it.</small>"),
                                     this);
        themeNote->setWordWrap(true);
        form->addRow(QString(), themeNote);
    }

    // The IRLS recalls a week (issue 21): one reminder on the day the check-in is due.
    auto* weekly = new QWidget(this);
    auto* weeklyLayout = new QHBoxLayout(weekly);
    weeklyLayout->setContentsMargins(0, 0, 0, 0);
    m_weeklyReminder =
        new ReminderTimeField(tr("Remind me at"), preferences.weeklyReminderEnabled,
                              preferences.weeklyReminder, tr("Weekly check-in reminder time"),
                              weekly);
    m_weeklyDay = new QComboBox(weekly);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weeklyDay->addItem(QLocale().dayName(day), day);
    m_weeklyDay->setCurrentIndex(m_weeklyDay->findData(int(preferences.weeklyReminderDay)));
    m_weeklyDay->setAccessibleName(tr("Weekly check-in reminder day"));
    m_weeklyDay->setEnabled(preferences.weeklyReminderEnabled);
    connect(m_weeklyReminder->checkBox(), &QCheckBox::toggled, m_weeklyDay,
            &QComboBox::setEnabled);
    weeklyLayout->addWidget(m_weeklyReminder);
    //: Between the time and the weekday: "Remind me at 19:00 on Sunday"
    weeklyLayout->addWidget(new QLabel(tr("on"), weekly));
    weeklyLayout->addWidget(m_weeklyDay);
    weeklyLayout->addStretch(1);
    auto* weeklyLabel = new QLabel(tr("Weekly check-in:"), this);
    weeklyLabel->setBuddy(m_weeklyReminder->checkBox());
    form->addRow(weeklyLabel, weekly);
}

void PreferencesDialog::showOwnFactors(JournalSession* session)
{
    if (m_ownFactors)
        return;
    auto* group = new QGroupBox(tr("Your factors"), this);
    auto* layout = new QVBoxLayout(group);
    auto* note = new QLabel(tr("<small>What else you want to track, logged in Today's "
                               "“The day” and analysed like caffeine or stress (changes are "
                               "saved at once; Edit > Undo takes them back).</small>"),
                            group);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_ownFactors = new OwnFactorsEditor(session, group);
    layout->addWidget(m_ownFactors);
    // Above the dialog's buttons, the last row.
    m_form->insertRow(m_form->rowCount() - 1, group);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.magnesiumUpperLimitMg = m_upperLimit->value();
    p.rdaProfile = RdaProfile(m_rdaProfile->currentData().toInt());
    p.rdaProfileChosen = true; // saved from here, it is the one the person left shown
    p.weekStart = Qt::DayOfWeek(m_weekStart->currentData().toInt());
    p.journalDayBoundary = m_boundary->time();
    p.bedtimeReminderEnabled = m_reminder->isEnabledReminder();
    p.bedtimeReminder = m_reminder->time();
    p.morningReminderEnabled = m_morning->isEnabledReminder();
    p.morningReminder = m_morning->time();
    p.keepInTray = m_keepInTray->isChecked();
    p.language = m_language->currentData().toString();
    p.theme = Theme(m_theme->currentData().toInt());
    p.weeklyReminderEnabled = m_weeklyReminder->isEnabledReminder();
    p.weeklyReminderDay = Qt::DayOfWeek(m_weeklyDay->currentData().toInt());
    p.weeklyReminder = m_weeklyReminder->time();
    return p;
}

void PreferencesDialog::setTenAreasNightly(bool on)
{
    m_tenAreasNightly->setChecked(on);
    m_tenAreasNightly->setEnabled(true);
}

std::optional<bool> PreferencesDialog::tenAreasNightly() const
{
    if (!m_tenAreasNightly->isEnabled())
        return std::nullopt;
    return m_tenAreasNightly->isChecked();
}

void PreferencesDialog::setStartAtLogin(bool enabled)
{
    m_startAtLogin->setChecked(enabled);
}

bool PreferencesDialog::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

void PreferencesDialog::addPrimaryQuestion(QFormLayout* form)
{
    m_primaryGroup = new QGroupBox(tr("Primary question (stored in this journal)"), this);
    auto* group = new QFormLayout(m_primaryGroup);
    m_primaryExposure = new QComboBox(m_primaryGroup);
    m_primaryExposure->setAccessibleName(tr("Primary question: intake or factor"));
    group->addRow(tr("&Does:"), m_primaryExposure);
    m_primaryOutcome = new QComboBox(m_primaryGroup);
    m_primaryOutcome->setAccessibleName(tr("Primary question: outcome"));
    group->addRow(tr("&change:"), m_primaryOutcome);
    m_primaryLag = new QSpinBox(m_primaryGroup);
    m_primaryLag->setRange(0, kMaxPrimaryLag);
    m_primaryLag->setSuffix(tr(" days before the night"));
    m_primaryLag->setAccessibleName(tr("Primary question: lag in days"));
    group->addRow(tr("&Taken:"), m_primaryLag);
    m_primaryMid = new QDoubleSpinBox(m_primaryGroup);
    m_primaryMid->setRange(0.01, 1000);
    m_primaryMid->setDecimals(2);
    m_primaryMid->setSingleStep(0.5);
    m_primaryMid->setAccessibleName(tr("Primary question: smallest change that matters"));
    m_midUnit = new QLabel(m_primaryGroup);
    auto* midRow = new QHBoxLayout;
    midRow->addWidget(m_primaryMid);
    midRow->addWidget(m_midUnit, 1);
    group->addRow(tr("&Smallest change that matters:"), midRow);
    static_cast<QLabel*>(group->labelForField(midRow))->setBuddy(m_primaryMid);
    auto* note = new QLabel(
        tr("<small>Decide this before looking at the results. Insights and the report answer "
           "this one question first, with its interval, and say whether the interval lies beyond "
           "this smallest change, within it, or across it (inconclusive). Every other link is "
           "exploratory. Open a journal to set it.</small>"),
        m_primaryGroup);
    note->setWordWrap(true);
    group->addRow(note);
    m_primaryGroup->setEnabled(false);
    form->addRow(m_primaryGroup);

    connect(m_primaryExposure, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateMidUnit);
    connect(m_primaryOutcome, &QComboBox::activated, this, [this] {
        // A different outcome is measured in other units: start from its default MID.
        if (const auto outcome =
                m_variables.outcome(m_primaryOutcome->currentData().toString().toStdString()))
            m_primaryMid->setValue(outcome->defaultMid);
    });
    connect(m_primaryOutcome, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateMidUnit);
}

void PreferencesDialog::setPrimaryQuestion(const PrimaryQuestion& question,
                                           const VariableCatalogue& variables)
{
    m_variables = variables;
    m_hasJournal = true;
    m_primaryExposure->clear();
    for (const ExposureVariable& exposure : variables.exposures())
        m_primaryExposure->addItem(displayName(exposure.displayName),
                                   QString::fromStdString(exposure.id));
    // A question may name a medicine or factor without data yet: keep it selectable.
    if (m_primaryExposure->findData(QString::fromStdString(question.relation.exposure)) < 0)
        if (const auto exposure = variables.exposure(question.relation.exposure))
            m_primaryExposure->addItem(displayName(exposure->displayName),
                                       QString::fromStdString(exposure->id));
    m_primaryOutcome->clear();
    for (const OutcomeVariable& outcome : variables.outcomes())
        m_primaryOutcome->addItem(displayName(outcome.displayName),
                                  QString::fromStdString(outcome.id));
    m_primaryExposure->setCurrentIndex(std::max(
        0, m_primaryExposure->findData(QString::fromStdString(question.relation.exposure))));
    m_primaryOutcome->setCurrentIndex(std::max(
        0, m_primaryOutcome->findData(QString::fromStdString(question.relation.outcome))));
    m_primaryLag->setValue(question.relation.lagDays);
    m_primaryMid->setValue(question.mid);
    m_primaryGroup->setEnabled(true);
    updateMidUnit();
}

std::optional<PrimaryQuestion> PreferencesDialog::primaryQuestion() const
{
    if (!m_hasJournal || m_primaryExposure->currentIndex() < 0 ||
        m_primaryOutcome->currentIndex() < 0)
        return std::nullopt;
    PrimaryQuestion question;
    question.relation = RelationKey{m_primaryExposure->currentData().toString().toStdString(),
                                    m_primaryOutcome->currentData().toString().toStdString(),
                                    m_primaryLag->value()};
    question.mid = m_primaryMid->value();
    return question;
}

void PreferencesDialog::updateMidUnit()
{
    const auto exposure =
        m_variables.exposure(m_primaryExposure->currentData().toString().toStdString());
    const auto outcome =
        m_variables.outcome(m_primaryOutcome->currentData().toString().toStdString());
    if (!exposure || !outcome) {
        m_midUnit->clear();
        return;
    }
    //: %1 the outcome's unit ("points"), %2 the display dose ("100 mg more magnesium")
    m_midUnit->setText(tr("%1, for %2")
                           .arg(displayNameInSentence(outcome->unit),
                                displayNameInSentence(exposure->dosePhrase)));
}

} // namespace quietlegs
