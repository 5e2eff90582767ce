#pragma once

#include "quietlegs/storage/Journal.h"

#include <QAbstractTableModel>

namespace quietlegs {

class JournalSession;

/// Lab results grouped by test (allLabTests() order), newest first within a test, with the
/// value in the unit entered and in the display unit, the laboratory, and notes: the AASM 2024
/// flag for ferritin and transferrin saturation, the inflammation note beside a ferritin with a
/// CRP above 5 mg/L within 7 days (WHO 2020), and how the blood was drawn.
class LabsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TestColumn,
        EnteredColumn,
        ValueColumn,
        LaboratoryColumn,
        FlagColumn,
        ColumnCount
    };

    explicit LabsModel(JournalSession* session, QObject* parent = nullptr);

    const std::vector<StoredLabResult>& results() const { return m_results; }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    JournalSession* m_session = nullptr;
    std::vector<StoredLabResult> m_results;
    std::vector<QString> m_notes; // per row: the Notes column's text
};

} // namespace quietlegs
