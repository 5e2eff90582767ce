#include "ReferenceValues.h"
#include "TestJournal.h"
#include "quietlegs/analysis/MultipleTesting.h"
#include "quietlegs/analysis/StatisticsReport.h"
#include "quietlegs/core/DemoJournal.h"

#include <array>
#include <cmath>
#include <limits>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

constexpr double NA = std::numeric_limits<double>::quiet_NaN();

// Three weeks from Monday 2026-03-02 (day 1), as in reference.R: oral magnesium, IRLS total
// and caffeine per day; NA = undefined. Days 4 and 11 have no record at all.
constexpr std::array<double, 21> kMagnesium{0, 200, 200, NA,  300, 100, 0,   250, 250, 200, NA,
                                            0, 300, 300, 150, 200, 0,   100, 250, 300, 200};
constexpr std::array<double, 21> kIrls{25, 22, 20, NA, 18, 21, 26, 19, 17, 18, NA,
                                       24, 15, 16, 19, 18, NA, 23, 17, 14, 16};
constexpr std::array<double, 21> kCaffeine{100, NA, 200, NA, 90,  180, 0,  NA, 100, 90, NA,
                                           270, 90, 90,  NA, 180, 100, 90, 0,  NA,  90};

Date day(int number)
{
    return addDays(date(2026, 3, 2), number - 1);
}

/// The journal of reference.R, with the magnesium spread over several doses so that the
/// journal-day rule and the topical rule decide the daily totals.
JournalRecords threeWeekJournal()
{
    JournalRecords records;
    for (int i = 1; i <= 21; ++i) {
        const double irls = kIrls[i - 1];
        if (!std::isnan(irls)) {
            SleepDiaryTimes sleep;
            if (i == 1) { // SE = 410 / 495
                sleep.intoBed = at(day(1), 22, 30);
                sleep.lightsOut = at(day(1), 22, 45);
                sleep.sleepLatencyMin = 25;
                sleep.wasoMin = 30;
                sleep.finalWake = at(day(2), 6, 30);
                sleep.outOfBed = at(day(2), 6, 45);
            }
            records.nights.push_back(night(day(i), int(irls), std::nullopt, sleep));
        }
        if (i == 17)
            records.nights.push_back(night(day(i), std::nullopt, 6)); // severity only
        const double caffeine = kCaffeine[i - 1];
        if (!std::isnan(caffeine))
            records.daily.push_back(daily(day(i), caffeine));
    }
    auto magnesium = [&](LocalDateTime when, double mg) {
        records.intakes.push_back(intake(when, Nutrient::Magnesium, mg));
    };
    for (int i : {2, 3, 5, 6, 8, 10, 14, 15, 16, 18, 19, 21})
        magnesium(at(day(i), 21, 0), kMagnesium[i - 1]);
    magnesium(at(day(9), 21, 0), 150); // day 9: 150 + 100 after midnight
    magnesium(at(day(10), 0, 30), 100);
    magnesium(at(day(13), 21, 30), 200); // day 13: 200 + 100 at 03:59
    magnesium(at(day(14), 3, 59), 100);
    magnesium(at(day(20), 4, 0), 300); // 04:00 is already day 20
    // Epsom baths are not counted in magnesium_mg.
    records.intakes.push_back(intake(at(day(5), 20, 0), Nutrient::Magnesium, 500, Route::Topical));
    records.intakes.push_back(intake(at(day(7), 20, 0), Nutrient::Magnesium, 500, Route::Topical));
    // An exercise-only daily row on day 8 (caffeine stays undefined there).
    records.daily.push_back(daily(day(8), std::nullopt, 30));
    return records;
}

const CorrelationRow& rowOf(const CorrelationTable& table, Exposure exposure, Outcome outcome,
                            int lag)
{
    for (const CorrelationRow& row : table.rows())
        if (row.exposure == exposureId(exposure) && row.outcome == outcomeId(outcome) &&
            row.lagDays == lag)
            return row;
    throw std::logic_error("row missing");
}

/// The descriptive figures and v1's naive p of a row (statistics-v2 keeps them; its corrected
/// p and interval are checked in StatisticsV2Test.cpp).
void checkRow(const CorrelationRow& row, const CorrelationReference& expected)
{
    CHECK(row.stats.n == expected.n);
    checkStatistic(row.stats.pearsonR, expected.r);
    checkStatistic(row.naiveP, expected.p);
    checkStatistic(row.stats.spearmanRho, expected.rho);
}

} // namespace

TEST_CASE("the journal's daily magnesium follows the journal-day and topical rules")
{
    const JournalSeries series = JournalSeries::fromRecords(threeWeekJournal());
    for (int i = 1; i <= 21; ++i) {
        INFO("day " << i);
        if (std::isnan(kMagnesium[i - 1]))
            CHECK_FALSE(series.exposure(Exposure::MagnesiumMg).at(day(i)));
        else
            CHECK(series.exposure(Exposure::MagnesiumMg).at(day(i)) == kMagnesium[i - 1]);
    }
}

TEST_CASE("lagged correlations over a journal with missing days match R")
{
    StatisticsRequest request;
    const auto report = computeStatistics(threeWeekJournal(), request);
    REQUIRE(report);
    CHECK(report->from == day(1));
    CHECK(report->to == day(21));
    const CorrelationTable& table = report->correlations;

    // {n, r, ci_low, ci_high, p, rho, rho_p} from reference.R "journal".
    const std::array<CorrelationReference, 4> magnesium{{
        {18, -0.90275623230682556, -0.96352820144137885, -0.75343726289279023,
         2.9522596707179738e-07, -0.85688789729524262, 5.5911000943430215e-06},
        {15, -0.35424700389502589, -0.73341822002077506, 0.19304774707236189, 0.19515840903534426,
         -0.31444872460134993, 0.25368046168388275},
        {14, 0.39276115389560967, -0.17409902071492306, 0.76410751398333887, 0.16478645452956237,
         0.35677706020658784, 0.21049932042398406},
        {13, 0.34379332873634877, -0.25561112971862404, 0.75227826665003172, 0.25007799752090903,
         0.34706031242944352, 0.24530700542460721},
    }};
    const std::array<CorrelationReference, 4> caffeine{{
        {14, 0.14780046615575163, -0.415350803956963, 0.62904993690356781, 0.6140905457793826,
         0.26577041977947763, 0.35842046622266266},
        {11, 0.15036623694175799, -0.49407479143192079, 0.68816785714078554, 0.65899520810559031,
         0.33980792908184088, 0.30658081320495245},
        {13, 0.047344513720965917, -0.51713072834314144, 0.58311850981403046, 0.87793533209786223,
         0.097039930577188405, 0.75247846374232219},
        {11, 0.16982580206733822, -0.47882962277077734, 0.69853779770274482, 0.61762907330908801,
         0.26829545846107816, 0.42504989436803919},
    }};
    for (int lag = 0; lag <= 3; ++lag) {
        INFO("lag " << lag);
        checkRow(rowOf(table, Exposure::MagnesiumMg, Outcome::IrlsTotal, lag), magnesium[lag]);
        checkRow(rowOf(table, Exposure::CaffeineMg, Outcome::IrlsTotal, lag), caffeine[lag]);
    }
    // q is BH (R p.adjust) over the corrected p of the rows that have one.
    std::vector<std::optional<double>> p;
    for (const CorrelationRow& row : table.rows())
        p.push_back(row.stats.pearsonP);
    const auto q = benjaminiHochberg(p);
    for (std::size_t i = 0; i < q.size(); ++i)
        checkStatistic(table.rows()[i].qValue, q[i]);
    CHECK(rowOf(table, Exposure::MagnesiumMg, Outcome::IrlsTotal, 0).tooFewNights() == false);
    CHECK(rowOf(table, Exposure::MagnesiumMg, Outcome::IrlsTotal, 3).tooFewNights() == true);
}

TEST_CASE("the table has every exposure x outcome x lag row in order, empty ones null")
{
    StatisticsRequest request;
    request.maxLag = 2;
    const auto report = computeStatistics(threeWeekJournal(), request);
    REQUIRE(report);
    const auto& rows = report->correlations.rows();
    REQUIRE(rows.size() == 6 * 3 * 3);
    std::size_t i = 0;
    for (const Exposure exposure : allExposures())
        for (const Outcome outcome : allOutcomes())
            for (int lag = 0; lag <= 2; ++lag, ++i) {
                CHECK(rows[i].exposure == exposureId(exposure));
                CHECK(rows[i].outcome == outcomeId(outcome));
                CHECK(rows[i].lagDays == lag);
            }
    // No alcohol anywhere: n = 0 and nothing defined.
    const auto& alcohol =
        rowOf(report->correlations, Exposure::AlcoholUnits, Outcome::IrlsTotal, 0);
    CHECK(alcohol.stats.n == 0);
    CHECK_FALSE(alcohol.stats.pearsonR);
    CHECK_FALSE(alcohol.qValue);
    // Iron is a known 0 every day: constant, so undefined however many nights.
    const auto& iron = rowOf(report->correlations, Exposure::IronMg, Outcome::IrlsTotal, 0);
    CHECK(iron.stats.n == 18);
    CHECK_FALSE(iron.stats.pearsonR);
    CHECK_FALSE(iron.qValue);
    // Exercise only on day 8: one pair.
    CHECK(rowOf(report->correlations, Exposure::ExerciseMin, Outcome::IrlsTotal, 0).stats.n == 1);
}

TEST_CASE("lagged exposures before the range still pair with the range's nights")
{
    StatisticsRequest request;
    request.from = day(8);
    const auto report = computeStatistics(threeWeekJournal(), request);
    REQUIRE(report);
    CHECK(report->to == day(21));
    checkRow(rowOf(report->correlations, Exposure::MagnesiumMg, Outcome::IrlsTotal, 3),
             {11, 0.32935182611126745, -0.33712992320071239, 0.77592699642931628,
              0.32264755787590854, 0.32559548307310276, 0.32852731976934335});
    const auto pairs = laggedPairs(JournalSeries::fromRecords(threeWeekJournal()),
                                   Exposure::MagnesiumMg, Outcome::IrlsTotal, 3, day(8), day(21));
    REQUIRE_FALSE(pairs.empty());
    CHECK(pairs.front().nightDate == day(8));
    CHECK(pairs.front().exposureDate == day(5));
    CHECK(pairs.front().exposure == 300.0);
    CHECK(pairs.front().outcome == 19.0);
}

TEST_CASE("weekly summaries average each variable over the week's defined values")
{
    const auto report = computeStatistics(threeWeekJournal(), StatisticsRequest{});
    REQUIRE(report);
    const auto& weeks = report->weekly;
    REQUIRE(weeks.size() == 3);
    CHECK(weeks[0].weekStart == date(2026, 3, 2));
    CHECK(weeks[1].weekStart == date(2026, 3, 9));
    CHECK(weeks[2].weekStart == date(2026, 3, 16));

    CHECK(weeks[0].nights == 6);
    checkStatistic(weeks[0].mean(Outcome::IrlsTotal), 132.0 / 6);
    CHECK_FALSE(weeks[0].mean(Outcome::Severity));
    checkStatistic(weeks[0].mean(Outcome::SleepEfficiency), 410.0 / 495.0 * 100.0);
    checkStatistic(weeks[0].mean(Exposure::MagnesiumMg), 800.0 / 6);
    checkStatistic(weeks[0].mean(Exposure::IronMg), 0.0);
    checkStatistic(weeks[0].mean(Exposure::CaffeineMg), 570.0 / 5);
    CHECK_FALSE(weeks[0].mean(Exposure::AlcoholUnits));
    CHECK_FALSE(weeks[0].mean(Exposure::ExerciseMin));

    CHECK(weeks[1].nights == 6);
    checkStatistic(weeks[1].mean(Outcome::IrlsTotal), 109.0 / 6);
    checkStatistic(weeks[1].mean(Exposure::MagnesiumMg), 1300.0 / 6);
    checkStatistic(weeks[1].mean(Exposure::CaffeineMg), 640.0 / 5);
    checkStatistic(weeks[1].mean(Exposure::ExerciseMin), 30.0);

    CHECK(weeks[2].nights == 7);
    checkStatistic(weeks[2].mean(Outcome::IrlsTotal), 107.0 / 6);
    checkStatistic(weeks[2].mean(Outcome::Severity), 6.0);
    CHECK_FALSE(weeks[2].mean(Outcome::SleepEfficiency));
    checkStatistic(weeks[2].mean(Exposure::MagnesiumMg), 1200.0 / 7);
    checkStatistic(weeks[2].mean(Exposure::CaffeineMg), 460.0 / 5);
}

TEST_CASE("a week cut by the range counts only its dates inside the range")
{
    StatisticsRequest request;
    request.from = day(3);
    request.to = day(9);
    const auto report = computeStatistics(threeWeekJournal(), request);
    REQUIRE(report);
    REQUIRE(report->weekly.size() == 2);
    CHECK(report->weekly[0].nights == 4); // days 3, 5, 6, 7
    checkStatistic(report->weekly[0].mean(Exposure::MagnesiumMg), 600.0 / 4);
    CHECK(report->weekly[1].nights == 2); // days 8, 9
    checkStatistic(report->weekly[1].mean(Outcome::IrlsTotal), 18.0);
}

TEST_CASE("the before/after comparison of two date ranges matches R")
{
    StatisticsRequest request;
    request.comparison = ComparisonRequest{"irls_total", day(1), day(7), day(15), day(21)};
    const auto report = computeStatistics(threeWeekJournal(), request);
    REQUIRE(report);
    REQUIRE(report->comparison);
    const Comparison& c = *report->comparison;
    CHECK(c.a.from == day(1));
    CHECK(c.b.to == day(21));
    CHECK(c.a.n == 6);
    CHECK(c.b.n == 6);
    checkStatistic(c.a.mean, 22);
    checkStatistic(c.a.sd, 3.03315017762062);
    checkStatistic(c.b.mean, 17.833333333333332);
    checkStatistic(c.b.sd, 3.0605010483034745);
    checkStatistic(c.difference, -4.1666666666666679);
    // Six nights a side: too few for the interrupted time series.
    CHECK(c.its.note == FigureNote::NotEnoughNights);
    CHECK_FALSE(c.its.levelChange.estimate);
    // v1's tests, kept for the simulation in bench/, still match R on the same nights.
    const std::vector<double> a{25, 22, 20, 18, 21, 26}, b{19, 18, 23, 17, 14, 16};
    const TwoSampleTest v1 = compareSamples(a, b);
    checkStatistic(v1.welchP, 0.039371013392961028);
    checkStatistic(v1.mannWhitneyP, 0.054241117559770978);
}

TEST_CASE("an empty journal gives every row with n = 0 and no weeks")
{
    const auto report = computeStatistics(JournalRecords{}, StatisticsRequest{});
    REQUIRE(report);
    CHECK_FALSE(report->from);
    CHECK_FALSE(report->to);
    CHECK(report->correlations.rows().size() == 6 * 3 * 4);
    for (const CorrelationRow& row : report->correlations.rows()) {
        CHECK(row.stats.n == 0);
        CHECK_FALSE(row.qValue);
    }
    CHECK(report->weekly.empty());
    CHECK_FALSE(report->correlations.strongestFinding());
}

TEST_CASE("bad requests are refused with the field named")
{
    StatisticsRequest negative;
    negative.maxLag = -1;
    const auto refused = computeStatistics(threeWeekJournal(), negative);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == "max_lag");

    StatisticsRequest backwards;
    backwards.from = day(9);
    backwards.to = day(2);
    REQUIRE_FALSE(computeStatistics(threeWeekJournal(), backwards));
}

TEST_CASE("the strongest finding is the row with the smallest q among those with 14 pairs")
{
    const auto report = computeStatistics(threeWeekJournal(), StatisticsRequest{});
    REQUIRE(report);
    const auto best = report->correlations.strongestFinding();
    REQUIRE(best);
    CHECK(best->exposure == "magnesium_mg");
    CHECK(best->outcome == "irls_total");
    CHECK(best->lagDays == 0);
}

TEST_CASE("the table's counted ranks give what correlate() gives on each row's lagged pairs")
{
    // The table ranks by counting each series' distinct values instead of sorting every row's
    // pairs; a year of demo journal has ties in every series (stress 0..10, IRLS totals, doses
    // of the same size) and missing days, so any difference in ranks would show in rho.
    const JournalRecords records = demoJournal(date(2026, 11, 24), 400, 7);
    SeriesOptions options;
    options.includeTopicalMagnesium = GENERATE(false, true);
    const JournalSeries series = JournalSeries::fromRecords(records, options);
    const Date from = date(2026, 1, 1);
    const Date to = date(2026, 11, 24);
    const CorrelationTable table = CorrelationTable::compute(series, from, to, 5);
    REQUIRE(table.rows().size() == std::size_t(kExposureCount * kOutcomeCount * 6));
    int withRho = 0;
    for (const CorrelationRow& row : table.rows()) {
        std::vector<double> x, y;
        for (const LaggedPair& pair :
             laggedPairs(series, row.key(), from, to)) {
            x.push_back(pair.exposure);
            y.push_back(pair.outcome);
        }
        const Correlation expected = correlate(x, y);
        INFO(row.exposure << " x " << row.outcome << " lag " << row.lagDays);
        CHECK(row.stats.n == expected.n);
        CHECK(row.stats.pearsonR == expected.pearsonR);
        CHECK(row.naiveP == expected.pearsonP);
        CHECK(row.stats.spearmanRho == expected.spearmanRho);
        if (row.stats.spearmanRho)
            ++withRho;
    }
    CHECK(withRho > 50);
}

} // namespace QUIETLEGS_TEST_FILE
