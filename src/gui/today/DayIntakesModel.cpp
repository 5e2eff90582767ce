#include "DayIntakesModel.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "quietlegs/core/FoodCoverage.h"

#include <QLocale>

namespace quietlegs {

void DayIntakesModel::setIntakes(std::vector<StoredIntake> intakes)
{
    beginResetModel();
    m_intakes = std::move(intakes);
    // Food counted once: hand-logged food that the day's imported food covers is marked.
    std::vector<Intake> day;
    for (const StoredIntake& stored : m_intakes)
        day.push_back(stored.intake);
    m_covered.assign(m_intakes.size(), false);
    for (std::size_t i = 0; i < day.size(); ++i)
        m_covered[i] = isFoodCoveredByImport(day[i], day);
    endResetModel();
}

int DayIntakesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_intakes.size());
}

int DayIntakesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DayIntakesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Intake& intake = m_intakes[std::size_t(index.row())].intake;
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case TimeColumn:
        return toQTime(timeOfDay(intake.takenAt())).toString(QStringLiteral("HH:mm"));
    case NutrientColumn:
        return displayName(nutrientDisplayName(intake.nutrient()));
    case FormColumn: {
        QString form = toQString(intake.form());
        if (auto found = findForm(intake.nutrient(), intake.form()))
            form = displayName(found->displayName);
        if (intake.route() == Route::Topical)
            form = tr("%1 (topical)").arg(form);
        return form;
    }
    case AmountColumn: {
        const QString elemental = tr("%1 mg").arg(locale.toString(intake.elementalMg(), 'f', 1));
        if (intake.compoundMg())
            return tr("%1 (of %2 mg)")
                .arg(elemental, locale.toString(*intake.compoundMg(), 'f', 0));
        return elemental;
    }
    case LabelColumn:
        if (isCovered(index.row()))
            return intake.label().empty()
                       ? tr("covered by import")
                       : tr("%1 (covered by import)").arg(toQString(intake.label()));
        return toQString(intake.label());
    }
    return {};
}

bool DayIntakesModel::isCovered(int row) const
{
    return row >= 0 && std::size_t(row) < m_covered.size() && m_covered[std::size_t(row)];
}

QVariant DayIntakesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case NutrientColumn:
        return tr("Nutrient");
    case FormColumn:
        return tr("Form");
    case AmountColumn:
        return tr("Elemental");
    case LabelColumn:
        return tr("Label");
    }
    return {};
}

} // namespace quietlegs
