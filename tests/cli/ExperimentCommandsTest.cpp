// quietlegs-cli experiment plan|show|end-early|list|take-pack end to end on temporary journals.
#include "../storage/TempJournal.h"
#include "CliProcess.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sstream>
#include <string>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

namespace {

class ExperimentJournal
{
public:
    CliRun run(const std::string& arguments) const
    {
        std::vector<std::string> args{"--database", path().string()};
        std::istringstream words(arguments);
        for (std::string word; words >> word;)
            args.push_back(word);
        return runCli(args);
    }
    std::filesystem::path path() const { return m_folder / "journal.sqlite"; }

private:
    TempFolder m_folder;
};

std::string dayFromToday(int days)
{
    using namespace std::chrono;
    const auto now = system_clock::to_time_t(system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    local.tm_mday += days;
    local.tm_hour = 12;
    mktime(&local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

nlohmann::json planJson(const ExperimentJournal& journal, const std::string& arguments)
{
    const CliRun planned = journal.run("experiment plan " + arguments + " --json");
    INFO(planned.err);
    REQUIRE(planned.exitCode == 0);
    return nlohmann::json::parse(planned.out);
}

void execute(const ExperimentJournal& journal, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(journal.path().c_str(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("experiment plan saves a pre-registered plan and prints id, min_p, power, assignments")
{
    ExperimentJournal journal;
    const auto document = planJson(journal, "--exposure magnesium_mg --outcome severity --dose 200 "
                                            "--start " + dayFromToday(1) + " --seed 7");
    const auto& plan = document["plan"];
    CHECK(plan["id"].get<std::string>().size() == 36);
    CHECK(plan["blocks"] == 12);
    CHECK(plan["block_days"] == 7);
    CHECK(plan["washout_days"] == 2);
    CHECK(plan["seed"] == 7);
    CHECK(plan["mid"] == 1.0);
    CHECK(plan["min_p"].get<double>() == Approx(2.0 / 64));
    CHECK(plan["power"].get<double>() > 0);
    CHECK(plan["power"].get<double>() < 1);
    CHECK(plan["blinded"] == false);
    REQUIRE(plan["assignments"].size() == 12);
    CHECK(plan["assignments"][0]["from"] == dayFromToday(1));
    CHECK(document["result"].is_null());

    // Keys in statistics-v2 section 6's order.
    std::vector<std::string> keys;
    for (auto it = plan.begin(); it != plan.end(); ++it)
        keys.push_back(it.key());
    const std::vector<std::string> expected{
        "assignments", "blinded", "block_days", "blocks", "dose",  "ended_early_at",
        "exposure",    "id",         "mid",      "min_p",  "outcome", "power",
        "saved_at",    "seed",       "start",    "washout_days"};
    std::sort(keys.begin(), keys.end());
    CHECK(keys == expected);

    const CliRun shown = journal.run("experiment show --json");
    REQUIRE(shown.exitCode == 0);
    CHECK(nlohmann::json::parse(shown.out) == document);
    const CliRun listed = journal.run("experiment list");
    CHECK(listed.out.find(plan["id"].get<std::string>()) != std::string::npos);
    CHECK(listed.out.find("planned") != std::string::npos);
}

TEST_CASE("experiment plan refuses 10 blocks and a start before today, saving nothing")
{
    ExperimentJournal journal;
    const CliRun tenBlocks = journal.run("experiment plan --exposure magnesium_mg --outcome "
                                         "severity --dose 200 --blocks 10 --start " +
                                         dayFromToday(1));
    CHECK(tenBlocks.exitCode == 2);
    CHECK(tenBlocks.err.find("--blocks") != std::string::npos);
    CHECK(tenBlocks.err.find("0.0625") != std::string::npos);

    const CliRun past = journal.run("experiment plan --exposure magnesium_mg --outcome severity "
                                    "--dose 200 --start " + dayFromToday(-1));
    CHECK(past.exitCode == 2);
    CHECK(past.err.find("--start") != std::string::npos);

    const CliRun washout = journal.run("experiment plan --exposure magnesium_mg --outcome severity "
                                       "--dose 200 --block-days 3 --washout 3 --start " +
                                       dayFromToday(0));
    CHECK(washout.exitCode == 2);
    CHECK(washout.err.find("--washout") != std::string::npos);

    const CliRun unknown = journal.run("experiment plan --exposure magnesium_mg --outcome mood "
                                       "--dose 200 --start " + dayFromToday(0));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("--outcome") != std::string::npos);
    CHECK(journal.run("experiment list").out.empty());
}

TEST_CASE("experiment show hides the result until end-early, which is recorded once")
{
    ExperimentJournal journal;
    const auto document = planJson(journal, "--exposure magnesium_mg --outcome severity --dose 200 "
                                            "--start " + dayFromToday(0));
    const std::string id = document["plan"]["id"];
    CHECK(journal.run("experiment show " + id).out.find("stays hidden") != std::string::npos);

    const CliRun ended = journal.run("experiment end-early " + id);
    INFO(ended.err);
    REQUIRE(ended.exitCode == 0);
    const auto shown = nlohmann::json::parse(journal.run("experiment show " + id + " --json").out);
    REQUIRE(shown["result"].is_object());
    CHECK(shown["result"]["ended_early"] == true);
    CHECK(shown["plan"]["ended_early_at"].is_string());
    CHECK(shown["plan"]["seed"] == document["plan"]["seed"]);

    const CliRun again = journal.run("experiment end-early " + id);
    CHECK(again.exitCode == 2);
    CHECK(again.err.find("already") != std::string::npos);
    CHECK(journal.run("experiment end-early 00000000-0000-4000-8000-000000000000").exitCode == 2);
}

TEST_CASE("a finished experiment shows its result by assignment with the randomization p")
{
    ExperimentJournal journal;
    REQUIRE(journal.run("log night --date 2026-01-01 --severity 4").exitCode == 0);
    // A plan that ran from 2026-01-05 (written directly: `plan` refuses past starts).
    execute(journal, "INSERT INTO experiments (id, exposure, outcome, dose, mid, blocks, "
                     "block_days, washout_days, seed, start, blinded, power, saved_at) VALUES "
                     "('0f8fad5b-d9cb-469f-a165-70867728950e', 'magnesium_mg', 'severity', 200, "
                     "1, 12, 7, 2, 3, '2026-01-05', 0, 0.5, '2026-01-01T10:00:00Z')");
    const auto before = nlohmann::json::parse(journal.run("experiment show --json").out);
    // Severity 6 on "off" nights and 3 on "on" nights, all logged.
    std::string sql;
    for (const auto& block : before["plan"]["assignments"]) {
        const int severity = block["condition"] == "on" ? 3 : 6;
        sql += "INSERT INTO nights (date, severity) SELECT date('" +
               block["from"].get<std::string>() + "', '+' || value || ' days'), " +
               std::to_string(severity) + " FROM (WITH RECURSIVE d(value) AS (SELECT 0 UNION ALL "
               "SELECT value + 1 FROM d WHERE value < 6) SELECT value FROM d);";
    }
    execute(journal, sql);
    const CliRun shown = journal.run("experiment show --json");
    INFO(shown.err);
    REQUIRE(shown.exitCode == 0);
    const auto result = nlohmann::json::parse(shown.out)["result"];
    REQUIRE(result.is_object());
    CHECK(result["n_on"] == 30);
    CHECK(result["n_off"] == 30);
    CHECK(result["mean_on"] == 3.0);
    CHECK(result["mean_off"] == 6.0);
    CHECK(result["difference"] == -3.0);
    CHECK(result["p_randomization"].get<double>() == Approx(2.0 / 64));
    CHECK(result["adherence"].get<double>() == Approx(0.5)); // nothing logged: off days only
    CHECK(result["ended_early"] == false);
    const CliRun text = journal.run("experiment show");
    CHECK(text.out.find("only design that supports") != std::string::npos);
    CHECK(text.out.find("significant") == std::string::npos);
}

TEST_CASE("experiment take-pack logs the day's pack of a blinded plan, which adherence counts")
{
    ExperimentJournal journal;
    REQUIRE(journal.run("log night --date 2026-01-01 --severity 4").exitCode == 0);
    // A blinded plan that ran from 2026-01-05, 12 blocks of 7 days, and an unblinded one.
    const std::string id = "5b4c2f8e-1d3a-4c6b-9e7f-0a1b2c3d4e5f";
    execute(journal, "INSERT INTO experiments (id, exposure, outcome, dose, mid, blocks, "
                     "block_days, washout_days, seed, start, blinded, power, saved_at) VALUES "
                     "('" + id + "', 'magnesium_mg', 'severity', 200, 1, 12, 7, 2, 3, "
                     "'2026-01-05', 1, 0.5, '2026-01-01T10:00:00Z'), "
                     "('0f8fad5b-d9cb-469f-a165-70867728950e', 'magnesium_mg', 'severity', 200, "
                     "1, 12, 7, 2, 3, '2026-01-05', 0, 0.5, '2025-12-01T10:00:00Z')");

    const CliRun taken = journal.run("experiment take-pack " + id + " --date 2026-01-15");
    INFO(taken.err);
    REQUIRE(taken.exitCode == 0);
    CHECK(taken.out == "logged: pack 2 taken on 2026-01-15\n");
    CHECK(journal.run("experiment take-pack " + id + " --date 2026-01-15").out ==
          "pack 2 of 2026-01-15 was logged already\n");
    auto shown = nlohmann::json::parse(journal.run("experiment show " + id + " --json").out);
    CHECK(shown["plan"]["packs_taken"] ==
          nlohmann::json::parse(R"([{"date": "2026-01-15", "pack": 2}])"));
    // The text names pack numbers and how many days each was logged, never its contents.
    const std::string text = journal.run("experiment show " + id).out;
    CHECK(text.find("pack 2   1 of 7") != std::string::npos);
    CHECK(text.find("placebo") == std::string::npos);
    CHECK(text.find(" on\n") == std::string::npos);

    // Bad values: exit 2 naming the flag or the plan; nothing logged.
    for (const auto& [arguments, named] :
         std::vector<std::pair<std::string, std::string>>{
             {"--date 2026-01-04", "--date"}, // before the first block
             {"--date 2026-03-30", "--date"}, // after the last (2026-03-29)
             {"--date 2026-1-13", "--date"},
             {"--date " + dayFromToday(1), "--date"}}) {
        const CliRun refused = journal.run("experiment take-pack " + id + " " + arguments);
        INFO(arguments);
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.find(named) != std::string::npos);
    }
    const CliRun unblinded = journal.run(
        "experiment take-pack 0f8fad5b-d9cb-469f-a165-70867728950e --date 2026-01-15");
    CHECK(unblinded.exitCode == 2);
    CHECK(unblinded.err.find("not blinded") != std::string::npos);
    CHECK(journal.run("experiment take-pack 00000000-0000-4000-8000-000000000000").exitCode == 2);

    // Every night logged, every block day's pack logged but one analysed day's: 59 of 60.
    const auto plan = shown["plan"];
    std::string sql;
    for (const auto& block : plan["assignments"]) {
        const std::string days = "(WITH RECURSIVE d(value) AS (SELECT 0 UNION ALL SELECT value "
                                 "+ 1 FROM d WHERE value < 6) SELECT value FROM d)";
        const std::string date = "date('" + block["from"].get<std::string>() +
                                 "', '+' || value || ' days')";
        sql += "INSERT INTO nights (date, severity) SELECT " + date + ", 4 FROM " + days + ";";
        sql += "INSERT OR IGNORE INTO experiment_packs (experiment_id, date, pack) SELECT '" + id +
               "', " + date + ", " + std::to_string(block["block"].get<int>()) + " FROM " + days +
               ";";
    }
    execute(journal, sql);
    const CliRun removed =
        journal.run("experiment take-pack " + id + " --date 2026-01-15 --remove");
    CHECK(removed.out == "removed: pack 2 taken on 2026-01-15\n");
    shown = nlohmann::json::parse(journal.run("experiment show " + id + " --json").out);
    REQUIRE(shown["result"].is_object());
    CHECK(shown["result"]["adherence"].get<double>() == Approx(59.0 / 60));
    CHECK(shown["plan"]["packs_taken"].size() == 12 * 7 - 1);
}

TEST_CASE("the packs taken travel through export and import into another journal")
{
    ExperimentJournal from;
    const auto planned = planJson(from, "--exposure magnesium_mg --outcome severity --dose 200 "
                                        "--blinded --start " + dayFromToday(0));
    const std::string id = planned["plan"]["id"];
    REQUIRE(from.run("experiment take-pack " + id).exitCode == 0);
    const std::filesystem::path file = from.path().parent_path() / "export.json";
    const CliRun exported = from.run("export --format json --out " + file.string());
    INFO(exported.err);
    REQUIRE(exported.exitCode == 0);

    ExperimentJournal into;
    REQUIRE(into.run("import " + file.string()).exitCode == 0);
    const auto before = nlohmann::json::parse(from.run("experiment show " + id + " --json").out);
    const auto after = nlohmann::json::parse(into.run("experiment show " + id + " --json").out);
    CHECK(after == before);
    CHECK(after["plan"]["packs_taken"] ==
          nlohmann::json::parse("[{\"date\": \"" + dayFromToday(0) + "\", \"pack\": 1}]"));
    // Importing again changes nothing.
    REQUIRE(into.run("import " + file.string()).exitCode == 0);
    CHECK(nlohmann::json::parse(into.run("experiment show " + id + " --json").out) == before);
}

} // namespace QUIETLEGS_TEST_FILE
