#pragma once

#include "quietlegs/storage/Journal.h"

#include <QDate>
#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;
class QPushButton;
class QTableWidget;
class QTimeEdit;

namespace quietlegs {

class JournalSession;

/// Today's RLS medicines: the doses of the journal date, one-keystroke medicine presets
/// (Ctrl+Alt+1..9) and a form for any dose (drug, dose, time, route, notes). It records what
/// was taken and never suggests a dose.
class MedicinePanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit MedicinePanel(JournalSession* session, QWidget* parent = nullptr);

    void setDate(QDate date);
    /// Adds the medicine preset at `index` (0-based, in the user's order) at the form's time.
    bool addPreset(int index);
    /// Adds the dose in the form; false (the reason shown under the form) when refused.
    bool addFromForm();
    /// Saves the form as a medicine preset named `name`.
    bool saveFormAsPreset(const QString& name);
    /// Removes the dose in `row` of the day's list (one undo step).
    bool removeRow(int row);

    /// The night's doses (made on first use).
    QTableWidget* table();
    // The form's fields; asking for one builds the form (folded or not).
    QComboBox* drugField();
    QDoubleSpinBox* doseField();
    QComboBox* routeField();
    QTimeEdit* timeField();
    QLineEdit* notesField();
    QLabel* errorLabel();
    /// The form to add a dose by hand is folded away until asked for (remembered).
    void setFormOpen(bool open);
    bool isFormOpen() const;

private:
    /// Builds the folded form the first time it is needed, not before Today's first paint
    /// (docs/performance.md), in the tab order it would have had: right after its toggle.
    void buildForm();
    void buildTable();
    void reload();
    void reloadPresets();
    void askPresetName();
    Result<MedicineDose> formDose() const;
    LocalDateTime chosenTime() const;

    JournalSession* m_session = nullptr;
    QDate m_date;
    std::vector<StoredMedicineDose> m_doses;
    std::vector<StoredMedicinePreset> m_presets;

    QTableWidget* m_table = nullptr;
    QLabel* m_emptyNote = nullptr;
    QToolButton* m_formToggle = nullptr;
    QWidget* m_formArea = nullptr;
    QHBoxLayout* m_presetButtons = nullptr;
    QLabel* m_noPresets = nullptr;
    QComboBox* m_drug = nullptr;
    QDoubleSpinBox* m_dose = nullptr;
    QComboBox* m_route = nullptr;
    QTimeEdit* m_time = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace quietlegs
