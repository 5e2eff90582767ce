#pragma once

#include "quietlegs/storage/Journal.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStringListModel;

namespace quietlegs {

class JournalSession;

/// Edits "My supplements": name, nutrient, form, route and the dose (compound mg as on the
/// label, or elemental mg), with the elemental figure per use and the magnesium caution.
/// Every save and delete is an undo step.
class PresetEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PresetEditorDialog(JournalSession* session, QWidget* parent = nullptr);

private:
    void reload();
    void showPreset(int row);
    void updateForms();
    void updatePreview();
    Result<SupplementPreset> preset() const;
    void save();
    void remove();

    JournalSession* m_session = nullptr;
    std::vector<StoredPreset> m_presets;
    std::optional<std::int64_t> m_editingId;
    QStringListModel* m_names = nullptr;
    QListView* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_nutrient = nullptr;
    QComboBox* m_form = nullptr;
    QComboBox* m_route = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QComboBox* m_amountKind = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace quietlegs
