#include "WeeksTable.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "JournalSession.h"

#include <QHeaderView>
#include <QLocale>

namespace quietlegs {

WeeksTable::WeeksTable(JournalSession* session, QWidget* parent)
    : QTableWidget(0, ColumnCount, parent), m_session(session)
{
    setHorizontalHeaderLabels({tr("Week ending"), tr("IRLS-style total"), tr("Band")});
    setAccessibleName(tr("Weekly check-ins"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    setColumnWidth(WeekEndingColumn, 16 * digit + 16);
    setColumnWidth(TotalColumn, 14 * digit + 16);
    connect(session, &JournalSession::weeksChanged, this, &WeeksTable::reload);
    connect(session, &JournalSession::journalOpened, this, &WeeksTable::reload);
    reload();
}

void WeeksTable::reload()
{
    const auto weeks = m_session->weeks();
    setRowCount(int(weeks.size()));
    // Newest first, as the nights table opens.
    int row = 0;
    for (auto it = weeks.rbegin(); it != weeks.rend(); ++it, ++row) {
        auto* date = new QTableWidgetItem(
            QLocale().toString(toQDate(it->weekEnding()), QLocale::ShortFormat));
        date->setData(Qt::UserRole, toQDate(it->weekEnding()));
        setItem(row, WeekEndingColumn, date);
        auto* total = new QTableWidgetItem(tr("%1 of 40").arg(it->total()));
        total->setData(Qt::UserRole, it->total());
        setItem(row, TotalColumn, total);
        setItem(row, BandColumn, new QTableWidgetItem(displayName(irlsBandName(it->band()))));
    }
}

} // namespace quietlegs
