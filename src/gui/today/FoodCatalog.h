#pragma once

#include "quietlegs/core/Food.h"

#include <QAbstractListModel>
#include <vector>

namespace quietlegs {

class JournalSession;

/// The foods the picker offers: the user's own foods first, then the IFCT 2017 table shipped
/// in the app's resources (resources/foods/ifct2017.csv, made by scripts/update-food-table).
/// Reloads the user's foods when the session says they changed. The table is read when first
/// asked for (the food picker), not at start-up (docs/performance.md).
class FoodCatalog : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        NameRole = Qt::UserRole + 1
    };

    explicit FoodCatalog(JournalSession* session, QObject* parent = nullptr);

    const std::vector<Food>& foods() const;
    /// Problems reading the shipped table (empty when it loaded).
    QString loadError() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    /// Reads the shipped table and the user's foods, once; const, as the model's readers ask.
    void load() const;
    void reload();

    JournalSession* m_session = nullptr;
    mutable bool m_loaded = false;
    mutable std::vector<Food> m_table;
    mutable std::vector<Food> m_foods;
    mutable QString m_loadError;
};

} // namespace quietlegs
