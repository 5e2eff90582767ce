// How long the statistics of statistics-v1.md take over ten years of demo journal: from
// records in memory, and from a SQLite journal as `quietlegs-cli stats` does. Prints figures;
// it is not a test.
#include "quietlegs/analysis/SelfExperiment.h"
#include "quietlegs/analysis/StatisticsReport.h"
#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/io/StatisticsJson.h"
#include "quietlegs/storage/Journal.h"

#include "BestOf.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <unistd.h>

using namespace quietlegs;

namespace {

} // namespace

int main()
{
    constexpr int kDays = 3650;
    const Date last = Date{std::chrono::year{2026}, std::chrono::November, std::chrono::day{20}};
    const JournalRecords records = demoJournal(last, kDays, 1);
    std::printf("demo journal: %d days, %zu nights, %zu intakes, %zu daily entries\n", kDays,
                records.nights.size(), records.intakes.size(), records.daily.size());

    StatisticsRequest request;
    request.comparison = ComparisonRequest{"irls_total", addDays(last, -kDays + 1),
                                           addDays(last, -kDays + 365), addDays(last, -364), last};
    std::size_t jsonBytes = 0;
    const double series = millisecondsOf([&] { (void)JournalSeries::fromRecords(records); });
    const double full = millisecondsOf([&] {
        auto report = computeStatistics(records, request);
        jsonBytes = statisticsToJson(*report).dump(2).size();
    });
    std::printf("series from records:                 %8.1f ms (best of 5)\n", series);
    std::printf("stats + JSON (72 rows, %zu weeks):   %8.1f ms (best of 5), %zu bytes of JSON\n",
                computeStatistics(records, request)->weekly.size(), full, jsonBytes);

    const JournalSeries all = JournalSeries::fromRecords(records);
    ExperimentPlan plan;
    plan.exposure = "magnesium_mg";
    plan.outcome = "irls_total";
    plan.dose = 200;
    plan.blocks = kMaxExperimentBlocks;
    plan.start = addDays(last, -plan.blocks * plan.blockDays + 1);
    plan.seed = 1;
    const double experiment = millisecondsOf([&] { (void)analyseExperiment(plan, all); });
    std::printf("on/off experiment, 40 blocks (all 2^20 flips + AR(1) fit): %8.1f ms\n",
                experiment);

    const auto path = std::filesystem::temp_directory_path() /
                      ("quietlegs-bench-stats-" + std::to_string(getpid()) + ".sqlite");
    {
        auto journal = Journal::open(path);
        if (!journal || !journal->merge(records)) {
            std::fprintf(stderr, "bench_stats: could not write %s\n", path.c_str());
            return 1;
        }
        const double fromDisk = millisecondsOf(
            [&] {
                auto loaded = journal->records();
                auto report = computeStatistics(*loaded, request);
                jsonBytes = statisticsToJson(*report).dump(2).size();
            },
            3);
        std::printf("load from SQLite + stats + JSON:     %8.1f ms (best of 3)\n", fromDisk);
    }
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path.string() + suffix, ignored);
    return 0;
}
