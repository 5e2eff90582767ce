// The desktop app driven like a person drives it: real widgets, QTest key events, a
// temporary journal and temporary settings for every test.
#include "AfterFirstPaint.h"
#include "Conversions.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "desktop/AutostartEntry.h"
#include "desktop/DarkPalette.h"
#include "desktop/NightReminders.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/UserGuideDialog.h"
#include "dialogs/WelcomeWizard.h"
#include "history/HistoryFilter.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "insights/InsightsView.h"
#include "labs/LabsModel.h"
#include "labs/LabsView.h"
#include "quietlegs/core/DemoJournal.h"
#include "report/ReportView.h"
#include "today/FoodCatalog.h"
#include "today/FoodPicker.h"
#include "today/IntakePanel.h"
#include "today/NightForm.h"
#include "today/PresetEditorDialog.h"
#include "today/TodayView.h"
#include "trends/TrendsView.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace quietlegs;

namespace {

const QDate kNight(2026, 3, 14);

/// Answers the next modal message box with `button` once it is up.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            box->button(button)->click();
        }
    });
    timer->start();
}

/// The widget keys go to; after a dialog closes the window needs a moment to get it back.
QWidget* keyboardTarget()
{
    if (!QApplication::activeWindow()) {
        // The offscreen platform has no window manager to hand activation back to the main
        // window when a message box closes; do what the window manager would.
        for (QWidget* window : QApplication::topLevelWidgets())
            if (qobject_cast<MainWindow*>(window) && window->isVisible())
                QApplication::setActiveWindow(window);
    }
    if (!QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 1000))
        return QApplication::activeWindow();
    return QApplication::focusWidget();
}

/// Types into whatever has the keyboard focus, as a person would.
void type(const QString& text)
{
    // Key by key, each to the widget that has the focus at that moment.
    for (QChar c : text)
        QTest::keyClicks(keyboardTarget(), QString(c));
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = keyboardTarget();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

SupplementPreset magnesiumPreset(const std::string& name, std::optional<double> compound,
                                 std::optional<double> elemental, const char* form = "glycinate")
{
    return SupplementPreset::create(name, Nutrient::Magnesium, form, Route::Oral, compound,
                                    elemental)
        .value();
}

} // namespace

class JournalAppTests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardOnlyNightAndPresetIntake();
    void validationMessagesBlockSave();
    void presetAddsItsElementalMagnesium();
    void upperLimitWarningCountsSupplementsNotFood();
    void undoRedoOfAnEditSurvivesSectionSwitch();
    void historyFiltersAndOpensInToday();
    void historyDeleteAsksAndUndoes();
    void historyUpdatesOneRowPerEdit();
    void labsFlagFerritin74Not76Alike();
    void foodPickerFindsAlmondAndComputesPortion();
    void settingsPersist();
    void weekStartAndRemindersPreferencesTakeEffect();
    void morningReminderOpensTheUnloggedNight();
    void startAtLoginWritesAnAutostartEntry();
    void welcomeComesOnceOnAnEmptyJournalAndSavesItsChoices();
    void userGuideShowsEveryPictureAndTheWorkflows();
    void sectionsAddedLaterKeepCtrlNumbers();
    void sectionsAreBuiltWhenFirstShown();
    void windowBuiltBeforeTheJournalOpensShowsIt();
    void journalOpensOnceTheWindowHasPainted();
    void presetEditorShowsCautionOnceAndUndoes();
    void emptyingASavedNightDeletesAfterAsking();
    void intakeCorrectedInPlaceAndUndone();
    void switchingToDarkKeepsWarningsReadable();

private:
    void openWindow();
    std::vector<Intake> intakesOf(QDate date) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<JournalSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void JournalAppTests::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("QuietLegsTests"));
    QCoreApplication::setApplicationName(QStringLiteral("QuietLegsTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void JournalAppTests::init()
{
    QSettings().clear();
    m_journalDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_journalDir->isValid());
    m_session = std::make_unique<JournalSession>();
    QVERIFY(m_session->open(m_journalDir->filePath(QStringLiteral("journal.sqlite"))).ok());
}

void JournalAppTests::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_journalDir.reset();
}

void JournalAppTests::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

std::vector<Intake> JournalAppTests::intakesOf(QDate date) const
{
    std::vector<Intake> intakes;
    for (const auto& stored : m_session->intakes(date))
        intakes.push_back(stored.intake);
    return intakes;
}

void JournalAppTests::keyboardOnlyNightAndPresetIntake()
{
    QVERIFY(
        m_session->savePreset(magnesiumPreset("Mg bisglycinate 2 caps", std::nullopt, 200)).ok());
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    today->focusFirstField();

    type(QStringLiteral("6")); // quick severity
    press(Qt::Key_Tab);
    type(QStringLiteral("3212321232")); // ten IRLS areas, each digit moves on
    type(QStringLiteral("2230"));       // into bed
    press(Qt::Key_Tab);
    type(QStringLiteral("22:45")); // lights out
    press(Qt::Key_Tab);
    type(QStringLiteral("20")); // minutes to fall asleep
    press(Qt::Key_Tab);
    type(QStringLiteral("2")); // awakenings
    press(Qt::Key_Tab);
    type(QStringLiteral("30")); // minutes awake
    press(Qt::Key_Tab);
    type(QStringLiteral("0630")); // final wake
    press(Qt::Key_Tab);
    type(QStringLiteral("0650")); // out of bed
    press(Qt::Key_Tab);
    type(QStringLiteral("legs calm after the walk"));
    press(Qt::Key_S, Qt::ControlModifier);
    press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier);

    const auto night = m_session->night(kNight);
    QVERIFY(night.has_value());
    QCOMPARE(night->severity(), std::optional(6));
    QCOMPARE(night->irlsTotal(), std::optional(21));
    const auto& times = night->sleep().times();
    QCOMPARE(toQDateTime(*times.intoBed), QDateTime(kNight, QTime(22, 30)));
    QCOMPARE(toQDateTime(*times.outOfBed), QDateTime(kNight.addDays(1), QTime(6, 50)));
    QCOMPARE(times.sleepLatencyMin, std::optional(20));
    QCOMPARE(times.awakenings, std::optional(2));
    QCOMPARE(times.wasoMin, std::optional(30));
    QCOMPARE(QString::fromStdString(night->notes()), QStringLiteral("legs calm after the walk"));
    const auto metrics = night->sleepMetrics();
    QVERIFY(metrics.has_value());
    QCOMPARE(metrics->totalSleepMin, 7 * 60 + 45 - 50); // 22:45..06:30 less SOL and WASO

    const auto stored = m_session->intakes(kNight);
    QCOMPARE(int(stored.size()), 1);
    QCOMPARE(stored.front().intake.elementalMg(), 200.0);
    QVERIFY(stored.front().presetId.has_value());
    QVERIFY(!today->hasUnsavedChanges());
}

void JournalAppTests::validationMessagesBlockSave()
{
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    today->focusFirstField();
    press(Qt::Key_Tab); // to the first IRLS area
    type(QStringLiteral("3"));
    auto* irlsMessage = m_window->findChild<QLabel*>(QStringLiteral("message_irls_items"));
    QVERIFY(irlsMessage);
    QVERIFY(irlsMessage->isVisible());
    QVERIFY(irlsMessage->text().contains(QStringLiteral("10 item scores")));
    QVERIFY(!today->saveButton()->isEnabled());

    press(Qt::Key_Backspace, Qt::NoModifier); // on area 2: clear it, then back to area 1
    press(Qt::Key_Backtab);
    press(Qt::Key_Backspace);
    QVERIFY(!irlsMessage->isVisible());

    auto* form = today->nightForm();
    auto clocks = form->findChildren<QLineEdit*>();
    QLineEdit* finalWake = nullptr;
    QLineEdit* outOfBed = nullptr;
    for (QLineEdit* edit : clocks) {
        if (edit->accessibleName().startsWith(QStringLiteral("Final wake")))
            finalWake = edit;
        if (edit->accessibleName().startsWith(QStringLiteral("Out of bed")))
            outOfBed = edit;
    }
    QVERIFY(finalWake && outOfBed);
    // Wake times typed before the bedtimes (or alone) are checked as they come.
    QTest::keyClicks(finalWake, QStringLiteral("06:30"));
    QTest::keyClicks(outOfBed, QStringLiteral("06:20"));
    auto* outOfBedMessage = m_window->findChild<QLabel*>(QStringLiteral("message_out_of_bed"));
    QVERIFY(outOfBedMessage->isVisible());
    QVERIFY2(outOfBedMessage->text().startsWith(QStringLiteral("Out of bed is before final wake")),
             qPrintable(outOfBedMessage->text()));
    QVERIFY(!today->saveButton()->isEnabled());
    QVERIFY(!today->save());
    QVERIFY(!m_session->night(kNight).has_value());

    outOfBed->clear();
    QTest::keyClicks(outOfBed, QStringLiteral("25:00"));
    QVERIFY(outOfBedMessage->text().contains(QStringLiteral("no such time of day")));

    outOfBed->clear();
    QTest::keyClicks(outOfBed, QStringLiteral("0650"));
    QVERIFY(!outOfBedMessage->isVisible());
    // Wake times alone are a night too (a tired morning): the morning after the journal date.
    QVERIFY(today->saveButton()->isEnabled());
    QLineEdit* intoBed = nullptr;
    for (QLineEdit* edit : clocks)
        if (edit->accessibleName().startsWith(QStringLiteral("Into bed")))
            intoBed = edit;
    // A bedtime after the wake time makes the night run backwards, said at the bedtime.
    QTest::keyClicks(intoBed, QStringLiteral("0700"));
    QStringList shown;
    for (QLabel* label : form->findChildren<QLabel*>())
        if (label->objectName().startsWith(QStringLiteral("message_")) && label->isVisible())
            shown << label->text();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("before")), qPrintable(shown.first()));
    QVERIFY(!today->saveButton()->isEnabled());
    auto* intoBedMessage = m_window->findChild<QLabel*>(QStringLiteral("message_into_bed"));
    intoBed->clear();
    QTest::keyClicks(intoBed, QStringLiteral("2230"));
    QVERIFY(!intoBedMessage->isVisible());
    QVERIFY(today->saveButton()->isEnabled());
    QVERIFY(today->save());
    const auto saved = m_session->night(kNight);
    QVERIFY(saved.has_value());
    QCOMPARE(saved->sleep().times().finalWake,
             atTime(addDays(toDate(kNight), 1), std::chrono::hours{6} + std::chrono::minutes{30}));
}

void JournalAppTests::presetAddsItsElementalMagnesium()
{
    // 1000 mg of magnesium citrate is 160 mg elemental (domain.md: citrate 0.16).
    QVERIFY(m_session->savePreset(magnesiumPreset("Citrate 2 tabs", 1000, std::nullopt, "citrate"))
                .ok());
    openWindow();
    QVERIFY(m_window->todayView()->setDate(kNight));
    auto* button = m_window->findChild<QToolButton*>(QStringLiteral("presetButton1"));
    QVERIFY(button);
    QVERIFY(button->text().contains(QStringLiteral("160 mg")));
    button->click();
    const auto intakes = intakesOf(kNight);
    QCOMPARE(int(intakes.size()), 1);
    QCOMPARE(intakes.front().elementalMg(), 160.0);
    QCOMPARE(intakes.front().compoundMg(), std::optional(1000.0));
    auto* total = m_window->findChild<QLabel*>(QStringLiteral("magnesiumTotal"));
    QVERIFY2(total->text().contains(QStringLiteral("supplements 160 mg")),
             qPrintable(total->text()));
}

void JournalAppTests::upperLimitWarningCountsSupplementsNotFood()
{
    QVERIFY(m_session->savePreset(magnesiumPreset("Big dose", std::nullopt, 351)).ok());
    QVERIFY(m_session->savePreset(magnesiumPreset("Limit dose", std::nullopt, 350)).ok());
    openWindow();
    TodayView* today = m_window->todayView();
    auto* warning = m_window->findChild<QFrame*>(QStringLiteral("ulWarning"));
    QVERIFY(warning);

    QVERIFY(today->setDate(kNight));
    press(Qt::Key_2, Qt::ControlModifier | Qt::ShiftModifier); // 350 mg: at the limit
    QCOMPARE(int(intakesOf(kNight).size()), 1);
    QVERIFY(!warning->isVisible());
    m_session->undoStack()->undo();
    press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier); // 351 mg: above
    QVERIFY(warning->isVisible());
    // Every line of it is shown: the banner is as tall as its text needs at its width.
    QLabel* warningText = nullptr;
    for (QLabel* label : warning->findChildren<QLabel*>())
        if (label->accessibleName() == QStringLiteral("Upper limit warning"))
            warningText = label;
    QVERIFY(warningText);
    QVERIFY(warningText->text().contains(QStringLiteral("351 mg")));
    for (const QSize size : {QSize(1400, 900), QSize(1100, 800)}) {
        m_window->resize(size);
        QTRY_VERIFY2(
            warning->height() >= warning->layout()->totalHeightForWidth(warning->width()),
            qPrintable(QStringLiteral("%1 px shown of %2")
                           .arg(warning->height())
                           .arg(warning->layout()->totalHeightForWidth(warning->width()))));
    }

    // 500 mg magnesium from food (about 90 g of pumpkin seeds) never counts.
    const QDate other = kNight.addDays(1);
    QVERIFY(today->setDate(other));
    const Food seeds{"Pumpkin seeds", "Nuts", 550, 8.8, ""};
    auto food = foodIntakes(seeds, 500.0 / 5.5, atTime(toDate(other), std::chrono::hours{19}));
    QVERIFY(food.ok());
    QVERIFY(m_session->addIntakes(*food, QStringLiteral("Add pumpkin seeds")));
    QVERIFY(!warning->isVisible());
    auto* total = m_window->findChild<QLabel*>(QStringLiteral("magnesiumTotal"));
    QVERIFY2(total->text().contains(QStringLiteral("food 500 mg")), qPrintable(total->text()));

    QVERIFY(today->setDate(kNight)); // back: the supplement day still warns
    QVERIFY(warning->isVisible());
}

void JournalAppTests::undoRedoOfAnEditSurvivesSectionSwitch()
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

void JournalAppTests::historyFiltersAndOpensInToday()
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

void JournalAppTests::historyDeleteAsksAndUndoes()
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

void JournalAppTests::historyUpdatesOneRowPerEdit()
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

void JournalAppTests::labsFlagFerritin74Not76Alike()
{
    openWindow();
    LabsView* labs = m_window->labsView();
    m_window->showSection(m_window->sectionIndex(labs));
    auto* date = labs->findChild<QDateEdit*>();
    auto* value = labs->findChild<QDoubleSpinBox*>();
    auto* test = labs->findChild<QComboBox*>();
    QVERIFY(date && value && test);
    QCOMPARE(test->currentText(), QStringLiteral("Ferritin"));

    date->setDate(QDate(2026, 1, 10));
    value->setFocus();
    value->selectAll();
    type(QStringLiteral("74"));
    QVERIFY(labs->addFromForm());
    date->setDate(QDate(2026, 2, 10));
    value->selectAll();
    type(QStringLiteral("76"));
    QVERIFY(labs->addFromForm());

    LabsModel* model = labs->model();
    QCOMPARE(model->rowCount(), 2);
    // Newest first: 76 then 74.
    const QString flag76 = model->index(0, LabsModel::FlagColumn).data().toString();
    const QString flag74 = model->index(1, LabsModel::FlagColumn).data().toString();
    QVERIFY2(flag74.contains(QStringLiteral("recommends iron supplementation")),
             qPrintable(flag74));
    QVERIFY2(flag76.contains(QStringLiteral("only intravenous iron")), qPrintable(flag76));
    QVERIFY(flag74.contains(QStringLiteral("AASM 2024")));
    QVERIFY(flag76.contains(QStringLiteral("AASM 2024")));

    // ng/mL is the same number as ug/L: shown converted in the display unit.
    QCOMPARE(model->index(1, LabsModel::ValueColumn).data().toString(), QStringLiteral("74 ug/L"));
}

void JournalAppTests::foodPickerFindsAlmondAndComputesPortion()
{
    FoodCatalog catalog(m_session.get());
    QVERIFY2(catalog.loadError().isEmpty(), qPrintable(catalog.loadError()));
    QCOMPARE(int(catalog.foods().size()), 542);
    FoodPicker picker(m_session.get(), &catalog);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    picker.search(QStringLiteral("almond"));
    auto* grams = picker.findChild<QDoubleSpinBox*>();
    QVERIFY(grams);
    grams->setValue(30);
    const auto choice = picker.choice();
    QVERIFY(choice.has_value());
    QCOMPARE(QString::fromStdString(choice->food.name), QStringLiteral("Almond"));
    auto* preview = picker.findChild<QLabel*>(QStringLiteral("foodPreview"));
    QVERIFY2(preview->text().contains(QStringLiteral("95.4 mg magnesium")),
             qPrintable(preview->text()));

    // A saved portion is offered for that food afterwards.
    QVERIFY(m_session->saveFoodPortion(FoodPortion{"Almond", "a handful", 30}));
    bool offered = false;
    for (auto* combo : picker.findChildren<QComboBox*>())
        for (int i = 0; i < combo->count(); ++i)
            offered = offered || combo->itemText(i).startsWith(QStringLiteral("a handful"));
    QVERIFY(offered);
}

void JournalAppTests::settingsPersist()
{
    Preferences preferences;
    preferences.magnesiumUpperLimitMg = 250;
    preferences.rdaProfile = RdaProfile::Male31Plus;
    preferences.weekStart = Qt::Sunday;
    preferences.journalDayBoundary = QTime(5, 0);
    preferences.bedtimeReminderEnabled = true;
    preferences.bedtimeReminder = QTime(22, 15);
    preferences.morningReminderEnabled = true;
    preferences.morningReminder = QTime(7, 45);
    preferences.keepInTray = true;
    m_session->setPreferences(preferences);
    QCOMPARE(Preferences::load(), preferences);
    // The dialog shows what is stored and gives it back unchanged.
    PreferencesDialog dialog(preferences);
    QCOMPARE(dialog.preferences(), preferences);

    openWindow();
    m_window->showSection(m_window->sectionIndex(m_window->labsView()));
    m_window->resize(1333, 777);
    QVERIFY(m_window->close());
    m_window.reset();

    JournalSession session;
    QVERIFY(session.open(m_journalDir->filePath(QStringLiteral("journal.sqlite"))).ok());
    QCOMPARE(session.preferences(), preferences);
    MainWindow window(&session);
    window.restoreState();
    QCOMPARE(window.currentSection(), window.sectionIndex(window.labsView()));
    QCOMPARE(window.size(), QSize(1333, 777));
}

void JournalAppTests::weekStartAndRemindersPreferencesTakeEffect()
{
    openWindow();
    auto* picker = m_window->findChild<QDateEdit*>();
    QVERIFY(picker);
    QVERIFY(picker->calendarPopup());
    QCOMPARE(picker->calendarWidget()->firstDayOfWeek(), Qt::Monday);

    Preferences preferences = m_session->preferences();
    preferences.weekStart = Qt::Sunday;
    preferences.bedtimeReminderEnabled = true;
    preferences.bedtimeReminder = QTime(22, 15);
    m_session->setPreferences(preferences);
    // Calendars already made and those made later both start on the chosen day.
    QCOMPARE(picker->calendarWidget()->firstDayOfWeek(), Qt::Sunday);
    QDateEdit later;
    later.setCalendarPopup(true);
    later.calendarWidget()->ensurePolished();
    QCOMPARE(later.calendarWidget()->firstDayOfWeek(), Qt::Sunday);

    NightReminders* reminders = m_window->nightReminders();
    QVERIFY(reminders->isEnabled());
    // Set now, after 22:15 today: the first reminder is tomorrow evening's.
    reminders->setTimes(QTime(22, 15), std::nullopt, QDateTime(QDate(2026, 11, 20), QTime(22, 30)));
    QSignalSpy due(reminders, &NightReminders::reminderDue);
    reminders->check(QDateTime(QDate(2026, 11, 20), QTime(22, 40)));
    QCOMPARE(due.count(), 0);
    reminders->check(QDateTime(QDate(2026, 11, 21), QTime(22, 14)));
    QCOMPARE(due.count(), 0);
    reminders->check(QDateTime(QDate(2026, 11, 21), QTime(22, 15, 20)));
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.takeFirst().at(1).toDate(), QDate(2026, 11, 21));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Bedtime")));
    reminders->check(QDateTime(QDate(2026, 11, 21), QTime(22, 45))); // once an evening
    QCOMPARE(due.count(), 0);
    // A bedtime long gone (a laptop woken at 03:00) is not announced late.
    reminders->check(QDateTime(QDate(2026, 11, 23), QTime(3, 0)));
    QCOMPARE(due.count(), 0);

    preferences.bedtimeReminderEnabled = false;
    m_session->setPreferences(preferences);
    QVERIFY(!reminders->isEnabled());
    reminders->check(QDateTime(QDate(2026, 11, 24), QTime(22, 16)));
    QCOMPARE(due.count(), 0);
}

void JournalAppTests::morningReminderOpensTheUnloggedNight()
{
    const QDate morning = kNight.addDays(1);
    NightEntry entry;
    entry.date = toDate(kNight.addDays(-1));
    entry.severity = 2;
    QVERIFY(m_session->saveNight(Night::create(entry).value()));
    openWindow();
    m_window->showSection(m_window->sectionIndex(m_window->labsView()));

    Preferences preferences = m_session->preferences();
    preferences.morningReminderEnabled = true;
    preferences.morningReminder = QTime(8, 0);
    m_session->setPreferences(preferences);
    NightReminders* reminders = m_window->nightReminders();
    QSignalSpy due(reminders, &NightReminders::reminderDue);

    // The morning after a logged night: no reminder.
    reminders->setTimes(std::nullopt, QTime(8, 0), QDateTime(kNight, QTime(6, 0)));
    reminders->check(QDateTime(kNight, QTime(8, 5)));
    QCOMPARE(due.count(), 0);

    // The morning after the unlogged night of kNight, the app in the tray: one reminder,
    // naming that night.
    m_window->hide();
    reminders->check(QDateTime(morning, QTime(8, 1)));
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.first().at(0).value<ReminderKind>(), ReminderKind::Morning);
    QCOMPARE(due.first().at(1).toDate(), kNight);
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QLocale().toString(kNight, QStringLiteral("dddd d MMMM"))),
             qPrintable(message));
    reminders->check(QDateTime(morning, QTime(9, 0)));
    QCOMPARE(due.count(), 1);

    // Its notification opens Today on that night, ready for the first keystroke.
    QVERIFY(m_window->openNightInToday(kNight));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The reminder is not drawn over the journal's path in the status bar.
    QTRY_VERIFY(!m_window->findChild<QLabel*>(QStringLiteral("journalPath"))->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), message);
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(m_window->todayView()));
    QCOMPARE(m_window->todayView()->date(), kNight);
}

void JournalAppTests::startAtLoginWritesAnAutostartEntry()
{
    QTemporaryDir config;
    AutostartEntry entry(config.path());
    QVERIFY(!entry.isEnabled());
    // A path with a space is quoted as the desktop entry spec asks.
    QVERIFY(entry.setEnabled(true, QStringLiteral("/opt/Quiet Legs/bin/quietlegs")));
    QVERIFY(entry.isEnabled());
    QCOMPARE(entry.filePath(), config.filePath(QStringLiteral("autostart/") +
                                               QLatin1String(AutostartEntry::kFileName)));
    QFile file(entry.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(
        text.contains(QStringLiteral("\nExec=\"/opt/Quiet Legs/bin/quietlegs\" --minimized\n")),
        qPrintable(text));
    QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
    file.close();

    // The desktop's own autostart panel may switch it off in place.
    QVERIFY(file.open(QIODevice::Append));
    file.write("Hidden=true\n");
    file.close();
    QVERIFY(!entry.isEnabled());

    QVERIFY(entry.setEnabled(false, QString()));
    QVERIFY(!QFile::exists(entry.filePath()));
    QVERIFY(entry.setEnabled(false, QString())); // already off: nothing to do, no error
}

void JournalAppTests::welcomeComesOnceOnAnEmptyJournalAndSavesItsChoices()
{
    QSettings settings;
    QVERIFY(WelcomeWizard::isFirstRun(*m_session, settings));

    WelcomeWizard wizard(m_session.get());
    // It says where the journal lives and that nothing leaves the computer.
    auto* location = wizard.findChild<QLabel*>(QStringLiteral("journalLocation"));
    QVERIFY(location);
    QVERIFY(location->text().contains(m_session->path().toHtmlEscaped()));
    bool private_ = false;
    for (auto* label : wizard.findChildren<QLabel*>())
        private_ =
            private_ || label->text().contains(QStringLiteral("Nothing leaves this computer"));
    QVERIFY(private_);

    // The few preferences: who the RDA is for, and the reminders.
    auto* profile = wizard.findChild<QComboBox*>();
    QVERIFY(profile);
    profile->setCurrentIndex(profile->findData(int(RdaProfile::Male31Plus)));
    const auto checks = wizard.findChildren<QCheckBox*>();
    QCOMPARE(checks.size(), 3); // bedtime, morning, start at login
    checks[0]->setChecked(true);
    checks[1]->setChecked(true);
    const auto times = wizard.findChildren<QTimeEdit*>();
    QCOMPARE(times.size(), 2);
    times[0]->setTime(QTime(22, 30));
    times[1]->setTime(QTime(3, 0)); // before the journal day: held at 04:00
    const Preferences chosen = wizard.preferences();
    QCOMPARE(chosen.rdaProfile, RdaProfile::Male31Plus);
    QVERIFY(chosen.bedtimeReminderEnabled);
    QCOMPARE(chosen.bedtimeReminder, QTime(22, 30));
    QVERIFY(chosen.morningReminderEnabled);
    QCOMPARE(chosen.morningReminder, kEarliestMorningReminder);
    QVERIFY(!wizard.importChosen());
    // What is not asked stays as it was.
    QCOMPARE(chosen.magnesiumUpperLimitMg, m_session->preferences().magnesiumUpperLimitMg);

    // Shown once: after that, or on a journal with entries, it is not offered again.
    WelcomeWizard::markShown(settings);
    QVERIFY(!WelcomeWizard::isFirstRun(*m_session, settings));
    settings.clear();
    NightEntry entry;
    entry.date = toDate(kNight);
    entry.severity = 4;
    QVERIFY(m_session->saveNight(Night::create(entry).value()));
    QVERIFY(!WelcomeWizard::isFirstRun(*m_session, settings));
}

void JournalAppTests::userGuideShowsEveryPictureAndTheWorkflows()
{
    UserGuideDialog guide;
    auto* browser = guide.findChild<QTextBrowser*>();
    QVERIFY(browser);
    const QString text = browser->toPlainText();
    for (const char* heading : {"Workflow: a before/after trial", "Workflow: an on/off experiment",
                                "Sending the report to your nutritionist",
                                "Frequently asked questions", "Reminders and the tray"})
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    // Every picture the guide names is in the app's resources, so none shows as a hole.
    int images = 0;
    const QTextDocument* document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QUrl url = browser->source().resolved(QUrl(format.toImageFormat().name()));
            const QVariant image = browser->loadResource(QTextDocument::ImageResource, url);
            QVERIFY2(image.isValid() && !image.value<QByteArray>().isEmpty(),
                     qPrintable(url.toString()));
            ++images;
        }
    }
    // Every section of the sidebar, the welcome and the data-flow dialogs.
    QVERIFY2(images >= 10, qPrintable(QString::number(images)));
}

void JournalAppTests::sectionsAddedLaterKeepCtrlNumbers()
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

void JournalAppTests::sectionsAreBuiltWhenFirstShown()
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

void JournalAppTests::windowBuiltBeforeTheJournalOpensShowsIt()
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

void JournalAppTests::journalOpensOnceTheWindowHasPainted()
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

void JournalAppTests::presetEditorShowsCautionOnceAndUndoes()
{
    openWindow();
    PresetEditorDialog editor(m_session.get(), m_window.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const auto cautions = editor.findChildren<QLabel*>(QStringLiteral("magnesiumCaution"));
    QCOMPARE(cautions.size(), 1);
    QVERIFY(cautions.front()->text().contains(QStringLiteral("kidney disease")));

    auto* name = editor.findChild<QLineEdit*>();
    QTest::keyClicks(name, QStringLiteral("Oxide 1 tab"));
    auto* amount = editor.findChild<QDoubleSpinBox*>();
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("500")); // oxide is 60 % magnesium: 300 mg
    auto* preview = editor.findChild<QLabel*>(QStringLiteral("presetPreview"));
    QVERIFY2(preview->text().contains(QStringLiteral("300.0 mg elemental magnesium")),
             qPrintable(preview->text()));
    QPushButton* save = nullptr;
    for (auto* button : editor.findChildren<QPushButton*>())
        if (button->text().contains(QStringLiteral("Save")))
            save = button;
    QVERIFY(save && save->isEnabled());
    save->click();
    QCOMPARE(int(m_session->presets().size()), 1);
    QCOMPARE(m_session->presets().front().preset.elementalMgPerUse(), 300.0);

    m_session->undoStack()->undo();
    QVERIFY(m_session->presets().empty());
    m_session->undoStack()->redo();
    QCOMPARE(int(m_session->presets().size()), 1);
}

void JournalAppTests::emptyingASavedNightDeletesAfterAsking()
{
    NightEntry entry;
    entry.date = toDate(kNight);
    entry.severity = 3;
    QVERIFY(m_session->saveNight(Night::create(entry).value()));
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    today->focusFirstField();
    press(Qt::Key_Backspace);
    QVERIFY(today->hasUnsavedChanges());

    answerNextMessageBox(QMessageBox::Cancel);
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(m_session->night(kNight).has_value());

    answerNextMessageBox(QMessageBox::Yes);
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_session->night(kNight).has_value());
    m_session->undoStack()->undo();
    QCOMPARE(m_session->night(kNight)->severity(), std::optional(3));
}

void JournalAppTests::intakeCorrectedInPlaceAndUndone()
{
    const Intake citrate =
        Intake::create(IntakeEntry{atTime(toDate(kNight), std::chrono::hours{21}),
                                   Nutrient::Magnesium, "citrate", Route::Oral, 1000, std::nullopt,
                                   ""})
            .value();
    QVERIFY(m_session->addIntakes({citrate}, QStringLiteral("Add")));
    const std::int64_t id = m_session->intakes(kNight).front().id;
    openWindow();
    QVERIFY(m_window->todayView()->setDate(kNight));
    auto* table = m_window->todayView()->intakePanel()->findChild<QTableView*>();
    table->setFocus();
    table->selectRow(0);
    press(Qt::Key_Return); // into the form, amount selected
    type(QStringLiteral("1500"));
    QPushButton* update = nullptr;
    for (auto* button : m_window->todayView()->intakePanel()->findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("Update intake"))
            update = button;
    QVERIFY(update);
    update->click();
    auto stored = m_session->intakes(kNight);
    QCOMPARE(int(stored.size()), 1);
    QCOMPARE(stored.front().id, id);
    QCOMPARE(stored.front().intake.elementalMg(), 240.0); // 1500 mg citrate x 0.16
    m_session->undoStack()->undo();
    QCOMPARE(m_session->intakes(kNight).front().intake.elementalMg(), 160.0);
}

void JournalAppTests::switchingToDarkKeepsWarningsReadable()
{
    openWindow();
    const QPalette light = QApplication::palette();
    auto* message = m_window->findChild<QLabel*>(QStringLiteral("message_out_of_bed"));
    auto* warning = m_window->findChild<QFrame*>(QStringLiteral("ulWarning"));
    QVERIFY(message && warning);
    QApplication::setPalette(darkPalette());
    QApplication::processEvents();
    // Light text on the dark window, a dark red behind the upper-limit warning.
    QVERIFY(message->palette().color(QPalette::WindowText).lightness() > 128);
    QVERIFY(warning->palette().color(QPalette::Window).lightness() < 128);
    QApplication::setPalette(light);
    QApplication::processEvents();
    QVERIFY(message->palette().color(QPalette::WindowText).lightness() < 128);
    QVERIFY(warning->palette().color(QPalette::Window).lightness() > 128);
}

QTEST_MAIN(JournalAppTests)
#include "JournalAppTests.moc"
