#pragma once

#include "quietlegs/storage/Journal.h"

#include <QAbstractTableModel>

namespace quietlegs {

/// The intakes of one journal date as a table: time, nutrient, form, amount, label.
class DayIntakesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        NutrientColumn,
        FormColumn,
        AmountColumn,
        LabelColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setIntakes(std::vector<StoredIntake> intakes);
    const std::vector<StoredIntake>& intakes() const { return m_intakes; }
    /// Hand-logged food that the day's imported food covers: left out of the totals, shown
    /// as "covered by import" (food counted once).
    bool isCovered(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<StoredIntake> m_intakes;
    std::vector<bool> m_covered;
};

} // namespace quietlegs
