#include "RegimenTable.h"

#include "Conversions.h"
#include "JournalSession.h"
#include "MedicineNames.h"
#include "quietlegs/analysis/JournalRegimens.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace quietlegs {

RegimenTable::RegimenTable(JournalSession* session, QWidget* parent)
    : QGroupBox(tr("Regimens"), parent), m_session(session)
{
    setObjectName(QStringLiteral("regimens"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 6, this);
    m_table->setAccessibleName(tr("Medicine and supplement regimens"));
    m_table->setHorizontalHeaderLabels({tr("Medicine or supplement"), tr("Start"), tr("Stop"),
                                        tr("Daily dose"), tr("Days taken"), tr("Usual time")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setToolTip(tr("A regimen is a run of days with the same daily dose; up to 3 days "
                           "without it do not end it."));
    layout->addWidget(m_table);

    auto markStale = [this] {
        m_stale = true;
        if (isVisible())
            reload();
    };
    connect(session, &JournalSession::journalOpened, this, markStale);
    connect(session, &JournalSession::journalChanged, this, markStale);
}

void RegimenTable::showEvent(QShowEvent* event)
{
    QGroupBox::showEvent(event);
    if (m_stale)
        reload();
}

void RegimenTable::reload()
{
    m_stale = false;
    m_regimens.clear();
    if (m_session->isOpen()) {
        auto regimens = journalRegimens(m_session->journal());
        if (regimens)
            m_regimens = std::move(regimens).value();
    }
    // Newest first, as History lists its nights.
    std::reverse(m_regimens.begin(), m_regimens.end());
    const QLocale locale;
    m_table->setRowCount(int(m_regimens.size()));
    for (int row = 0; row < int(m_regimens.size()); ++row) {
        const Regimen& regimen = m_regimens[std::size_t(row)];
        const QString cells[] = {
            regimenProductName(regimen),
            locale.toString(toQDate(regimen.start), QLocale::ShortFormat),
            locale.toString(toQDate(regimen.stop), QLocale::ShortFormat),
            milligrams(regimen.dailyMg),
            locale.toString(regimen.daysTaken),
            locale.toString(toQTime(regimen.typicalTime), QLocale::ShortFormat)};
        for (int column = 0; column < 6; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

} // namespace quietlegs
