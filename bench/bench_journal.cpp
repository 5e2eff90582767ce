// Prints how long the journal takes to fill and read with ten years of data.
// A figure to watch, not a pass/fail test: `build/bench/bench_journal [days]`.
#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/storage/Journal.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

using namespace quietlegs;

namespace {

template <typename F>
double secondsOf(F&& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv)
{
    const int days = argc > 1 ? std::atoi(argv[1]) : 3650;
    const auto path = std::filesystem::temp_directory_path() / "quietlegs-bench-journal.sqlite";
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path.string() + suffix);

    JournalRecords records;
    const double generate = secondsOf([&] { records = demoJournal(*parseDate("2026-11-24"), days, 1); });
    auto journal = Journal::open(path);
    if (!journal) {
        std::fprintf(stderr, "%s\n", journal.error().message().c_str());
        return 1;
    }
    double store = secondsOf([&] { (void)journal->merge(records); });
    double storeAgain = secondsOf([&] { (void)journal->merge(records); });
    double load = 0;
    std::size_t loaded = 0;
    load = secondsOf([&] { loaded = journal->records()->size(); });
    const Date last = *parseDate("2026-11-24");
    double lastWeek = secondsOf([&] { (void)journal->records(DateRange{addDays(last, -6), last}); });

    std::printf("days                 %d\n", days);
    std::printf("entries              %zu\n", records.size());
    std::printf("generate demo        %.3f s\n", generate);
    std::printf("store (one txn)      %.3f s\n", store);
    std::printf("re-import unchanged  %.3f s\n", storeAgain);
    std::printf("load all (%zu)    %.3f s\n", loaded, load);
    std::printf("load last week       %.4f s\n", lastWeek);
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path.string() + suffix);
    return 0;
}
