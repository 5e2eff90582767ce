#include "IoTestSupport.h"
#include "quietlegs/io/FitbitSleepImport.h"
#include "quietlegs/io/ImportFormat.h"

#include <nlohmann/json.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

Date day(int d)
{
    return Date{std::chrono::year{2026} / 11 / d};
}

} // namespace

TEST_CASE("each Fitbit main sleep becomes the night it started, naps are skipped and counted")
{
    const std::string file = fixture("fitbit/sleep-2026-11-20.json");
    CHECK(valueOf(detectImportFormat(file)) == ImportFormat::Fitbit);
    const ImportBatch batch = valueOf(importFitbitSleep(file));
    REQUIRE(batch.nightPatches.size() == 2);
    REQUIRE(batch.skipped.size() == 1);
    CHECK(batch.skipped[0].where == "sleep log [1]");
    CHECK(batch.skipped[0].reason.find("nap") != std::string::npos);
    REQUIRE(batch.notes.size() == 1);
    CHECK(batch.notes[0] == "1 nap(s) skipped");

    const NightPatch& crossing = batch.nightPatches[0];
    CHECK(crossing.date == day(20));
    REQUIRE(crossing.sleep.has_value());
    CHECK(formatLocalDateTime(*crossing.sleep->intoBed) == "2026-11-20T23:12");
    CHECK(crossing.sleep->lightsOut == crossing.sleep->intoBed);
    CHECK(formatLocalDateTime(*crossing.sleep->outOfBed) == "2026-11-21T07:05");
    CHECK(formatLocalDateTime(*crossing.sleep->finalWake) == "2026-11-21T07:00");
    CHECK(crossing.sleep->sleepLatencyMin == 12);
    CHECK(crossing.sleep->wasoMin == 35);
    CHECK(crossing.sleep->awakenings == 31);
    CHECK_FALSE(crossing.severity.has_value()); // the sleep log says nothing about symptoms

    // Started at 00:41: the journal-day rule puts it on the evening before.
    CHECK(batch.nightPatches[1].date == day(21));
}

TEST_CASE("our sleep efficiency equals Fitbit's minutesAsleep / timeInBed")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    const std::string file = fixture("fitbit/sleep-2026-11-20.json");
    auto summary = valueOf(applyImport(journal, valueOf(importFitbitSleep(file))));
    CHECK(summary.added == 2);
    CHECK(summary.skipped.size() == 1);

    const auto logs = nlohmann::json::parse(file);
    for (const auto& log : logs) {
        if (!log["mainSleep"].get<bool>())
            continue;
        const auto start =
            valueOf(parseLocalDateTime(log["startTime"].get<std::string>().substr(0, 16), "t"));
        const auto night = valueOf(journal.night(journalDateOf(start)));
        REQUIRE(night.has_value());
        const auto metrics = night->sleepMetrics();
        REQUIRE(metrics.has_value());
        const int asleep = log["minutesAsleep"].get<int>();
        const int inBed = log["timeInBed"].get<int>();
        CHECK(metrics->timeInBedMin == inBed);
        CHECK(metrics->totalSleepMin == asleep);
        REQUIRE(metrics->efficiencyPercent.has_value());
        CHECK(*metrics->efficiencyPercent == Approx(100.0 * asleep / inBed));
    }
}

TEST_CASE("a Fitbit import keeps the IRLS items, rating, notes and typed diary of the night")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    NightEntry entry;
    entry.date = day(20);
    entry.irls = valueOf(IrlsScore::fromItems({1, 1, 1, 1, 1, 1, 1, 1, 1, 1}));
    entry.severity = 4;
    entry.notes = "restless until midnight";
    entry.sleep.intoBed = atTime(day(20), std::chrono::hours{22});
    REQUIRE(journal.saveNight(valueOf(Night::create(entry))).ok());

    const std::string file = fixture("fitbit/sleep-2026-11-20.json");
    auto summary = valueOf(applyImport(journal, valueOf(importFitbitSleep(file))));
    CHECK(summary.updated == 1);
    CHECK(summary.added == 1);
    const auto night = valueOf(journal.night(day(20)));
    REQUIRE(night.has_value());
    CHECK(night->irlsTotal() == 10);
    CHECK(night->severity() == 4);
    CHECK(night->notes() == "restless until midnight");
    // What the person typed wins: the device's record goes beside the diary (issue 22).
    CHECK(formatLocalDateTime(*night->sleep().times().intoBed) == "2026-11-20T22:00");
    REQUIRE(night->deviceSleep().has_value());
    CHECK(night->deviceSleep()->source == EntrySource::Fitbit);
    CHECK(formatLocalDateTime(*night->deviceSleep()->times.intoBed) == "2026-11-20T23:12");

    auto again = valueOf(applyImport(journal, valueOf(importFitbitSleep(file))));
    CHECK(again.unchanged == 2);
    CHECK(again.added + again.updated == 0);
}

TEST_CASE("an impossible Fitbit log fails the whole file, naming the log and field")
{
    auto batch = importFitbitSleep(fixture("fitbit/sleep-bad-minutes.json"));
    REQUIRE_FALSE(batch.ok());
    CHECK(batch.error().message().rfind("sleep log [1].minutesAsleep \"500\"", 0) == 0);

    CHECK_FALSE(importFitbitSleep(R"([{"startTime": "2026-11-20T23:00:00.000"}])").ok());
    CHECK(importFitbitSleep(R"({"sleep": []})").ok());
    CHECK_FALSE(importFitbitSleep(R"({"nights": []})").ok());
    CHECK_FALSE(
        importFitbitSleep(
            R"([{"startTime": "2026-11-20T23:00:00.000", "endTime": "2026-11-21T07:00:00.000",
        "timeInBed": 480, "minutesAsleep": 400, "minutesToFallAsleep": 10, "minutesAfterWakeup": 0,
        "mainSleep": true, "endTimeWrong": 1}, 5])")
            .ok());
}

TEST_CASE("two main sleeps on one night: the longer one wins and the other is reported")
{
    const std::string text = R"([
      {"startTime": "2026-11-20T22:00:00.000", "endTime": "2026-11-20T23:00:00.000", "timeInBed": 60,
       "minutesAsleep": 50, "minutesToFallAsleep": 5, "minutesAfterWakeup": 0, "minutesAwake": 5, "mainSleep": true},
      {"startTime": "2026-11-21T01:00:00.000", "endTime": "2026-11-21T07:00:00.000", "timeInBed": 360,
       "minutesAsleep": 330, "minutesToFallAsleep": 10, "minutesAfterWakeup": 0, "minutesAwake": 20, "mainSleep": true}
    ])";
    const ImportBatch batch = valueOf(importFitbitSleep(text));
    REQUIRE(batch.nightPatches.size() == 1);
    CHECK(formatLocalDateTime(*batch.nightPatches[0].sleep->intoBed) == "2026-11-21T01:00");
    REQUIRE(batch.skipped.size() == 1);
    CHECK(batch.skipped[0].where == "sleep log [0]");
}

} // namespace QUIETLEGS_TEST_FILE
