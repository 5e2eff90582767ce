#pragma once

#include "quietlegs/analysis/NamedPeriods.h"
#include "quietlegs/core/Result.h"

#include <QGroupBox>
#include <vector>

class QDateEdit;
class QGridLayout;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace quietlegs {

/// The report's "Compare periods" box (issue 23): up to kMaxNamedPeriods periods the person
/// names (e.g. "before supplements", "magnesium", "magnesium + iron"), each a row of name, first
/// and last night and a remove button; "Suggest from what was taken" fills them from the
/// period's regimens. The report prints them side by side in a small table.
class NamedPeriodsEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit NamedPeriodsEditor(QWidget* parent = nullptr);

    /// The periods as the rows show them; errors name the row ("Period 2").
    Result<std::vector<NamedPeriod>> periods() const;
    void setPeriods(const std::vector<NamedPeriod>& periods);
    int rowCount() const { return int(m_rows.size()); }
    QPushButton* suggestButton() const { return m_suggest; }

signals:
    void changed();
    /// The person asked for periods from what was taken; the view answers with setPeriods().
    void suggestRequested();

private:
    struct Row
    {
        QLineEdit* name = nullptr;
        QDateEdit* from = nullptr;
        QDateEdit* to = nullptr;
        QToolButton* remove = nullptr;
    };
    void addRow(const NamedPeriod& period);
    void removeRow(QToolButton* button);
    void relayout();

    QGridLayout* m_grid = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_suggest = nullptr;
    std::vector<Row> m_rows;
};

} // namespace quietlegs
