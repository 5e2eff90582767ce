#include "HistoryFilter.h"

#include "history/HistoryModel.h"

namespace quietlegs {

void HistoryFilter::setDateRange(QDate from, QDate to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

void HistoryFilter::setNotesText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void HistoryFilter::setSource(const QString& source)
{
    if (source == m_source)
        return;
    m_source = source;
    invalidateRowsFilter();
}

bool HistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QDate date = index.data(HistoryModel::DateRole).toDate();
    if ((m_from.isValid() && date < m_from) || (m_to.isValid() && date > m_to))
        return false;
    if (!m_source.isEmpty() &&
        !index.data(HistoryModel::SourcesRole).toStringList().contains(m_source))
        return false;
    return m_text.isEmpty() ||
           index.data(HistoryModel::NotesRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace quietlegs
