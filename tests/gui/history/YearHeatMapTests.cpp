// History's year at a glance: one cell per night, a click or Enter opens that night.

#include "AppWindowFixture.h"
#include "Conversions.h"
#include "GuiTestMain.h"
#include "history/HistoryView.h"
#include "history/YearHeatMapView.h"
#include "today/TodayView.h"

#include <QComboBox>
#include <QTabWidget>
#include <QTest>

using namespace quietlegs;
using namespace quietlegs::guitest;

class YearHeatMapTests : public AppWindowFixture
{
    Q_OBJECT

private slots:
    void clickingANightOpensItInToday();
    void enterOpensTheNightChosenWithArrows();
    void yearMapShowsSeverityAndMissingNights();

private:
    void saveNight(QDate date, int severity)
    {
        NightEntry entry;
        entry.date = toDate(date);
        entry.severity = severity;
        QVERIFY(m_session->saveNight(Night::create(entry).value()));
    }
    YearHeatMapView* showYear()
    {
        openWindow();
        HistoryView* history = m_window->historyView();
        m_window->showSection(m_window->sectionIndex(history));
        history->tabs()->setCurrentWidget(history->yearView());
        YearHeatMapView* year = history->yearView();
        year->setYear(kNight.year());
        return year;
    }
};

void YearHeatMapTests::clickingANightOpensItInToday()
{
    saveNight(kNight.addDays(-3), 6);
    saveNight(kNight, 2);
    YearHeatMapView* year = showYear();
    const QRect cell = year->cellRect(kNight.addDays(-3));
    QVERIFY(!cell.isEmpty());
    QTest::mouseClick(year->canvas(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(m_window->todayView()));
    QCOMPARE(m_window->todayView()->date(), kNight.addDays(-3));
}

void YearHeatMapTests::enterOpensTheNightChosenWithArrows()
{
    saveNight(kNight, 4);
    YearHeatMapView* year = showYear();
    year->setCurrentDate(kNight);
    year->canvas()->setFocus();
    press(Qt::Key_Left); // a week earlier: columns are weeks
    press(Qt::Key_Up);   // a day earlier: rows are weekdays
    QCOMPARE(year->currentDate(), kNight.addDays(-8));
    press(Qt::Key_Return);
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(m_window->todayView()));
    QCOMPARE(m_window->todayView()->date(), kNight.addDays(-8));
}

void YearHeatMapTests::yearMapShowsSeverityAndMissingNights()
{
    saveNight(kNight.addDays(-2), 8);
    saveNight(kNight, 1);
    YearHeatMapView* year = showYear();
    const CalendarDay* scored = year->calendar().day(toDate(kNight.addDays(-2)));
    QVERIFY(scored);
    QCOMPARE(scored->night, CalendarNight::Scored);
    QCOMPARE(scored->severity, 8);
    QCOMPARE(year->calendar().day(toDate(kNight.addDays(-1)))->night, CalendarNight::Missing);
    // A night saved while the map is shown appears at once.
    saveNight(kNight.addDays(-1), 5);
    QCOMPARE(year->calendar().day(toDate(kNight.addDays(-1)))->night, CalendarNight::Scored);
    // The painted cell has the severity's colour.
    const QImage image = year->canvas()->grab().toImage();
    const QPoint centre = year->cellRect(kNight.addDays(-2)).center();
    QCOMPARE(image.pixelColor(centre * image.devicePixelRatio()),
             YearHeatMapPainter::severityColor(8));
}

QUIETLEGS_GUI_TEST(YearHeatMapTests)
#include "YearHeatMapTests.moc"
