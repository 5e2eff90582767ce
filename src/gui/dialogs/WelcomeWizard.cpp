#include "WelcomeWizard.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "JournalSession.h"
#include "desktop/AutostartEntry.h"
#include "dialogs/ImportFlow.h"
#include "quietlegs/storage/JournalBackups.h"
#include "widgets/ReminderTimeField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace quietlegs {
namespace {
constexpr auto kShownKey = "welcome/shown";

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

WelcomeWizard::WelcomeWizard(JournalSession* session, QWidget* parent)
    : QWizard(parent), m_session(session), m_preferences(session->preferences())
{
    setWindowTitle(tr("Welcome to QuietLegs"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/quietlegs.svg")).pixmap(48, 48));
    setMinimumSize(640, 520);
    addPage(createIntroPage());
    addPage(createPreferencesPage());
    addPage(createStartPage());
    setButtonText(QWizard::FinishButton, tr("&Start"));
}

QWizardPage* WelcomeWizard::createIntroPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("A private journal for restless legs"));
    page->setSubTitle(tr("Log each night in under a minute, see what goes with better nights, "
                         "and give your nutritionist or doctor a report they can trust."));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(paragraph(
        tr("Each night you note how your legs were (a quick 0–10 rating or the ten IRLS-style "
           "questions), when you went to bed and woke, the magnesium and iron you took "
           "(supplements, food, Epsom salt baths) and the day's possible triggers: caffeine, "
           "alcohol, exercise, stress. QuietLegs draws the weeks as charts, measures how intake "
           "goes with your symptoms, and says plainly what a diary can and cannot show."),
        page));
    const QString path = m_session->path();
    const QString backups =
        QString::fromStdString(JournalBackups(path.toStdString()).folder().string());
    auto* where = paragraph(tr("<b>Your journal is one file on this computer:</b><br>%1<br>"
                               "A copy is kept each day in %2.")
                                .arg(path.toHtmlEscaped(), backups.toHtmlEscaped()),
                            page);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setObjectName(QStringLiteral("journalLocation"));
    layout->addWidget(where);
    layout->addWidget(paragraph(
        tr("<b>Nothing leaves this computer.</b> There is no account, no cloud and no network "
           "connection; a report or an export is only made when you ask for one."),
        page));
    layout->addWidget(paragraph(tr("<small>QuietLegs is a journal, not a doctor: it flags "
                                   "numbers worth a question, it never prescribes.</small>"),
                                page));
    layout->addStretch(1);
    return page;
}

namespace {

/// A page whose mandatory fields this wizard registers (QWizardPage keeps that protected).
class PageWithFields : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    using QWizardPage::registerField;
};

} // namespace

QWizardPage* WelcomeWizard::createPreferencesPage()
{
    auto* page = new PageWithFields(this);
    page->setTitle(tr("A few preferences"));
    page->setSubTitle(tr("You can change all of them later in Edit > Preferences."));
    auto* form = new QFormLayout(page);

    m_rdaProfile = new QComboBox(page);
    for (RdaProfile profile : allRdaProfiles())
        m_rdaProfile->addItem(displayName(rdaProfileDisplayName(profile)), int(profile));
    // No guess: the person chooses (issue 21). A mandatory field keeps Next off until then.
    m_rdaProfile->setPlaceholderText(tr("Choose\u2026"));
    m_rdaProfile->setCurrentIndex(-1);
    m_rdaProfile->setAccessibleName(tr("RDA profile"));
    page->registerField(QStringLiteral("rdaProfile*"), m_rdaProfile);
    form->addRow(tr("&Who is this journal for?"), m_rdaProfile);
    auto* rda = paragraph(tr("<small>Sets the recommended daily magnesium and iron that "
                             "Today and the report compare intake with (NIH ODS).</small>"),
                          page);
    rda->setObjectName(QStringLiteral("rdaAmounts"));
    form->addRow(QString(), rda);
    connect(m_rdaProfile, &QComboBox::currentIndexChanged, rda, [this, rda](int index) {
        if (index < 0)
            return;
        const auto profile = RdaProfile(m_rdaProfile->itemData(index).toInt());
        rda->setText(tr("<small>Recommended daily amounts (NIH ODS): magnesium %1 mg, iron %2 "
                        "mg. Today and the report compare intake with them.</small>")
                         .arg(magnesiumRdaMg(profile))
                         .arg(ironRdaMg(profile)));
    });

    m_bedtime = new ReminderTimeField(tr("Remind me at &bedtime, at"),
                                      m_preferences.bedtimeReminderEnabled,
                                      m_preferences.bedtimeReminder, tr("Bedtime reminder time"),
                                      page);
    form->addRow(tr("Reminders:"), m_bedtime);
    m_morning = new ReminderTimeField(
        tr("Remind me in the &morning if the night is not logged, at"),
        m_preferences.morningReminderEnabled, m_preferences.morningReminder,
        tr("Morning reminder time"), page);
    m_morning->setTimeRange(kEarliestMorningReminder, kLatestMorningReminder);
    form->addRow(QString(), m_morning);
    m_weekly = new ReminderTimeField(
        tr("Remind me of the wee&kly check-in on %1 at")
            .arg(QLocale().dayName(m_preferences.weeklyReminderDay)),
        m_preferences.weeklyReminderEnabled, m_preferences.weeklyReminder,
        tr("Weekly check-in reminder time"), page);
    form->addRow(QString(), m_weekly);
    form->addRow(QString(),
                 paragraph(tr("<small>The weekly check-in scores the ten IRLS-style areas for "
                              "the past week; each night asks only what a night can tell. "
                              "Reminders come while QuietLegs runs, also in the tray; nothing "
                              "is sent anywhere. The weekday can be changed in "
                              "Preferences.</small>"),
                           page));

    m_startAtLogin = new QCheckBox(tr("Start QuietLegs minimised when I &log in, so the "
                                      "reminders come"),
                                   page);
    m_startAtLogin->setChecked(AutostartEntry().isEnabled());
    form->addRow(QString(), m_startAtLogin);

    // Logging happens at bedtime, often in a dark room.
    m_theme = new QComboBox(page);
    m_theme->addItem(tr("As the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(m_preferences.theme))));
    m_theme->setAccessibleName(tr("Theme"));
    form->addRow(tr("T&heme:"), m_theme);

    return page;
}

QWizardPage* WelcomeWizard::createStartPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("How would you like to start?"));
    page->setSubTitle(tr("Whatever you choose, the journal stays on this computer."));
    auto* layout = new QVBoxLayout(page);
    m_startEmpty = new QRadioButton(tr("Start with an &empty journal"), page);
    m_startEmpty->setChecked(true);
    layout->addWidget(m_startEmpty);
    layout->addWidget(paragraph(tr("Today opens on the night to log. Type a digit for how your "
                                   "legs were, Tab through the sleep times, then Ctrl+S."),
                                page));
    layout->addSpacing(8);
    m_import = new QRadioButton(tr("&Import what I already have"), page);
    layout->addWidget(m_import);
    layout->addWidget(paragraph(
        tr("<ul style='margin-left:-20px'>"
           "<li><b>Cronometer</b>: its \"Daily Nutrition\" export (dailysummary.csv), for "
           "magnesium, iron, caffeine and alcohol.</li>"
           "<li><b>Fitbit</b>: a sleep file from your Google/Fitbit data export "
           "(sleep-YYYY-MM-DD.json), for sleep times.</li>"
           "<li><b>A spreadsheet</b> saved as CSV: you match its columns to QuietLegs' fields.</li>"
           "<li><b>A QuietLegs file</b> (.json) exported on another computer.</li></ul>"
           "The file is read on this computer; you see what it will add before anything is "
           "written, and Edit > Undo takes it back."),
        page));
    layout->addStretch(1);
    return page;
}

Preferences WelcomeWizard::preferences() const
{
    Preferences preferences = m_preferences;
    if (m_rdaProfile->currentIndex() >= 0) {
        preferences.rdaProfile = RdaProfile(m_rdaProfile->currentData().toInt());
        preferences.rdaProfileChosen = true;
    }
    preferences.bedtimeReminderEnabled = m_bedtime->isEnabledReminder();
    preferences.bedtimeReminder = m_bedtime->time();
    preferences.morningReminderEnabled = m_morning->isEnabledReminder();
    preferences.morningReminder = m_morning->time();
    preferences.weeklyReminderEnabled = m_weekly->isEnabledReminder();
    preferences.weeklyReminder = m_weekly->time();
    preferences.theme = Theme(m_theme->currentData().toInt());
    // Started at login only to live in the tray: closing the window should keep it there.
    if (m_startAtLogin->isChecked())
        preferences.keepInTray = true;
    return preferences;
}

bool WelcomeWizard::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

bool WelcomeWizard::importChosen() const
{
    return m_import->isChecked();
}

bool WelcomeWizard::isFirstRun(const JournalSession& session, const QSettings& settings)
{
    if (settings.value(kShownKey, false).toBool() || !session.isOpen())
        return false;
    const JournalCounts counts = session.counts();
    return counts.nights == 0 && counts.intakes == 0 && counts.daily == 0 && counts.labs == 0;
}

void WelcomeWizard::markShown(QSettings& settings)
{
    settings.setValue(kShownKey, true);
}

void WelcomeWizard::offerOnFirstRun(JournalSession* session, ImportFlow* importFlow,
                                    QWidget* window)
{
    if (!isFirstRun(*session, QSettings()))
        return;
    // After the window's first paint: the welcome sits on the app, not in place of it.
    QTimer::singleShot(0, window, [session, importFlow, window] {
        QSettings settings;
        markShown(settings);
        run(session, importFlow, window);
    });
}

void WelcomeWizard::run(JournalSession* session, ImportFlow* importFlow, QWidget* window)
{
    WelcomeWizard wizard(session, window);
    if (wizard.exec() != QDialog::Accepted)
        return;
    session->setPreferences(wizard.preferences());
    AutostartEntry::applyChoice(wizard.startAtLogin(), window);
    if (wizard.importChosen() && importFlow)
        importFlow->chooseAndImport();
}

} // namespace quietlegs
