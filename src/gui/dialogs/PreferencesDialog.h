#pragma once

#include "Preferences.h"
#include "quietlegs/analysis/PrimaryQuestion.h"
#include "quietlegs/analysis/Variables.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace quietlegs {

class JournalSession;
class OwnFactorsEditor;
class ReminderTimeField;

/// Edit > Preferences: the supplemental magnesium upper limit, the RDA profile, the first
/// day of the week, the journal-day boundary, the bedtime and morning reminders, the tray and
/// starting at login, and the language; and the open journal's primary question
/// (statistics-v2.md section 3), which lives in the journal, not in QSettings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences& preferences, QWidget* parent = nullptr);

    Preferences preferences() const;
    /// "Start minimised when I log in" lives in the desktop's autostart folder, not in
    /// Preferences; the caller reads and writes it (AutostartEntry).
    void setStartAtLogin(bool enabled);
    bool startAtLogin() const;

    /// The open journal's primary question, offered from `variables`; without a call (no
    /// journal open) its fields stay disabled and primaryQuestion() is none.
    void setPrimaryQuestion(const PrimaryQuestion& question, const VariableCatalogue& variables);
    std::optional<PrimaryQuestion> primaryQuestion() const;
    /// Adds "Your factors" for the session's open journal (OwnFactorsEditor): its changes are
    /// made at once, each an undo step, whatever button closes the dialog.
    void showOwnFactors(JournalSession* session);
    OwnFactorsEditor* ownFactorsEditor() const { return m_ownFactors; }

    /// The open journal's score_ten_areas_nightly; without a call (no journal open) its box
    /// stays disabled and tenAreasNightly() is none.
    void setTenAreasNightly(bool on);
    std::optional<bool> tenAreasNightly() const;
    QCheckBox* tenAreasNightlyBox() const { return m_tenAreasNightly; }

    QComboBox* primaryExposureBox() const { return m_primaryExposure; }
    QComboBox* primaryOutcomeBox() const { return m_primaryOutcome; }
    QSpinBox* primaryLagBox() const { return m_primaryLag; }
    QDoubleSpinBox* primaryMidBox() const { return m_primaryMid; }
    QComboBox* themeBox() const { return m_theme; }
    ReminderTimeField* weeklyReminderField() const { return m_weeklyReminder; }
    QComboBox* weeklyReminderDayBox() const { return m_weeklyDay; }

private:
    void addPrimaryQuestion(QFormLayout* form);
    void updateMidUnit();
    void addThemeAndWeeklyReminder(QFormLayout* form, const Preferences& preferences);

    QDoubleSpinBox* m_upperLimit = nullptr;
    QComboBox* m_rdaProfile = nullptr;
    QComboBox* m_weekStart = nullptr;
    QTimeEdit* m_boundary = nullptr;
    ReminderTimeField* m_reminder = nullptr;
    ReminderTimeField* m_morning = nullptr;
    QCheckBox* m_keepInTray = nullptr;
    QCheckBox* m_startAtLogin = nullptr;
    QComboBox* m_language = nullptr;
    QGroupBox* m_primaryGroup = nullptr;
    QComboBox* m_primaryExposure = nullptr;
    QComboBox* m_primaryOutcome = nullptr;
    QSpinBox* m_primaryLag = nullptr;
    QDoubleSpinBox* m_primaryMid = nullptr;
    QLabel* m_midUnit = nullptr;
    VariableCatalogue m_variables;
    bool m_hasJournal = false;
    QCheckBox* m_tenAreasNightly = nullptr;
    QFormLayout* m_form = nullptr;
    OwnFactorsEditor* m_ownFactors = nullptr;
    QComboBox* m_theme = nullptr;
    ReminderTimeField* m_weeklyReminder = nullptr;
    QComboBox* m_weeklyDay = nullptr;
};

} // namespace quietlegs
