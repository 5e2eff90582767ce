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
    m_blocks = m_plan ? experimentAssignments(*m_plan) : std::vector<ExperimentBlock>{};
    if (m_plan) {
        m_firstMonday = toQDate(mondayOfWeek(m_plan->start));
        const QDate lastMonday = toQDate(mondayOfWeek(experimentEnd(*m_plan)));
        m_weeks = int(m_firstMonday.daysTo(lastMonday) / 7) + 1;
    } else {
        m_firstMonday = {};
        m_weeks = 0;
    }
    endResetModel();
}

void ExperimentCalendarModel::setRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

std::optional<ExperimentBlock> ExperimentCalendarModel::blockOf(QDate date) const
{
    if (!m_plan || m_blocks.empty())
        return std::nullopt;
    const int offset = daysBetween(m_plan->start, toDate(date));
    if (offset < 0 || offset >= m_plan->blocks * m_plan->blockDays)
        return std::nullopt;
    return m_blocks[std::size_t(offset / m_plan->blockDays)];
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
    const auto block = blockOf(date);
    // A blinded person sees the pack only, until the end.
    const bool hidden = m_plan->blinded && !m_revealed;
    const bool washout =
        block && daysBetween(block->from, toDate(date)) < m_plan->washoutDays;
    // A blinded plan's adherence counts the days whose pack was logged (statistics.md 9).
    const bool packTaken = block && m_plan->blinded && packTakenOn(*m_plan, toDate(date));
    switch (role) {
    case kDateRole:
        return date;
    case kPackTakenRole:
        return block && m_plan->blinded ? QVariant(packTaken) : QVariant();
    case kOnRole:
        return block && !hidden ? QVariant(block->on) : QVariant();
    case Qt::DisplayRole: {
        // Three short lines, so that a cell of a seventh of the window never cuts one: the day
        // (✓ once its night is logged), the block's condition (while blinded only its pack,
        // ✓ once that day's pack is logged), and the washout or, once the conditions are
        // shown, "pack taken". The tooltip says all of it in words.
        const QString day = QLocale().toString(date, QStringLiteral("d MMM"));
        if (!block)
            return day;
        const bool logged = m_series && m_series->nightDates().contains(toDate(date));
        QStringList lines{logged ? tr("%1 ✓").arg(day) : day};
        if (hidden)
            lines << (packTaken ? tr("pack %1 ✓").arg(block->block) : tr("pack %1").arg(block->block));
        else
            lines << (block->on ? tr("on · block %1").arg(block->block)
                                : tr("off · block %1").arg(block->block));
        if (washout)
            lines << tr("washout");
        else if (packTaken && !hidden)
            lines << tr("pack taken");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole: {
        if (!block)
            return tr("Not part of the experiment");
        const QString what =
            hidden    ? tr("Block %1: take pack %1").arg(block->block)
            : washout ? tr("Block %1: washout day, not analysed").arg(block->block)
            : block->on ? tr("Block %1: an \"on\" day").arg(block->block)
                        : tr("Block %1: an \"off\" day").arg(block->block);
        if (!m_plan->blinded)
            return what;
        return packTaken ? tr("%1. Pack %2 logged as taken.").arg(what).arg(block->block)
                         : tr("%1. No pack logged as taken on this day.").arg(what);
    }
    case Qt::BackgroundRole:
        // Colour and a dot pattern on "on" days; the words say it without colour.
        if (block && !hidden && block->on)
            return QBrush(ChartStyle::magnesiumColor(), Qt::Dense5Pattern);
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(block && !hidden && block->on);
        if (!block || washout)
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
