#include "ExperimentCalendarModel.h"

#include "charts/ChartDates.h"
#include "charts/ChartStyle.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace quietlegs {

ExperimentCalendarModel::ExperimentCalendarModel(QObject* parent) : QAbstractTableModel(parent)
{}

void ExperimentCalendarModel::setPlan(std::optional<ExperimentPlan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    if (m_plan) {
        m_firstMonday = toQDate(mondayOfWeek(m_plan->start()));
        const QDate lastMonday = toQDate(mondayOfWeek(m_plan->end()));
        m_weeks = int(m_firstMonday.daysTo(lastMonday) / 7) + 1;
    } else {
        m_firstMonday = {};
        m_weeks = 0;
    }
    endResetModel();
}

void ExperimentCalendarModel::setSeries(std::shared_ptr<const JournalSeries> series)
{
    m_series = std::move(series);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QDate ExperimentCalendarModel::dateAt(const QModelIndex& index) const
{
    if (!index.isValid() || !m_firstMonday.isValid())
        return {};
    return m_firstMonday.addDays(index.row() * 7 + index.column());
}

QModelIndex ExperimentCalendarModel::indexOf(QDate date) const
{
    if (!m_firstMonday.isValid())
        return {};
    const qint64 offset = m_firstMonday.daysTo(date);
    if (offset < 0 || offset >= qint64(m_weeks) * 7)
        return {};
    return index(int(offset / 7), int(offset % 7));
}

int ExperimentCalendarModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_weeks;
}

int ExperimentCalendarModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant ExperimentCalendarModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return QLocale().dayName(section + 1, QLocale::ShortFormat);
    return tr("Week %1").arg(section + 1);
}

QVariant ExperimentCalendarModel::data(const QModelIndex& index, int role) const
{
    const QDate date = dateAt(index);
    if (!date.isValid() || !m_plan)
        return {};
    const auto block = m_plan->blockOf(toDate(date));
    switch (role) {
    case kDateRole:
        return date;
    case kMagnesiumOnRole:
        return block ? QVariant(block->magnesiumOn) : QVariant();
    case Qt::DisplayRole: {
        const QString day = QLocale().toString(date, QStringLiteral("d MMM"));
        if (!block)
            return day;
        const bool logged = m_series && m_series->nightDates().contains(toDate(date));
        const QString state = block->magnesiumOn ? tr("ON") : tr("OFF");
        return logged ? tr("%1 ✓\n%2 · block %3").arg(day, state).arg(block->index + 1)
                      : tr("%1\n%2 · block %3").arg(day, state).arg(block->index + 1);
    }
    case Qt::ToolTipRole:
        if (!block)
            return tr("Not part of the experiment");
        return block->magnesiumOn
                   ? tr("Block %1: take your magnesium as usual").arg(block->index + 1)
                   : tr("Block %1: no magnesium").arg(block->index + 1);
    case Qt::BackgroundRole:
        // Colour and a dot pattern on ON days; the words ON and OFF say it without colour.
        if (block && block->magnesiumOn)
            return QBrush(ChartStyle::magnesiumColor(), Qt::Dense5Pattern);
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(block && block->magnesiumOn);
        if (!block)
            font.setItalic(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    default:
        return {};
    }
}

} // namespace quietlegs
