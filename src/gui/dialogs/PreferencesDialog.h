#pragma once

#include "Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QTimeEdit;

namespace quietlegs {

class ReminderTimeField;

/// Edit > Preferences: the supplemental magnesium upper limit, the RDA profile, the first
/// day of the week, the journal-day boundary, the bedtime and morning reminders, the tray and
/// starting at login, and the language.
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

private:
    QDoubleSpinBox* m_upperLimit = nullptr;
    QComboBox* m_rdaProfile = nullptr;
    QComboBox* m_weekStart = nullptr;
    QTimeEdit* m_boundary = nullptr;
    ReminderTimeField* m_reminder = nullptr;
    ReminderTimeField* m_morning = nullptr;
    QCheckBox* m_keepInTray = nullptr;
    QCheckBox* m_startAtLogin = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace quietlegs
