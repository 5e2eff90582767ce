#pragma once

#include "quietlegs/core/Food.h"

#include <QAbstractListModel>
#include <vector>

namespace quietlegs {

class JournalSession;

/// The foods the picker offers: the user's own foods first, then the IFCT 2017 table shipped
/// in the app's resources (resources/foods/ifct2017.csv, made by scripts/update-food-table).
/// Reloads the user's foods when the session says they changed.
class FoodCatalog : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        NameRole = Qt::UserRole + 1
    };

    explicit FoodCatalog(JournalSession* session, QObject* parent = nullptr);

    const std::vector<Food>& foods() const { return m_foods; }
    /// Problems reading the shipped table (empty when it loaded).
    QString loadError() const { return m_loadError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void reload();

    JournalSession* m_session = nullptr;
    std::vector<Food> m_table;
    std::vector<Food> m_foods;
    QString m_loadError;
};

} // namespace quietlegs
