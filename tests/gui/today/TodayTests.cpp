// Today: the night form, intakes, presets and the food picker, driven from the keyboard.

#include "GuiTestMain.h"
#include "AppWindowFixture.h"
#include "Conversions.h"
#include "today/FoodCatalog.h"
#include "today/FoodPicker.h"
#include "today/IntakePanel.h"
#include "today/NightForm.h"
#include "today/PresetEditorDialog.h"
#include "today/AttentionStrip.h"
#include "today/PackTakenBox.h"
#include "today/TodayView.h"
#include "widgets/CompactComboBox.h"
#include "widgets/ElidedLabel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace quietlegs;
using namespace quietlegs::guitest;

class TodayTests : public AppWindowFixture
{
    Q_OBJECT

private slots:
    void keyboardOnlyNightAndPresetIntake();
    void validationMessagesBlockSave();
    void springForwardTimeIsRefused();
    void presetAddsItsElementalMagnesium();
    void upperLimitWarningCountsSupplementsNotFood();
    void foodPickerFindsAlmondAndComputesPortion();
    void presetEditorShowsCautionOnceAndUndoes();
    void emptyingASavedNightDeletesAfterAsking();
    void intakeCorrectedInPlaceAndUndone();
    void attentionStripListsActiveAlertsAndHidesWhenNone();
    void longHeadingIsCutNotWideningTheWindow();
    void blindedPackIsLoggedFromTodayAndUndone();
    void intakeFormCombosAreTenCharactersWideAndBuildTheirListWhenOpened();
    void tabStopsOnlyOnFieldsNotOnTheColumnsScrollAreas();
};

void TodayTests::keyboardOnlyNightAndPresetIntake()
{
    QVERIFY(
        m_session->savePreset(magnesiumPreset("Mg bisglycinate 2 caps", std::nullopt, 200)).ok());
    QVERIFY(m_session->setScoresTenAreasNightly(true)); // the ten areas nightly, too
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    today->focusFirstField();

    type(QStringLiteral("6")); // quick severity
    press(Qt::Key_Tab);
    type(QStringLiteral("3212321232")); // ten IRLS areas, each digit moves on
    type(QStringLiteral("2100"));       // symptoms began
    press(Qt::Key_Tab);
    type(QStringLiteral("1")); // times woken by the legs
    press(Qt::Key_Tab);
    press(Qt::Key_Space); // also in the arms
    press(Qt::Key_Tab);
    type(QStringLiteral("2230")); // into bed
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
    QCOMPARE(toQDateTime(*night->symptomOnset()), QDateTime(kNight, QTime(21, 0)));
    QCOMPARE(night->rlsAwakenings(), std::optional(1));
    QCOMPARE(night->arms(), std::optional(true));
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

void TodayTests::validationMessagesBlockSave()
{
    QVERIFY(m_session->setScoresTenAreasNightly(true));
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

void TodayTests::springForwardTimeIsRefused()
{
    // Before the form reads the zone; the core reads TZ itself (issue 20 item 5).
    const QByteArray oldTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", "Europe/Berlin");
    struct TzBack
    {
        QByteArray value;
        bool set;
        ~TzBack() { set ? qputenv("TZ", value) : qunsetenv("TZ"); }
    } tzBack{oldTz, hadTz};

    openWindow();
    TodayView* today = m_window->todayView();
    const QDate springNight(2026, 3, 28); // Berlin's clocks skip 02:00-03:00 on the 29th
    QVERIFY(today->setDate(springNight));
    NightForm* form = today->nightForm();
    auto field = [form](const QString& name) -> QWidget* {
        for (QWidget* widget : form->findChildren<QWidget*>())
            if (widget->accessibleName().startsWith(name))
                return widget;
        return nullptr;
    };
    auto* finalWake = qobject_cast<QLineEdit*>(field(QStringLiteral("Final wake")));
    QVERIFY(finalWake);
    QTest::keyClicks(qobject_cast<QLineEdit*>(field(QStringLiteral("Into bed"))),
                     QStringLiteral("2200"));
    QTest::keyClicks(qobject_cast<QLineEdit*>(field(QStringLiteral("Lights out"))),
                     QStringLiteral("2200"));
    QTest::keyClicks(finalWake, QStringLiteral("0230"));
    auto* message = form->findChild<QLabel*>(QStringLiteral("message_final_wake"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("does not exist in Europe/Berlin")),
             qPrintable(message->text()));
    QVERIFY(!today->saveButton()->isEnabled());
    QVERIFY(!today->save());
    QVERIFY(!m_session->night(springNight).has_value());

    finalWake->clear();
    QTest::keyClicks(finalWake, QStringLiteral("0600"));
    QTest::keyClicks(qobject_cast<QLineEdit*>(field(QStringLiteral("Out of bed"))),
                     QStringLiteral("0600"));
    qobject_cast<QSpinBox*>(field(QStringLiteral("Minutes to fall asleep")))->setValue(60);
    qobject_cast<QSpinBox*>(field(QStringLiteral("Minutes awake in the night")))->setValue(0);
    QVERIFY(!message->isVisible());
    // Seven hours in bed, not eight: SE 85.7 %, not 87.5 %.
    auto* metrics = qobject_cast<QLabel*>(field(QStringLiteral("Sleep metrics")));
    QVERIFY2(metrics->text().contains(QStringLiteral("7 h 00 min")), qPrintable(metrics->text()));
    QVERIFY2(metrics->text().contains(QStringLiteral("85.7 %")), qPrintable(metrics->text()));
    auto* zoneNote = form->findChild<QLabel*>(QStringLiteral("timeZoneNote"));
    QVERIFY(zoneNote && !zoneNote->isVisible());
    QVERIFY(today->save());
    QCOMPARE(QString::fromStdString(m_session->night(springNight)->timeZone().name()),
             QStringLiteral("Europe/Berlin"));

    // A night logged in Tokyo keeps its zone, and the form says so.
    NightEntry tokyo;
    tokyo.date = toDate(springNight.addDays(1));
    tokyo.severity = 3;
    tokyo.timeZone = "Asia/Tokyo";
    QVERIFY(m_session->saveNight(*Night::create(tokyo)));
    QVERIFY(today->setDate(springNight.addDays(1)));
    QVERIFY(zoneNote->isVisible());
    QCOMPARE(zoneNote->text(), QStringLiteral("Times in Asia/Tokyo"));
}

void TodayTests::presetAddsItsElementalMagnesium()
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

void TodayTests::upperLimitWarningCountsSupplementsNotFood()
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

void TodayTests::foodPickerFindsAlmondAndComputesPortion()
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

void TodayTests::presetEditorShowsCautionOnceAndUndoes()
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

void TodayTests::emptyingASavedNightDeletesAfterAsking()
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

void TodayTests::intakeCorrectedInPlaceAndUndone()
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

void TodayTests::longHeadingIsCutNotWideningTheWindow()
{
    // German's "Nacht vom Montag, 7. Dezember auf den Dienstag, 8." beside a blinded plan's
    // pack box once pushed the window past a 1280-pixel screen.
    openWindow();
    m_window->resize(1280, 860);
    auto* heading = m_window->findChild<ElidedLabel*>(QStringLiteral("todayHeading"));
    QVERIFY(heading);
    const QString whole = QStringLiteral("Night of a very long translated weekday name ").repeated(6);
    heading->setWholeText(whole);
    QCoreApplication::processEvents();
    QVERIFY2(m_window->width() <= 1280, qPrintable(QString::number(m_window->width())));
    QVERIFY(m_window->minimumSizeHint().width() <= 1280);
    QVERIFY(heading->text().endsWith(QChar(0x2026)));
    QVERIFY(heading->fontMetrics().horizontalAdvance(heading->text()) <= heading->contentsRect().width());
    QCOMPARE(heading->toolTip(), whole);
    QCOMPARE(heading->wholeText(), whole);
}

void TodayTests::attentionStripListsActiveAlertsAndHidesWhenNone()
{
    openWindow();
    AttentionStrip* strip = m_window->todayView()->attentionStrip();
    QVERIFY(strip);
    QVERIFY(strip->isHidden());
    QVERIFY(m_session->saveLabResult(
        *LabResult::create(Date{std::chrono::year{2026} / 1 / 10}, LabTest::Ferritin, 40, "ug/L")));
    QVERIFY(!strip->isHidden());
    QCOMPARE(strip->lines().size(), std::size_t(1));
    QLabel* line = strip->lines().front();
    QCoreApplication::processEvents(); // the layout gives the new line its width
    // The date as the app's locale writes it, the value in its decimals.
    QVERIFY(line->text().contains(QLocale().toString(QDate(2026, 1, 10), QLocale::ShortFormat)));
    QVERIFY(line->property("wholeText").toString().contains(
        QStringLiteral("Latest ferritin %1 \u00b5g/L").arg(QLocale().toString(40.0, 'f', 1))));
    QVERIFY(line->toolTip().contains(QStringLiteral("AASM 2024")));
    QVERIFY(line->accessibleDescription().contains(QStringLiteral("Source:")));
    QVERIFY(line->focusPolicy() & Qt::TabFocus);
    QCOMPARE(line->property("alertKind").toString(), QStringLiteral("ferritin_low"));

    // A later ferritin above the thresholds: nothing active, the strip goes.
    QVERIFY(m_session->saveLabResult(
        *LabResult::create(Date{std::chrono::year{2026} / 2 / 10}, LabTest::Ferritin, 150, "ug/L")));
    QVERIFY(strip->isHidden());
    QVERIFY(strip->lines().empty());
}

void TodayTests::blindedPackIsLoggedFromTodayAndUndone()
{
    // A blinded plan whose first block began two days ago: today's pack is pack 1.
    const Date today = localToday();
    ExperimentPlan plan;
    plan.id = "5b4c2f8e-1d3a-4c6b-9e7f-0a1b2c3d4e5f";
    plan.exposure = "magnesium_mg";
    plan.outcome = "severity";
    plan.dose = 300;
    plan.seed = 11;
    plan.start = addDays(today, -2);
    plan.blinded = true;
    plan.savedAt = "2026-01-01T10:00:00Z";
    QVERIFY(m_session->saveExperiment(plan).ok());
    openWindow();
    TodayView* view = m_window->todayView();
    PackTakenBox* box = view->packTakenBox();
    QVERIFY(view->setDate(toQDate(today)));
    QVERIFY(box->isVisible());
    QCOMPARE(box->text(), QStringLiteral("Took pack 1 today"));
    QVERIFY(!box->isChecked());
    // Nothing says what the pack holds.
    for (const QString& text : {box->text(), box->toolTip(), box->accessibleName()})
        for (const char* word : {"active", "placebo", "\"on\"", "\"off\"", " on ", " off "})
            QVERIFY2(!text.contains(QLatin1String(word), Qt::CaseInsensitive), qPrintable(text));

    // One keystroke on the box logs it, as one undo step.
    const int steps = m_session->undoStack()->count();
    box->setFocus(Qt::TabFocusReason);
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
    auto logged = m_session->journal().experiment(plan.id);
    QVERIFY(logged.ok() && logged->has_value());
    QCOMPARE((*logged)->packsTaken.size(), std::size_t(1));
    QVERIFY((*logged)->packsTaken.front() == (PackTaken{today, 1}));
    QCOMPARE(m_session->undoStack()->count(), steps + 1);

    QVERIFY(m_session->undo());
    QVERIFY(!box->isChecked());
    QVERIFY(m_session->journal().experiment(plan.id)->value().packsTaken.empty());
    QVERIFY(m_session->redo());
    QVERIFY(box->isChecked());
    QCOMPARE(m_session->journal().experiment(plan.id)->value().packsTaken.size(), std::size_t(1));

    // Unticking takes it back, also one undo step; Ctrl+Shift+P works from the night form.
    view->focusFirstField();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!box->isChecked());
    QVERIFY(m_session->journal().experiment(plan.id)->value().packsTaken.empty());

    // Another day of the block says its date; a day before the plan or still to come has no box.
    QVERIFY(view->setDate(toQDate(addDays(today, -1))));
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().startsWith(QStringLiteral("Took pack 1 on ")), qPrintable(box->text()));
    QVERIFY(view->setDate(toQDate(addDays(today, -3))));
    QVERIFY(!box->isVisible());
    QVERIFY(view->setDate(toQDate(addDays(today, 1))));
    QVERIFY(!box->isVisible());

    // Ended early, the plan takes no more packs.
    QVERIFY(m_session->endExperimentEarly(plan.id, utcTimestampNow()).ok());
    QVERIFY(view->setDate(toQDate(today)));
    QVERIFY(!box->isVisible());
}

void TodayTests::intakeFormCombosAreTenCharactersWideAndBuildTheirListWhenOpened()
{
    // The same size as QComboBox's own policy for ten characters, whatever the items.
    const QStringList items{QStringLiteral("Magnesium"),
                            QStringLiteral("Magnesium bisglycinate chelate (buffered)")};
    CompactComboBox compact(10);
    compact.addItems(items);
    QComboBox reference;
    reference.addItems(items);
    reference.setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    reference.setMinimumContentsLength(10);
    QCOMPARE(compact.sizeHint(), reference.sizeHint());
    QCOMPARE(compact.minimumSizeHint(), reference.minimumSizeHint());

    // Today's are made without their drop-down lists (a list view and scroll bars each);
    // opening one makes its list.
    openWindow();
    const QList<QComboBox*> combos = m_window->todayView()->findChildren<QComboBox*>();
    QVERIFY(combos.size() >= 4);
    for (QComboBox* combo : combos)
        QVERIFY2(combo->findChildren<QAbstractItemView*>().isEmpty(),
                 qPrintable(combo->accessibleName()));
    QComboBox* nutrient = combos.first();
    nutrient->showPopup();
    QCOMPARE(nutrient->findChildren<QAbstractItemView*>().size(), 1);
    QCOMPARE(nutrient->view()->model()->rowCount(), nutrient->count());
    nutrient->hidePopup();
}

void TodayTests::tabStopsOnlyOnFieldsNotOnTheColumnsScrollAreas()
{
    openWindow();
    TodayView* today = m_window->todayView();
    // Every Tab stop in Today, in order, from the date bar to the actions.
    QStringList stops;
    QWidget* widget = today->nextInFocusChain();
    for (int guard = 0; widget != today && guard < 1000; ++guard) {
        if (today->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus) &&
            widget->isVisibleTo(today) && widget->isEnabled())
            stops << QString::fromLatin1(widget->metaObject()->className());
        widget = widget->nextInFocusChain();
    }
    QVERIFY(stops.size() > 20);
    // The scroll areas holding the two columns showed no focus: Tab went through them as two
    // silent stops after the last trigger.
    QVERIFY2(!stops.contains(QStringLiteral("QScrollArea")), qPrintable(stops.join(u' ')));
    // The night comes first after the date bar: its quick severity.
    const int severity = stops.indexOf(QStringLiteral("quietlegs::ScoreSpinBox"));
    QVERIFY(severity > 0);
    QCOMPARE(stops.mid(0, severity).count(QStringLiteral("QDateEdit")), 1);
}

QUIETLEGS_GUI_TEST(TodayTests)
#include "TodayTests.moc"
