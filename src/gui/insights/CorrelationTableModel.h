#pragma once

#include "quietlegs/analysis/CorrelationTable.h"
#include "quietlegs/analysis/Variables.h"

#include <QAbstractTableModel>

namespace quietlegs {

/// The exploratory table (exposure x outcome x lag) for a view: each row's effect per display
/// dose with its interval and n first, then r and q (statistics-v2.md section 7), formatted as
/// the analysis layer's sentences format them; a note such as "not enough nights yet" instead
/// of numbers. Qt::DisplayRole is the text, kSortRole the number behind it (none where the text
/// says there is none).
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
        EffectColumn,
        EffectIntervalColumn,
        RColumn,
        QColumn,
        ColumnCount
    };
    static constexpr int kSortRole = Qt::UserRole;

    explicit CorrelationTableModel(QObject* parent = nullptr);

    void setTable(CorrelationTable table, VariableCatalogue variables);
    const CorrelationTable& table() const { return m_table; }
    const VariableCatalogue& variables() const { return m_variables; }
    const CorrelationRow& correlationRow(int row) const { return m_table.rows().at(size_t(row)); }
    /// The effect of a row; a row without one (a table of correlations only) has none.
    const EffectRow* effectRow(int row) const;
    /// The row of (exposure, outcome, lag); -1 when absent.
    int rowOf(Exposure exposure, Outcome outcome, int lagDays) const;
    int rowOf(const RelationKey& relation) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(int rowIndex, int column) const;
    QVariant sortValue(int rowIndex, int column) const;
    /// The effect per display dose, none when null.
    std::optional<double> effectPerDose(int rowIndex) const;

    CorrelationTable m_table;
    VariableCatalogue m_variables;
};

} // namespace quietlegs
