// Prints how long exports and imports take on ten years of data (interchange JSON, CSV,
// FHIR, a Cronometer daily summary). A figure to watch, not a pass/fail test:
// `build/bench/bench_import [days]`.
#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/io/CronometerImport.h"
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/FhirExport.h"
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/storage/Journal.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

using namespace quietlegs;

namespace {

template <typename F> double secondsOf(F&& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void removeJournal(const std::filesystem::path& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path.string() + suffix);
}

std::string cronometerFile(Date last, int days)
{
    std::string text = "\xEF\xBB\xBF"
                       "Date,Energy (kcal),Caffeine (mg),Iron (mg),Magnesium (mg),"
                       "Vitamin B12 (\xC2\xB5g),Completed\r\n";
    for (int i = days - 1; i >= 0; --i) {
        char row[128];
        std::snprintf(row, sizeof row, "%s,%.1f,%d,%.2f,%.2f,2.4,true\r\n",
                      formatDate(addDays(last, -i)).c_str(), 1800.0 + i % 400, 50 + i % 250,
                      8 + (i % 90) / 10.0, 250 + (i % 200) * 0.7);
        text += row;
    }
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    const int days = argc > 1 ? std::atoi(argv[1]) : 3650;
    const Date last = *parseDate("2026-11-24");
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const JournalRecords records = demoJournal(last, days, 1);

    std::string json, csv, fhir;
    const double writeJson = secondsOf([&] { json = interchangeJson(records, now); });
    const double writeCsv = secondsOf([&] {
        csv = nightsCsv(records) + intakesCsv(records) + dailyCsv(records) + labsCsv(records);
    });
    const double writeFhir = secondsOf([&] { fhir = fhirBundleJson(records, {now, ""}); });

    Result<ImportBatch> batch = Error{};
    const double readJson = secondsOf([&] { batch = importInterchangeJson(json); });
    if (!batch) {
        std::fprintf(stderr, "%s\n", batch.error().message().c_str());
        return 1;
    }
    const auto path = std::filesystem::temp_directory_path() / "quietlegs-bench-import.sqlite";
    removeJournal(path);
    auto journal = Journal::open(path);
    if (!journal) {
        std::fprintf(stderr, "%s\n", journal.error().message().c_str());
        return 1;
    }
    const double apply = secondsOf([&] { (void)applyImport(*journal, *batch); });
    const double applyAgain = secondsOf([&] { (void)applyImport(*journal, *batch); });

    const std::string cronometer = cronometerFile(last, days);
    Result<ImportBatch> cronometerBatch = Error{};
    const double readCronometer =
        secondsOf([&] { cronometerBatch = importCronometerDailySummary(cronometer); });
    const double applyCronometer =
        secondsOf([&] { (void)applyImport(*journal, *cronometerBatch); });
    const double applyCronometerAgain =
        secondsOf([&] { (void)applyImport(*journal, *cronometerBatch); });
    removeJournal(path);

    std::printf("days                          %d\n", days);
    std::printf("entries                       %zu\n", records.size());
    std::printf("write interchange JSON        %.3f s (%.1f MB)\n", writeJson, json.size() / 1e6);
    std::printf("write CSV (4 files)           %.3f s (%.1f MB)\n", writeCsv, csv.size() / 1e6);
    std::printf("write FHIR bundle             %.3f s (%.1f MB)\n", writeFhir, fhir.size() / 1e6);
    std::printf("read + validate JSON          %.3f s\n", readJson);
    std::printf("import into empty journal     %.3f s\n", apply);
    std::printf("import again (all unchanged)  %.3f s\n", applyAgain);
    std::printf("read Cronometer (%d rows)   %.3f s\n", days, readCronometer);
    std::printf("import Cronometer             %.3f s\n", applyCronometer);
    std::printf("re-import Cronometer          %.3f s\n", applyCronometerAgain);
    return 0;
}
