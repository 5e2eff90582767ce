// statistics-v2 as the tables wire it: the variable table, corrected correlations, effects, the
// primary question and the interrupted time series, against R (reference/statistics-v2.R).
#include "ReferenceValues.h"
#include "TestJournal.h"
#include "quietlegs/analysis/StatisticsReport.h"

#include <array>
#include <cmath>
#include <limits>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

// Figures that come out of the phi search agree with gls to 1e-4 (statistics-v2.md section 2).
void checkFitted(const std::optional<double>& actual, double expected)
{
    REQUIRE(actual.has_value());
    CHECK(*actual == Approx(expected).epsilon(1e-4).margin(1e-9));
}

constexpr double NA = std::numeric_limits<double>::quiet_NaN();
constexpr std::array<double, 21> kMagnesium{0, 200, 200, NA,  300, 100, 0,   250, 250, 200, NA,
                                            0, 300, 300, 150, 200, 0,   100, 250, 300, 200};
constexpr std::array<double, 21> kIrls{25, 22, 20, NA, 18, 21, 26, 19, 17, 18, NA,
                                       24, 15, 16, 19, 18, NA, 23, 17, 14, 16};

Date day(int number)
{
    return addDays(date(2026, 3, 2), number - 1);
}

/// The three weeks of JournalStatisticsTest.cpp, magnesium and IRLS totals only.
JournalRecords threeWeeks()
{
    JournalRecords records;
    for (int i = 1; i <= 21; ++i) {
        if (!std::isnan(kIrls[i - 1]))
            records.nights.push_back(night(day(i), int(kIrls[i - 1])));
        if (!std::isnan(kMagnesium[i - 1]) && kMagnesium[i - 1] > 0)
            records.intakes.push_back(
                intake(at(day(i), 21, 0), Nutrient::Magnesium, kMagnesium[i - 1]));
    }
    // Day 17 has no night but a record, so its magnesium is a known 0.
    records.daily.push_back(daily(day(17), 100.0));
    return records;
}

const CorrelationRow& correlationOf(const CorrelationTable& table, const RelationKey& key)
{
    for (const CorrelationRow& row : table.rows())
        if (row.key() == key)
            return row;
    throw std::logic_error("row missing");
}

const EffectRow& effectOf(const CorrelationTable& table, const RelationKey& key)
{
    for (const EffectRow& row : table.effects())
        if (row.key() == key)
            return row;
    throw std::logic_error("row missing");
}

struct V2Reference
{
    int n;
    double nEff, p, ciLow, ciHigh, spearmanP;
    double slope, slopeSe, slopeLow, slopeHigh, slopeP, trend, phi;
};

// Rscript tests/analysis/reference/statistics-v2.R
constexpr std::array<V2Reference, 3> kMagnesiumIrls{{
    // magnesium_mg x irls_total lag 0
    {18, 14.57901190064873, 5.925243932231562e-06, -0.96821259526294257, -0.72157946873807566,
     6.0320422230614084e-05, -0.027797070311027655, 0.0028628812428446331, -0.033899157235080454,
     -0.021694983386974856, 7.3544660460541116e-08, -0.16871496237267672, -0.13155501057138816},
    // magnesium_mg x irls_total lag 1
    {15, 11.024784338516231, 0.28442878645810532, -0.78649407860402942, 0.3109430932503357,
     0.34560780544590408, -0.0066509120801383015, 0.0061679353759621627, -0.02008968880984302,
     0.0067878646495664182, 0.3020965664168111, -0.25091236418353385, 0.083294007791064634},
    // magnesium_mg x irls_total lag 2
    {14, 11.170643728337959, 0.22752276285576134, -0.26419880465575785, 0.80076404051921535,
     0.27669744795514895, 0.012792725109192269, 0.0066533390325981823, -0.0018511753666147907,
     0.027436625584999329, 0.080774537465116605, -0.25066286952070616, 0.13371841970937473},
}};

/// A severity diary of whole numbers for the interrupted time series: day d = 1..140 from
/// 2026-01-01, no night when d % 9 == 0 (the formula of statistics-v2.R).
JournalRecords severityDiary()
{
    JournalRecords records;
    for (int d = 1; d <= 140; ++d) {
        if (d % 9 == 0)
            continue;
        const int severity = 1 + (d * 37) % 7 + (d > 60) - (d >= 111) + d / 50;
        records.nights.push_back(night(addDays(date(2026, 1, 1), d - 1), std::nullopt, severity));
    }
    return records;
}

Date diaryDay(int d)
{
    return addDays(date(2026, 1, 1), d - 1);
}

} // namespace

TEST_CASE("the variable table lists exposures and outcomes in the spec's order with doses and MIDs")
{
    const VariableCatalogue table = VariableCatalogue::standard();
    std::vector<std::string> exposures, outcomes;
    for (const auto& row : table.exposures())
        exposures.push_back(row.id);
    for (const auto& row : table.outcomes())
        outcomes.push_back(row.id);
    CHECK(exposures == std::vector<std::string>{"magnesium_mg", "iron_mg", "caffeine_mg",
                                                "alcohol_units", "exercise_min", "stress"});
    CHECK(outcomes == std::vector<std::string>{"irls_total", "severity", "sleep_efficiency",
                                               "onset_min_before_lights_out", "rls_awakenings"});
    CHECK(table.exposure("magnesium_mg")->displayDose == 100);
    CHECK(table.exposure("iron_mg")->displayDose == 10);
    CHECK(table.exposure("caffeine_mg")->displayDose == 100);
    CHECK(table.exposure("alcohol_units")->displayDose == 1);
    CHECK(table.exposure("exercise_min")->displayDose == 30);
    CHECK(table.exposure("stress")->displayDose == 1);
    CHECK(table.outcome("irls_total")->defaultMid == 3);
    CHECK(table.outcome("severity")->defaultMid == 1);
    CHECK(table.outcome("sleep_efficiency")->defaultMid == 5);
    CHECK(table.outcome("sleep_efficiency")->worse == WorseDirection::Lower);
    CHECK(table.outcome("onset_min_before_lights_out")->defaultMid == 30);
    CHECK(table.outcome("rls_awakenings")->defaultMid == 1);
    CHECK(table.outcome("rls_awakenings")->worse == WorseDirection::Higher);
}

TEST_CASE("medicines and factors join the table in their order, factors by case-folded name")
{
    VariableCatalogue table = VariableCatalogue::standard();
    REQUIRE(table.addExposure("factor:long drive", "min"));
    REQUIRE(table.addExposure("med:ropinirole"));
    REQUIRE(table.addExposure("factor:Hot bath"));
    REQUIRE(table.addExposure("med:pramipexole"));
    REQUIRE(table.addExposure("factor:HOT BATH")); // the same factor, case-insensitively
    std::vector<std::string> ids;
    for (const auto& row : table.exposures())
        ids.push_back(row.id);
    CHECK(ids == std::vector<std::string>{"magnesium_mg", "iron_mg", "caffeine_mg", "alcohol_units",
                                          "exercise_min", "stress", "med:pramipexole",
                                          "med:ropinirole", "factor:Hot bath",
                                          "factor:long drive"});
    CHECK(table.exposure("factor:long drive")->unit == "min");
    CHECK(table.exposure("med:pramipexole")->displayDose == 1);
    CHECK_FALSE(table.addExposure("med:aspirin"));
    CHECK_FALSE(table.addExposure("sugar_g"));
}

TEST_CASE("EXPOSURE:OUTCOME:LAG splits at the last two colons and names the field when bad")
{
    const auto factor = parseRelationKey("factor:long drive:severity:1", "--primary");
    REQUIRE(factor);
    CHECK(factor->exposure == "factor:long drive");
    CHECK(factor->outcome == "severity");
    CHECK(factor->lagDays == 1);
    const auto med = parseRelationKey("med:pramipexole:rls_awakenings:0", "--primary");
    REQUIRE(med);
    CHECK(med->exposure == "med:pramipexole");

    for (const char* bad :
         {"magnesium_mg:severity", "magnesium_mg:severity:-1", "magnesium_mg:severity:31",
          "magnesium_mg:severity:x", "sugar:severity:0", "magnesium_mg:mood:0", "severity:0"}) {
        INFO(bad);
        const auto parsed = parseRelationKey(bad, "--primary");
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().field == "--primary");
        CHECK(parsed.error().value == bad);
    }
}

TEST_CASE("rows without any data stay out of the tables; v1's rows are always there")
{
    const auto report = computeStatistics(threeWeeks(), {});
    REQUIRE(report);
    // 6 exposures x 3 outcomes x 4 lags: onset and awakenings have no data in this journal.
    CHECK(report->correlations.rows().size() == 6 * 3 * 4);
    CHECK(report->correlations.effects().size() == report->correlations.rows().size());
    for (std::size_t i = 0; i < report->correlations.rows().size(); ++i)
        CHECK(report->correlations.effects()[i].key() == report->correlations.rows()[i].key());
}

TEST_CASE("corrected correlations and effects of the journal match R's acf, n_eff and gls")
{
    const auto report = computeStatistics(threeWeeks(), {});
    REQUIRE(report);
    for (int lag = 0; lag <= 2; ++lag) {
        INFO("lag " << lag);
        const V2Reference& expected = kMagnesiumIrls[std::size_t(lag)];
        const RelationKey key{"magnesium_mg", "irls_total", lag};
        const CorrelationRow& row = correlationOf(report->correlations, key);
        CHECK(row.stats.n == expected.n);
        checkStatistic(row.nEff, expected.nEff);
        checkStatistic(row.stats.pearsonP, expected.p);
        REQUIRE(row.stats.pearsonCi95);
        checkStatistic(row.stats.pearsonCi95->low, expected.ciLow);
        checkStatistic(row.stats.pearsonCi95->high, expected.ciHigh);
        checkStatistic(row.stats.spearmanP, expected.spearmanP);
        CHECK(row.naiveP.has_value());
        CHECK_FALSE(row.note);

        const EffectRow& effect = effectOf(report->correlations, key);
        CHECK(effect.n == expected.n);
        checkFitted(effect.slope, expected.slope);
        checkFitted(effect.slopeSe, expected.slopeSe);
        REQUIRE(effect.slopeCi95);
        checkFitted(effect.slopeCi95->low, expected.slopeLow);
        checkFitted(effect.slopeCi95->high, expected.slopeHigh);
        checkFitted(effect.slopeP, expected.slopeP);
        checkFitted(effect.trendPerDay, expected.trend);
        checkFitted(effect.phi, expected.phi);
        CHECK(effect.qValue.has_value());
    }
}

TEST_CASE("below 14 pairs no inference is made, with the note, and v1's naive p stays")
{
    const auto report = computeStatistics(threeWeeks(), {});
    REQUIRE(report);
    const RelationKey key{"magnesium_mg", "irls_total", 3}; // 13 pairs
    const CorrelationRow& row = correlationOf(report->correlations, key);
    CHECK(row.stats.n == 13);
    CHECK(row.stats.pearsonR.has_value());
    CHECK(row.naiveP.has_value());
    CHECK_FALSE(row.stats.pearsonP);
    CHECK_FALSE(row.stats.pearsonCi95);
    CHECK_FALSE(row.nEff);
    CHECK_FALSE(row.qValue);
    CHECK(row.note == FigureNote::NotEnoughNights);
    const EffectRow& effect = effectOf(report->correlations, key);
    CHECK_FALSE(effect.slope);
    CHECK_FALSE(effect.slopeP);
    CHECK(effect.note == FigureNote::NotEnoughNights);
    CHECK(noteText(*effect.note) == "not enough nights yet");

    // Iron is a known 0 every day: 18 pairs but no variation.
    const CorrelationRow& iron = correlationOf(report->correlations, {"iron_mg", "irls_total", 0});
    CHECK(iron.note == FigureNote::NoVariation);
    const EffectRow& ironEffect = effectOf(report->correlations, {"iron_mg", "irls_total", 0});
    CHECK_FALSE(ironEffect.slope);
    CHECK(ironEffect.note == FigureNote::NoVariation);
}

TEST_CASE("the primary question is answered first with its own p and the verdict against the MID")
{
    StatisticsRequest request;
    request.primary =
        must(PrimaryQuestion::parse("magnesium_mg:irls_total:0", 1.0, "--primary", "--mid"));
    const auto report = computeStatistics(threeWeeks(), request);
    REQUIRE(report);
    const PrimaryEffect& primary = report->primary;
    CHECK(primary.displayDose == 100);
    checkFitted(primary.effect.slope, kMagnesiumIrls[0].slope);
    checkFitted(primary.effect.slopeP, kMagnesiumIrls[0].slopeP);
    CHECK_FALSE(primary.effect.qValue); // chosen in advance: not adjusted
    // Per 100 mg the interval is about -3.4 to -2.2 points: beyond a MID of 1.
    CHECK(primary.verdict == Verdict::BeyondMid);
    CHECK(verdictText(*primary.verdict) == "beyond MID");
}

TEST_CASE("the verdict compares the interval per display dose with the MID")
{
    EffectRow effect;
    effect.slope = 0.001;
    const auto verdict = [&](double low, double high, double mid) {
        effect.slopeCi95 = Interval{low, high};
        return verdictFor(effect, 100, mid);
    };
    CHECK(verdict(0.011, 0.02, 1) == Verdict::BeyondMid);      // 1.1 to 2 > 1
    CHECK(verdict(-0.03, -0.0101, 1) == Verdict::BeyondMid);   // below -1
    CHECK(verdict(-0.009, 0.009, 1) == Verdict::WithinMid);    // -0.9 to 0.9
    CHECK(verdict(-0.005, 0.015, 1) == Verdict::Inconclusive); // crosses +1
    CHECK(verdict(0.01, 0.02, 1) == Verdict::Inconclusive);    // lo == MID is not beyond
    effect.slope.reset();
    CHECK_FALSE(verdictFor(effect, 100, 1));
}

TEST_CASE("the primary question defaults to magnesium and severity with the outcome's MID")
{
    const auto question = must(PrimaryQuestion::fromSettings({}));
    CHECK(formatRelationKey(question.relation) == "magnesium_mg:severity:0");
    CHECK(question.mid == 1);
    JournalSettings settings;
    REQUIRE(settings.set("primary_question", "exercise_min:sleep_efficiency:1"));
    const auto fromJournal = must(PrimaryQuestion::fromSettings(settings));
    CHECK(fromJournal.relation.exposure == "exercise_min");
    CHECK(fromJournal.mid == 5);                                   // sleep efficiency's default MID
    REQUIRE(settings.set("primary_question", "sugar:severity:0")); // the shape is fine...
    const auto refused = PrimaryQuestion::fromSettings(settings);
    REQUIRE_FALSE(refused); // ...but the analysis layer knows no such exposure
    CHECK(refused.error().field == "primary_question");
    CHECK_FALSE(PrimaryQuestion::parse("magnesium_mg:severity:0", 0.0, "--primary", "--mid"));
    CHECK(PrimaryQuestion::parse("magnesium_mg:severity:0", -1.0, "--primary", "--mid")
              .error()
              .field == "--mid");
}

TEST_CASE("a primary question about a medicine without data is answered as not enough nights")
{
    StatisticsRequest request;
    request.primary = must(
        PrimaryQuestion::parse("med:pramipexole:severity:0", std::nullopt, "--primary", "--mid"));
    const auto report = computeStatistics(threeWeeks(), request);
    REQUIRE(report);
    CHECK(report->primary.effect.n == 0);
    CHECK(report->primary.effect.note == FigureNote::NotEnoughNights);
    CHECK_FALSE(report->primary.verdict);
}

TEST_CASE("before/after is an interrupted time series matching gls, with Hedges g and the flag")
{
    struct ItsReference
    {
        int aFrom, aTo, bFrom, bTo, n;
        double phi, level, levelSe, levelLow, levelHigh, levelP;
        double slope, slopeSe, slopeLow, slopeHigh, slopeP, difference, hedgesG;
        bool regressionToMean;
    };
    // Rscript tests/analysis/reference/statistics-v2.R
    const std::array<ItsReference, 2> references{{
        {61, 100, 111, 140, 62, -0.24415104087974615, 0.30200980997432286, 1.0425181193760507,
         -1.7848169371189277, 2.3888365570675734, 0.77308450840523391, 0.00072232662761443234,
         0.045007413605329179, -0.089369800102329144, 0.090814453357558, 0.9872503342651564,
         -0.048677248677248208, -0.023374733662256605, true},
        {21, 60, 71, 110, 71, -0.17711203441250081, 0.52518050699662666, 1.0381175661278337,
         -1.5469108274549375, 2.5972718414481908, 0.6145894889018706, -0.018007203223045564,
         0.037402192246069207, -0.092662291405059882, 0.056647884958968747, 0.63176703958778613,
         2.1174603174603179, 0.99823187686299342, false},
    }};
    const JournalSeries series = JournalSeries::fromRecords(severityDiary());
    for (const ItsReference& expected : references) {
        INFO("A from day " << expected.aFrom);
        const auto comparison =
            compareRanges(series, "severity", diaryDay(expected.aFrom), diaryDay(expected.aTo),
                          diaryDay(expected.bFrom), diaryDay(expected.bTo));
        REQUIRE(comparison);
        const InterruptedTimeSeries& its = comparison->its;
        CHECK(its.n == expected.n);
        checkFitted(its.phi, expected.phi);
        checkFitted(its.levelChange.estimate, expected.level);
        checkFitted(its.levelChange.se, expected.levelSe);
        REQUIRE(its.levelChange.ci95);
        checkFitted(its.levelChange.ci95->low, expected.levelLow);
        checkFitted(its.levelChange.ci95->high, expected.levelHigh);
        checkFitted(its.levelChange.p, expected.levelP);
        checkFitted(its.slopeChange.estimate, expected.slope);
        checkFitted(its.slopeChange.se, expected.slopeSe);
        REQUIRE(its.slopeChange.ci95);
        checkFitted(its.slopeChange.ci95->low, expected.slopeLow);
        checkFitted(its.slopeChange.ci95->high, expected.slopeHigh);
        checkFitted(its.slopeChange.p, expected.slopeP);
        checkStatistic(comparison->difference, expected.difference);
        checkStatistic(comparison->hedgesG, expected.hedgesG);
        CHECK(comparison->regressionToMeanRisk == expected.regressionToMean);
    }
}

TEST_CASE("an interrupted time series needs 14 nights on each side and 14 before A for the flag")
{
    const JournalSeries series = JournalSeries::fromRecords(severityDiary());
    // A has 13 nights (days 1..14 without day 9), B plenty; nothing before A.
    const auto comparison =
        compareRanges(series, "severity", diaryDay(1), diaryDay(14), diaryDay(20), diaryDay(60));
    REQUIRE(comparison);
    CHECK(comparison->a.n == 13);
    CHECK_FALSE(comparison->its.phi);
    CHECK_FALSE(comparison->its.levelChange.estimate);
    CHECK(comparison->its.note == FigureNote::NotEnoughNights);
    CHECK_FALSE(comparison->regressionToMeanRisk);
    CHECK(comparison->hedgesG.has_value()); // descriptive figures stay
}

TEST_CASE("overlapping or reversed comparison periods are refused naming --compare")
{
    const JournalSeries series = JournalSeries::fromRecords(severityDiary());
    const auto overlap =
        compareRanges(series, "severity", diaryDay(1), diaryDay(30), diaryDay(30), diaryDay(60));
    REQUIRE_FALSE(overlap);
    CHECK(overlap.error().field == "--compare");
    const auto reversed =
        compareRanges(series, "severity", diaryDay(40), diaryDay(60), diaryDay(1), diaryDay(20));
    REQUIRE_FALSE(reversed);
    CHECK(reversed.error().field == "--compare");
    const auto backwards =
        compareRanges(series, "severity", diaryDay(10), diaryDay(1), diaryDay(20), diaryDay(30));
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().field == "--compare");

    StatisticsRequest request;
    request.comparison =
        ComparisonRequest{"severity", diaryDay(1), diaryDay(30), diaryDay(20), diaryDay(60)};
    const auto report = computeStatistics(severityDiary(), request);
    REQUIRE_FALSE(report);
    CHECK(report.error().field == "--compare");
}

TEST_CASE("every row of a table is the one computed alone, whichever thread computed it")
{
    // Half a year with magnesium, iron, caffeine and stress on most days and nights with an
    // IRLS total and a severity: several rows share the days of their pairs (and so their
    // transforms), and the effects are shared out between two threads.
    JournalRecords records;
    const Date first = date(2026, 1, 5);
    for (int d = 0; d < 180; ++d) {
        const Date today = addDays(first, d);
        if (d % 11 != 3)
            records.nights.push_back(
                night(today, d % 4 == 0 ? std::nullopt : std::optional<int>(10 + (d * 7) % 13),
                      1 + (d * 5) % 9));
        if (d % 6 != 0)
            records.intakes.push_back(
                intake(at(today, 21, 0), Nutrient::Magnesium, 100.0 + (d * 37) % 300));
        if (d % 3 == 0)
            records.intakes.push_back(intake(at(today, 8, 0), Nutrient::Iron, 10.0 + d % 5));
        if (d % 13 != 5)
            records.daily.push_back(daily(today, 50.0 * (d % 5), {}, d % 4));
    }
    const JournalSeries series = JournalSeries::fromRecords(records, {});
    const Date last = addDays(first, 179);
    const CorrelationTable once = CorrelationTable::compute(series, first, last, 3);
    const CorrelationTable alone =
        CorrelationTable::compute(series, first, last, 3, TableParts::CorrelationsOnly);
    REQUIRE(once.effects().size() == once.rows().size());
    REQUIRE(alone.rows().size() == once.rows().size());
    int fitted = 0, corrected = 0;
    for (std::size_t i = 0; i < once.rows().size(); ++i) {
        const CorrelationRow& row = once.rows()[i];
        INFO(row.exposure << " x " << row.outcome << " lag " << row.lagDays);
        // Figures are compared exactly: the same operations on the same values.
        CHECK(row.nEff == alone.rows()[i].nEff);
        CHECK(row.stats.pearsonP == alone.rows()[i].stats.pearsonP);
        corrected += row.nEff.has_value();
        const EffectRow& effect = once.effects()[i];
        REQUIRE(effect.key() == row.key());
        const EffectRow single = fitEffect(series, effect.key(), first, last);
        CHECK(effect.n == single.n);
        CHECK(effect.slope == single.slope);
        CHECK(effect.slopeSe == single.slopeSe);
        CHECK(effect.slopeP == single.slopeP);
        CHECK(effect.trendPerDay == single.trendPerDay);
        CHECK(effect.phi == single.phi);
        CHECK(effect.note == single.note);
        fitted += effect.slope.has_value();
    }
    CHECK(fitted >= 20);
    CHECK(corrected >= 20);
    // Again: the threads may share the work out differently, the figures may not change.
    const CorrelationTable again = CorrelationTable::compute(series, first, last, 3);
    for (std::size_t i = 0; i < once.rows().size(); ++i) {
        CHECK(again.rows()[i].nEff == once.rows()[i].nEff);
        CHECK(again.effects()[i].slope == once.effects()[i].slope);
        CHECK(again.effects()[i].phi == once.effects()[i].phi);
    }
}

} // namespace QUIETLEGS_TEST_FILE
