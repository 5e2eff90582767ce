#include "quietlegs/io/ExperimentJson.h"
#include "quietlegs/io/InterchangeJson.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

ExperimentPlan savedPlan()
{
    ExperimentPlan plan;
    plan.id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    plan.exposure = "magnesium_mg";
    plan.outcome = "severity";
    plan.dose = 200;
    plan.mid = 1;
    plan.seed = 9007199254740991ULL; // 2^53 - 1 survives a double
    plan.start = *parseDate("2025-03-03");
    plan.blinded = true;
    plan.power = 0.58;
    plan.savedAt = "2025-03-01T18:30:00Z";
    plan.endedEarlyAt = "2025-04-01T07:00:00Z";
    plan.packsTaken = {{*parseDate("2025-03-03"), 1}, {*parseDate("2025-03-11"), 2}};
    return plan;
}

} // namespace

TEST_CASE("experiment show --json has statistics-v2 section 6's plan keys, in order")
{
    const auto json = experimentToJson(savedPlan(), std::nullopt);
    std::vector<std::string> keys;
    for (auto it = json["plan"].begin(); it != json["plan"].end(); ++it)
        keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"id", "exposure", "outcome", "dose", "blocks",
                                           "block_days", "washout_days", "seed", "start", "mid",
                                           "saved_at", "min_p", "power", "blinded",
                                           "assignments", "ended_early_at", "packs_taken"});
    CHECK(json["result"].is_null());
    CHECK(json["plan"]["packs_taken"] ==
          nlohmann::json::parse(R"([{"date": "2025-03-03", "pack": 1},
                                    {"date": "2025-03-11", "pack": 2}])"));
    // An unblinded plan has no packs, and its JSON no packs_taken.
    ExperimentPlan unblinded = savedPlan();
    unblinded.blinded = false;
    unblinded.packsTaken.clear();
    CHECK_FALSE(experimentToJson(unblinded, std::nullopt)["plan"].contains("packs_taken"));
    CHECK(json["plan"]["min_p"] == 2.0 / 64);
    CHECK(json["plan"]["assignments"].size() == 12);
    CHECK(json["plan"]["assignments"][11]["to"] == "2025-05-25");
}

TEST_CASE("a result is written with every field of section 6")
{
    ExperimentResult result;
    result.nOn = 30;
    result.nOff = 29;
    result.meanOn = 3.5;
    result.meanOff = 4.5;
    result.difference = -1.0;
    result.pRandomization = 0.03125;
    result.effect = -0.9;
    result.effectSe = 0.3;
    result.effectCi95 = Interval{-1.5, -0.3};
    result.effectP = 0.004;
    result.phi = 0.41;
    result.adherence = 0.93;
    result.endedEarly = true;
    const auto json = experimentResultToJson(result);
    std::vector<std::string> keys;
    for (auto it = json.begin(); it != json.end(); ++it)
        keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"n_on", "n_off", "mean_on", "mean_off", "difference",
                                           "p_randomization", "effect", "effect_se",
                                           "effect_ci95", "effect_p", "phi", "adherence",
                                           "ended_early"});
    CHECK(json["effect_ci95"] == nlohmann::json::array({-1.5, -0.3}));
}

TEST_CASE("experiments travel through the interchange document unchanged")
{
    JournalRecords records;
    records.experiments.push_back(savedPlan());
    const std::string text = interchangeJson(records, std::chrono::sys_seconds{});
    auto read = readInterchangeJson(text);
    REQUIRE(read);
    REQUIRE(read->experiments.size() == 1);
    CHECK(read->experiments.front() == savedPlan());
    // The whole document read (not the quick reader) agrees.
    auto parsed = parseJsonSafely(text);
    REQUIRE(parsed);
    auto whole = importInterchangeDocument(*parsed);
    REQUIRE(whole);
    CHECK(whole->records.experiments == read->experiments);
}

TEST_CASE("an imported plan with a bad field is refused, the element and field named")
{
    JournalRecords records;
    records.experiments.push_back(savedPlan());
    auto json = nlohmann::json::parse(interchangeJson(records, std::chrono::sys_seconds{}));
    json["experiments"][0]["plan"]["blocks"] = 10;
    auto read = readInterchangeJson(json.dump());
    REQUIRE_FALSE(read);
    CHECK(read.error().field == "experiments[0].plan.blocks");

    json["experiments"][0]["plan"]["blocks"] = 12;
    json["experiments"][0]["plan"].erase("seed");
    read = readInterchangeJson(json.dump());
    REQUIRE_FALSE(read);
    CHECK(read.error().field == "experiments[0].plan.seed");
}

TEST_CASE("imported packs taken are checked against the plan, the element named")
{
    JournalRecords records;
    records.experiments.push_back(savedPlan());
    auto json = nlohmann::json::parse(interchangeJson(records, std::chrono::sys_seconds{}));
    auto& packs = json["experiments"][0]["plan"]["packs_taken"];
    REQUIRE(packs.size() == 2);

    packs[1]["pack"] = 3; // 2025-03-11 is in block 2
    auto read = readInterchangeJson(json.dump());
    REQUIRE_FALSE(read);
    CHECK(read.error().field == "experiments[0].plan.packs_taken[1]");

    packs[1]["pack"] = 2;
    packs[1]["date"] = "2025-3-11";
    read = readInterchangeJson(json.dump());
    REQUIRE_FALSE(read);
    CHECK(read.error().field == "experiments[0].plan.packs_taken[1].date");

    packs[1].erase("date");
    read = readInterchangeJson(json.dump());
    REQUIRE_FALSE(read);
    CHECK(read.error().field == "experiments[0].plan.packs_taken[1].date");

    // A document without packs_taken (an export of an earlier version) reads as none logged.
    json["experiments"][0]["plan"].erase("packs_taken");
    read = readInterchangeJson(json.dump());
    REQUIRE(read);
    CHECK(read->experiments.front().packsTaken.empty());
}

} // namespace QUIETLEGS_TEST_FILE
