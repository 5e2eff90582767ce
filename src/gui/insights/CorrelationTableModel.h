#pragma once

#include "quietlegs/analysis/CorrelationTable.h"

#include <QAbstractTableModel>

namespace quietlegs {

/// The correlation table (exposure x outcome x lag) for a view: the figures of the analysis
/// layer's CorrelationTable, formatted as its sentences format them. Qt::DisplayRole is the
/// text, kSortRole the number behind it (none where the text says there is none).
class CorrelationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ExposureColumn,
        OutcomeColumn,
        LagColumn,
        NightsColumn,
        RColumn,
        IntervalColumn,
        QColumn,
        ColumnCount
    };
    static constexpr int kSortRole = Qt::UserRole;

    explicit CorrelationTableModel(QObject* parent = nullptr);

    void setTable(CorrelationTable table);
    const CorrelationTable& table() const { return m_table; }
    const CorrelationRow& correlationRow(int row) const { return m_table.rows().at(size_t(row)); }
    /// The row of (exposure, outcome, lag); -1 when absent.
    int rowOf(Exposure exposure, Outcome outcome, int lagDays) const;
    int rowOf(const RelationKey& relation) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CorrelationRow& row, int column) const;
    QVariant sortValue(const CorrelationRow& row, int column) const;

    CorrelationTable m_table;
};

} // namespace quietlegs
