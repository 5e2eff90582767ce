#pragma once

#include "quietlegs/storage/Journal.h"

#include <QAbstractTableModel>

namespace quietlegs {

class JournalSession;

/// Lab results, newest first, with the value in the unit entered and in the display unit,
/// and the AASM 2024 flag for ferritin and transferrin saturation.
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
};

} // namespace quietlegs
