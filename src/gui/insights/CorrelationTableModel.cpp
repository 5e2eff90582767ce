#include "CorrelationTableModel.h"

#include "DisplayNames.h"
#include "QtText.h"

#include "quietlegs/analysis/PlainLanguage.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>

namespace quietlegs {
namespace {

constexpr int kCorrelationDecimals = 2;

} // namespace

CorrelationTableModel::CorrelationTableModel(QObject* parent) : QAbstractTableModel(parent)
{}

void CorrelationTableModel::setTable(CorrelationTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
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
            return tr("Lag: how many days before the night the intake or factor was recorded");
        case NightsColumn:
            return tr("Nights with both values (n)");
        case RColumn:
            return tr("Pearson correlation r: -1 to 1, 0 means no straight-line link");
        case IntervalColumn:
            return tr("95% confidence interval of r");
        case QColumn:
            return tr("Benjamini-Hochberg q: the p-value adjusted for testing every row");
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
        return tr("Lag");
    case NightsColumn:
        return tr("n");
    case RColumn:
        return tr("r");
    case IntervalColumn:
        return tr("95% interval");
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
        return display(row, index.column());
    case kSortRole:
        return sortValue(row, index.column());
    case Qt::ToolTipRole:
        return qs(correlationSentence(row));
    case Qt::TextAlignmentRole:
        return index.column() >= LagColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (row.tooFewNights() || !row.stats.pearsonR)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant CorrelationTableModel::display(const CorrelationRow& row, int column) const
{
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
    case RColumn:
        if (tooFew)
            return tr("not enough nights yet");
        if (!row.stats.pearsonR)
            return tr("not enough data");
        return localDecimals(formatNumber(*row.stats.pearsonR, kCorrelationDecimals));
    case IntervalColumn:
        if (tooFew || !row.stats.pearsonCi95)
            return QString();
        return tr("%1 to %2")
            .arg(localDecimals(formatNumber(row.stats.pearsonCi95->low, kCorrelationDecimals)),
                 localDecimals(formatNumber(row.stats.pearsonCi95->high, kCorrelationDecimals)));
    case QColumn:
        if (tooFew || !row.qValue)
            return QString();
        return localDecimals(formatPValue(*row.qValue));
    default:
        return {};
    }
}

QVariant CorrelationTableModel::sortValue(const CorrelationRow& row, int column) const
{
    // Rows without a number sort as if they had none: an invalid QVariant.
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
    case RColumn:
        return tooFew || !row.stats.pearsonR ? QVariant() : QVariant(*row.stats.pearsonR);
    case IntervalColumn:
        return tooFew || !row.stats.pearsonCi95 ? QVariant() : QVariant(row.stats.pearsonCi95->low);
    case QColumn:
        return tooFew || !row.qValue ? QVariant() : QVariant(*row.qValue);
    default:
        return {};
    }
}

} // namespace quietlegs
