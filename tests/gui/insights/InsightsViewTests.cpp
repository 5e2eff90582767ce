#include "GuiTestMain.h"
#include "BlindedPlanFixture.h"
#include "Conversions.h"
#include "DemoJournalFixture.h"
#include "JournalSession.h"
#include "charts/ChartDates.h"
#include "dialogs/PreferencesDialog.h"
#include "charts/ScatterDots.h"
#include "insights/ComparisonPanel.h"
#include "insights/CorrelationTableModel.h"
#include "insights/EffectCards.h"
#include "insights/ExperimentCalendarModel.h"
#include "insights/ExperimentPlanner.h"
#include "insights/InsightsView.h"
#include "insights/PeriodCorrelations.h"
#include "insights/ScatterPlot.h"
#include "quietlegs/analysis/EffectLine.h"
#include "quietlegs/analysis/EffectWording.h"
#include "quietlegs/analysis/InsightCards.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/analysis/SelfExperiment.h"
#include "quietlegs/io/InterchangeJson.h"
#include "widgets/PlainTextDelegate.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QPushButton>
#include <QFrame>
#include <QGridLayout>
#include <QSpinBox>
#include <QUndoStack>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolTip>
#include <QtTest>
#include <atomic>
#include <optional>

using namespace quietlegs;
using namespace quietlegs::testing;

class InsightsViewTests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exploratoryTableShowsEffectsFirstThenRAndQ();
    void fewNightsSayNotEnoughNightsYet();
    void sortingByROrdersTheRowsByTheirR();
    void selectedRowShowsItsPairsAndTheFittedLineWithItsBand();
    void thePrimaryQuestionAndItsVerdict();
    void thePrimaryAnswerComesFromTheWorkerWithoutUserAction();
    void everyPeriodShowsTheFiguresOfItsOwnNights();
    void periodsEndOnTheLastNight();
    void hoveringADotNamesItsNights();
    void scatterShowsItsDotsAndAxisNumbers();
    void comparisonPanelShowsTheEngineComparison();
    void plannerRefusesATenBlockPlan();
    void plannerShowsMinPAndPowerLive();
    void savedPlanShowsItsFieldsLocked();
    void resultIsHiddenUntilEndEarly();
    void resultIsShownAfterTheLastBlock();
    void packsTakenOnTodayCountInTheBlindedAdherence();
    void plannerShowsAnImportedPlanAndDropsItWhenTheImportIsUndone();
    void legacyPlanIsShownOnceAndNotMigrated();
    void aStartInABadSpellSaysImprovementWouldComeAnyway();
    void overlappingOrReversedPeriodsAreRefusedInline();
    void tableCellsLookAsTheStyleDrawsThem();
    void cardsComeFirstOnePerExposureAndOpenTheirRow();
    void cardsFollowThePeriodInWordsAndButtons();
    void wholeNumberScoresAreJitteredTheSameEachTime();
};

namespace {
QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}
/// Shows `view` on screen with the fixture's magnesium / same-night IRLS total scatter plot;
/// null when the window never appeared.
/// The table's current row in the model's order; none when no row is current.
std::optional<int> currentModelRow(const InsightsView& view)
{
    const QModelIndex current = view.correlationView()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return view.sortedModel()->mapToSource(current).row();
}

ScatterPlot* showSameDayMagnesiumScatter(InsightsView& view, DemoJournalFixture& fixture)
{
    view.resize(1200, 700);
    view.setJournal(&fixture.journal());
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return nullptr;
    view.selectCorrelation(Exposure::MagnesiumMg, Outcome::IrlsTotal, 0);
    return view.scatterPlot();
}
} // namespace

void InsightsViewTests::initTestCase()
{
    // Keep the planner's QSettings away from the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QuietLegsTests"));
    QCoreApplication::setApplicationName(QStringLiteral("InsightsViewTests"));
    QSettings().clear();
}

void InsightsViewTests::exploratoryTableShowsEffectsFirstThenRAndQ()
{
    DemoJournalFixture fixture;
    InsightsView view;
    view.setJournal(&fixture.journal());
    view.show(); // a hidden view reads the journal when shown
    const JournalSeries series = fixture.series();
    const CorrelationTable table =
        CorrelationTable::compute(series, *series.firstDate(), *series.lastDate());
    const VariableCatalogue variables = series.catalogue();

    CorrelationTableModel* model = view.correlationModel();
    QCOMPARE(model->rowCount(), int(table.rows().size()));
    const int row = model->rowOf(RelationKey{"magnesium_mg", "irls_total", 1});
    QVERIFY(row >= 0);
    const CorrelationRow& expected = table.rows()[size_t(row)];
    const EffectRow& effect = table.effects()[size_t(row)];
    QVERIFY(!expected.tooFewNights());
    QVERIFY(expected.stats.pearsonR && effect.slope && effect.slopeCi95 && effect.qValue);

    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model->data(model->index(row, column), role);
    };
    // Effect first: per 100 mg, in the outcome's units, with its interval.
    QVERIFY(CorrelationTableModel::EffectColumn < CorrelationTableModel::RColumn);
    QCOMPARE(cell(CorrelationTableModel::NightsColumn).toInt(), expected.stats.n);
    QCOMPARE(cell(CorrelationTableModel::EffectColumn).toString(),
             qs(effectCellText(effect, variables) + " per 100 mg"));
    QCOMPARE(cell(CorrelationTableModel::EffectColumn, CorrelationTableModel::kSortRole).toDouble(),
             *effect.slope * 100);
    QCOMPARE(cell(CorrelationTableModel::EffectIntervalColumn).toString(),
             qs(effectIntervalCellText(effect, variables)));
    // Then r and the effect's q.
    QCOMPARE(cell(CorrelationTableModel::RColumn, CorrelationTableModel::kSortRole).toDouble(),
             *expected.stats.pearsonR);
    QCOMPARE(cell(CorrelationTableModel::RColumn).toString(),
             qs(formatNumber(*expected.stats.pearsonR, 2)));
    QCOMPARE(cell(CorrelationTableModel::QColumn).toString(), qs(formatPValue(*effect.qValue)));
    QCOMPARE(cell(CorrelationTableModel::EffectColumn, Qt::ToolTipRole).toString(),
             qs(effectSentence(effect, variables)));
    // The largest finding is an exploratory note, and the caveat sits under the table.
    QCOMPARE(view.findingText(), qs(exploratoryNote(table, variables)));
    QVERIFY(view.findingText().contains(
        QStringLiteral("largest of %1 tests").arg(table.testCount())));
    QVERIFY(view.findingText().contains(QStringLiteral("likely overstated")));
    QCOMPARE(view.caveatText(), qs(std::string(diaryCaveat())));
    // Never the word "significant", anywhere in the view's texts (the primary question's
    // answered by the worker first).
    QTRY_VERIFY(!view.primaryPending());
    for (const QString& text : {view.findingText(), view.primaryText(), view.verdictText(),
                                view.caveatText(), view.scatterCaption()})
        QVERIFY2(!text.contains(QStringLiteral("significant"), Qt::CaseInsensitive),
                 qPrintable(text));
}

void InsightsViewTests::fewNightsSayNotEnoughNightsYet()
{
    DemoJournalFixture fixture(10);
    InsightsView view;
    view.setJournal(&fixture.journal());
    view.show(); // a hidden view reads the journal when shown
    CorrelationTableModel* model = view.correlationModel();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->correlationRow(row).stats.n < kMinimumPairsForFinding);
        QCOMPARE(model->data(model->index(row, CorrelationTableModel::EffectColumn)).toString(),
                 QStringLiteral("not enough nights yet"));
        QVERIFY(
            model->data(model->index(row, CorrelationTableModel::RColumn)).toString().isEmpty());
        QVERIFY(
            model->data(model->index(row, CorrelationTableModel::QColumn)).toString().isEmpty());
    }
    const JournalSeries series = fixture.series();
    QCOMPARE(view.findingText(),
             qs(exploratoryNote(
                 CorrelationTable::compute(series, *series.firstDate(), *series.lastDate()),
                 series.catalogue())));
    QVERIFY(view.findingText().startsWith(QStringLiteral("Not enough nights yet")));
    QTRY_VERIFY(view.verdictText().startsWith(QStringLiteral("No verdict yet: not enough nights")));
}

void InsightsViewTests::sortingByROrdersTheRowsByTheirR()
{
    DemoJournalFixture fixture;
    InsightsView view;
    view.setJournal(&fixture.journal());
    view.show(); // a hidden view reads the journal when shown
    view.correlationView()->sortByColumn(CorrelationTableModel::RColumn, Qt::AscendingOrder);
    QSortFilterProxyModel* sorted = view.sortedModel();
    double previous = -2;
    bool seenUndefined = false;
    for (int row = 0; row < sorted->rowCount(); ++row) {
        const QVariant r = sorted->data(sorted->index(row, CorrelationTableModel::RColumn),
                                        CorrelationTableModel::kSortRole);
        if (!r.isValid()) {
            seenUndefined = true; // rows without an r come last
            continue;
        }
        QVERIFY(!seenUndefined);
        QVERIFY(r.toDouble() >= previous);
        previous = r.toDouble();
    }
}

void InsightsViewTests::selectedRowShowsItsPairsAndTheFittedLineWithItsBand()
{
    DemoJournalFixture fixture;
    InsightsView view;
    view.setJournal(&fixture.journal());
    view.show(); // a hidden view reads the journal when shown
    const RelationKey relation{"magnesium_mg", "irls_total", 1};
    view.selectCorrelation(relation);

    const JournalSeries series = fixture.series();
    const auto pairs = laggedPairs(series, relation, *series.firstDate(), *series.lastDate());
    const auto dots = view.scatterPlot()->dots()->points();
    QCOMPARE(dots.size(), qsizetype(pairs.size()));
    // IRLS totals are whole numbers: their dots sit within the jitter of their values.
    QVERIFY(view.scatterPlot()->yJittered());
    QVERIFY(!view.scatterPlot()->xJittered());
    for (size_t i = 0; i < pairs.size(); ++i) {
        QCOMPARE(dots[qsizetype(i)].x(), pairs[i].exposure);
        QVERIFY(std::abs(dots[qsizetype(i)].y() - pairs[i].outcome) <= ScatterPlot::kJitter);
    }
    const CorrelationTable table =
        CorrelationTable::compute(series, *series.firstDate(), *series.lastDate());
    const int row = view.correlationModel()->rowOf(relation);
    const EffectRow& effect = table.effects()[size_t(row)];
    const auto line = effectLine(pairs, effect);
    QVERIFY(line);
    double minX = pairs.front().exposure;
    double maxX = minX;
    for (const LaggedPair& pair : pairs) {
        minX = std::min(minX, pair.exposure);
        maxX = std::max(maxX, pair.exposure);
    }
    const auto ends = view.scatterPlot()->fitLine()->points();
    QCOMPARE(ends.size(), 2);
    QCOMPARE(ends[0].x(), minX);
    QCOMPARE(ends[1].x(), maxX);
    QCOMPARE(ends[0].y(), line->at(minX));
    QCOMPARE(ends[1].y(), line->at(maxX));
    // The band of the slope's 95% interval, around the line at both ends.
    const auto upper = view.scatterPlot()->band()->upperSeries()->points();
    const auto lower = view.scatterPlot()->band()->lowerSeries()->points();
    QCOMPARE(upper.size(), 3);
    QCOMPARE(lower.size(), 3);
    QCOMPARE(upper.front().y(), line->bandAt(minX).high);
    QCOMPARE(lower.back().y(), line->bandAt(maxX).low);
    QVERIFY(upper.front().y() >= ends[0].y() && lower.front().y() <= ends[0].y());

    QVERIFY(view.scatterCaption().startsWith(qs(effectSentence(effect, series.catalogue()))));
}

void InsightsViewTests::thePrimaryQuestionAndItsVerdict()
{
    DemoJournalFixture fixture;
    JournalSession session;
    QVERIFY(session.open(fixture.path()).ok());
    InsightsView view;
    connect(&session, &JournalSession::journalChanged, &view, &InsightsView::reload);
    view.setJournal(&session.journal());
    view.show();
    const JournalSeries series = fixture.series();
    const VariableCatalogue variables = series.catalogue();

    // Without a setting: magnesium -> severity, same day, MID 1 (statistics-v2.md section 3).
    const PrimaryEffect byDefault =
        answerPrimaryQuestion(series, PrimaryQuestion{}, *series.firstDate(), *series.lastDate());
    QVERIFY(byDefault.verdict);
    QTRY_COMPARE(view.primaryText(), qs(effectSentence(byDefault.effect, variables)));
    QVERIFY(view.primaryText().startsWith(QStringLiteral("100 mg more magnesium: severity ")));
    QCOMPARE(view.verdictText(), qs(verdictSentence(byDefault, variables)));

    // Preferences sets another question; it is stored in the journal and leads Insights.
    PreferencesDialog dialog{Preferences{}};
    dialog.setPrimaryQuestion(session.primaryQuestion(), session.variables());
    QVERIFY(dialog.primaryExposureBox()->isEnabled());
    dialog.primaryExposureBox()->setCurrentIndex(
        dialog.primaryExposureBox()->findData(QStringLiteral("magnesium_mg")));
    const int efficiency = dialog.primaryOutcomeBox()->findData(QStringLiteral("sleep_efficiency"));
    QVERIFY(efficiency >= 0);
    dialog.primaryOutcomeBox()->setCurrentIndex(efficiency);
    emit dialog.primaryOutcomeBox()->activated(efficiency); // as a click: its default MID
    QCOMPARE(dialog.primaryMidBox()->value(), 5.0);
    dialog.primaryLagBox()->setValue(1);
    const auto chosen = dialog.primaryQuestion();
    QVERIFY(chosen);
    QVERIFY(session.savePrimaryQuestion(*chosen));

    auto settings = session.journal().settings();
    QVERIFY(settings.ok());
    QCOMPARE(settings->primaryQuestion.value_or(""), std::string("magnesium_mg:sleep_efficiency:1"));
    QCOMPARE(settings->primaryMid.value_or(0), 5.0);
    QCOMPARE(view.primaryQuestion().relation, chosen->relation);
    const PrimaryEffect asked =
        answerPrimaryQuestion(series, *chosen, *series.firstDate(), *series.lastDate());
    QVERIFY(asked.verdict);
    QTRY_VERIFY(!view.primaryPending());
    QVERIFY2(view.primaryText().startsWith(
                 QStringLiteral("100 mg more magnesium the day before: sleep efficiency")),
             qPrintable(view.primaryText()));
    QCOMPARE(view.verdictText(), qs(verdictSentence(asked, variables)));
    QVERIFY(view.verdictText().startsWith(
        QStringLiteral("Verdict: %1.").arg(qs(std::string(verdictText(*asked.verdict))))));
    QVERIFY(view.verdictText().contains(QStringLiteral("5 percentage points")));

    // One undo step puts the journal's question back.
    session.undoStack()->undo();
    QVERIFY(!session.journal().settings()->primaryQuestion);
    QTRY_COMPARE(view.primaryText(), qs(effectSentence(byDefault.effect, variables)));
}

void InsightsViewTests::thePrimaryAnswerComesFromTheWorkerWithoutUserAction()
{
    DemoJournalFixture fixture;
    const auto series = std::make_shared<const JournalSeries>(fixture.series());
    const PrimaryQuestion question{RelationKey{"magnesium_mg", "irls_total", 1}, 3};
    // The fit runs on the worker, which starts with the first table and tells its owner.
    std::atomic<int> answered{0};
    std::atomic<bool> onGuiThread{false};
    {
        PeriodCorrelations periods(series, question, [&] {
            onGuiThread = QThread::currentThread() == qApp->thread();
            ++answered;
        });
        QVERIFY(!periods.primary(InsightPeriod::All)); // not started before a table is asked
        QVERIFY(periods.table(InsightPeriod::All));
        QTRY_VERIFY(answered >= 1); // the asked period's answer comes first
        QVERIFY(!onGuiThread);
        QVERIFY(periods.primary(InsightPeriod::All).has_value());
        const PrimaryEffect direct =
            answerPrimaryQuestion(*series, question, *series->firstDate(), *series->lastDate());
        const PrimaryEffect fromWorker = *periods.primary(InsightPeriod::All);
        QCOMPARE(effectSentence(fromWorker.effect, series->catalogue()),
                 effectSentence(direct.effect, series->catalogue()));
        QCOMPARE(verdictSentence(fromWorker, series->catalogue()),
                 verdictSentence(direct, series->catalogue()));
        // Every period is answered, the others after the one asked for.
        QTRY_VERIFY(periods.primary(InsightPeriod::TwelveWeeks).has_value());
    }
    QVERIFY(answered >= 1);

    // In the view: "Computing…" at most until the worker's answer, which then shows by itself.
    InsightsView view;
    view.setJournal(&fixture.journal());
    view.show();
    if (view.primaryPending()) {
        QCOMPARE(view.primaryText(), QStringLiteral("Computing…"));
        QVERIFY(view.verdictText().isEmpty());
    }
    const PrimaryEffect byDefault = answerPrimaryQuestion(*series, PrimaryQuestion{},
                                                          *series->firstDate(), *series->lastDate());
    QTRY_VERIFY(!view.primaryPending());
    QCOMPARE(view.primaryText(), qs(effectSentence(byDefault.effect, series->catalogue())));
    QCOMPARE(view.verdictText(), qs(verdictSentence(byDefault, series->catalogue())));
}

void InsightsViewTests::everyPeriodShowsTheFiguresOfItsOwnNights()
{
    DemoJournalFixture fixture(500); // longer than a year: all four periods differ
    InsightsView view;
    view.setJournal(&fixture.journal());
    view.show();
    const JournalSeries series = fixture.series();
    CorrelationTableModel* model = view.correlationModel();
    // Shortest to longest and back: a table computed ahead of time must be the one the
    // period's own nights give, as much as one computed when asked.
    for (const int index : {0, 3, 2, 1, 0, 3, 1}) {
        view.periodBox()->setCurrentIndex(index);
        const auto period = InsightPeriod(view.periodBox()->currentData().toInt());
        const auto range = PeriodCorrelations::range(series, period);
        QVERIFY(range);
        const CorrelationTable table =
            CorrelationTable::compute(series, range->first, range->second);
        QCOMPARE(model->rowCount(), int(table.rows().size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const CorrelationRow& expected = table.rows()[size_t(row)];
            QCOMPARE(model->data(model->index(row, CorrelationTableModel::NightsColumn)).toInt(),
                     expected.stats.n);
            if (expected.stats.pearsonR)
                QCOMPARE(model
                             ->data(model->index(row, CorrelationTableModel::RColumn),
                                    CorrelationTableModel::kSortRole)
                             .toDouble(),
                         *expected.stats.pearsonR);
        }
        QCOMPARE(view.findingText(), qs(exploratoryNote(table, series.catalogue())));
        // The primary question over the same nights, answered on the worker.
        const PrimaryEffect primary =
            answerPrimaryQuestion(series, PrimaryQuestion{}, range->first, range->second);
        QTRY_COMPARE(view.verdictText(), qs(verdictSentence(primary, series.catalogue())));
        QCOMPARE(view.primaryText(), qs(effectSentence(primary.effect, series.catalogue())));
    }
}

void InsightsViewTests::periodsEndOnTheLastNight()
{
    DemoJournalFixture fixture(500);
    const JournalSeries series = fixture.series();
    const Date first = *series.firstDate();
    const Date last = *series.lastDate();
    const auto covers = [&](InsightPeriod period) {
        const auto range = PeriodCorrelations::range(series, period);
        return range ? std::pair{toQDate(range->first), toQDate(range->second)}
                     : std::pair<QDate, QDate>{};
    };
    const QDate end = toQDate(last);
    QCOMPARE(covers(InsightPeriod::All), std::pair(toQDate(first), end));
    QCOMPARE(covers(InsightPeriod::OneYear), std::pair(end.addYears(-1).addDays(1), end));
    QCOMPARE(covers(InsightPeriod::SixMonths), std::pair(end.addMonths(-6).addDays(1), end));
    QCOMPARE(covers(InsightPeriod::TwelveWeeks).first.daysTo(end), 12 * 7 - 1);

    // A journal shorter than the period starts at its first night.
    DemoJournalFixture shortJournal(60);
    const JournalSeries shortSeries = shortJournal.series();
    QCOMPARE(PeriodCorrelations::range(shortSeries, InsightPeriod::OneYear)->first,
             *shortSeries.firstDate());
    QVERIFY(!PeriodCorrelations::range(JournalSeries(), InsightPeriod::All));
}

void InsightsViewTests::hoveringADotNamesItsNights()
{
    DemoJournalFixture fixture;
    InsightsView view;
    ScatterPlot* plot = showSameDayMagnesiumScatter(view, fixture);
    QVERIFY(plot);
    const auto dots = plot->dots()->points();
    QVERIFY(!dots.isEmpty());
    const QPointF dot = dots.front();
    const QPointF inChart = plot->chart()->mapToPosition(dot, plot->fitLine());
    const QPoint inView = plot->mapFromScene(plot->chart()->mapToScene(inChart));
    QTest::mouseMove(plot->viewport(), inView);
    QTRY_VERIFY(QToolTip::isVisible());
    // Every night with exactly this dot's values is named.
    // (The dot is drawn a little off its IRLS total: the first dot is the first pair.)
    const JournalSeries series = fixture.series();
    const auto pairs = laggedPairs(series, RelationKey{"magnesium_mg", "irls_total", 0},
                                   *series.firstDate(), *series.lastDate());
    const LaggedPair hovered = pairs.front();
    int named = 0;
    for (const LaggedPair& pair : pairs)
        if (pair.exposure == hovered.exposure && pair.outcome == hovered.outcome) {
            QVERIFY2(QToolTip::text().contains(toQDate(pair.nightDate).toString(Qt::ISODate)),
                     qPrintable(QToolTip::text()));
            ++named;
        }
    QVERIFY(named >= 1);

    // Away from every dot, no tooltip.
    QTest::mouseMove(plot->viewport(), QPoint(2, 2));
    QTRY_VERIFY(!QToolTip::isVisible());
}

void InsightsViewTests::scatterShowsItsDotsAndAxisNumbers()
{
    DemoJournalFixture fixture;
    InsightsView view;
    ScatterPlot* plot = showSameDayMagnesiumScatter(view, fixture);
    QVERIFY(plot);
    const QImage image = plot->grab().toImage();
    const QRect area =
        plot->mapFromScene(plot->chart()->mapToScene(plot->chart()->plotArea())).boundingRect();
    // The tick numbers are text in the window text colour just left of and just below the
    // plot area (the axis titles are further out); ticks and grid lines are lighter.
    const auto darkPixels = [&](QRect strip) {
        int count = 0;
        for (int y = strip.top(); y <= strip.bottom(); ++y)
            for (int x = strip.left(); x <= strip.right(); ++x)
                if (image.rect().contains(x, y) && qGray(image.pixel(x, y)) < 96)
                    ++count;
        return count;
    };
    QVERIFY(darkPixels(QRect(area.left() - 22, area.top(), 16, area.height())) > 20);
    QVERIFY(darkPixels(QRect(area.left(), area.bottom() + 6, area.width(), 10)) > 20);

    // Every pair is a dot in the dots' colour (translucent over the plot's white).
    const QColor dotColour = plot->dots()->color();
    int drawn = 0;
    for (const QPointF& dot : plot->dots()->points()) {
        const QPointF inChart = plot->chart()->mapToPosition(dot, plot->fitLine());
        const QColor pixel =
            image.pixelColor(plot->mapFromScene(plot->chart()->mapToScene(inChart)));
        if (pixel.blue() > pixel.red() + 40 && dotColour.blue() > dotColour.red())
            ++drawn;
    }
    QVERIFY2(
        drawn > plot->dots()->points().size() * 9 / 10,
        qPrintable(
            QStringLiteral("%1 of %2 dots drawn").arg(drawn).arg(plot->dots()->points().size())));
}

void InsightsViewTests::comparisonPanelShowsTheEngineComparison()
{
    DemoJournalFixture fixture;
    InsightsView view;
    view.setJournal(&fixture.journal());
    view.show(); // a hidden view reads the journal when shown
    ComparisonPanel* panel = view.comparisonPanel();
    const QDate start(2026, 6, 1);
    panel->setStartDate(start);

    const JournalSeries series = fixture.series();
    const auto expected =
        compareRanges(series, "irls_total", toDate(start.addDays(-28)), toDate(start.addDays(-1)),
                      toDate(start.addDays(7)), toDate(start.addDays(41)));
    QVERIFY(expected.ok());
    QVERIFY(panel->comparison());
    QVERIFY(panel->refusalText().isEmpty());
    const Comparison& shown = *panel->comparison();
    QCOMPARE(shown.a.n, expected->a.n);
    QCOMPARE(shown.b.n, expected->b.n);
    QVERIFY(expected->difference && expected->hedgesG);
    QCOMPARE(panel->figureText(QStringLiteral("difference")),
             qs(formatNumber(*expected->difference, 1)));
    QCOMPARE(panel->figureText(QStringLiteral("hedges_g")),
             qs(formatNumber(*expected->hedgesG, 2)));
    // The interrupted time series: change of level and of trend with their intervals.
    const ItsCoefficient& level = expected->its.levelChange;
    QVERIFY(level.estimate && level.ci95);
    QCOMPARE(panel->figureText(QStringLiteral("level_change")),
             qs(formatNumber(*level.estimate, 2)));
    QCOMPARE(panel->figureText(QStringLiteral("level_change_ci95")),
             qs(formatNumber(level.ci95->low, 2) + " to " + formatNumber(level.ci95->high, 2)));
    QCOMPARE(panel->figureText(QStringLiteral("its_n")), QString::number(expected->its.n));
    QCOMPARE(panel->sentence(), qs(comparisonSentence(*expected, Audience::App)));
    QVERIFY(panel->sentence().contains(QStringLiteral("natural ups and downs")));
    QVERIFY(panel->sentence().contains(qs(std::string(diaryCaveat()))));
    QVERIFY(!panel->sentence().contains(QStringLiteral("significant"), Qt::CaseInsensitive));
    QVERIFY(!panel->sentence().contains(QStringLiteral("unlikely if nothing had changed")));

    // The chart: both means, each with its 95% interval from the engine.
    const auto means = panel->meanDots()->points();
    QCOMPARE(means.size(), 2);
    QCOMPARE(means[0].y(), *expected->a.mean);
    QCOMPARE(means[1].y(), *expected->b.mean);
    const auto intervalA = expected->a.meanCi95;
    QVERIFY(intervalA);
    const auto barA = panel->intervalBars(0)->points();
    QCOMPARE(barA.first().y(), intervalA->low);
    QCOMPARE(barA.last().y(), intervalA->high);
}

void InsightsViewTests::aStartInABadSpellSaysImprovementWouldComeAnyway()
{
    // 90 calm nights (severity 2-3), then four bad weeks (7-8) as "before", then better weeks.
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(QStringLiteral("journal.sqlite")).toStdString());
    QVERIFY(journal.ok());
    JournalRecords records;
    const QDate first(2026, 1, 1);
    const auto addNight = [&](QDate date, int severity) {
        NightEntry entry;
        entry.date = toDate(date);
        entry.severity = severity;
        records.nights.push_back(Night::create(entry).value());
    };
    for (int day = 0; day < 90; ++day)
        addNight(first.addDays(day), 2 + day % 2);
    const QDate start = first.addDays(90 + 28);
    for (int day = 90; day < 90 + 28 + 42; ++day)
        addNight(first.addDays(day), first.addDays(day) < start ? 7 + day % 2 : 4 + day % 2);
    QVERIFY(journal->merge(records).ok());

    InsightsView view;
    view.setJournal(&*journal);
    view.show();
    ComparisonPanel* panel = view.comparisonPanel();
    panel->setOutcome(std::string("severity"));
    panel->setStartDate(start);
    QVERIFY(panel->comparison());
    QCOMPARE(panel->comparison()->regressionToMeanRisk, std::optional<bool>(true));
    QVERIFY2(panel->sentence().contains(QStringLiteral(
                 "You started during a bad spell; some improvement would come anyway.")),
             qPrintable(panel->sentence()));

    // "Before" in the better weeks after the bad spell: no such sentence.
    panel->setStartDate(first.addDays(90 + 28 + 28));
    QVERIFY(panel->comparison());
    QCOMPARE(panel->comparison()->regressionToMeanRisk, std::optional<bool>(false));
    QVERIFY(!panel->sentence().contains(QStringLiteral("bad spell")));
}

void InsightsViewTests::overlappingOrReversedPeriodsAreRefusedInline()
{
    DemoJournalFixture fixture;
    InsightsView view;
    view.setJournal(&fixture.journal());
    view.show();
    ComparisonPanel* panel = view.comparisonPanel();
    // B starts before A ends: overlapping.
    panel->setRanges(QDate(2026, 6, 1), QDate(2026, 6, 30), QDate(2026, 6, 20),
                     QDate(2026, 7, 20));
    QVERIFY(!panel->comparison());
    QVERIFY(panel->refusalText().startsWith(QStringLiteral("These periods cannot be compared")));
    QVERIFY(panel->sentence().isEmpty());
    QVERIFY(panel->figureText(QStringLiteral("level_change")).isEmpty());
    // B before A: reversed.
    panel->setRanges(QDate(2026, 7, 1), QDate(2026, 7, 30), QDate(2026, 6, 1),
                     QDate(2026, 6, 20));
    QVERIFY(!panel->comparison());
    QVERIFY(!panel->refusalText().isEmpty());
    // Put right, the message goes and the figures come.
    panel->setRanges(QDate(2026, 6, 1), QDate(2026, 6, 30), QDate(2026, 7, 8),
                     QDate(2026, 8, 10));
    QVERIFY(panel->comparison());
    QVERIFY(panel->refusalText().isEmpty());
    QVERIFY(!panel->sentence().isEmpty());
}

namespace {
/// A shown Insights view on `fixture` whose planner saves into the fixture's journal.
ExperimentPlanner* plannerOn(InsightsView& view, DemoJournalFixture& fixture)
{
    view.setJournal(&fixture.journal());
    view.show(); // a hidden view reads the journal when shown
    view.tabs()->setCurrentWidget(view.experimentPlanner());
    ExperimentPlanner* planner = view.experimentPlanner();
    Journal& journal = fixture.writableJournal();
    planner->setWriters(
        {[&journal](const ExperimentPlan& plan) { return journal.saveExperiment(plan); },
         [&journal](const std::string& id, const std::string& when) {
             return journal.endExperimentEarly(id, when);
         }});
    return planner;
}
} // namespace

void InsightsViewTests::plannerRefusesATenBlockPlan()
{
    DemoJournalFixture fixture(30);
    InsightsView view;
    ExperimentPlanner* planner = plannerOn(view, fixture);
    planner->blocksBox()->setValue(10);
    QCOMPARE(planner->minPText(), QStringLiteral("Smallest possible p: 0.062"));
    QVERIFY2(planner->errorText().contains(QStringLiteral("blocks")), qPrintable(planner->errorText()));
    QVERIFY(!planner->savePlan());
    QVERIFY2(planner->errorText().startsWith(QStringLiteral("Not saved")),
             qPrintable(planner->errorText()));
    QVERIFY(planner->errorText().contains(QStringLiteral("0.0625")));
    QVERIFY(!planner->savedPlan());
    QVERIFY(planner->formEditable());
    QVERIFY(fixture.journal().experiments()->empty());
}

void InsightsViewTests::plannerShowsMinPAndPowerLive()
{
    DemoJournalFixture fixture(120);
    InsightsView view;
    ExperimentPlanner* planner = plannerOn(view, fixture);
    QCOMPARE(planner->minPText(), QStringLiteral("Smallest possible p: 0.031"));
    QVERIFY(planner->errorText().isEmpty());
    const auto twelve = planner->shownPower();
    QVERIFY(twelve);
    QVERIFY2(planner->powerText().contains(QStringLiteral("from your last")),
             qPrintable(planner->powerText()));
    planner->blocksBox()->setValue(24);
    QCOMPARE(planner->minPText(), QStringLiteral("Smallest possible p: < 0.001"));
    QVERIFY(planner->shownPower());
    QVERIFY(*planner->shownPower() >= *twelve); // twice the nights: never less power
}

void InsightsViewTests::savedPlanShowsItsFieldsLocked()
{
    DemoJournalFixture fixture(60);
    InsightsView view;
    ExperimentPlanner* planner = plannerOn(view, fixture);
    const ExperimentPlan design = planner->design();
    QVERIFY2(planner->savePlan(), qPrintable(planner->errorText()));
    const auto saved = fixture.journal().experiments();
    QVERIFY(saved && saved->size() == 1);
    const ExperimentPlan& plan = saved->front();
    QCOMPARE(plan, *planner->savedPlan());
    QCOMPARE(plan.blocks, design.blocks);
    QCOMPARE(plan.seed, design.seed);
    QVERIFY(plan.power);

    // Every pre-registered field is shown and none can be edited; there is no new seed.
    QVERIFY(!planner->formEditable());
    for (QWidget* field : planner->findChildren<QWidget*>()) {
        if (field->window() != planner->window())
            continue; // a date edit's calendar pop-up is a window of its own
        if (qobject_cast<QSpinBox*>(field) || qobject_cast<QDoubleSpinBox*>(field) ||
            qobject_cast<QComboBox*>(field) || qobject_cast<QDateEdit*>(field) ||
            qobject_cast<QCheckBox*>(field))
            QVERIFY2(!field->isEnabled(), qPrintable(field->metaObject()->className()));
    }
    for (QPushButton* button : planner->findChildren<QPushButton*>())
        QVERIFY2(!button->text().contains(QStringLiteral("seed"), Qt::CaseInsensitive),
                 qPrintable(button->text()));
    QVERIFY(planner->saveButton()->isHidden());
    QVERIFY(planner->savedPlanText().contains(QString::number(plan.seed)));
    QVERIFY(planner->savedPlanText().contains(QStringLiteral("fixed")));

    // The calendar shows the saved assignments.
    ExperimentCalendarModel* calendar = planner->calendar();
    for (const ExperimentBlock& block : experimentAssignments(plan)) {
        const QModelIndex index = calendar->indexOf(toQDate(block.to));
        QVERIFY(index.isValid());
        QCOMPARE(calendar->data(index, ExperimentCalendarModel::kOnRole).toBool(), block.on);
    }

    // Reopened, the journal's plan is shown the same way.
    InsightsView reopened;
    ExperimentPlanner* again = plannerOn(reopened, fixture);
    QVERIFY(again->savedPlan());
    QCOMPARE(*again->savedPlan(), plan);
    QVERIFY(!again->formEditable());
}

void InsightsViewTests::packsTakenOnTodayCountInTheBlindedAdherence()
{
    DemoJournalFixture fixture;
    JournalSession session;
    QVERIFY(session.open(fixture.path()).ok());
    const JournalSeries series = fixture.series();
    const ExperimentPlan plan = blindedMagnesiumPlan(addDays(*series.lastDate(), -20));
    QVERIFY(session.saveExperiment(plan).ok());
    InsightsView view;
    connect(&session, &JournalSession::journalChanged, &view, &InsightsView::reload);
    view.setJournal(&session.journal());
    view.show();

    // Packs logged (as on Today) after Insights loaded the plan, then the early end.
    const Date analysed = addDays(plan.start, plan.washoutDays);
    QVERIFY(series.outcome(Outcome::Severity).at(analysed));
    QVERIFY(session.setPackTaken(plan.id, toQDate(analysed), true));
    ExperimentPlanner* planner = view.experimentPlanner();
    // The calendar marks the day whose pack was logged, and only that day.
    ExperimentCalendarModel* calendar = planner->calendar();
    const QModelIndex takenDay = calendar->indexOf(toQDate(analysed));
    const QModelIndex otherDay = calendar->indexOf(toQDate(analysed).addDays(1));
    QCOMPARE(calendar->data(takenDay, ExperimentCalendarModel::kPackTakenRole), QVariant(true));
    QVERIFY2(calendar->data(takenDay).toString().contains(QStringLiteral("pack 1 ✓")),
             qPrintable(calendar->data(takenDay).toString()));
    QVERIFY(calendar->data(takenDay, Qt::ToolTipRole).toString().contains(QStringLiteral("logged as taken")));
    QCOMPARE(calendar->data(otherDay, ExperimentCalendarModel::kPackTakenRole), QVariant(false));
    QVERIFY(!calendar->data(otherDay).toString().contains(QStringLiteral("pack 1 ✓")));
    QVERIFY(!calendar->data(calendar->indexOf(toQDate(plan.start).addDays(-1)),
                            ExperimentCalendarModel::kPackTakenRole)
                 .isValid()); // before the blocks: no pack to take
    QVERIFY(session.endExperimentEarly(plan.id, utcTimestampNow()).ok());
    QCOMPARE(planner->savedPlan()->packsTaken.size(), std::size_t(1));
    QVERIFY(!planner->resultHidden());
    const auto stored = session.journal().experiment(plan.id);
    QVERIFY(stored.ok() && stored->has_value());
    const auto expected = analyseExperiment(**stored, series);
    QVERIFY(expected.ok() && expected->adherence);
    QVERIFY(*expected->adherence > 0);
    QVERIFY(planner->result() && planner->result()->adherence);
    QCOMPARE(*planner->result()->adherence, *expected->adherence);
}

void InsightsViewTests::plannerShowsAnImportedPlanAndDropsItWhenTheImportIsUndone()
{
    DemoJournalFixture fixture(60);
    JournalSession session;
    QVERIFY(session.open(fixture.path()).ok());
    InsightsView view;
    connect(&session, &JournalSession::journalChanged, &view, &InsightsView::reload);
    view.setJournal(&session.journal());
    view.show();
    ExperimentPlanner* planner = view.experimentPlanner();
    QVERIFY(!planner->savedPlan());

    ExperimentPlan plan = blindedMagnesiumPlan(addDays(*fixture.series().lastDate(), -20));
    plan.packsTaken = {{plan.start, 1}};
    JournalRecords records;
    records.experiments.push_back(plan);
    auto batch = importInterchangeJson(interchangeJson(records, std::chrono::sys_seconds{}));
    QVERIFY(batch.ok());
    QVERIFY(session.applyImport(*batch).ok());
    QVERIFY(planner->savedPlan());
    QCOMPARE(*planner->savedPlan(), plan);
    QVERIFY(!planner->formEditable());
    QCOMPARE(planner->calendar()->data(planner->calendar()->indexOf(toQDate(plan.start)),
                                       ExperimentCalendarModel::kPackTakenRole),
             QVariant(true));

    session.undoStack()->undo();
    QVERIFY(!planner->savedPlan()); // the form is back to designing a plan
    QVERIFY(planner->formEditable());
    session.undoStack()->redo();
    QVERIFY(planner->savedPlan());

    // A plan arriving while the person designs another leaves their form alone.
    session.undoStack()->undo();
    planner->startNewPlan();
    session.undoStack()->redo();
    QVERIFY(!planner->savedPlan());
    QVERIFY(planner->formEditable());
}

void InsightsViewTests::resultIsHiddenUntilEndEarly()
{
    DemoJournalFixture fixture(60);
    InsightsView view;
    ExperimentPlanner* planner = plannerOn(view, fixture);
    QVERIFY2(planner->savePlan(), qPrintable(planner->errorText()));
    QVERIFY(planner->resultHidden());
    QVERIFY(planner->resultText().contains(QStringLiteral("stays hidden")));
    QVERIFY(!planner->endEarlyButton()->isHidden());

    QVERIFY(planner->endEarly());
    QVERIFY(!planner->resultHidden());
    QVERIFY(planner->endEarlyButton()->isHidden());
    QVERIFY2(planner->resultText().contains(QStringLiteral("ended early")) ||
                 planner->resultText().contains(QStringLiteral("Not enough data")),
             qPrintable(planner->resultText()));
    QVERIFY(planner->result()->endedEarly);
    const auto stored = fixture.journal().experiments();
    QVERIFY(stored && stored->front().endedEarlyAt);
    QVERIFY(!planner->endEarly()); // recorded once
}

void InsightsViewTests::resultIsShownAfterTheLastBlock()
{
    DemoJournalFixture fixture(60);
    InsightsView view;
    ExperimentPlanner* planner = plannerOn(view, fixture);
    QVERIFY(planner->savePlan());
    const ExperimentPlan plan = *planner->savedPlan();
    planner->setToday(toQDate(experimentEnd(plan)));
    QVERIFY(planner->resultHidden());
    planner->setToday(toQDate(experimentEnd(plan)).addDays(1));
    QVERIFY(!planner->resultHidden());
    QVERIFY(!planner->result()->endedEarly);
    QVERIFY(!planner->resultText().contains(QStringLiteral("stays hidden")));
    QVERIFY(!planner->resultText().contains(QStringLiteral("significant")));
}

void InsightsViewTests::legacyPlanIsShownOnceAndNotMigrated()
{
    DemoJournalFixture fixture(30);
    const QByteArray hash = QCryptographicHash::hash(
                                QFileInfo(fixture.path()).absoluteFilePath().toUtf8(),
                                QCryptographicHash::Sha1)
                                .toHex();
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("experiments/") + QString::fromLatin1(hash));
        settings.setValue(QStringLiteral("start"), QStringLiteral("2026-10-01"));
        settings.setValue(QStringLiteral("blockDays"), 7);
        settings.setValue(QStringLiteral("blockCount"), 6);
        settings.setValue(QStringLiteral("seed"), QStringLiteral("4242"));
    }
    InsightsView view;
    ExperimentPlanner* planner = plannerOn(view, fixture);
    QVERIFY2(planner->legacyText().contains(QStringLiteral("not pre-registered")),
             qPrintable(planner->legacyText()));
    QVERIFY(planner->legacyText().contains(QStringLiteral("4242")));
    QVERIFY(!planner->savedPlan());
    QVERIFY(fixture.journal().experiments()->empty());

    InsightsView again;
    QVERIFY(plannerOn(again, fixture)->legacyText().isEmpty());
}

namespace {

/// Per cell of `view`: how many pixels are darker than the background (the text's ink) and
/// the rectangle they span, in the picture of its viewport.
struct CellInk
{
    int pixels = 0;
    QRect box;
    int darkest = 255; // the text's colour, as lightness: its glyphs' solid middle
    int lightest = 0;
};

QList<CellInk> inkPerCell(QTableView& view)
{
    const QImage image = view.viewport()->grab().toImage();
    QList<CellInk> cells;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        for (int column = 0; column < view.model()->columnCount(); ++column) {
            const QRect rect =
                view.visualRect(view.model()->index(row, column)).adjusted(1, 1, -1, -1);
            CellInk ink;
            const QColor background = image.pixelColor(rect.topLeft());
            for (int y = rect.top(); y <= rect.bottom(); ++y)
                for (int x = rect.left(); x <= rect.right(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (std::abs(c.lightness() - background.lightness()) > 60) {
                        ++ink.pixels;
                        ink.box |= QRect(x, y, 1, 1);
                        ink.darkest = std::min(ink.darkest, c.lightness());
                        ink.lightest = std::max(ink.lightest, c.lightness());
                    }
                }
            cells.append(ink);
        }
    }
    return cells;
}

} // namespace

void InsightsViewTests::tableCellsLookAsTheStyleDrawsThem()
{
    // PlainTextDelegate draws the correlation table's text from kept layouts; every cell must
    // look as QStyledItemDelegate draws it: the same text in the same place, aligned, in the
    // selected row's colours, and elided when its column is too narrow.
    QStandardItemModel model(4, 3);
    const QStringList texts{QStringLiteral("Magnesium (mg)"),
                            QStringLiteral("0.38 to 0.41"),
                            QStringLiteral("< 0.001"),
                            QStringLiteral("Iron (mg)"),
                            QStringLiteral("-0.12"),
                            QStringLiteral("not enough nights yet"),
                            QStringLiteral("Sleep efficiency (%)"),
                            QStringLiteral("3281"),
                            QStringLiteral("0.0018"),
                            QStringLiteral("Caffeine (mg)"),
                            QStringLiteral("2"),
                            QString()};
    for (int i = 0; i < texts.size(); ++i) {
        auto* item = new QStandardItem(texts[i]);
        if (i % 3 != 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (i == 5)
            item->setForeground(QApplication::palette().brush(QPalette::Disabled, QPalette::Text));
        model.setItem(i / 3, i % 3, item);
    }
    QTableView view;
    view.setModel(&model);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.resize(520, 220);
    view.setColumnWidth(0, 70); // too narrow for most names: elided
    view.setColumnWidth(1, 190);
    view.setColumnWidth(2, 120);
    view.selectRow(1);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QStyledItemDelegate styled;
    view.setItemDelegate(&styled);
    const QList<CellInk> expected = inkPerCell(view);
    QList<QSize> expectedSizes;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            expectedSizes.append(styled.sizeHint(option, model.index(row, column)));

    PlainTextDelegate plain;
    view.setItemDelegate(&plain);
    for (int pass = 0; pass < 2; ++pass) { // the second time from what it kept
        const QList<CellInk> drawn = inkPerCell(view);
        QCOMPARE(drawn.size(), expected.size());
        for (int i = 0; i < drawn.size(); ++i) {
            const QString what =
                QStringLiteral("cell %1 (%2), pass %3").arg(i).arg(texts[i]).arg(pass);
            QVERIFY2((drawn[i].pixels == 0) == (expected[i].pixels == 0), qPrintable(what));
            // Antialiasing may differ by a pixel's worth at the glyphs' edges, no more.
            QVERIFY2(std::abs(drawn[i].pixels - expected[i].pixels) <= expected[i].pixels / 5 + 2,
                     qPrintable(what));
            // In the same colour: the selected row's, a disabled-looking row's.
            QVERIFY2(std::abs(drawn[i].darkest - expected[i].darkest) <= 40 &&
                         std::abs(drawn[i].lightest - expected[i].lightest) <= 40,
                     qPrintable(what));
            for (int edge : {drawn[i].box.left() - expected[i].box.left(),
                             drawn[i].box.right() - expected[i].box.right(),
                             drawn[i].box.top() - expected[i].box.top(),
                             drawn[i].box.bottom() - expected[i].box.bottom()})
                QVERIFY2(std::abs(edge) <= 1, qPrintable(what));
        }
        int i = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                QCOMPARE(plain.sizeHint(option, model.index(row, column)), expectedSizes[i++]);
    }
    view.setItemDelegate(nullptr);
}

namespace {

/// `view` at 1200x800 on the fixture's journal, shown; false if it never got on screen.
bool showsJournalOf(InsightsView& view, DemoJournalFixture& fixture)
{
    view.resize(1200, 800);
    view.setJournal(&fixture.journal());
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

} // namespace

void InsightsViewTests::cardsComeFirstOnePerExposureAndOpenTheirRow()
{
    DemoJournalFixture fixture;
    InsightsView view;
    QVERIFY(showsJournalOf(view, fixture));
    // The cards are the analysis layer's, for the journal's primary question.
    const JournalSeries series = fixture.series();
    const CorrelationTable table =
        CorrelationTable::compute(series, *series.firstDate(), *series.lastDate());
    const auto expected = exposureCards(table, series.catalogue(), view.primaryQuestion());
    QVERIFY(!expected.empty());
    EffectCards* cards = view.effectCards();
    QCOMPARE(cards->cards().size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(cards->cards()[i].sentence, expected[i].sentence);
    // Above the table: read first.
    const QPoint cardsTop = cards->mapTo(&view, QPoint(0, 0));
    const QPoint tableTop = view.correlationView()->mapTo(&view, QPoint(0, 0));
    QVERIFY(cardsTop.y() < tableTop.y());
    // A card's button selects its row, which shows its scatter plot.
    const auto buttons = cards->findChildren<QPushButton*>();
    QCOMPARE(buttons.size(), qsizetype(expected.size()));
    const InsightCard& last = expected.back();
    const auto button = std::find_if(buttons.begin(), buttons.end(), [&](QPushButton* b) {
        return b->accessibleName().contains(qs(last.title));
    });
    QVERIFY(button != buttons.end());
    (*button)->click();
    QCOMPARE(currentModelRow(view), std::optional(view.correlationModel()->rowOf(last.relation)));
    // The table's lag column says what it means.
    QCOMPARE(view.correlationModel()
                 ->headerData(CorrelationTableModel::LagColumn, Qt::Horizontal)
                 .toString(),
             QStringLiteral("Days before"));
}

void InsightsViewTests::cardsFollowThePeriodInWordsAndButtons()
{
    DemoJournalFixture fixture(500);
    InsightsView view;
    QVERIFY(showsJournalOf(view, fixture));
    const JournalSeries series = fixture.series();
    EffectCards* cards = view.effectCards();
    // The cards' widgets are kept across periods (docs/performance.md); what they say and the
    // row each button opens must still be the period's own.
    for (const int index : {1, 0, 3, 2, 0}) {
        view.periodBox()->setCurrentIndex(index);
        const auto period = InsightPeriod(view.periodBox()->currentData().toInt());
        const auto range = PeriodCorrelations::range(series, period);
        QVERIFY(range);
        const CorrelationTable table =
            CorrelationTable::compute(series, range->first, range->second);
        const auto expected = exposureCards(table, series.catalogue(), view.primaryQuestion());
        const auto frames = cards->findChildren<QFrame*>(QStringLiteral("effectCard"));
        QCOMPARE(frames.size(), qsizetype(expected.size()));
        QCOMPARE(cards->cards().size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(cards->cards()[i].sentence, expected[i].sentence);
            // The card in the i-th place of the grid shows the i-th card's words.
            auto* grid = cards->findChild<QGridLayout*>();
            QVERIFY(grid);
            QWidget* frame = grid->itemAtPosition(int(i) / 2, int(i) % 2)->widget();
            QStringList texts;
            for (QLabel* label : frame->findChildren<QLabel*>())
                texts << label->text();
            QVERIFY(texts.contains(qs(expected[i].title)));
            QVERIFY(texts.contains(qs(expected[i].sentence)));
            auto* button = frame->findChild<QPushButton*>();
            QVERIFY(button);
            QCOMPARE(button->accessibleName(),
                     QStringLiteral("Show %1 in the table").arg(qs(expected[i].title)));
            button->click();
            QCOMPARE(currentModelRow(view),
                     std::optional(view.correlationModel()->rowOf(expected[i].relation)));
        }
    }
}

void InsightsViewTests::wholeNumberScoresAreJitteredTheSameEachTime()
{
    DemoJournalFixture fixture;
    InsightsView view;
    view.setJournal(&fixture.journal());
    view.show();
    const RelationKey relation{"magnesium_mg", "severity", 0};
    view.selectCorrelation(relation);
    const JournalSeries series = fixture.series();
    const auto pairs = laggedPairs(series, relation, *series.firstDate(), *series.lastDate());
    const auto first = view.scatterPlot()->dots()->points();
    QCOMPARE(first.size(), qsizetype(pairs.size()));
    QVERIFY(view.scatterPlot()->yJittered());
    int moved = 0;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const double offset = first[qsizetype(i)].y() - pairs[i].outcome;
        QVERIFY(std::abs(offset) <= ScatterPlot::kJitter);
        moved += offset != 0;
    }
    QVERIFY(moved > int(pairs.size()) / 2);
    QVERIFY(view.scatterCaption().contains(QStringLiteral("spread a little")));
    // Another row and back: the same plot (no random numbers).
    view.selectCorrelation(RelationKey{"iron_mg", "severity", 0});
    view.selectCorrelation(relation);
    QCOMPARE(view.scatterPlot()->dots()->points(), first);
}

QUIETLEGS_GUI_TEST(InsightsViewTests)
#include "InsightsViewTests.moc"
