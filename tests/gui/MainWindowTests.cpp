// The main window: sections, undo across them, and start-up order.

#include "GuiTestMain.h"
#include "AfterFirstPaint.h"
#include "AppWindowFixture.h"
#include "Conversions.h"
#include "JournalSession.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "insights/InsightsView.h"
#include "labs/LabsView.h"
#include "report/ReportView.h"
#include "today/NightForm.h"
#include "today/TodayView.h"
#include "trends/TrendsView.h"

#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QScrollArea>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace quietlegs;
using namespace quietlegs::guitest;

class MainWindowTests : public AppWindowFixture
{
    Q_OBJECT

private slots:
    void undoRedoOfAnEditSurvivesSectionSwitch();
    void sectionsAddedLaterKeepCtrlNumbers();
    void sectionsAreBuiltWhenFirstShown();
    void windowBuiltBeforeTheJournalOpensShowsIt();
    void journalOpensOnceTheWindowHasPainted();
    void readOnlyJournalShowsABannerAndRefusesChanges();
    void startsOnTodayReadyForTheKeyboard();
};

void MainWindowTests::undoRedoOfAnEditSurvivesSectionSwitch()
{
    NightEntry entry;
    entry.date = toDate(kNight);
    entry.severity = 3;
    QVERIFY(m_session->saveNight(Night::create(entry).value()));
    m_session->undoStack()->clear();
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    today->focusFirstField();
    type(QStringLiteral("7"));
    answerNextMessageBox(QMessageBox::Yes); // "replace the saved night?"
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_session->night(kNight)->severity(), std::optional(7));

    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_session->night(kNight)->severity(), std::optional(3));
    auto* severity = qobject_cast<QSpinBox*>(today->nightForm()->firstField());
    QCOMPARE(severity->value(), 3);

    press(Qt::Key_2, Qt::ControlModifier); // History
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(m_window->historyView()));
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_session->night(kNight)->severity(), std::optional(7));
    QCOMPARE(severity->value(), 7);
    auto* model = m_window->historyView()->model();
    QCOMPARE(model->index(model->rowOf(kNight), HistoryModel::SeverityColumn).data().toString(),
             QStringLiteral("7"));
}

void MainWindowTests::sectionsAddedLaterKeepCtrlNumbers()
{
    openWindow();
    // Not the default journal: the title names the file.
    QCOMPARE(m_window->windowTitle(), QStringLiteral("QuietLegs — journal.sqlite"));
    // Today, History, Trends, Insights, Labs, Report: Ctrl+1..Ctrl+6 in sidebar order.
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(m_window->trendsView()));
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(m_window->insightsView()));
    press(Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(m_window->labsView()));
    press(Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(m_window->reportView()));
    // A section added later at the end is reachable from the Go menu but has no number left.
    auto* later = new QLabel(QStringLiteral("later"));
    QCOMPARE(m_window->addSection(later, QStringLiteral("Later"), QIcon()), 6);
    press(Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(m_window->reportView()));
    // One inserted between others renumbers the rest in sidebar order.
    auto* extra = new QLabel(QStringLiteral("extra"));
    QCOMPARE(m_window->addSection(extra, QStringLiteral("Extra"), QIcon(), 2), 2);
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(extra));
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(m_window->trendsView()));
    press(Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(m_window->labsView()));
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), 0);
}

void MainWindowTests::sectionsAreBuiltWhenFirstShown()
{
    openWindow();
    // Start-up builds Today only.
    QVERIFY(m_window->findChildren<HistoryView*>().isEmpty());
    QVERIFY(m_window->findChildren<TrendsView*>().isEmpty());
    QVERIFY(m_window->findChildren<InsightsView*>().isEmpty());
    QVERIFY(m_window->findChildren<LabsView*>().isEmpty());
    QVERIFY(m_window->findChildren<ReportView*>().isEmpty());
    // The keyboard builds a section when it first shows it, and only then.
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->findChildren<TrendsView*>().size(), 1);
    QVERIFY(m_window->findChildren<TrendsView*>().front()->isVisible());
    QCOMPARE(m_window->currentSection(), 2);
    QVERIFY(m_window->findChildren<InsightsView*>().isEmpty());
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->findChildren<TrendsView*>().size(), 1);
    // So does the sidebar.
    auto* sidebar = m_window->findChild<QListWidget*>();
    QVERIFY(sidebar);
    sidebar->setCurrentRow(4);
    QCOMPARE(m_window->findChildren<LabsView*>().size(), 1);
    QVERIFY(m_window->findChildren<LabsView*>().front()->isVisible());
    QCOMPARE(m_window->currentSection(), 4);
    // A section still unbuilt keeps its place and its number.
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), 1);
    QVERIFY(m_window->findChildren<HistoryView*>().front()->isVisible());
    QVERIFY(m_window->findChildren<ReportView*>().isEmpty());
}

void MainWindowTests::windowBuiltBeforeTheJournalOpensShowsIt()
{
    // The app builds its window while the journal's check runs, then opens the journal.
    NightEntry entry;
    entry.date = toDate(kNight);
    entry.severity = 7;
    QVERIFY(m_session->saveNight(Night::create(entry).value()));
    const QString path = m_session->path();
    m_session = std::make_unique<JournalSession>();
    QVERIFY(!m_session->isOpen());
    openWindow();
    // The app paints this before the journal opens: tonight's form, nothing to save yet, and
    // a section other than Today blank rather than an empty journal.
    QCOMPARE(m_window->todayView()->date(), m_window->todayView()->nightToLog());
    QVERIFY(!m_window->todayView()->hasUnsavedChanges());
    // No day's totals before the day has been read: "0 mg" would be a claim.
    auto* magnesiumTotal = m_window->findChild<QLabel*>(QStringLiteral("magnesiumTotal"));
    auto* ironTotal = m_window->findChild<QLabel*>(QStringLiteral("ironTotal"));
    QVERIFY(magnesiumTotal && ironTotal);
    QVERIFY(magnesiumTotal->text().isEmpty());
    QVERIFY(ironTotal->text().isEmpty());
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), 2);
    QVERIFY(!m_window->findChild<TrendsView*>());
    QVERIFY(m_session->open(path).ok());
    QVERIFY(m_window->findChild<TrendsView*>()); // built as the journal opened
    QCOMPARE(m_window->currentSection(), 2);
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("QuietLegs — journal.sqlite"));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("journalCounts"))
                ->text()
                .startsWith(QStringLiteral("1 night")));
    QCOMPARE(m_window->todayView()->date(), m_window->todayView()->nightToLog());
    QVERIFY(magnesiumTotal->text().startsWith(QStringLiteral("Magnesium: ")));
    QVERIFY(ironTotal->text().startsWith(QStringLiteral("Iron: ")));
    QVERIFY(m_window->todayView()->setDate(kNight));
    QVERIFY(!m_window->todayView()->hasUnsavedChanges());
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->trendsView()->shownTo().value(), toDate(kNight));
}

namespace {

/// A window that counts its paints.
class PaintCounter : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent*) override { ++paints; }
};

} // namespace

void MainWindowTests::journalOpensOnceTheWindowHasPainted()
{
    // The app opens the journal from AfterFirstPaint: after the first picture, exactly once.
    // The fallback is an hour here, so only the paint can bring the call within QTRY's seconds.
    constexpr int kHour = 3600 * 1000;
    PaintCounter window;
    window.resize(200, 100);
    int calls = 0;
    int paintsBeforeCall = -1;
    AfterFirstPaint::run(
        &window,
        [&] {
            ++calls;
            paintsBeforeCall = window.paints;
        },
        kHour);
    window.show();
    QCOMPARE(calls, 0); // never from inside show()
    QTRY_COMPARE(calls, 1);
    QVERIFY(paintsBeforeCall >= 1);
    window.repaint();
    QTest::qWait(50);
    QCOMPARE(calls, 1);

    // A window that never paints (started in the tray) still gets it, after the fallback,
    // and only once.
    PaintCounter hidden;
    int hiddenCalls = 0;
    AfterFirstPaint::run(
        &hidden, [&] { ++hiddenCalls; }, 100);
    QCOMPARE(hiddenCalls, 0);
    QTRY_COMPARE(hiddenCalls, 1);
    hidden.show();
    QTest::qWait(200);
    QCOMPARE(hiddenCalls, 1);

    // A window closed for good before either: nothing is called.
    int goneCalls = 0;
    {
        PaintCounter gone;
        AfterFirstPaint::run(
            &gone, [&] { ++goneCalls; }, 50);
    }
    QTest::qWait(200);
    QCOMPARE(goneCalls, 0);
}

void MainWindowTests::readOnlyJournalShowsABannerAndRefusesChanges()
{
    NightEntry entry;
    entry.date = toDate(kNight);
    entry.severity = 3;
    QVERIFY(m_session->saveNight(Night::create(entry).value()));
    const QString path = m_session->path();
    openWindow();
    auto* banner = m_window->findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    // The journal's folder as on read-only media (tests may run as root, where chmod does not
    // stop writes; storage takes the fact from this variable instead).
    qputenv("QUIETLEGS_TEST_UNWRITABLE", "folder");
    m_window->openJournalAt(path);
    qunsetenv("QUIETLEGS_TEST_UNWRITABLE");
    QVERIFY(m_session->isReadOnly());
    QVERIFY(banner->isVisible());
    QCOMPARE(m_session->counts().nights, std::int64_t(1)); // read as usual

    QString error;
    connect(m_session.get(), &JournalSession::errorOccurred, this,
            [&error](const QString& message) { error = message; });
    entry.severity = 8;
    answerNextMessageBox(QMessageBox::Ok); // the window shows the refusal
    QVERIFY(!m_session->saveNight(Night::create(entry).value()));
    QVERIFY(error.contains(QStringLiteral("read-only")));
    QCOMPARE(m_session->night(kNight)->severity(), std::optional(3));

    m_window->openJournalAt(path); // writable again
    QVERIFY(!m_session->isReadOnly());
    QVERIFY(!banner->isVisible());
}

void MainWindowTests::startsOnTodayReadyForTheKeyboard()
{
    // As the app starts (src/app/main.cpp): the window built before the journal opens, its
    // last section restored, shown; what its first paint holds is measured once, not per part
    // added (docs/performance.md), and must be what it was.
    const QString path = m_session->path();
    m_session = std::make_unique<JournalSession>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->restoreState();
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    TodayView* today = m_window->todayView();
    QCOMPARE(m_window->currentSection(), 0);
    // The keyboard is in the night's first field: a night can be logged without the mouse.
    QTRY_COMPARE(QApplication::focusWidget(), today->nightForm()->firstField());
    // The sidebar is as wide as its longest title, measured once with all six sections.
    auto* sidebar = m_window->findChild<QListWidget*>();
    QVERIFY(sidebar);
    QCOMPARE(sidebar->count(), 6);
    const int fitted = std::max(sidebar->sizeHintForColumn(0) + 40, 150);
    QCOMPARE(sidebar->width(), fitted);
    // Both columns side by side, each filling its scroll area's width.
    int columns = 0;
    for (auto* area : today->findChildren<QScrollArea*>()) {
        if (!area->isVisible())
            continue;
        ++columns;
        QVERIFY(area->widget());
        QCOMPARE(area->widget()->width(), area->viewport()->width());
    }
    QCOMPARE(columns, 2);
    // A section added once the window is up still widens the sidebar to fit its title.
    m_window->addSection(new QWidget, QStringLiteral("A section with a much longer title"),
                         QIcon());
    QVERIFY(sidebar->width() > fitted);
    QCOMPARE(sidebar->width(), std::max(sidebar->sizeHintForColumn(0) + 40, 150));
    // The journal opening changes none of it.
    QVERIFY(m_session->open(path).ok());
    QCOMPARE(QApplication::focusWidget(), today->nightForm()->firstField());
}

QUIETLEGS_GUI_TEST(MainWindowTests)
#include "MainWindowTests.moc"
