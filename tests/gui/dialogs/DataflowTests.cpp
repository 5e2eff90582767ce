// The File menu's data flow (import, export report preview, backups), the watch for other
// processes' writes, and one window per journal: offscreen, on temporary journals, with the
// dialogs' accept paths called directly instead of modal loops.
#include "GuiTestMain.h"
#include "Conversions.h"
#include "DailyBackup.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "desktop/SingleInstance.h"
#include "dialogs/ColumnMappingDialog.h"
#include "dialogs/DataflowMenu.h"
#include "dialogs/ImportFlow.h"
#include "dialogs/RestoreDialog.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "quietlegs/io/ExportFile.h"
#include "quietlegs/io/GenericCsvImport.h"
#include "quietlegs/storage/JournalBackups.h"
#include "report/NamedPeriodsEditor.h"
#include "report/ReportView.h"
#include "today/NightForm.h"
#include "today/TodayView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QLockFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <cstring>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace quietlegs;

namespace {

QString testData(const char* relative)
{
    return QStringLiteral(QUIETLEGS_TEST_DATA "/") + QString::fromLatin1(relative);
}

Night nightOn(const char* date, int severity)
{
    NightEntry entry;
    entry.date = *parseDate(date);
    entry.severity = severity;
    return *Night::create(entry);
}

/// Clicks the button labelled `text` (mnemonic ampersands ignored) in the next modal message
/// box, and remembers the box's text.
void answerNextMessageBox(const QString& text, QString* boxText)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text, boxText] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        *boxText = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* button : box->buttons())
            if (button->text().remove(QLatin1Char('&')) == text)
                button->click();
    });
    timer->start();
}

/// Overwrites part of every page after the second, as a failing disk might.
void damagePages(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() >= 4 * 4096);
    for (qsizetype page = 2; page * 4096 < bytes.size(); ++page)
        for (qsizetype i = 0; i < 64; ++i)
            bytes[page * 4096 + 16 + i] = char(0xA5);
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class DataflowTests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fileMenuHasTheDataFlowItemsBeforeQuit();
    void cronometerImportThroughTheFlow();
    void spreadsheetMappingPreviewAndImport();
    void spreadsheetErrorNamesTheLineAndWritesNothing();
    void spreadsheetSleepTimesAreGuessedAndGiveSleepEfficiency();
    void germanSpreadsheetShowsSemicolonAndDecimalComma();
    void tabSpreadsheetWithDecimalCommasChosenByThePerson();
    void reportPreviewRendersPagesAndSavesPdf();
    void exportReportOpensTheReportSectionWhichFollowsTheJournal();
    void reportComparesNamedPeriodsSuggestedFromWhatWasTaken();
    void writeByAnotherConnectionRefreshesHistory();
    void writeElsewhereBeforeTheFirstLookReachesTheViews();
    void writeElsewhereDuringAReadingIsNotMissed();
    void historyReadsTheJournalWhenFirstShown();
    void outsideWriteKeepsTodaysUnsavedEdits();
    void secondInstanceMessageReachesTheFirst();
    void staleLockOfAKilledInstanceIsTakenOver();
    void openingAnotherJournalMovesTheGuardAndBacksItUp();
    void restoreDialogListsBackupsAndRestores();
    void dailyBackupIsMadeBesideTheWindowAndAFailureIsShown();
    void damagedJournalAtStartIsRestoredOnlyWhenTheUserSaysSo();

private:
    QString journalPath() const { return m_journalDir->filePath(QStringLiteral("journal.sqlite")); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<JournalSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void DataflowTests::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("QuietLegsTests"));
    QCoreApplication::setApplicationName(QStringLiteral("QuietLegsDataflowTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void DataflowTests::init()
{
    QSettings().clear();
    m_journalDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_journalDir->isValid());
    m_session = std::make_unique<JournalSession>();
    QVERIFY(m_session->open(journalPath()).ok());
    m_window = std::make_unique<MainWindow>(m_session.get());
    // Its look for a daily backup due runs on a worker; the tests start once it has ended.
    (new DataflowMenu(m_window.get()))->dailyBackup()->waitForFinished();
}

void DataflowTests::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_journalDir.reset();
}

void DataflowTests::fileMenuHasTheDataFlowItemsBeforeQuit()
{
    QMenu* file = m_window->menuBar()->actions().first()->menu();
    QVERIFY(file);
    QStringList texts;
    for (QAction* action : file->actions())
        if (!action->isSeparator())
            texts << action->text();
    const int import = texts.indexOf(QStringLiteral("&Import…"));
    QVERIFY2(import > 0, qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QStringLiteral("&Export…")));
    QVERIFY(texts.contains(QStringLiteral("Export &report…")));
    QVERIFY(texts.contains(QStringLiteral("&Backup…")));
    QVERIFY(texts.contains(QStringLiteral("Res&tore from backup…")));
    QCOMPARE(texts.last(), QStringLiteral("&Quit"));
}

void DataflowTests::cronometerImportThroughTheFlow()
{
    auto* menu = m_window->findChild<DataflowMenu*>();
    QVERIFY(menu);
    ImportFlow* flow = menu->importFlow();
    flow->setQuiet(true);
    // An earlier edit is on the undo stack; the import is one more step above it.
    QVERIFY(m_session->saveNight(nightOn("2025-01-01", 3)));
    const JournalCounts empty = m_session->counts();
    QCOMPARE(m_session->undoStack()->count(), 1);
    QSignalSpy reopened(m_session.get(), &JournalSession::journalOpened);
    QSignalSpy intakesChanged(m_session.get(), &JournalSession::intakesChanged);

    auto summary = flow->importFile(testData("cronometer/dailysummary.csv"));
    QVERIFY2(summary.has_value(), qPrintable(flow->lastMessage()));
    QVERIFY(summary->added > 0);
    QVERIFY(flow->lastMessage().contains(QStringLiteral("Added: %1").arg(summary->added)));
    // The views hear which dates changed; none is told to start over (Today keeps edits).
    QCOMPARE(reopened.count(), 0);
    QVERIFY(intakesChanged.count() > 0);
    QCOMPARE(m_session->undoStack()->count(), 2);
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Import dailysummary.csv"));
    auto records = m_session->journal().records();
    QVERIFY(records);
    QVERIFY(!records->intakes.empty());
    const JournalCounts imported = m_session->counts();

    // Ctrl+Z takes the whole import back and the views hear of it; the night saved before
    // stays, and its own step is still there to undo.
    intakesChanged.clear();
    m_session->undoStack()->undo();
    QCOMPARE(m_session->counts().intakes, empty.intakes);
    QCOMPARE(m_session->counts().daily, empty.daily);
    QCOMPARE(m_session->counts().nights, empty.nights);
    QVERIFY(intakesChanged.count() > 0);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->counts().nights, std::int64_t(0));
    m_session->undoStack()->redo();
    QCOMPARE(m_session->counts().nights, std::int64_t(1));
    m_session->undoStack()->redo();
    QCOMPARE(m_session->counts().intakes, imported.intakes);
    QCOMPARE(m_session->counts().daily, imported.daily);
    QCOMPARE(m_session->journal().records()->intakes.size(), records->intakes.size());

    // The same file again adds nothing: the importer's intakes are replaced, not doubled.
    auto again = flow->importFile(testData("cronometer/dailysummary.csv"));
    QVERIFY(again.has_value());
    QCOMPARE(again->added, 0);
    QCOMPARE(m_session->journal().records()->intakes.size(), records->intakes.size());
}

void DataflowTests::spreadsheetMappingPreviewAndImport()
{
    auto text = readImportFile(testData("spreadsheet/rls-diary-2024.csv").toStdString());
    QVERIFY(text);
    auto preview = previewCsv(*text, 10);
    QVERIFY(preview);
    ColumnMappingDialog dialog(QStringLiteral("rls-diary-2024.csv"), *text);
    QStandardItemModel* model = dialog.previewModel();
    QCOMPARE(model->columnCount(), 9);
    QVERIFY(model->rowCount() >= 3);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("20/01/2024"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("6"));
    QVERIFY(model->headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("How bad")));
    QVERIFY(dialog.combo(ColumnMappingDialog::Field::Severity)->count() == 10);

    // Through the flow: the hook plays the person choosing columns, then Import.
    ImportFlow flow(m_session.get(), m_window.get());
    flow.setQuiet(true);
    flow.setMappingHook([](ColumnMappingDialog& mapping) {
        using Field = ColumnMappingDialog::Field;
        mapping.setColumn(Field::Date, 0);
        mapping.setDateFormat(CsvDateFormat::DayMonthYear);
        mapping.setColumn(Field::Severity, 1);
        mapping.setColumn(Field::MagnesiumMg, 2);
        mapping.setColumn(Field::CaffeineMg, 4);
        mapping.setColumn(Field::Notes, 8);
        mapping.accept();
    });
    auto summary = flow.importFile(testData("spreadsheet/rls-diary-2024.csv"));
    QVERIFY2(summary.has_value(), qPrintable(flow.lastMessage()));
    auto night = m_session->night(QDate(2024, 1, 20));
    QVERIFY(night.has_value());
    QCOMPARE(night->severity(), std::optional<int>(6));
    QVERIFY(toQString(night->notes()).contains(QStringLiteral("crawling")));
    auto factors = m_session->dailyFactors(QDate(2024, 1, 20));
    QVERIFY(factors.has_value());

    // Without a date column the dialog refuses to accept, and nothing is imported.
    QVERIFY(m_session->deleteNight(QDate(2024, 1, 21)));
    flow.setMappingHook([](ColumnMappingDialog& mapping) {
        mapping.setColumn(ColumnMappingDialog::Field::Date, -1);
        mapping.accept();
    });
    QVERIFY(!flow.importFile(testData("spreadsheet/rls-diary-2024.csv")).has_value());
    QVERIFY(!m_session->night(QDate(2024, 1, 21)).has_value());
}

void DataflowTests::spreadsheetErrorNamesTheLineAndWritesNothing()
{
    ImportFlow flow(m_session.get(), m_window.get());
    flow.setQuiet(true);
    flow.setMappingHook([](ColumnMappingDialog& mapping) {
        mapping.setColumn(ColumnMappingDialog::Field::Date, 0);
        mapping.setColumn(ColumnMappingDialog::Field::Severity, 1);
        mapping.accept();
    });
    const auto before = m_session->counts();
    QVERIFY(!flow.importFile(testData("spreadsheet/bad-severity.csv")).has_value());
    QVERIFY2(flow.lastMessage().contains(QStringLiteral("line ")), qPrintable(flow.lastMessage()));
    QVERIFY(flow.lastMessage().contains(QStringLiteral("Nothing was written")));
    QCOMPARE(m_session->counts().nights, before.nights);
}

void DataflowTests::spreadsheetSleepTimesAreGuessedAndGiveSleepEfficiency()
{
    using Field = ColumnMappingDialog::Field;
    auto text = readImportFile(testData("spreadsheet/sleep-diary-2025.csv").toStdString());
    QVERIFY(text);
    auto preview = previewCsv(*text, 10);
    QVERIFY(preview);
    ColumnMappingDialog dialog(QStringLiteral("sleep-diary-2025.csv"), *text);
    // The headers people write ("Bedtime", "Woke up", "Got up") are recognised.
    QCOMPARE(dialog.column(Field::Date), 0);
    QCOMPARE(dialog.column(Field::IntoBed), 1);
    QCOMPARE(dialog.column(Field::LightsOut), 2);
    QCOMPARE(dialog.column(Field::SleepLatencyMin), 3);
    QCOMPARE(dialog.column(Field::Awakenings), 4);
    QCOMPARE(dialog.column(Field::WasoMin), 5);
    QCOMPARE(dialog.column(Field::FinalWake), 6);
    QCOMPARE(dialog.column(Field::OutOfBed), 7);
    QCOMPARE(dialog.combo(Field::FinalWake)->currentText(), QStringLiteral("7: Woke up"));
    QVERIFY(dialog.mapping() == guessColumnMapping(*preview));
    // Tab walks the form as it reads: date, its format, then the night from the top.
    auto nextTabStop = [](QWidget* widget) {
        QWidget* next = widget->nextInFocusChain();
        while (next != widget && !(next->focusPolicy() & Qt::TabFocus))
            next = next->nextInFocusChain();
        return next;
    };
    QWidget* dateFormat = nextTabStop(dialog.combo(Field::Date));
    QVERIFY(qobject_cast<QComboBox*>(dateFormat));
    QVERIFY(static_cast<QComboBox*>(dateFormat)->currentText().contains(QStringLiteral("year")));
    QCOMPARE(nextTabStop(dateFormat), static_cast<QWidget*>(dialog.combo(Field::Severity)));
    QCOMPARE(nextTabStop(dialog.combo(Field::Severity)),
             static_cast<QWidget*>(dialog.combo(Field::IntoBed)));

    // A bad time names its line and column and writes nothing.
    ImportFlow flow(m_session.get(), m_window.get());
    flow.setQuiet(true);
    flow.setMappingHook([](ColumnMappingDialog& mapping) { mapping.accept(); });
    const auto before = m_session->counts();
    QVERIFY(!flow.importFile(testData("spreadsheet/sleep-diary-bad-time.csv")).has_value());
    QVERIFY2(flow.lastMessage().contains(QStringLiteral("line 3, Lights out")),
             qPrintable(flow.lastMessage()));
    QCOMPARE(m_session->counts().nights, before.nights);

    // Accepting the guess imports the nights with their sleep diary, across midnight.
    auto summary = flow.importFile(testData("spreadsheet/sleep-diary-2025.csv"));
    QVERIFY2(summary.has_value(), qPrintable(flow.lastMessage()));
    auto night = m_session->night(QDate(2025, 3, 3));
    QVERIFY(night.has_value());
    const auto metrics = night->sleepMetrics();
    QVERIFY(metrics.has_value());
    QCOMPARE(metrics->timeInBedMin, 495);
    QCOMPARE(metrics->totalSleepMin, 410);
    QCOMPARE(qRound(*metrics->efficiencyPercent * 10), 828);
    auto lateNight = m_session->night(QDate(2025, 3, 5));
    QVERIFY(lateNight.has_value());
    QCOMPARE(toQString(formatLocalDateTime(*lateNight->sleep().times().intoBed)),
             QStringLiteral("2025-03-06T00:20"));
}

void DataflowTests::germanSpreadsheetShowsSemicolonAndDecimalComma()
{
    using Field = ColumnMappingDialog::Field;
    auto text = readImportFile(testData("spreadsheet/german-excel.csv").toStdString());
    QVERIFY(text);
    ColumnMappingDialog dialog(QStringLiteral("german-excel.csv"), *text);
    // What was recognised is shown: semicolons, decimal commas, dates day first.
    QVERIFY2(dialog.delimiterCombo()->currentText().contains(QStringLiteral("Semicolon")),
             qPrintable(dialog.delimiterCombo()->currentText()));
    QVERIFY2(dialog.decimalMarkCombo()->currentText().contains(QStringLiteral("Decimal comma")),
             qPrintable(dialog.decimalMarkCombo()->currentText()));
    QStandardItemModel* model = dialog.previewModel();
    QCOMPARE(model->columnCount(), 9);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("20.01.2024"));
    QCOMPARE(model->index(1, 4).data().toString(), QStringLiteral("95,5"));
    QCOMPARE(dialog.column(Field::Date), 0);
    QCOMPARE(dialog.column(Field::AlcoholUnits), 5);
    QCOMPARE(dialog.mapping().dateFormat, CsvDateFormat::DayMonthYear);

    // Another delimiter reads the preview again: split at commas, the quoted note on line 2 is
    // not valid CSV, which the dialog says instead of offering an import.
    dialog.setDelimiter(',');
    QCOMPARE(model->columnCount(), 0);
    QVERIFY2(dialog.problem().contains(QStringLiteral("line 2")), qPrintable(dialog.problem()));
    QVERIFY(dialog.decimalMarkCombo()->currentText().contains(QStringLiteral("Decimal point")));
    QCOMPARE(dialog.combo(Field::Date)->count(), 1); // only "(choose a column)"
    dialog.setDelimiter(';');
    QCOMPARE(model->columnCount(), 9);
    QVERIFY(dialog.decimalMarkCombo()->currentText().contains(QStringLiteral("Decimal comma")));
    QCOMPARE(dialog.column(Field::Date), 0);
    QVERIFY(dialog.problem().isEmpty());

    // Accepting the recognised settings imports 1,5 as one and a half units.
    ImportFlow flow(m_session.get(), m_window.get());
    flow.setQuiet(true);
    flow.setMappingHook([](ColumnMappingDialog& mapping) { mapping.accept(); });
    auto summary = flow.importFile(testData("spreadsheet/german-excel.csv"));
    QVERIFY2(summary.has_value(), qPrintable(flow.lastMessage()));
    auto night = m_session->night(QDate(2024, 1, 20));
    QVERIFY(night.has_value());
    QCOMPARE(night->severity(), std::optional<int>(6));
    auto factors = m_session->dailyFactors(QDate(2024, 1, 20));
    QVERIFY(factors.has_value());
    QCOMPARE(factors->alcoholUnits(), std::optional<double>(1.5));
    QCOMPARE(m_session->dailyFactors(QDate(2024, 1, 21))->caffeineMg(),
             std::optional<double>(95.5));
}

void DataflowTests::tabSpreadsheetWithDecimalCommasChosenByThePerson()
{
    using Field = ColumnMappingDialog::Field;
    ImportFlow flow(m_session.get(), m_window.get());
    flow.setQuiet(true);
    // The recognised decimal point refuses 120,5 naming the line and the column.
    flow.setMappingHook([](ColumnMappingDialog& mapping) {
        QVERIFY(mapping.delimiterCombo()->currentText().contains(QStringLiteral("Tab")));
        QVERIFY(mapping.decimalMarkCombo()->currentText().contains(QStringLiteral("point")));
        mapping.setColumn(Field::CaffeineMg, 2);
        mapping.setDateFormat(CsvDateFormat::DayMonthYear);
        mapping.accept();
    });
    QVERIFY(!flow.importFile(testData("spreadsheet/german-tab.txt")).has_value());
    QVERIFY2(flow.lastMessage().contains(QStringLiteral("line 2, Koffein (mg)")),
             qPrintable(flow.lastMessage()));
    QVERIFY(!m_session->dailyFactors(QDate(2025, 3, 3)).has_value());

    // The person chooses the decimal comma.
    flow.setMappingHook([](ColumnMappingDialog& mapping) {
        mapping.setColumn(Field::CaffeineMg, 2);
        mapping.setDecimalMark(DecimalMark::Comma);
        mapping.accept();
    });
    auto summary = flow.importFile(testData("spreadsheet/german-tab.txt"));
    QVERIFY2(summary.has_value(), qPrintable(flow.lastMessage()));
    QCOMPARE(m_session->dailyFactors(QDate(2025, 3, 3))->caffeineMg(),
             std::optional<double>(120.5));
}

void DataflowTests::reportPreviewRendersPagesAndSavesPdf()
{
    const QDate last = QDate::currentDate().addDays(-1);
    for (int day = 0; day < 20; ++day) {
        const std::string date = toStdString(last.addDays(-day).toString(Qt::ISODate));
        QVERIFY(m_session->saveNight(nightOn(date.c_str(), day % 9)));
    }
    ReportView dialog(m_session.get());
    dialog.setNames(QStringLiteral("Ada Example"), QStringLiteral("Dr. Nutrition"));
    dialog.updatePreview();
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(!dialog.previewPages().isEmpty());
    const QImage& first = dialog.previewPages().first();
    QVERIFY(!first.isNull());
    // Something is drawn: not every pixel is the paper's white.
    bool inked = false;
    for (int y = 0; y < first.height() && !inked; y += 3)
        for (int x = 0; x < first.width() && !inked; x += 3)
            inked = first.pixelColor(x, y).lightness() < 128;
    QVERIFY(inked);

    // A period that ends before it starts is named, and no page is shown.
    dialog.setRange(last, last.addDays(-10));
    dialog.updatePreview();
    QVERIFY(dialog.problem().contains(QStringLiteral("Nights from")));
    QVERIFY(dialog.previewPages().isEmpty());

    dialog.setRange(last.addDays(-30), last);
    const QString pdf = m_journalDir->filePath(QStringLiteral("report.pdf"));
    QVERIFY(dialog.savePdf(pdf).ok());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    struct stat info
    {
    };
    QCOMPARE(::stat(pdf.toLocal8Bit().constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
}

void DataflowTests::exportReportOpensTheReportSectionWhichFollowsTheJournal()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ReportView* report = m_window->reportView();
    QVERIFY(report);
    QVERIFY(!report->isVisible());

    // File > Export report… (Ctrl+P) shows the section, with the keyboard in its form.
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(report));
    QVERIFY(report->isVisible());
    QVERIFY(report->isAncestorOf(QApplication::focusWidget()));
    QTRY_VERIFY(!report->previewPages().isEmpty());
    const QImage emptyJournal = report->previewPages().first();

    // A night logged while another section is shown is in the preview once Report is back.
    m_window->showSection(m_window->sectionIndex(m_window->todayView()));
    const std::string yesterday =
        toStdString(QDate::currentDate().addDays(-1).toString(Qt::ISODate));
    QVERIFY(m_session->saveNight(nightOn(yesterday.c_str(), 7)));
    QTest::qWait(600); // longer than the preview's pause: hidden, it must not render
    QCOMPARE(report->previewPages().first(), emptyJournal);
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QTRY_VERIFY(report->previewPages().first() != emptyJournal);
}

void DataflowTests::reportComparesNamedPeriodsSuggestedFromWhatWasTaken()
{
    // 28 nights without supplements, then 28 with magnesium glycinate every evening.
    const QDate last = QDate::currentDate().addDays(-1);
    const QDate first = last.addDays(-55);
    std::vector<Intake> magnesium;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        QVERIFY(m_session->saveNight(
            nightOn(toStdString(day.toString(Qt::ISODate)).c_str(), day < first.addDays(28) ? 6 : 3)));
        if (day >= first.addDays(28))
            magnesium.push_back(Intake::create(IntakeEntry{atTime(toDate(day), std::chrono::hours{21}),
                                                           Nutrient::Magnesium, "glycinate",
                                                           Route::Oral, 1000, std::nullopt, ""})
                                    .value());
    }
    QVERIFY(m_session->addIntakes(magnesium, QStringLiteral("Add")));

    ReportView report(m_session.get());
    report.setRange(first, last);
    NamedPeriodsEditor* editor = report.namedPeriodsEditor();
    QCOMPARE(editor->rowCount(), 0);
    QVERIFY(report.options()->periods.empty());
    QTest::mouseClick(editor->suggestButton(), Qt::LeftButton);
    QCOMPARE(editor->rowCount(), 2);
    const std::vector<NamedPeriod> periods = report.options()->periods;
    QCOMPARE(QString::fromStdString(periods[0].name), QStringLiteral("No supplement or medicine"));
    QCOMPARE(toQDate(periods[0].from), first);
    QCOMPARE(toQDate(periods[0].to), first.addDays(27));
    QVERIFY(QString::fromStdString(periods[1].name).contains(QStringLiteral("glycinate")));
    QCOMPARE(toQDate(periods[1].from), first.addDays(28));
    QCOMPARE(toQDate(periods[1].to), last);

    // The report compares them (tests/report check the table's figures).
    const QString pdf = m_journalDir->filePath(QStringLiteral("periods.pdf"));
    QVERIFY(report.savePdf(pdf).ok());
    report.updatePreview();
    QVERIFY2(report.problem().isEmpty(), qPrintable(report.problem()));

    // A row without a name is named in the message, and nothing is drawn.
    auto* name = editor->findChildren<QLineEdit*>().first();
    name->clear();
    report.updatePreview();
    QVERIFY2(report.problem().contains(QStringLiteral("Period 1")), qPrintable(report.problem()));
    QVERIFY(report.previewPages().isEmpty());

    // Add period stops at six.
    QList<QPushButton*> buttons = editor->findChildren<QPushButton*>();
    QPushButton* addButton = nullptr;
    for (QPushButton* button : buttons)
        if (button != editor->suggestButton())
            addButton = button;
    QVERIFY(addButton);
    for (int i = 0; i < 10 && addButton->isEnabled(); ++i)
        QTest::mouseClick(addButton, Qt::LeftButton);
    QCOMPARE(editor->rowCount(), int(kMaxNamedPeriods));
    QVERIFY(!addButton->isEnabled());
}

void DataflowTests::writeByAnotherConnectionRefreshesHistory()
{
    HistoryModel* history = m_window->historyView()->model();
    QVERIFY(m_session->saveNight(nightOn("2026-11-20", 4)));
    const int rows = history->rowCount();
    QVERIFY(m_session->reloadIfChangedElsewhere()); // the first look reads the journal
    QVERIFY(!m_session->finishLookingElsewhere());  // only our own write: nothing to tell

    {
        // What `quietlegs-cli log night` does while the app is open.
        auto cli = Journal::open(journalPath().toStdString());
        QVERIFY(cli);
        QVERIFY(cli->saveNight(nightOn("2026-11-21", 8)));
    }
    QCOMPARE(history->rowCount(), rows); // not seen yet
    // Read on a worker; the views hear of it once the event loop runs again.
    QVERIFY(m_session->reloadIfChangedElsewhere());
    QCOMPARE(history->rowCount(), rows);
    QTRY_COMPARE(history->rowCount(), rows + 1);
    bool found = false;
    for (int row = 0; row < history->rowCount(); ++row)
        found =
            found ||
            history->index(row, HistoryModel::DateColumn).data(HistoryModel::DateRole).toDate() ==
                QDate(2026, 11, 21);
    QVERIFY(found);
    QVERIFY(!m_session->reloadIfChangedElsewhere()); // nothing new since
}

void DataflowTests::writeElsewhereBeforeTheFirstLookReachesTheViews()
{
    // Start-up looks for outside writes only once it has painted; a night the CLI logged
    // between opening the journal and that first look must still show up.
    HistoryModel* history = m_window->historyView()->model();
    const int rows = history->rowCount();
    {
        auto cli = Journal::open(journalPath().toStdString());
        QVERIFY(cli);
        QVERIFY(cli->saveNight(nightOn("2026-11-21", 8)));
    }
    QVERIFY(m_session->reloadIfChangedElsewhere()); // the first look
    QVERIFY(m_session->finishLookingElsewhere());
    QCOMPARE(history->rowCount(), rows + 1);
    QVERIFY(history->rowOf(QDate(2026, 11, 21)) >= 0);
    QVERIFY(!m_session->reloadIfChangedElsewhere()); // nothing new since
}

void DataflowTests::writeElsewhereDuringAReadingIsNotMissed()
{
    // The worker's snapshot may begin before or after a write that lands while it reads;
    // either way the views end up showing it.
    HistoryModel* history = m_window->historyView()->model();
    const int rows = history->rowCount();
    const auto logNight = [this](const char* date) {
        auto cli = Journal::open(journalPath().toStdString());
        QVERIFY(cli);
        QVERIFY(cli->saveNight(nightOn(date, 6)));
    };
    QVERIFY(m_session->reloadIfChangedElsewhere()); // the first look
    logNight("2026-11-21");
    QTRY_COMPARE(history->rowCount(), rows + 1);

    logNight("2026-11-22");
    QVERIFY(m_session->reloadIfChangedElsewhere());
    logNight("2026-11-23");
    QTRY_COMPARE(history->rowCount(), rows + 3);
    QVERIFY(history->rowOf(QDate(2026, 11, 23)) >= 0);
    QTRY_VERIFY(!m_session->reloadIfChangedElsewhere()); // all seen
}

void DataflowTests::historyReadsTheJournalWhenFirstShown()
{
    {
        auto cli = Journal::open(journalPath().toStdString());
        QVERIFY(cli);
        QVERIFY(cli->saveNight(nightOn("2026-03-10", 2)));
        QVERIFY(cli->saveNight(nightOn("2026-03-11", 5)));
    }
    // A window opened on Today has not read the History table (start-up stays quick with
    // years of nights); showing History reads it whole.
    auto window = std::make_unique<MainWindow>(m_session.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    HistoryView* view = window->historyView();
    QVERIFY(!view->isVisible());
    window->showSection(window->sectionIndex(view));
    QVERIFY(view->isVisible());
    QCOMPARE(view->table()->model()->rowCount(), 2);
    // Edits after that update it row by row.
    QVERIFY(m_session->saveNight(nightOn("2026-03-12", 4)));
    QCOMPARE(view->table()->model()->rowCount(), 3);
}

void DataflowTests::outsideWriteKeepsTodaysUnsavedEdits()
{
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(QDate(2026, 3, 14)));
    auto* notes = today->nightForm()->findChild<QPlainTextEdit*>();
    QVERIFY(notes);
    notes->setPlainText(QStringLiteral("typed, not saved yet"));
    QVERIFY(today->hasUnsavedChanges());
    QVERIFY(m_session->reloadIfChangedElsewhere()); // the first look
    QVERIFY(!m_session->finishLookingElsewhere());

    {
        auto cli = Journal::open(journalPath().toStdString());
        QVERIFY(cli);
        QVERIFY(cli->saveNight(nightOn("2026-03-10", 2))); // another night
    }
    QVERIFY(m_session->reloadIfChangedElsewhere());
    QVERIFY(m_session->finishLookingElsewhere());
    QCOMPARE(today->date(), QDate(2026, 3, 14));
    QVERIFY(today->hasUnsavedChanges());
    QCOMPARE(notes->toPlainText(), QStringLiteral("typed, not saved yet"));
}

void DataflowTests::secondInstanceMessageReachesTheFirst()
{
    SingleInstance first(journalPath());
    QVERIFY(!first.sendToRunning("raise")); // nobody there yet
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::messageReceived);

    // The same file spelled another way meets the same instance.
    const QString sameFile = m_journalDir->path() + QStringLiteral("/./journal.sqlite");
    SingleInstance second(sameFile);
    QCOMPARE(second.name(), first.name());
    QVERIFY(!second.listen());
    QVERIFY(second.sendToRunning("raise"));
    QVERIFY(received.wait(2000) || received.count() > 0);
    QCOMPARE(received.first().first().toByteArray(), QByteArray("raise"));

    // Another journal is another instance.
    QVERIFY(SingleInstance(m_journalDir->filePath(QStringLiteral("other.sqlite"))).name() !=
            first.name());
}

void DataflowTests::openingAnotherJournalMovesTheGuardAndBacksItUp()
{
    SingleInstance guard(journalPath());
    QVERIFY(guard.listen());
    m_window->setSingleInstance(&guard);

    // Another journal with a night in it, in its own folder.
    QVERIFY(QDir(m_journalDir->path()).mkpath(QStringLiteral("b")));
    const QString other = m_journalDir->filePath(QStringLiteral("b/other.sqlite"));
    {
        auto journal = Journal::open(other.toStdString());
        QVERIFY(journal);
        QVERIFY(journal->saveNight(nightOn("2026-11-20", 5)));
    }
    m_window->openJournalAt(other);
    QCOMPARE(m_session->path(), other);
    // A launch on the journal now shown finds this window; one on the old journal would not.
    QCOMPARE(guard.name(), SingleInstance::instanceName(other));
    QVERIFY(guard.isListening());
    QSignalSpy raised(&guard, &SingleInstance::messageReceived);
    QVERIFY(SingleInstance(other).sendToRunning("raise"));
    QVERIFY(raised.wait(2000) || raised.count() > 0);
    QVERIFY(!SingleInstance(journalPath()).sendToRunning("raise"));
    // Opening it made its daily backup, beside it (on a worker: wait for it).
    m_window->findChild<DataflowMenu*>()->dailyBackup()->waitForFinished();
    const auto backups = JournalBackups(other.toStdString()).list();
    QCOMPARE(int(backups.size()), 1);
    QCOMPARE(backups.front().contents->nights, std::int64_t(1));

    // A journal another window has open is not opened here too.
    const QString third = m_journalDir->filePath(QStringLiteral("third.sqlite"));
    SingleInstance elsewhere(third);
    QVERIFY(elsewhere.listen());
    QSignalSpy elsewhereRaised(&elsewhere, &SingleInstance::messageReceived);
    QString said;
    answerNextMessageBox(QStringLiteral("OK"), &said);
    m_window->openJournalAt(third);
    QVERIFY2(said.contains(QStringLiteral("open in another QuietLegs window")), qPrintable(said));
    QCOMPARE(m_session->path(), other);
    QCOMPARE(guard.name(), SingleInstance::instanceName(other));
    QVERIFY(elsewhereRaised.wait(2000) || elsewhereRaised.count() > 0);
    QCOMPARE(elsewhereRaised.first().first().toByteArray(), QByteArray("raise"));
    QVERIFY(!QFileInfo::exists(third));
}

void DataflowTests::damagedJournalAtStartIsRestoredOnlyWhenTheUserSaysSo()
{
    // A journal of 300 nights with today's backup, then damaged on disk.
    QVERIFY(QDir(m_journalDir->path()).mkpath(QStringLiteral("d")));
    const QString path = m_journalDir->filePath(QStringLiteral("d/journal.sqlite"));
    {
        auto journal = Journal::open(path.toStdString());
        QVERIFY(journal);
        const QDate first(2025, 1, 1);
        for (int day = 0; day < 300; ++day) {
            const std::string date = toStdString(first.addDays(day).toString(Qt::ISODate));
            QVERIFY(journal->saveNight(nightOn(date.c_str(), day % 11)));
        }
        QVERIFY(JournalBackups(path.toStdString()).ensureDaily(*journal, localNowSeconds()));
    }
    damagePages(path);
    const QByteArray damaged = bytesOf(path);

    // Declined: nothing is open and the file is exactly as found.
    QString said;
    {
        JournalSession session;
        answerNextMessageBox(QStringLiteral("Close"), &said);
        QVERIFY(!RestoreDialog::openAtStartup(&session, path));
        QVERIFY(!session.isOpen());
    }
    QVERIFY2(said.contains(QStringLiteral("integrity check")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("300 nights")), qPrintable(said));
    QCOMPARE(bytesOf(path), damaged);

    // Accepted: the backup's nights are open, and the damaged file is kept among the backups.
    JournalSession session;
    answerNextMessageBox(QStringLiteral("Restore backup"), &said);
    QVERIFY(RestoreDialog::openAtStartup(&session, path));
    QVERIFY(session.isOpen());
    QCOMPARE(session.counts().nights, std::int64_t(300));
    bool kept = false;
    for (const JournalBackup& backup : JournalBackups(path.toStdString()).list())
        kept = kept || bytesOf(QString::fromStdString(backup.path.string())) == damaged;
    QVERIFY(kept);
}

void DataflowTests::staleLockOfAKilledInstanceIsTakenOver()
{
    // A killed instance leaves its lock file behind, naming a process that is gone: a child
    // process takes the lock and dies without letting go of it.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString path = runtime + QStringLiteral("/") +
                         SingleInstance::instanceName(journalPath()) + QStringLiteral(".lock");
    const pid_t child = ::fork();
    if (child == 0) {
        QLockFile held(path);
        held.setStaleLockTime(0);
        ::_exit(held.tryLock(0) ? 0 : 1); // no destructor: the file stays, as after SIGKILL
    }
    QVERIFY(child > 0);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    QVERIFY(QFile::exists(path));

    SingleInstance next(journalPath());
    QVERIFY(!next.sendToRunning("raise")); // nobody is there to raise
    QVERIFY(next.listen());
    QVERIFY(next.isListening());
    QSignalSpy received(&next, &SingleInstance::messageReceived);
    SingleInstance later(journalPath());
    QVERIFY(later.sendToRunning("raise"));
    QVERIFY(received.wait(2000) || received.count() > 0);
    QCOMPARE(received.first().first().toByteArray(), QByteArray("raise"));
}

void DataflowTests::restoreDialogListsBackupsAndRestores()
{
    QVERIFY(m_session->saveNight(nightOn("2026-11-01", 5)));
    auto daily = JournalBackups(journalPath().toStdString()).ensureDaily(localNowSeconds());
    QVERIFY(daily);
    QVERIFY(daily->has_value());
    QVERIFY(m_session->saveNight(nightOn("2026-11-02", 6)));

    RestoreDialog dialog(m_session.get());
    QCOMPARE(int(dialog.backups().size()), 1);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(2), QStringLiteral("1"));
    QSignalSpy reopened(m_session.get(), &JournalSession::journalOpened);
    QVERIFY(dialog.restoreSelected(/*confirmFirst*/ false).ok());
    QCOMPARE(reopened.count(), 1);
    QVERIFY(m_session->night(QDate(2026, 11, 1)).has_value());
    QVERIFY(!m_session->night(QDate(2026, 11, 2)).has_value());
    // The journal as it was just before is now a backup too.
    QCOMPARE(int(dialog.backups().size()), 2);
}

void DataflowTests::dailyBackupIsMadeBesideTheWindowAndAFailureIsShown()
{
    auto* menu = m_window->findChild<DataflowMenu*>();
    DailyBackup* daily = menu->dailyBackup();
    // The look at opening (an empty journal: nothing due) has said so.
    QCoreApplication::sendPostedEvents(daily, QEvent::MetaCall);
    QSignalSpy finished(daily, &DailyBackup::finished);
    QVERIFY(m_session->saveNight(nightOn("2026-11-01", 5)));
    menu->backUpDailyIfDue();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toString(), QString());
    const auto backups = JournalBackups(journalPath().toStdString()).files();
    QCOMPARE(int(backups.size()), 1);
    QCOMPARE(backups.front().reason, BackupReason::Daily);

    // A backups folder that cannot be made: the window says so, and the journal is untouched.
    QVERIFY(QDir(QFileInfo(journalPath()).dir().filePath(QStringLiteral("backups")))
                .removeRecursively());
    QFile blocker(QFileInfo(journalPath()).dir().filePath(QStringLiteral("backups")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    finished.clear();
    menu->backUpDailyIfDue();
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.first().first().toString().isEmpty());
    const QString shown = m_window->statusBar()->currentMessage();
    QVERIFY2(shown.startsWith(QStringLiteral("Daily backup failed: ")), qPrintable(shown));
    QVERIFY(m_session->night(QDate(2026, 11, 1)).has_value());
}

QUIETLEGS_GUI_TEST(DataflowTests)
#include "DataflowTests.moc"
