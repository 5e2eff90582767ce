// History: filtering, opening a night in Today, deleting with undo, row updates.

#include "GuiTestMain.h"
#include "AppWindowFixture.h"
#include "Conversions.h"
#include "history/HistoryFilter.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "quietlegs/core/DemoJournal.h"
#include "today/TodayView.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace quietlegs;
using namespace quietlegs::guitest;

class HistoryTests : public AppWindowFixture
{
    Q_OBJECT

private slots:
    void historyFiltersAndOpensInToday();
    void historyDeleteAsksAndUndoes();
    void historyUpdatesOneRowPerEdit();
};

void HistoryTests::historyFiltersAndOpensInToday()
{
    QVERIFY(m_session->open(m_session->path()).ok());
    const auto records = demoJournal(toDate(kNight), 90);
    int sisterNights = 0;
    for (const Night& night : records.nights)
        if (QString::fromStdString(night.notes())
                .contains(QStringLiteral("sister"), Qt::CaseInsensitive))
            ++sisterNights;
    QVERIFY(sisterNights > 0);
    // Through storage, then reopened: the window loads a journal that has history.
    {
        auto journal = Journal::open(m_session->path().toStdString());
        QVERIFY(journal.ok());
        QVERIFY(journal->merge(records).ok());
    }
    QVERIFY(m_session->open(m_session->path()).ok());
    openWindow();
    HistoryView* history = m_window->historyView();
    m_window->showSection(m_window->sectionIndex(history));
    QCOMPARE(history->model()->rowCount(), int(records.nights.size()));

    history->searchField()->setFocus();
    type(QStringLiteral("SISTER"));
    QCOMPARE(history->filter()->rowCount(), sisterNights);

    history->searchField()->clear();
    history->setDateRange(kNight.addDays(-6), kNight);
    int inRange = 0;
    for (const Night& night : records.nights)
        if (toQDate(night.date()) >= kNight.addDays(-6))
            ++inRange;
    QCOMPARE(history->filter()->rowCount(), inRange);

    QTableView* table = history->table();
    table->setFocus();
    table->setCurrentIndex(history->filter()->index(0, 0)); // newest first
    const QDate wanted = table->currentIndex().data(HistoryModel::DateRole).toDate();
    press(Qt::Key_Return);
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(m_window->todayView()));
    QCOMPARE(m_window->todayView()->date(), wanted);
}

void HistoryTests::historyDeleteAsksAndUndoes()
{
    for (int day = 0; day < 3; ++day) {
        NightEntry entry;
        entry.date = toDate(kNight.addDays(day));
        entry.severity = day;
        QVERIFY(m_session->saveNight(Night::create(entry).value()));
    }
    openWindow();
    HistoryView* history = m_window->historyView();
    m_window->showSection(m_window->sectionIndex(history));
    QTableView* table = history->table();
    table->setFocus();
    table->setCurrentIndex(history->filter()->index(0, 0));
    const QDate newest = kNight.addDays(2);

    answerNextMessageBox(QMessageBox::Cancel);
    press(Qt::Key_Delete);
    QVERIFY(m_session->night(newest).has_value());

    answerNextMessageBox(QMessageBox::Yes);
    press(Qt::Key_Delete);
    QVERIFY(!m_session->night(newest).has_value());
    QCOMPARE(history->model()->rowCount(), 2);

    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_session->night(newest).has_value());
    QCOMPARE(history->model()->rowCount(), 3);
}

void HistoryTests::historyUpdatesOneRowPerEdit()
{
    openWindow();
    HistoryModel* model = m_window->historyView()->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    NightEntry entry;
    entry.date = toDate(kNight);
    entry.severity = 4;
    QVERIFY(m_session->saveNight(Night::create(entry).value()));
    QVERIFY(m_session->addIntakes(
        {Intake::create(IntakeEntry{atTime(toDate(kNight), std::chrono::hours{21}),
                                    Nutrient::Magnesium, "citrate", Route::Oral, 1000, std::nullopt,
                                    ""})
             .value()},
        QStringLiteral("Add")));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model->index(0, HistoryModel::MagnesiumColumn).data().toString(),
             QStringLiteral("160"));
}

QUIETLEGS_GUI_TEST(HistoryTests)
#include "HistoryTests.moc"
