#include "CorrelationTableModel.h"

#include "DisplayNames.h"
#include "QtText.h"

#include "quietlegs/analysis/EffectWording.h"
#include "quietlegs/analysis/PlainLanguage.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>

namespace quietlegs {
namespace {

constexpr int kCorrelationDecimals = 2;

} // namespace

CorrelationTableModel::CorrelationTableModel(QObject* parent)
    : QAbstractTableModel(parent), m_variables(VariableCatalogue::standard())
{}

void CorrelationTableModel::setTable(CorrelationTable table, VariableCatalogue variables)
{
    beginResetModel();
    m_table = std::move(table);
    m_variables = std::move(variables);
    endResetModel();
}

const EffectRow* CorrelationTableModel::effectRow(int row) const
{
    const auto& effects = m_table.effects();
    return size_t(row) < effects.size() ? &effects[size_t(row)] : nullptr;
}

int CorrelationTableModel::rowOf(Exposure exposure, Outcome outcome, int lagDays) const
{
    return rowOf(
        RelationKey{std::string(exposureId(exposure)), std::string(outcomeId(outcome)), lagDays});
}

int CorrelationTableModel::rowOf(const RelationKey& relation) const
{
    const auto& rows = m_table.rows();
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i].key() == relation)
            return int(i);
    return -1;
}

int CorrelationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows().size());
}

int CorrelationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorrelationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LagColumn:
            return tr("Days before: how many days before the night the intake or factor was "
                      "recorded (0: the same day)");
        case NightsColumn:
            return tr("Nights with both values (n)");
        case EffectColumn:
            return tr("How much the night's outcome changed per dose (per 100 mg of magnesium, "
                      "per 30 min of exercise, ...), allowing for a trend over time and for "
                      "nights that run in stretches");
        case EffectIntervalColumn:
            return tr("95% interval of the effect per dose");
        case RColumn:
            return tr("Pearson correlation r: -1 to 1, 0 means no straight-line link");
        case QColumn:
            return tr("Benjamini-Hochberg q: the effect's p adjusted for testing every row");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ExposureColumn:
        return tr("Intake or factor");
    case OutcomeColumn:
        return tr("Night");
    case LagColumn:
        return tr("Days before");
    case NightsColumn:
        return tr("n");
    case EffectColumn:
        return tr("Effect per dose");
    case EffectIntervalColumn:
        return tr("95% interval");
    case RColumn:
        return tr("r");
    case QColumn:
        return tr("q");
    default:
        return {};
    }
}

QVariant CorrelationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CorrelationRow& row = correlationRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case kSortRole:
        return sortValue(index.row(), index.column());
    case Qt::ToolTipRole: {
        const EffectRow* effect = effectRow(index.row());
        return effect ? qs(effectSentence(*effect, m_variables)) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return index.column() >= LagColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (row.tooFewNights() || !effectPerDose(index.row()))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

std::optional<double> CorrelationTableModel::effectPerDose(int rowIndex) const
{
    const EffectRow* effect = effectRow(rowIndex);
    if (!effect || !effect->slope)
        return std::nullopt;
    const auto exposure = m_variables.exposure(effect->exposure);
    return *effect->slope * (exposure ? exposure->displayDose : 1);
}

QVariant CorrelationTableModel::display(int rowIndex, int column) const
{
    const CorrelationRow& row = correlationRow(rowIndex);
    const EffectRow* effect = effectRow(rowIndex);
    const bool tooFew = row.tooFewNights();
    switch (column) {
    case ExposureColumn:
        return displayName(exposureDisplayName(row.exposure));
    case OutcomeColumn:
        return displayName(outcomeDisplayName(row.outcome));
    case LagColumn:
        return row.lagDays;
    case NightsColumn:
        return row.stats.n;
    case EffectColumn: {
        if (tooFew)
            return tr("not enough nights yet");
        if (!effect)
            return QString();
        if (!effect->slope)
            return displayName(noteText(effect->note.value_or(FigureNote::NoVariation)));
        const auto exposure = m_variables.exposure(row.exposure);
        //: %1 the change ("0.4 lower"), %2 the dose it is per ("100 mg")
        return tr("%1 per %2")
            .arg(localDecimals(effectCellText(*effect, m_variables)),
                 exposure ? localDecimals(displayDoseText(*exposure)) : QString());
    }
    case EffectIntervalColumn:
        if (tooFew || !effect || !effect->slope)
            return QString();
        return localDecimals(effectIntervalCellText(*effect, m_variables));
    case RColumn:
        if (tooFew || !row.stats.pearsonR)
            return QString();
        return localDecimals(formatNumber(*row.stats.pearsonR, kCorrelationDecimals));
    case QColumn: {
        // Exploratory rows show the effect's q; a table of correlations only, r's.
        const auto q = effect ? effect->qValue : row.qValue;
        if (tooFew || !q)
            return QString();
        return localDecimals(formatPValue(*q));
    }
    default:
        return {};
    }
}

QVariant CorrelationTableModel::sortValue(int rowIndex, int column) const
{
    // Rows without a number sort as if they had none: an invalid QVariant.
    const CorrelationRow& row = correlationRow(rowIndex);
    const EffectRow* effect = effectRow(rowIndex);
    const bool tooFew = row.tooFewNights();
    switch (column) {
    case ExposureColumn:
        return displayName(exposureDisplayName(row.exposure));
    case OutcomeColumn:
        return displayName(outcomeDisplayName(row.outcome));
    case LagColumn:
        return row.lagDays;
    case NightsColumn:
        return row.stats.n;
    case EffectColumn: {
        const auto value = effectPerDose(rowIndex);
        return tooFew || !value ? QVariant() : QVariant(*value);
    }
    case EffectIntervalColumn:
        return tooFew || !effect || !effect->slopeCi95 ? QVariant()
                                                       : QVariant(effect->slopeCi95->low);
    case RColumn:
        return tooFew || !row.stats.pearsonR ? QVariant() : QVariant(*row.stats.pearsonR);
    case QColumn: {
        const auto q = effect ? effect->qValue : row.qValue;
        return tooFew || !q ? QVariant() : QVariant(*q);
    }
    default:
        return {};
    }
}

} // namespace quietlegs
