#include "HistoryView.h"

#include "JournalSession.h"
#include "history/HistoryFilter.h"
#include "history/HistoryModel.h"
#include "history/WeeksTable.h"
#include "history/RegimenTable.h"
#include "history/YearHeatMapView.h"

#include <QAction>
#include <QDateEdit>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace quietlegs {

HistoryView::HistoryView(JournalSession* session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    m_model = new HistoryModel(session, this);
    m_filter = new HistoryFilter(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(HistoryModel::SortRole);

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto makeDate = [this](const QString& accessible) {
        auto* edit = new QDateEdit(this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_from = makeDate(tr("From date"));
    m_to = makeDate(tr("To date"));
    auto* fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* all = new QPushButton(tr("&All nights"), this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search notes…"));
    m_search->setAccessibleName(tr("Search in notes"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Notes:"), this);
    searchLabel->setBuddy(m_search);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCount"));
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(all);
    bar->addSpacing(16);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    // Where the entries came from (issue 22): typed, or which import.
    m_sourceFilter = new QComboBox(this);
    m_sourceFilter->setObjectName(QStringLiteral("historySource"));
    m_sourceFilter->setAccessibleName(tr("Source of the entries"));
    m_sourceFilter->addItem(tr("All sources"), QString());
    const std::pair<QString, QString> sources[] = {
        {tr("Typed"), QStringLiteral("manual")},
        {tr("Cronometer"), QStringLiteral("cronometer")},
        {tr("Fitbit"), QStringLiteral("fitbit")},
        {tr("Apple Health"), QStringLiteral("apple_health")},
        {tr("Spreadsheet"), QStringLiteral("csv")},
        {tr("Demo"), QStringLiteral("demo")}};
    for (const auto& [name, id] : sources)
        m_sourceFilter->addItem(name, id);
    auto* sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_sourceFilter);
    bar->addWidget(sourceLabel);
    bar->addWidget(m_sourceFilter);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Logged nights"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths from the font: ResizeToContents would measure all 3650 rows.
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {16, 9, 7, 13, 11, 8, 8, 12};
    for (int column = 0; column < HistoryModel::NotesColumn; ++column)
        m_table->setColumnWidth(column, widths[column] * digit + 16);
    // The year at a glance (issue 24) beside the table: the same nights, one cell each.
    m_year = new YearHeatMapView(session, this);
    connect(m_year, &YearHeatMapView::openRequested, this, &HistoryView::openRequested);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_table, tr("Night&s"));
    m_tabs->addTab(m_year, tr("&Year at a glance"));
    layout->addWidget(m_tabs, 3);
    // The weekly check-ins (issue 21) under the nights: total and band of each week.
    auto* weeksLabel = new QLabel(tr("&Weekly check-ins:"), this);
    m_weeks = new WeeksTable(session, this);
    m_weeks->setMaximumHeight(m_weeks->fontMetrics().lineSpacing() * 9);
    weeksLabel->setBuddy(m_weeks);
    layout->addWidget(weeksLabel);
    layout->addWidget(m_weeks);
    // Medicines and supplements as regimens (domain.md's one definition), under the nights.
    m_regimens = new RegimenTable(session, this);
    layout->addWidget(m_regimens, 1);

    auto* hint = new QLabel(tr("Enter or double-click opens a night in Today · Delete removes it "
                               "(Edit > Undo brings it back)"),
                            this);
    hint->setEnabled(false);
    layout->addWidget(hint);

    auto* open = new QAction(tr("Open in Today"), m_table);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, &HistoryView::openCurrent);
    m_table->addAction(open);
    auto* remove = new QAction(tr("Delete night…"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &HistoryView::deleteCurrent);
    m_table->addAction(remove);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, &HistoryView::openCurrent);

    connect(all, &QPushButton::clicked, this, &HistoryView::resetRange);
    auto rangeChanged = [this] { m_filter->setDateRange(m_from->date(), m_to->date()); };
    connect(m_from, &QDateEdit::dateChanged, this, rangeChanged);
    connect(m_to, &QDateEdit::dateChanged, this, rangeChanged);
    connect(m_search, &QLineEdit::textChanged, m_filter, &HistoryFilter::setNotesText);
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSource(m_sourceFilter->currentData().toString()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &HistoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HistoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &HistoryView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::resetRange);
    // A night logged after the range's end (e.g. tonight) should show up.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (auto last = m_model->lastDate(); last && *last > m_to->date())
            m_to->setDate(*last);
        if (auto first = m_model->firstDate(); first && *first < m_from->date())
            m_from->setDate(*first);
    });
    setFocusProxy(m_table);
    resetRange();
}

HistoryModel* HistoryView::model() const
{
    m_model->ensureLoaded();
    return m_model;
}

HistoryFilter* HistoryView::filter() const
{
    m_model->ensureLoaded();
    return m_filter;
}

void HistoryView::showEvent(QShowEvent* event)
{
    // Start-up does not read ten years of nights for a section nobody has looked at yet.
    m_model->ensureLoaded();
    QWidget::showEvent(event);
}

void HistoryView::setDateRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void HistoryView::resetRange()
{
    const QDate today = QDate::currentDate();
    setDateRange(m_model->firstDate().value_or(today),
                 std::max(m_model->lastDate().value_or(today), today));
    updateCount();
}

void HistoryView::updateCount()
{
    m_count->setText(tr("%1 of %2 nights").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

QDate HistoryView::currentDate() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    return current.data(HistoryModel::DateRole).toDate();
}

void HistoryView::openCurrent()
{
    const QDate date = currentDate();
    if (date.isValid())
        emit openRequested(date);
}

void HistoryView::deleteCurrent()
{
    const QDate date = currentDate();
    if (!date.isValid())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete night?"),
        tr("Delete the night of %1? Its intakes and day factors stay. Edit > Undo brings it back.")
            .arg(QLocale().toString(date, QLocale::LongFormat)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_session->deleteNight(date);
}

} // namespace quietlegs
