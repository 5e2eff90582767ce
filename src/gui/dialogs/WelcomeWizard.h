#pragma once

#include "Preferences.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QRadioButton;
class QSettings;

namespace quietlegs {

class ImportFlow;
class JournalSession;
class ReminderTimeField;

/// The first run: what QuietLegs does, where the journal lives and that nothing leaves the
/// computer; the few preferences that matter (RDA profile, reminders, start at login); then
/// an empty start or an import from Cronometer, Fitbit, a spreadsheet or a QuietLegs file.
/// Shown once, and only on a journal with nothing in it (an existing user upgrading never
/// sees it); Help > Welcome shows it again.
class WelcomeWizard : public QWizard
{
    Q_OBJECT

public:
    WelcomeWizard(JournalSession* session, QWidget* parent = nullptr);

    /// The chosen preferences (what Finish saves).
    Preferences preferences() const;
    bool startAtLogin() const;
    /// Finish with "Import what I already have" chosen.
    bool importChosen() const;

    /// True when the welcome has not been shown yet and the open journal is empty.
    static bool isFirstRun(const JournalSession& session, const QSettings& settings);
    /// Marks it shown (also when the user cancels: it is offered once, not at every start).
    static void markShown(QSettings& settings);
    /// At start-up: on a first run, shows the welcome, saves its choices and starts the
    /// import when chosen.
    static void offerOnFirstRun(JournalSession* session, ImportFlow* importFlow, QWidget* window);
    /// Shows the welcome, then applies its choices (Help > Welcome).
    static void run(JournalSession* session, ImportFlow* importFlow, QWidget* window);

private:
    QWizardPage* createIntroPage();
    QWizardPage* createPreferencesPage();
    QWizardPage* createStartPage();

    JournalSession* m_session;
    Preferences m_preferences;
    QComboBox* m_rdaProfile = nullptr;
    ReminderTimeField* m_bedtime = nullptr;
    ReminderTimeField* m_morning = nullptr;
    QCheckBox* m_startAtLogin = nullptr;
    ReminderTimeField* m_weekly = nullptr;
    QComboBox* m_theme = nullptr;
    QRadioButton* m_startEmpty = nullptr;
    QRadioButton* m_import = nullptr;
};

} // namespace quietlegs
