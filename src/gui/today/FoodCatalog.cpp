#include "FoodCatalog.h"

#include "Conversions.h"
#include "GuiResources.h"
#include "JournalSession.h"

#include <QFile>

namespace quietlegs {

FoodCatalog::FoodCatalog(JournalSession* session, QObject* parent)
    : QAbstractListModel(parent), m_session(session)
{
    connect(session, &JournalSession::foodsChanged, this, &FoodCatalog::reload);
    connect(session, &JournalSession::journalOpened, this, &FoodCatalog::reload);
}

void FoodCatalog::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    initGuiResources();
    QFile file(QStringLiteral(":/foods/ifct2017.csv"));
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray csv = file.readAll();
        auto foods = parseFoodTable(std::string_view(csv.constData(), std::size_t(csv.size())));
        if (foods)
            m_table = std::move(foods).value();
        else
            m_loadError = errorText(foods.error());
    } else {
        m_loadError = tr("The food table is missing from this build.");
    }
    // Nothing was shown before: no reset to announce.
    for (const auto& stored : m_session->customFoods())
        m_foods.push_back(stored.food);
    m_foods.insert(m_foods.end(), m_table.begin(), m_table.end());
}

const std::vector<Food>& FoodCatalog::foods() const
{
    load();
    return m_foods;
}

QString FoodCatalog::loadError() const
{
    load();
    return m_loadError;
}

void FoodCatalog::reload()
{
    if (!m_loaded)
        return; // read when first asked for
    std::vector<Food> foods;
    for (const auto& stored : m_session->customFoods())
        foods.push_back(stored.food);
    foods.insert(foods.end(), m_table.begin(), m_table.end());
    if (foods == m_foods)
        return; // a saved portion changed, not the foods: keep the views' selection
    beginResetModel();
    m_foods = std::move(foods);
    endResetModel();
}

int FoodCatalog::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(foods().size());
}

QVariant FoodCatalog::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Food& food = foods()[std::size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 — %2 · Mg %3 mg, Fe %4 mg per 100 g")
            .arg(toQString(food.name), toQString(food.group),
                 locale.toString(food.magnesiumMgPer100g, 'f', 0),
                 locale.toString(food.ironMgPer100g, 'f', 1));
    case Qt::ToolTipRole:
        return food.code.empty() ? tr("Your own food")
                                 : tr("IFCT 2017 food code %1").arg(toQString(food.code));
    case NameRole:
        return toQString(food.name);
    }
    return {};
}

} // namespace quietlegs
