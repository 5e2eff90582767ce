#pragma once

#include "quietlegs/storage/Journal.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QGridLayout;
class QTableView;
class QTimeEdit;

namespace quietlegs {

class DayIntakesModel;
class FoodCatalog;
class JournalSession;
class UndoNote;

/// The intakes of one journal date: the list, "My supplements" one-click presets, a form
/// for any magnesium/iron/B6/other intake with the elemental figure live, the food picker,
/// and the day's totals against the RDA with the supplemental magnesium upper-limit warning.
class IntakePanel : public QWidget
{
    Q_OBJECT

public:
    IntakePanel(JournalSession* session, FoodCatalog* foods, QWidget* parent = nullptr);

    void setDate(QDate date);
    /// Adds the preset at `index` (0-based, in the user's order) at the time in the form.
    bool addPreset(int index);
    void openFoodPicker();
    void openPresetEditor();
    /// Puts the intake at `row` of the day's list into the form for correcting.
    void editIntake(int row);
    /// "Added … at 21:19 — Undo", shown after an intake is added.
    UndoNote* undoNote() const { return m_undoNote; }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void colourWarning();
    void fitWarningText();
    void reload();
    void reloadPresets();
    void updateForms();
    void updatePreview();
    void updateTotals(const std::vector<StoredIntake>& intakes);
    void addFromForm();
    void noteAdded(const QString& name, const LocalDateTime& at);
    void removeSelected();
    /// Loads the selected intake into the form, where "Update intake" replaces it.
    void editSelected();
    void leaveEditing();
    Result<Intake> formIntake() const;
    LocalDateTime chosenTime() const;

    JournalSession* m_session = nullptr;
    FoodCatalog* m_foods = nullptr;
    QDate m_date;
    std::vector<StoredPreset> m_presets;
    std::optional<std::int64_t> m_editingId;

    DayIntakesModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_remove = nullptr;
    QGridLayout* m_presetButtons = nullptr;
    QLabel* m_noPresets = nullptr;
    QComboBox* m_nutrient = nullptr;
    QComboBox* m_form = nullptr;
    QComboBox* m_route = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QComboBox* m_amountKind = nullptr;
    QTimeEdit* m_time = nullptr;
    QLineEdit* m_label = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_cancelEdit = nullptr;
    QLabel* m_magnesiumTotal = nullptr;
    QLabel* m_ironTotal = nullptr;
    QFrame* m_ulWarning = nullptr;
    QLabel* m_ulWarningText = nullptr;
    UndoNote* m_undoNote = nullptr;
};

} // namespace quietlegs
