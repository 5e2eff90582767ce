// Issue 22 in the import dialog: the preview lists values per day and the covered food, the
// "replace values I typed" box decides whether typed values win, and undoing an import brings
// the covered hand-logged food back into the totals (QtTest, offscreen).
#include "Conversions.h"
#include "BlindedPlanFixture.h"
#include "DailyBackup.h"
#include "GuiTestMain.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "dialogs/DataflowMenu.h"
#include "dialogs/ImportFlow.h"
#include "dialogs/ImportPreviewDialog.h"
#include "history/HistoryFilter.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "quietlegs/core/SafetyRules.h"
#include "quietlegs/io/InterchangeJson.h"
#include "today/DayIntakesModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace quietlegs;

namespace {

QString importRulesData(const char* relative)
{
    return QStringLiteral(QUIETLEGS_TEST_DATA "/") + QString::fromLatin1(relative);
}

QDate qdate(int day)
{
    return QDate(2026, 11, day);
}

std::vector<Intake> dayIntakes(const JournalSession& session, QDate date)
{
    std::vector<Intake> out;
    for (const StoredIntake& stored : session.intakes(date))
        out.push_back(stored.intake);
    return out;
}

} // namespace

class ImportRulesTests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void undoingAnImportBringsTheCoveredTypedFoodBack();
    void undoingAnImportPutsTheJournalsSettingsBack();
    void undoingAnImportTakesAwayThePlansAndPacksItBrought();
    void replaceManualCheckboxDecidesWhetherTypedValuesWin();
    void historyShowsAndFiltersTheSource();

private:
    QString journalPath() const { return m_journalDir->filePath(QStringLiteral("journal.sqlite")); }
    ImportFlow* flow() const { return m_window->findChild<DataflowMenu*>()->importFlow(); }
    void typeFood(int day, double mg);
    void typeCaffeine(int day, double mg);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<JournalSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void ImportRulesTests::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("QuietLegsTests"));
    QCoreApplication::setApplicationName(QStringLiteral("QuietLegsImportRulesTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void ImportRulesTests::init()
{
    QSettings().clear();
    m_journalDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_journalDir->isValid());
    m_session = std::make_unique<JournalSession>();
    QVERIFY(m_session->open(journalPath()).ok());
    m_window = std::make_unique<MainWindow>(m_session.get());
    (new DataflowMenu(m_window.get()))->dailyBackup()->waitForFinished();
}

void ImportRulesTests::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_journalDir.reset();
}

void ImportRulesTests::typeFood(int day, double mg)
{
    auto intake = Intake::create(IntakeEntry{atTime(toDate(qdate(day)), std::chrono::hours{13}),
                                             Nutrient::Magnesium, std::string(kFoodForm),
                                             Route::Oral, std::nullopt, mg, "lunch"});
    QVERIFY(intake);
    QVERIFY(m_session->addIntakes({*intake}, QStringLiteral("lunch")));
}

void ImportRulesTests::typeCaffeine(int day, double mg)
{
    DailyFactorsEntry entry;
    entry.date = toDate(qdate(day));
    entry.caffeineMg = mg;
    auto factors = DailyFactors::create(entry);
    QVERIFY(factors);
    QVERIFY(m_session->saveDailyFactors(*factors));
}

void ImportRulesTests::undoingAnImportBringsTheCoveredTypedFoodBack()
{
    typeFood(1, 227);
    QCOMPARE(magnesiumTotals(dayIntakes(*m_session, qdate(1))).foodMg, 227.0);
    QString covered;
    int changeDays = 0;
    flow()->setQuiet(true);
    flow()->setPreviewHook([&](ImportPreviewDialog& dialog) {
        covered = dialog.coveredText();
        changeDays = dialog.changesModel()->rowCount();
        dialog.accept();
    });
    auto summary = flow()->importFile(importRulesData("cronometer/dailysummary.csv"));
    QVERIFY2(summary.has_value(), qPrintable(flow()->lastMessage()));
    QVERIFY2(covered.contains(QStringLiteral("2026-11-01")), qPrintable(covered));
    QVERIFY(changeDays >= 5); // one branch per day the file changes

    // Counted once: the imported total replaces the typed food; the typed entry stays, marked.
    const auto after = dayIntakes(*m_session, qdate(1));
    QCOMPARE(after.size(), std::size_t(3));
    QVERIFY(qAbs(magnesiumTotals(after).foodMg - 312.68) < 1e-6);
    DayIntakesModel model;
    model.setIntakes(m_session->intakes(qdate(1)));
    int coveredRows = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.isCovered(row)) {
            ++coveredRows;
            QVERIFY(model.data(model.index(row, DayIntakesModel::LabelColumn))
                        .toString()
                        .contains(QStringLiteral("covered by import")));
        }
    QCOMPARE(coveredRows, 1);

    m_session->undoStack()->undo();
    const auto undone = dayIntakes(*m_session, qdate(1));
    QCOMPARE(undone.size(), std::size_t(1));
    QCOMPARE(magnesiumTotals(undone).foodMg, 227.0);
    m_session->undoStack()->redo();
    QVERIFY(qAbs(magnesiumTotals(dayIntakes(*m_session, qdate(1))).foodMg - 312.68) < 1e-6);
}

void ImportRulesTests::undoingAnImportPutsTheJournalsSettingsBack()
{
    // An interchange file from another journal brings its settings: Undo takes them away
    // again, with its nights.
    auto batch = importInterchangeJson(
        R"({"format": "quietlegs", "version": 2, "settings": {"week_start": "sunday", )"
        R"("rda_profile": "female_31_50"}, "nights": [{"date": "2026-11-20", "severity": 4}]})");
    QVERIFY(batch.ok());
    const auto initial = m_session->journal().settings()->entries();
    QSignalSpy settingsChanged(m_session.get(), &JournalSession::settingsChanged);
    QVERIFY(m_session->applyImport(*batch).ok());
    QCOMPARE(m_session->journal().settings()->weekStart, WeekStart::Sunday);
    QVERIFY(m_session->night(QDate(2026, 11, 20)).has_value());
    QCOMPARE(settingsChanged.count(), 1);

    m_session->undoStack()->undo();
    auto settings = m_session->journal().settings();
    QVERIFY(settings.ok());
    QVERIFY(settings->entries() == initial);
    QVERIFY(!m_session->night(QDate(2026, 11, 20)).has_value());
    QCOMPARE(settingsChanged.count(), 2); // the views hear of it
    m_session->undoStack()->redo();
    QCOMPARE(m_session->journal().settings()->rdaProfile, RdaProfile::Female31to50);
}

void ImportRulesTests::undoingAnImportTakesAwayThePlansAndPacksItBrought()
{
    // Another journal's export brings a blinded plan with two packs logged: Undo takes the
    // plan and its packs away again, Redo brings them back.
    ExperimentPlan plan = blindedMagnesiumPlan(*parseDate("2026-11-02"));
    plan.packsTaken = {{*parseDate("2026-11-02"), 1}, {*parseDate("2026-11-10"), 2}};
    JournalRecords records;
    records.experiments.push_back(plan);
    auto batch = importInterchangeJson(interchangeJson(records, std::chrono::sys_seconds{}));
    QVERIFY(batch.ok());
    QVERIFY(m_session->experiments().empty());
    QVERIFY(m_session->applyImport(*batch).ok());
    QCOMPARE(m_session->experiments().size(), std::size_t(1));
    QCOMPARE(m_session->experiments().front().packsTaken.size(), std::size_t(2));

    QSignalSpy changed(m_session.get(), &JournalSession::journalChanged);
    m_session->undoStack()->undo();
    QVERIFY(m_session->experiments().empty());
    QVERIFY(changed.count() >= 1); // the planner and Today's pack box read the plans again
    m_session->undoStack()->redo();
    QCOMPARE(m_session->experiments().size(), std::size_t(1));
    QVERIFY(m_session->experiments().front() == plan);
}

void ImportRulesTests::replaceManualCheckboxDecidesWhetherTypedValuesWin()
{
    typeCaffeine(6, 270); // the file has 0 mg that day
    flow()->setQuiet(true);
    bool boxShown = false;
    QString keptKind;
    flow()->setPreviewHook([&](ImportPreviewDialog& dialog) {
        auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("replaceManual"));
        boxShown = box && !box->isHidden();
        // Before ticking: the preview keeps the typed 270.
        QStandardItemModel* changes = dialog.changesModel();
        for (int day = 0; day < changes->rowCount(); ++day) {
            if (changes->item(day)->text() != QStringLiteral("2026-11-06"))
                continue;
            for (int row = 0; row < changes->item(day)->rowCount(); ++row)
                if (changes->item(day)->child(row, 0)->text() == QStringLiteral("caffeine_mg"))
                    keptKind = changes->item(day)->child(row, 1)->text();
        }
        dialog.reject();
    });
    QVERIFY(!flow()->importFile(importRulesData("cronometer/dailysummary.csv")).has_value());
    QVERIFY(boxShown);
    QVERIFY2(keptKind.startsWith(QStringLiteral("keep")), qPrintable(keptKind));
    QCOMPARE(*m_session->dailyFactors(qdate(6))->caffeineMg(), 270.0); // cancelled: nothing written

    // Without the box ticked the typed value stays ...
    flow()->setPreviewHook([](ImportPreviewDialog& dialog) { dialog.accept(); });
    QVERIFY(flow()->importFile(importRulesData("cronometer/dailysummary.csv")).has_value());
    QCOMPARE(*m_session->dailyFactors(qdate(6))->caffeineMg(), 270.0);
    // ... and ticked, the file's value replaces it.
    flow()->setPreviewHook([](ImportPreviewDialog& dialog) {
        dialog.setReplaceManual(true);
        dialog.accept();
    });
    QVERIFY(flow()->importFile(importRulesData("cronometer/dailysummary.csv")).has_value());
    QCOMPARE(*m_session->dailyFactors(qdate(6))->caffeineMg(), 0.0);
    m_session->undoStack()->undo();
    QCOMPARE(*m_session->dailyFactors(qdate(6))->caffeineMg(), 270.0);
}

void ImportRulesTests::historyShowsAndFiltersTheSource()
{
    NightEntry typed;
    typed.date = toDate(qdate(20));
    typed.severity = 3;
    typed.sleep.intoBed = atTime(typed.date, std::chrono::hours{22});
    QVERIFY(m_session->saveNight(*Night::create(typed)));
    NightEntry other;
    other.date = toDate(qdate(10));
    other.severity = 2;
    QVERIFY(m_session->saveNight(*Night::create(other)));
    flow()->setQuiet(true);
    QVERIFY(flow()->importFile(importRulesData("fitbit/sleep-2026-11-20.json")).has_value());

    HistoryView* history = m_window->historyView();
    QVERIFY(history);
    QAbstractItemModel* shown = history->filter(); // what the table shows, read now
    const auto sourceOf = [&](QDate date) {
        for (int row = 0; row < shown->rowCount(); ++row)
            if (shown->index(row, HistoryModel::DateColumn).data(HistoryModel::DateRole) == date)
                return shown->index(row, HistoryModel::SourceColumn).data().toString();
        return QString();
    };
    QVERIFY2(sourceOf(qdate(20)).contains(QStringLiteral("device sleep: Fitbit")),
             qPrintable(sourceOf(qdate(20))));
    QCOMPARE(sourceOf(qdate(21)), QStringLiteral("Fitbit"));

    QComboBox* filter = history->sourceFilter();
    filter->setCurrentIndex(filter->findData(QStringLiteral("fitbit")));
    QCOMPARE(shown->rowCount(), 2); // the 20th (its device sleep) and the 21st
    filter->setCurrentIndex(filter->findData(QStringLiteral("manual")));
    QCOMPARE(shown->rowCount(), 2); // the 10th and the typed diary of the 20th
    filter->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), 3);
}

QUIETLEGS_GUI_TEST(ImportRulesTests)
#include "ImportRulesTests.moc"
