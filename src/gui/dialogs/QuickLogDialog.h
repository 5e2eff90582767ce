#pragma once

#include "quietlegs/storage/Journal.h"

#include <QDate>
#include <QDialog>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;

namespace quietlegs {

class ClockEdit;
class JournalSession;
class ScoreSpinBox;

/// "Log tonight" from the tray and the reminders (issue 24): a small window with the night's
/// severity, when symptoms began and one supplement preset, saved with Enter as one undo
/// step. Made for bed: a digit, a time, Tab, an arrow, Enter. A night already logged keeps
/// everything the window does not ask about.
class QuickLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QuickLogDialog(JournalSession* session, QWidget* parent = nullptr);

    /// Shows the night of `night` (what is saved of it fills the fields).
    void setNight(QDate night);
    QDate night() const { return m_night; }
    ScoreSpinBox* severityField() const { return m_severity; }
    ClockEdit* onsetField() const { return m_onset; }
    QComboBox* presetBox() const { return m_preset; }
    QPushButton* saveButton() const { return m_save; }

    /// Writes the night (and the preset's intake) as one undo step; false, with the reason
    /// shown in the window, when the journal refused it or a field is wrong.
    bool save();

signals:
    /// The night was saved (Today may want to show it).
    void nightSaved(QDate night);

private:
    void reloadPresets();
    void showProblem(const QString& text);

    JournalSession* m_session = nullptr;
    QDate m_night;
    std::vector<StoredPreset> m_presets;
    QLabel* m_title = nullptr;
    ScoreSpinBox* m_severity = nullptr;
    ClockEdit* m_onset = nullptr;
    QComboBox* m_preset = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace quietlegs
