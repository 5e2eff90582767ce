#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/core/Nutrient.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono;

namespace {
const Date kMonday{year{2026}, month{12}, day{7}};
} // namespace

TEST_CASE("the demo up to now logs nothing that has not happened yet")
{
    // 21:19 on a Monday evening: tonight's night is still ahead, its evening doses partly.
    const LocalDateTime evening = atTime(kMonday, hours{21} + minutes{19});
    const JournalRecords records = demoJournalUntil(evening, 120, 1);
    REQUIRE(records.nights.size() > 90);
    for (const Night& night : records.nights) {
        CHECK(night.date() != kMonday);
        const auto& times = night.sleep().times();
        for (const auto& when : {times.intoBed, times.lightsOut, times.finalWake, times.outOfBed})
            CHECK((!when || *when <= evening));
    }
    for (const Intake& intake : records.intakes)
        CHECK(intake.takenAt() <= evening);
    // The same 120 days otherwise: last night is there when the demo logged it.
    const JournalRecords whole = demoJournal(kMonday, 120, 1);
    CHECK(records.nights.size() + 1 >= whole.nights.size());
    CHECK(records.nights.size() <= whole.nights.size());

    // At 08:00 the day's triggers are not known yet; after 18:00 they are.
    const JournalRecords morning = demoJournalUntil(atTime(kMonday, hours{8}), 120, 1);
    for (const DailyFactors& day : morning.daily)
        CHECK(day.date() != kMonday);
}

TEST_CASE("demo intakes agree with the elemental table")
{
    // A compound weight and an elemental figure given together must be the table's product,
    // or the intake form and the preset editor show another amount than the list (issue 24).
    const JournalRecords records = demoJournal(kMonday, 365, 3);
    int checked = 0;
    for (const Intake& intake : records.intakes) {
        const auto form = findForm(intake.nutrient(), intake.form());
        if (!form || !form->elementalFraction || !intake.compoundMg())
            continue;
        CHECK(intake.elementalMg() == Approx(*intake.compoundMg() * *form->elementalFraction));
        ++checked;
    }
    CHECK(checked > 0);
}

} // namespace QUIETLEGS_TEST_FILE
