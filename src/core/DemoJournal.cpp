#include "quietlegs/core/DemoJournal.h"

#include "quietlegs/core/JournalDay.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>
#include <random>

namespace quietlegs {
namespace {

using std::chrono::minutes;

/// Draws from the exactly specified mt19937_64 by hand, so the demo is the same on every
/// standard library (std distributions are implementation-defined).
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    int between(int low, int high) { return low + int(uniform() * (high - low + 1)); }
    double normal(double mean, double sd)
    {
        // Box-Muller; 1 - u keeps the logarithm finite.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }

private:
    std::mt19937_64 m_engine;
};

template <typename T>
T must(Result<T> result)
{
    // The generator only builds valid values; a failure here is a bug in this file.
    if (!result)
        throw std::logic_error("demo journal built an invalid value: " + result.error().message());
    return std::move(result).value();
}

Intake makeIntake(LocalDateTime at, Nutrient nutrient, std::string form, Route route,
                  std::optional<double> compoundMg, std::optional<double> elementalMg,
                  std::string label)
{
    return must(Intake::create(IntakeEntry{at, nutrient, std::move(form), route, compoundMg,
                                           elementalMg, std::move(label), EntrySource::Manual,
                                           ""}));
}

std::vector<int> irlsItemsFor(double severity0to40, DemoRandom& random)
{
    // Spread a target total over the ten areas, each 0..4.
    const int target = std::clamp(int(std::lround(severity0to40)), 0, 40);
    std::vector<int> items(kIrlsItemCount, target / kIrlsItemCount);
    int rest = target % kIrlsItemCount;
    while (rest > 0) {
        const int i = random.between(0, kIrlsItemCount - 1);
        if (items[i] < kIrlsItemMax) {
            ++items[i];
            --rest;
        }
    }
    // Shuffle a little between areas without changing the total.
    for (int k = 0; k < 4; ++k) {
        const int from = random.between(0, kIrlsItemCount - 1);
        const int to = random.between(0, kIrlsItemCount - 1);
        if (items[from] > 0 && items[to] < kIrlsItemMax) {
            --items[from];
            ++items[to];
        }
    }
    return items;
}

} // namespace

JournalRecords demoJournal(Date lastDate, int days, std::uint64_t seed)
{
    JournalRecords records;
    if (days <= 0)
        return records;
    DemoRandom random(seed);
    const Date firstDate = addDays(lastDate, -(days - 1));
    // The first 40% of the period is the baseline before magnesium was started.
    const int magnesiumStartDay = days * 2 / 5;
    const int ironStartDay = days * 3 / 5;
    std::deque<double> recentMagnesium; // oral elemental mg, last three days

    for (int day = 0; day < days; ++day) {
        const Date date = addDays(firstDate, day);
        const bool onMagnesium = day >= magnesiumStartDay;
        const bool skipDay = random.chance(0.07); // nothing logged at all
        const std::chrono::weekday weekday{std::chrono::local_days{date}};

        // Intakes of the day.
        double oralMagnesium = 0;
        if (!skipDay) {
            const double foodMg = std::round(random.normal(190, 45));
            if (foodMg > 20) {
                records.intakes.push_back(makeIntake(atTime(date, minutes(19 * 60 + random.between(0, 60))),
                                                     Nutrient::Magnesium, "food", Route::Oral,
                                                     std::nullopt, foodMg, "Meals (estimate)"));
                oralMagnesium += foodMg;
            }
            const double foodIron = std::round(random.normal(11, 3) * 10) / 10;
            if (foodIron > 1)
                records.intakes.push_back(makeIntake(atTime(date, minutes(19 * 60 + 30)),
                                                     Nutrient::Iron, "food", Route::Oral,
                                                     std::nullopt, foodIron, "Meals (estimate)"));
            if (onMagnesium && !random.chance(0.22)) {
                // Mostly bisglycinate in the evening; sometimes citrate, sometimes taken late.
                const bool late = random.chance(0.15);
                const LocalDateTime at =
                    late ? atTime(addDays(date, 1), minutes(random.between(10, 90)))
                         : atTime(date, minutes(21 * 60 + random.between(0, 50)));
                if (random.chance(0.8)) {
                    const int capsules = random.chance(0.7) ? 2 : 1;
                    // The label's elemental figure alone: 100 mg magnesium a capsule. A compound
                    // weight beside it would disagree with the elemental table (glycinate
                    // 0.141), which the editor and the intake form compute from (issue 24).
                    records.intakes.push_back(makeIntake(
                        at, Nutrient::Magnesium, "glycinate", Route::Oral, std::nullopt,
                        100.0 * capsules, "Mg bisglycinate, " + std::to_string(capsules)
                                              + (capsules == 1 ? " capsule" : " capsules")));
                    oralMagnesium += 100.0 * capsules;
                } else {
                    records.intakes.push_back(makeIntake(at, Nutrient::Magnesium, "citrate",
                                                         Route::Oral, 1250.0, std::nullopt,
                                                         "Mg citrate powder"));
                    oralMagnesium += 1250.0 * 0.16;
                }
            }
            if (weekday == std::chrono::Sunday && random.chance(0.6))
                records.intakes.push_back(makeIntake(atTime(date, minutes(20 * 60)),
                                                     Nutrient::Magnesium, "sulfate",
                                                     Route::Topical, 250000.0, std::nullopt,
                                                     "Epsom salt bath"));
            if (day >= ironStartDay && day % 2 == 0)
                records.intakes.push_back(makeIntake(atTime(date, minutes(8 * 60 + 15)),
                                                     Nutrient::Iron, "bisglycinate", Route::Oral,
                                                     std::nullopt, 25.0,
                                                     "Iron bisglycinate 25 mg, with orange juice"));
        }
        recentMagnesium.push_back(oralMagnesium);
        if (recentMagnesium.size() > 3)
            recentMagnesium.pop_front();
        const double magnesiumEffect =
            std::accumulate(recentMagnesium.begin(), recentMagnesium.end(), 0.0)
            / double(recentMagnesium.size());

        // Triggers.
        const double caffeine = std::max(0.0, std::round(random.normal(150, 80) / 10) * 10);
        const double alcohol =
            random.chance(weekday == std::chrono::Friday || weekday == std::chrono::Saturday ? 0.6
                                                                                            : 0.15)
                ? std::round(random.between(1, 6) * 0.5 * 10) / 10
                : 0.0;
        const int exercise = random.chance(0.55) ? random.between(2, 9) * 10 : 0;
        const int stress = std::clamp(int(std::lround(random.normal(4, 2))), 0, 10);
        if (!skipDay)
            records.daily.push_back(must(DailyFactors::create(
                DailyFactorsEntry{date, caffeine, alcohol, exercise, random.chance(0.9)
                                                                         ? std::optional<int>(stress)
                                                                         : std::nullopt,
                                  EntrySource::Manual, ""})));

        if (skipDay || random.chance(0.03))
            continue; // no night entry

        // Symptoms respond to recent oral magnesium, caffeine, alcohol and stress.
        const double latent = 24.0 - 0.025 * (magnesiumEffect - 190) + 0.02 * caffeine
                              + 1.4 * alcohol + 0.5 * (stress - 4) - 0.02 * exercise
                              + random.normal(0, 3.0);
        const double irlsTarget = std::clamp(latent, 0.0, 40.0);
        NightEntry entry;
        entry.date = date;
        if (random.chance(0.75))
            entry.irls = must(IrlsScore::fromItems(irlsItemsFor(irlsTarget, random)));
        entry.severity = std::clamp(int(std::lround(irlsTarget / 4.0 + random.normal(0, 0.7))), 0, 10);

        const LocalDateTime intoBed = atTime(date, minutes(22 * 60 + random.between(0, 80)));
        const LocalDateTime lightsOut = intoBed + minutes(random.between(5, 25));
        const int latency = std::clamp(int(std::lround(8 + irlsTarget * 1.2 + random.normal(0, 6))), 2, 150);
        const int awakenings = std::clamp(int(std::lround(irlsTarget / 8 + random.normal(0, 1))), 0, 12);
        const int waso = std::clamp(int(std::lround(irlsTarget * 1.6 + random.normal(0, 8))), 0, 180);
        const LocalDateTime finalWake = atTime(addDays(date, 1), minutes(6 * 60 + random.between(0, 75)));
        const LocalDateTime outOfBed = finalWake + minutes(random.between(3, 25));
        entry.sleep = SleepDiaryTimes{intoBed, lightsOut, latency, awakenings, waso, finalWake, outOfBed};
        if (random.chance(0.12)) {
            static constexpr const char* kNotes[] = {
                "legs bad after long drive", "walked in the evening, calmer",
                "late coffee at work", "woke at 3 with crawling feeling",
                "slept at my sister's", "stretching before bed helped"};
            entry.notes = kNotes[random.between(0, 5)];
        }
        records.nights.push_back(must(Night::create(entry)));
    }

    // A few labs: iron studies before and after the iron course, one magnesium level.
    const struct
    {
        int day;
        LabTest test;
        double value;
        const char* unit;
    } labs[] = {
        {days / 10, LabTest::Ferritin, 48, "ug/L"},
        {days / 10, LabTest::Tsat, 18, "%"},
        {days / 10, LabTest::Hemoglobin, 13.4, "g/dL"},
        {days / 10, LabTest::SerumMagnesium, 0.78, "mmol/L"},
        {days * 7 / 10, LabTest::Ferritin, 71, "ug/L"},
        {days * 7 / 10, LabTest::Tsat, 23, "%"},
        {days - 5, LabTest::Ferritin, 96, "ng/mL"},
        {days - 5, LabTest::SerumMagnesium, 2.1, "mg/dL"},
    };
    for (const auto& lab : labs)
        if (lab.day >= 0 && lab.day < days)
            records.labs.push_back(
                must(LabResult::create(addDays(firstDate, lab.day), lab.test, lab.value, lab.unit)));
    return records;
}

} // namespace quietlegs

namespace quietlegs {

JournalRecords demoJournalUntil(LocalDateTime now, int days, std::uint64_t seed)
{
    const Date today = journalDateOf(now);
    JournalRecords records = demoJournal(today, days, seed);
    // Nothing logged before it has happened (issue 24): tonight's night comes once its last
    // time has passed, an intake once it is taken, today's triggers from the evening on.
    std::erase_if(records.nights, [now](const Night& night) {
        const SleepDiaryTimes& times = night.sleep().times();
        for (const auto& when : {times.intoBed, times.lightsOut, times.finalWake, times.outOfBed})
            if (when && *when > now)
                return true;
        return false;
    });
    std::erase_if(records.intakes, [now](const Intake& intake) { return intake.takenAt() > now; });
    if (dateOf(now) == today && timeOfDay(now) < kEveningStart)
        std::erase_if(records.daily,
                      [today](const DailyFactors& day) { return day.date() == today; });
    return records;
}

} // namespace quietlegs
