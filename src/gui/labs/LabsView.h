#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;

namespace quietlegs {

class JournalSession;
class LabsModel;

/// Blood tests: enter ferritin, transferrin saturation, serum magnesium or haemoglobin with
/// date and unit; the table flags ferritin and TSAT against the AASM 2024 RLS thresholds.
class LabsView : public QWidget
{
    Q_OBJECT

public:
    explicit LabsView(JournalSession* session, QWidget* parent = nullptr);

    LabsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// Saves what the form holds (one undo step); false when it is not valid.
    bool addFromForm();

private:
    void updateUnits();
    void updatePreview();
    void deleteCurrent();

    JournalSession* m_session = nullptr;
    LabsModel* m_model = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_test = nullptr;
    QDoubleSpinBox* m_value = nullptr;
    QComboBox* m_unit = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_add = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace quietlegs
