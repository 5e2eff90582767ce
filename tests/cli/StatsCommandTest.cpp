// quietlegs-cli stats end to end: a real process on a temporary journal.
#include "../storage/TempJournal.h"
#include "CliProcess.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

namespace {

/// A journal in a temporary folder and the CLI run on it.
class TemporaryJournal
{
public:
    /// Runs `quietlegs-cli --database <journal> <arguments>` (arguments split at spaces).
    CliRun run(const std::string& arguments) const
    {
        std::vector<std::string> args{"--database", (m_folder / "journal.sqlite").string()};
        std::istringstream words(arguments);
        for (std::string word; words >> word;)
            args.push_back(word);
        return runCli(args);
    }

private:
    TempFolder m_folder;
};

/// Ten IRLS-style items adding up to `total`, as --irls takes them.
std::string irlsItems(int total)
{
    std::string items;
    for (int i = 0; i < 10; ++i) {
        const int item = std::min(4, total);
        total -= item;
        items += (i ? "," : "") + std::to_string(item);
    }
    return items;
}

void logOrFail(const TemporaryJournal& journal, const std::string& arguments)
{
    const CliRun logged = journal.run(arguments);
    INFO(arguments << "\n" << logged.err);
    REQUIRE(logged.exitCode == 0);
}

/// Nights 2026-11-16..20 with IRLS totals 12, 20, 15, 16, 22 and magnesium 300 (100 of it at
/// 00:30 the next morning), 0, 150, 150, 0 mg; then a date with only a caffeine entry.
void fillJournal(const TemporaryJournal& journal)
{
    const int irls[] = {12, 20, 15, 16, 22};
    for (int i = 0; i < 5; ++i)
        logOrFail(journal, "log night --date 2026-11-" + std::to_string(16 + i) + " --irls " +
                               irlsItems(irls[i]));
    logOrFail(journal, "log intake --at 2026-11-16T21:00 --nutrient magnesium --form glycinate "
                       "--elemental-mg 200");
    logOrFail(journal, "log intake --at 2026-11-17T00:30 --nutrient magnesium --form glycinate "
                       "--elemental-mg 100");
    for (const char* day : {"18", "19"})
        logOrFail(journal, std::string("log intake --at 2026-11-") + day +
                               "T21:15 --nutrient magnesium --form citrate --elemental-mg 150");
    logOrFail(journal, "log intake --at 2026-11-20T20:00 --nutrient magnesium --form sulfate "
                       "--route topical --elemental-mg 400");
    logOrFail(journal, "log daily --date 2026-11-21 --caffeine 90");
}

void checkNumber(const nlohmann::ordered_json& value, std::optional<double> expected)
{
    INFO(value.dump());
    if (!expected) {
        CHECK(value.is_null());
        return;
    }
    REQUIRE(value.is_number());
    if (*expected == 0)
        CHECK(value.get<double>() == 0);
    else
        CHECK(value.get<double>() == Approx(*expected).epsilon(1e-9));
}

std::vector<std::string> keysOf(const nlohmann::ordered_json& object)
{
    std::vector<std::string> keys;
    for (const auto& item : object.items())
        keys.push_back(item.key());
    return keys;
}

} // namespace

TEST_CASE("stats --json prints the statistics-v2 document with R's values")
{
    TemporaryJournal journal;
    fillJournal(journal);
    const CliRun stats = journal.run(
        "stats --json --compare 2026-11-16:2026-11-17,2026-11-18:2026-11-20 --outcome irls_total");
    INFO(stats.err);
    REQUIRE(stats.exitCode == 0);
    const auto document = nlohmann::ordered_json::parse(stats.out);

    CHECK(keysOf(document) ==
          std::vector<std::string>{"statistics_version", "from", "to", "max_lag", "primary",
                                   "correlations", "effects", "weekly", "comparison"});
    CHECK(document["statistics_version"] == 2);
    CHECK(document["from"] == "2026-11-16");
    CHECK(document["to"] == "2026-11-21"); // the caffeine-only date is the journal's last
    CHECK(document["max_lag"] == 3);

    const auto& rows = document["correlations"];
    REQUIRE(rows.size() == 6 * 3 * 4);
    CHECK(keysOf(rows[0]) ==
          std::vector<std::string>{"exposure", "outcome", "lag_days", "n", "pearson_r",
                                   "pearson_ci95", "pearson_p", "spearman_rho", "spearman_p",
                                   "n_eff", "naive_p", "q_value", "note"});
    // Magnesium against IRLS, lags 0..3: reference.R "cli journal".
    CHECK(rows[0]["exposure"] == "magnesium_mg");
    CHECK(rows[0]["outcome"] == "irls_total");
    CHECK(rows[0]["lag_days"] == 0);
    CHECK(rows[0]["n"] == 5);
    checkNumber(rows[0]["pearson_r"], -0.9711232450841949);
    checkNumber(rows[0]["naive_p"], 0.0058649768298936087);
    checkNumber(rows[0]["spearman_rho"], -0.94868329805051377);
    // Five nights: descriptive figures and v1's naive p only; no inference below 14 pairs.
    CHECK(rows[0]["pearson_p"].is_null());
    CHECK(rows[0]["pearson_ci95"].is_null());
    CHECK(rows[0]["spearman_p"].is_null());
    CHECK(rows[0]["n_eff"].is_null());
    CHECK(rows[0]["q_value"].is_null());
    CHECK(rows[0]["note"] == "not enough nights yet");
    CHECK(rows[1]["n"] == 4);
    checkNumber(rows[1]["pearson_r"], 0.61780206321521547);
    CHECK(rows[2]["n"] == 3); // fewer than four pairs: every statistic null (statistics-v1.md)
    CHECK(rows[2]["pearson_r"].is_null());
    CHECK(rows[2]["pearson_ci95"].is_null());
    CHECK(rows[2]["q_value"].is_null());
    CHECK(rows[3]["n"] == 2);
    CHECK(rows[3]["pearson_r"].is_null());
    CHECK(rows[3]["q_value"].is_null());
    // Order: exposures x outcomes x lags; caffeine was never recorded on a night's date.
    CHECK(rows[4]["outcome"] == "severity");
    CHECK(rows[12]["exposure"] == "iron_mg");
    CHECK(rows[24]["exposure"] == "caffeine_mg");
    CHECK(rows[24]["n"] == 0);
    CHECK(rows[71]["exposure"] == "stress");
    CHECK(rows[71]["outcome"] == "sleep_efficiency");
    CHECK(rows[71]["lag_days"] == 3);

    REQUIRE(document["weekly"].size() == 1);
    const auto& week = document["weekly"][0];
    CHECK(keysOf(week) == std::vector<std::string>{"week_start", "nights", "irls_total_mean",
                                                   "severity_mean", "sleep_efficiency_mean",
                                                   "magnesium_mg_mean", "iron_mg_mean",
                                                   "caffeine_mg_mean", "alcohol_units_mean",
                                                   "exercise_min_mean", "stress_mean"});
    CHECK(week["week_start"] == "2026-11-16");
    CHECK(week["nights"] == 5);
    checkNumber(week["irls_total_mean"], 17.0);
    CHECK(week["severity_mean"].is_null());
    // Six dates with a record (the topical bath not counted; the caffeine-only date is 0 mg).
    checkNumber(week["magnesium_mg_mean"], 100.0);
    checkNumber(week["iron_mg_mean"], 0.0);
    checkNumber(week["caffeine_mg_mean"], 90.0);
    CHECK(week["stress_mean"].is_null());

    const auto& effects = document["effects"];
    REQUIRE(effects.size() == rows.size());
    CHECK(keysOf(effects[0]) ==
          std::vector<std::string>{"exposure", "outcome", "lag_days", "n", "slope", "slope_se",
                                   "slope_ci95", "slope_p", "trend_per_day", "phi", "q_value",
                                   "note"});
    CHECK(effects[0]["exposure"] == "magnesium_mg");
    CHECK(effects[0]["n"] == 5);
    CHECK(effects[0]["slope"].is_null());
    CHECK(effects[0]["note"] == "not enough nights yet");
    CHECK(effects[71]["exposure"] == "stress");

    // The default primary question: magnesium against severity on the same day, MID 1.
    const auto& primary = document["primary"];
    CHECK(primary["exposure"] == "magnesium_mg");
    CHECK(primary["outcome"] == "severity");
    CHECK(primary["lag_days"] == 0);
    CHECK(primary["mid"] == 1.0);
    CHECK(primary["verdict"].is_null());
    CHECK(primary["note"] == "not enough nights yet");

    const auto& comparison = document["comparison"];
    CHECK(keysOf(comparison) == std::vector<std::string>{"outcome", "a", "b", "descriptive",
                                                         "its", "regression_to_mean_risk"});
    CHECK(keysOf(comparison["its"]) ==
          std::vector<std::string>{"n", "phi", "level_change", "level_change_se",
                                   "level_change_ci95", "level_change_p", "slope_change",
                                   "slope_change_se", "slope_change_ci95", "slope_change_p",
                                   "note"});
    CHECK(keysOf(comparison["a"]) == std::vector<std::string>{"from", "to", "n", "mean", "sd"});
    CHECK(comparison["outcome"] == "irls_total");
    CHECK(comparison["a"]["from"] == "2026-11-16");
    CHECK(comparison["b"]["to"] == "2026-11-20");
    CHECK(comparison["a"]["n"] == 2);
    CHECK(comparison["b"]["n"] == 3);
    checkNumber(comparison["a"]["mean"], 16);
    checkNumber(comparison["a"]["sd"], 5.6568542494923806);
    checkNumber(comparison["b"]["mean"], 17.666666666666668);
    checkNumber(comparison["b"]["sd"], 3.7859388972001824);
    checkNumber(comparison["descriptive"]["difference"], 1.6666666666666679);
    // Hedges g with the exact J, m = 3 (R: gamma(m/2) / (sqrt(m/2) gamma((m-1)/2))).
    checkNumber(comparison["descriptive"]["hedges_g"], 0.26818446773821591);
    CHECK(comparison["its"]["n"] == 5);
    CHECK(comparison["its"]["level_change"].is_null());
    CHECK(comparison["its"]["note"] == "not enough nights yet");
    CHECK(comparison["regression_to_mean_risk"].is_null());
}

TEST_CASE("stats --from/--to and --max-lag limit the table, with no comparison unless asked")
{
    TemporaryJournal journal;
    fillJournal(journal);
    const CliRun stats = journal.run("stats --json --from 2026-11-17 --to 2026-11-20 --max-lag 1");
    INFO(stats.err);
    REQUIRE(stats.exitCode == 0);
    const auto document = nlohmann::ordered_json::parse(stats.out);
    CHECK(document["from"] == "2026-11-17");
    CHECK(document["to"] == "2026-11-20");
    CHECK_FALSE(document.contains("comparison"));
    CHECK(document["correlations"].size() == 6 * 3 * 2);
    // Lag 1 on the night of 11-17 uses the magnesium of 11-16, before --from.
    CHECK(document["correlations"][1]["n"] == 4);
    CHECK(document["weekly"][0]["nights"] == 4);
}

TEST_CASE("stats without --json prints a table and says when there are too few nights")
{
    TemporaryJournal journal;
    fillJournal(journal);
    const CliRun stats = journal.run("stats");
    INFO(stats.err);
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.out.find("magnesium_mg") != std::string::npos);
    CHECK(stats.out.find("not enough nights yet") != std::string::npos);
    CHECK(stats.out.find("Not enough nights yet") != std::string::npos);
}

TEST_CASE("stats --include-topical counts the Epsom bath in magnesium_mg")
{
    TemporaryJournal journal;
    fillJournal(journal);
    const CliRun oral = journal.run("stats --json");
    const CliRun topical = journal.run("stats --json --include-topical");
    INFO(oral.err << topical.err);
    REQUIRE(oral.exitCode == 0);
    REQUIRE(topical.exitCode == 0);
    const auto without = nlohmann::ordered_json::parse(oral.out);
    const auto with = nlohmann::ordered_json::parse(topical.out);
    // Six recorded dates, 11-16..21: 300 + 150 + 150 mg by mouth; the 400 mg bath of 11-20
    // counts only when asked for.
    checkNumber(without["weekly"][0]["magnesium_mg_mean"], 600.0 / 6);
    checkNumber(with["weekly"][0]["magnesium_mg_mean"], 1000.0 / 6);
    // The correlation of magnesium with that night's IRLS total changes with it (lag 0 row);
    // iron and the outcomes do not.
    CHECK(with["correlations"][0]["n"] == 5);
    CHECK(with["correlations"][0]["pearson_r"] != without["correlations"][0]["pearson_r"]);
    CHECK(with["weekly"][0]["irls_total_mean"] == without["weekly"][0]["irls_total_mean"]);
    CHECK(with["weekly"][0]["iron_mg_mean"] == without["weekly"][0]["iron_mg_mean"]);
    // The readable table says which magnesium it counts.
    CHECK(journal.run("stats").out.find("by mouth only") != std::string::npos);
    CHECK(journal.run("stats --include-topical").out.find("includes topical magnesium") !=
          std::string::npos);
}

TEST_CASE("stats on a journal without nights or intakes prints nulls, not an error")
{
    TemporaryJournal journal;
    // A lab result is no night, intake or daily entry: the statistics have nothing to use.
    logOrFail(journal, "log lab --date 2026-11-01 --test ferritin --value 40 --unit ug/L");
    const CliRun stats = journal.run("stats --json");
    INFO(stats.err);
    REQUIRE(stats.exitCode == 0);
    const auto document = nlohmann::ordered_json::parse(stats.out);
    CHECK(document["from"].is_null());
    CHECK(document["correlations"].size() == 72);
    CHECK(document["weekly"].empty());
}

TEST_CASE("stats refuses bad flags with exit code 2, naming the flag")
{
    TemporaryJournal journal;
    fillJournal(journal);
    const std::vector<std::pair<std::string, std::string>> cases{
        {"stats --max-lag -1", "--max-lag"},
        {"stats --max-lag many", "--max-lag"},
        {"stats --from 2026-02-30", "--from"},
        {"stats --from 2026-11-20 --to 2026-11-01", "--to"},
        {"stats --compare 2026-11-16-2026-11-17 --outcome irls_total", "--compare"},
        {"stats --compare 2026-11-18:2026-11-16,2026-11-18:2026-11-20 --outcome irls_total",
         "--compare"},
        {"stats --compare 2026-11-16:2026-11-17,2026-11-18:2026-11-20 --outcome pain", "--outcome"},
        {"stats --compare 2026-11-16:2026-11-17,2026-11-18:2026-11-20", "--outcome"},
        {"stats --outcome irls_total", "--outcome"},
        {"stats --lag 2", "--lag"},
        {"stats --compare 2026-11-16:2026-11-18,2026-11-18:2026-11-20 --outcome irls_total",
         "--compare"}, // overlapping
        {"stats --compare 2026-11-18:2026-11-20,2026-11-16:2026-11-17 --outcome irls_total",
         "--compare"}, // reversed
        {"stats --primary magnesium_mg:severity", "--primary"},
        {"stats --primary magnesium_mg:severity:-1", "--primary"},
        {"stats --primary sugar_g:severity:0", "--primary"},
        {"stats --primary magnesium_mg:pain:0", "--primary"},
        {"stats --mid 0", "--mid"},
        {"stats --mid lots", "--mid"},
        {"stats --primary magnesium_mg:severity:0 --mid -2", "--mid"},
    };
    for (const auto& [arguments, flag] : cases) {
        const CliRun refused = journal.run(arguments);
        INFO(arguments << "\n" << refused.err);
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.find(flag) != std::string::npos);
        CHECK(refused.out.empty());
    }
}

namespace {

/// Sixty nights from 2026-09-01 with severity falling 1 point per 100 mg of magnesium the
/// same day (plus a weekly wobble), imported as one interchange document with `settings`.
std::string sixtyNights(const std::string& settings)
{
    std::string nights, intakes;
    for (int i = 0; i < 60; ++i) {
        const std::string date = "2026-" + std::string(i < 30 ? "09-" : "10-") +
                                 (((i % 30) + 1) < 10 ? "0" : "") + std::to_string(i % 30 + 1);
        const int doses = (i * 7) % 4; // 0..3 hundred mg
        const int severity = 8 - 2 * doses + (i % 3);
        nights += std::string(nights.empty() ? "" : ", ") + R"({"date": ")" + date +
                  R"(", "severity": )" + std::to_string(severity) + "}";
        if (doses > 0)
            intakes += std::string(intakes.empty() ? "" : ", ") + R"({"taken_at": ")" + date +
                       R"(T21:00", "nutrient": "magnesium", "form": "glycinate", "route": "oral", )"
                       R"("elemental_mg": )" +
                       std::to_string(100 * doses) + "}";
    }
    return R"({"format": "quietlegs", "version": 2, "settings": )" + settings +
           R"(, "nights": [)" + nights + R"(], "intakes": [)" + intakes + "]}";
}

} // namespace

TEST_CASE("stats reads the primary question from the journal's settings; --primary overrides it")
{
    TempFolder folder;
    const auto file = folder / "sixty.json";
    {
        std::ofstream out(file);
        out << sixtyNights(R"({"primary_question": "magnesium_mg:severity:0", "primary_mid": 1})");
    }
    const std::vector<std::string> database{"--database", (folder / "j.sqlite").string()};
    auto run = [&](std::vector<std::string> args) {
        args.insert(args.begin(), database.begin(), database.end());
        return runCli(args);
    };
    const CliRun imported = run({"import", file.string()});
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);

    const CliRun stats = run({"stats", "--json"});
    INFO(stats.err);
    REQUIRE(stats.exitCode == 0);
    const auto document = nlohmann::ordered_json::parse(stats.out);
    const auto& primary = document["primary"];
    CHECK(primary["n"] == 60);
    REQUIRE(primary["slope"].is_number());
    // About 2 points lower per 100 mg: well beyond a MID of 1 point per 100 mg.
    CHECK(primary["slope"].get<double>() * 100 == Approx(-2).margin(0.3));
    CHECK(primary["verdict"] == "beyond MID");
    CHECK(primary["q_value"].is_null()); // chosen in advance: its own p, no adjustment
    // The same relation among the exploratory effects carries a q.
    CHECK(document["effects"][4]["outcome"] == "severity");
    CHECK(document["effects"][4]["lag_days"] == 0);
    CHECK(document["effects"][4]["slope"] == primary["slope"]);
    CHECK(document["effects"][4]["q_value"].is_number());

    // --mid overrides the journal's MID: 3 points per 100 mg is more than the effect.
    const auto wide =
        nlohmann::ordered_json::parse(run({"stats", "--json", "--mid", "3"}).out)["primary"];
    CHECK(wide["mid"] == 3.0);
    CHECK(wide["verdict"] != "beyond MID");

    // --primary asks another question for this run only.
    const CliRun other = run({"stats", "--json", "--primary", "magnesium_mg:severity:1"});
    REQUIRE(other.exitCode == 0);
    const auto otherPrimary = nlohmann::ordered_json::parse(other.out)["primary"];
    CHECK(otherPrimary["lag_days"] == 1);
    CHECK(otherPrimary["mid"] == 1.0);

    // The readable output leads with the primary effect in units per 100 mg, then the rest.
    const CliRun text = run({"stats"});
    REQUIRE(text.exitCode == 0);
    const auto main = text.out.find("Main question");
    const auto effect = text.out.find("100 mg more magnesium: severity ");
    const auto exploratory = text.out.find("Exploratory correlations");
    CHECK(main != std::string::npos);
    CHECK(effect != std::string::npos);
    CHECK(exploratory != std::string::npos);
    CHECK(main < effect);
    CHECK(effect < exploratory);
    CHECK(text.out.find("verdict: beyond MID") != std::string::npos);
    CHECK(text.out.find("significant") == std::string::npos);
    CHECK(text.out.find("Largest of") != std::string::npos);
}

} // namespace QUIETLEGS_TEST_FILE
