#pragma once

#include "quietlegs/core/SafetyRules.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace quietlegs {

class JournalSession;
class LabHistoryChart;
class LabsModel;
struct LabDetails;

/// Blood tests: enter ferritin, transferrin saturation, serum magnesium, haemoglobin or CRP with
/// date, unit, laboratory and drawing conditions; the table (grouped by test) flags ferritin and
/// TSAT against the AASM 2024 RLS thresholds and notes inflammation; a chart shows each test's
/// history against its reference range.
class LabsView : public QWidget
{
    Q_OBJECT

public:
    explicit LabsView(JournalSession* session, QWidget* parent = nullptr);

    LabsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    LabHistoryChart* historyChart() const { return m_chart; }
    /// Saves what the form holds (one undo step); false when it is not valid.
    bool addFromForm();

private:
    void updateUnits();
    void updatePreview();
    void deleteCurrent();
    /// The laboratory and drawing conditions the form holds.
    LabDetails formDetails() const;
    void updateChart();
    /// What is worth logging and what each test is read against, for a view with few results.
    static QString labGuideText(RdaProfile profile);
    static constexpr std::size_t kGuideShownBelow = 3; // results

    JournalSession* m_session = nullptr;
    LabsModel* m_model = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_test = nullptr;
    QDoubleSpinBox* m_value = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_laboratory = nullptr;
    QComboBox* m_drawn = nullptr; // not recorded / yes / no
    LabHistoryChart* m_chart = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_add = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_guide = nullptr;
};

} // namespace quietlegs
