// How fast an Apple Health export.xml imports compared with reading the same file, and how much
// memory it takes at two file sizes (issue 22: "a generated 500 MB export imports at a rate
// close to reading the file, with peak memory independent of file size"). A figure to watch,
// not a pass/fail test:
//   build/bench/bench_apple_health [--sizes MB,MB] [--reps N] [--smoke]
// Default sizes 100 and 500 MB; --smoke: 8 and 16 MB (CI). The exports are generated in a
// temporary folder and deleted. Every size has the same three years of sleep (a watch and a
// ring) and food (two apps); what grows is what grows in real exports, heart-rate and step
// samples. Each size is measured in a child process of its own, so that its peak RSS
// (getrusage) is its own: reading the file (1 MB chunks, the floor), parsing it with expat and
// no handlers (the XML floor), and importing it (importAppleHealthFile).
#include "BestOf.h"
#include "quietlegs/io/AppleHealthImport.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <expat.h>
#include <filesystem>
#include <memory>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

using namespace quietlegs;

namespace {

constexpr int kDays = 3 * 365;
constexpr std::size_t kChunk = 1 << 20;

struct FileCloser
{
    void operator()(std::FILE* file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

std::string stamp(int day, int minuteOfDay)
{
    // Day 0 is 2023-01-01; winter offsets keep the generator simple (+0100 all year is what a
    // computer in Etc/GMT-1 sees; the importer's zone rule is tested elsewhere).
    const auto date = std::chrono::year_month_day{
        std::chrono::sys_days{std::chrono::days{19358 + day + minuteOfDay / 1440}}};
    const int minute = minuteOfDay % 1440;
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u %02d:%02d:00 +0100", int(date.year()),
                  unsigned(date.month()), unsigned(date.day()), minute / 60, minute % 60);
    return text;
}

void sleepRecord(std::FILE* out, const char* source, const char* value, int day, int from, int to)
{
    std::fprintf(out,
                 " <Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"%s\" "
                 "sourceVersion=\"10.1\" creationDate=\"%s\" startDate=\"%s\" endDate=\"%s\" "
                 "value=\"HKCategoryValueSleepAnalysis%s\"/>\n",
                 source, stamp(day, to).c_str(), stamp(day, from).c_str(), stamp(day, to).c_str(),
                 value);
}

void dietaryRecord(std::FILE* out, const char* source, const char* type, int day, int at, double mg)
{
    std::fprintf(out,
                 " <Record type=\"HKQuantityTypeIdentifierDietary%s\" sourceName=\"%s\" "
                 "sourceVersion=\"4.2\" unit=\"mg\" creationDate=\"%s\" startDate=\"%s\" "
                 "endDate=\"%s\" value=\"%.2f\"/>\n",
                 type, source, stamp(day, at).c_str(), stamp(day, at).c_str(),
                 stamp(day, at).c_str(), mg);
}

/// An export of about `megabytes`, written as a real one is laid out: header, then records.
long long writeExport(const std::filesystem::path& path, double megabytes)
{
    File out(std::fopen(path.c_str(), "wb"));
    if (!out)
        return -1;
    std::FILE* f = out.get();
    std::fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE HealthData [\n"
               "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout)*)>\n"
               "<!ATTLIST HealthData\n  locale CDATA #REQUIRED\n>\n"
               "<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>\n"
               "<!ATTLIST Record\n  type CDATA #REQUIRED\n  unit CDATA #IMPLIED\n"
               "  value CDATA #IMPLIED\n  sourceName CDATA #REQUIRED\n"
               "  startDate CDATA #REQUIRED\n  endDate CDATA #REQUIRED\n>\n"
               "<!ELEMENT MetadataEntry EMPTY>\n"
               "<!ATTLIST MetadataEntry\n  key CDATA #REQUIRED\n  value CDATA #REQUIRED\n>\n"
               "]>\n<HealthData locale=\"en_GB\">\n"
               " <ExportDate value=\"2026-01-01 08:00:00 +0100\"/>\n",
               f);
    long long records = 0;
    // Sleep and food: the same in every size.
    for (int day = 0; day < kDays; ++day) {
        const int bed = 22 * 60 + 30 + day % 60;
        sleepRecord(f, "Anna’s Apple Watch", "InBed", day, bed, bed + 480);
        int at = bed + 10 + day % 15;
        for (int cycle = 0; cycle < 4; ++cycle) {
            sleepRecord(f, "Anna’s Apple Watch", "AsleepCore", day, at, at + 50);
            sleepRecord(f, "Anna’s Apple Watch", "AsleepDeep", day, at + 50, at + 80);
            sleepRecord(f, "Anna’s Apple Watch", "AsleepREM", day, at + 80, at + 105);
            sleepRecord(f, "Anna’s Apple Watch", "Awake", day, at + 105, at + 110);
            at += 110;
            records += 4;
        }
        sleepRecord(f, "Oura", "InBed", day, bed - 5, bed + 485);
        sleepRecord(f, "Oura", "AsleepUnspecified", day, bed + 15, bed + 470);
        dietaryRecord(f, "Cronometer", "Magnesium", day, 8 * 60, 110 + day % 90);
        dietaryRecord(f, "Cronometer", "Magnesium", day, 13 * 60, 140 + day % 70);
        dietaryRecord(f, "Cronometer", "Iron", day, 13 * 60, 6 + day % 9);
        dietaryRecord(f, "Cronometer", "Caffeine", day, 8 * 60, 95);
        dietaryRecord(f, "MyFitnessPal", "Magnesium", day, 12 * 60, 200);
        records += 8;
    }
    // Heart rate and steps, day after day, until the size is reached.
    const long long target = static_cast<long long>(megabytes * 1024 * 1024);
    for (long long i = 0; std::ftell(f) < target; ++i) {
        const int day = int(i / 1440 % kDays);
        const int minute = int(i % 1440);
        if (i % 4 == 0)
            std::fprintf(f,
                         " <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"Anna’s "
                         "iPhone\" sourceVersion=\"17.1\" device=\"&lt;&lt;HKDevice: 0x2834, "
                         "name:iPhone&gt;&gt;\" unit=\"count\" creationDate=\"%s\" "
                         "startDate=\"%s\" endDate=\"%s\" value=\"%lld\"/>\n",
                         stamp(day, minute).c_str(), stamp(day, minute).c_str(),
                         stamp(day, minute).c_str(), 20 + i % 700);
        else
            std::fprintf(f,
                         " <Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Anna’s "
                         "Apple Watch\" sourceVersion=\"10.1\" unit=\"count/min\" "
                         "creationDate=\"%s\" startDate=\"%s\" endDate=\"%s\" value=\"%lld\">\n"
                         "  <MetadataEntry key=\"HKMetadataKeyHeartRateMotionContext\" "
                         "value=\"0\"/>\n </Record>\n",
                         stamp(day, minute).c_str(), stamp(day, minute).c_str(),
                         stamp(day, minute).c_str(), 50 + i % 60);
        ++records;
    }
    std::fputs("</HealthData>\n", f);
    return std::ferror(f) ? -1 : records;
}

double readFile(const std::filesystem::path& path)
{
    std::vector<char> buffer(kChunk);
    File in(std::fopen(path.c_str(), "rb"));
    long long sum = 0;
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), in.get()))
        sum += buffer[n - 1];
    return double(sum);
}

bool parseOnly(const std::filesystem::path& path)
{
    XML_Parser parser = XML_ParserCreate(nullptr);
    File in(std::fopen(path.c_str(), "rb"));
    bool ok = true;
    for (;;) {
        void* buffer = XML_GetBuffer(parser, int(kChunk));
        const std::size_t n = std::fread(buffer, 1, kChunk, in.get());
        if (XML_ParseBuffer(parser, int(n), n == 0) != XML_STATUS_OK) {
            ok = false;
            break;
        }
        if (n == 0)
            break;
    }
    XML_ParserFree(parser);
    return ok;
}

/// The child: one size, its three timings and its own peak RSS, on one line.
int measure(const std::filesystem::path& path, int reps)
{
    volatile double sink = 0;
    const double read = millisecondsOf([&] { sink = sink + readFile(path); }, reps);
    bool parsed = true;
    const double parse = millisecondsOf([&] { parsed = parseOnly(path) && parsed; }, reps);
    AppleHealthOptions options;
    options.computerZone = *TimeZone::named("Etc/GMT-1");
    std::size_t nights = 0;
    std::string error;
    const double import = millisecondsOf(
        [&] {
            auto batch = importAppleHealthFile(path, options);
            if (batch)
                nights = batch->nightPatches.size();
            else
                error = batch.error().message();
        },
        reps);
    if (!parsed || !error.empty()) {
        std::fprintf(stderr, "bench_apple_health: %s\n", parsed ? error.c_str() : "bad XML");
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%.3f %.3f %.3f %ld %zu\n", read, parse, import, usage.ru_maxrss, nights);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--measure") == 0)
        return measure(argv[2], std::atoi(argv[3]));

    std::vector<double> sizes{100, 500};
    int reps = 3;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--smoke") == 0) {
            sizes = {8, 16};
            reps = 1;
        } else if (std::strcmp(argv[i], "--sizes") == 0 && i + 1 < argc) {
            sizes.clear();
            for (char* part = std::strtok(argv[++i], ","); part; part = std::strtok(nullptr, ","))
                sizes.push_back(std::atof(part));
        } else if (std::strcmp(argv[i], "--reps") == 0 && i + 1 < argc) {
            reps = std::max(1, std::atoi(argv[++i]));
        } else {
            std::fprintf(stderr,
                         "usage: bench_apple_health [--sizes MB,MB] [--reps N] [--smoke]\n");
            return 2;
        }
    }

    std::string pattern =
        (std::filesystem::temp_directory_path() / "quietlegs-bench-apple-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        std::perror("bench_apple_health: mkdtemp");
        return 1;
    }
    const std::filesystem::path dir = pattern;
    std::printf("Apple Health export.xml: %d days of sleep (watch and ring) and food (two apps), "
                "heart-rate and step samples up to the size; best of %d, each size in a process "
                "of its own.\n",
                kDays, reps);
    std::printf("%8s %9s %8s %9s %9s %9s %11s %12s %9s\n", "size MB", "records", "nights",
                "read MB/s", "XML MB/s", "imp MB/s", "import/read", "import/XML", "peak RSS");
    int status = 0;
    for (double size : sizes) {
        const auto path = dir / "export.xml";
        const long long records = writeExport(path, size);
        if (records < 0) {
            std::fprintf(stderr, "bench_apple_health: cannot write %s\n", path.c_str());
            status = 1;
            break;
        }
        const double megabytes = double(std::filesystem::file_size(path)) / (1024 * 1024);
        // The child reports on a pipe: its peak RSS is the import's, not the generator's.
        std::string command = "/proc/self/exe";
        std::string repsText = std::to_string(reps);
        std::string pathText = path.string();
        char* childArgs[] = {command.data(), const_cast<char*>("--measure"), pathText.data(),
                             repsText.data(), nullptr};
        int pipeFds[2];
        if (pipe(pipeFds) != 0) {
            status = 1;
            break;
        }
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 1);
        posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
        pid_t child = 0;
        const int spawned =
            posix_spawn(&child, "/proc/self/exe", &actions, nullptr, childArgs, environ);
        posix_spawn_file_actions_destroy(&actions);
        close(pipeFds[1]);
        char line[256] = {};
        File from(fdopen(pipeFds[0], "r"));
        const bool got = from && std::fgets(line, sizeof line, from.get()) != nullptr;
        int childStatus = 0;
        if (spawned == 0)
            waitpid(child, &childStatus, 0);
        double read = 0, parse = 0, import = 0;
        long rssKb = 0;
        std::size_t nights = 0;
        if (spawned != 0 || !got || childStatus != 0 ||
            std::sscanf(line, "%lf %lf %lf %ld %zu", &read, &parse, &import, &rssKb, &nights) !=
                5) {
            std::fprintf(stderr, "bench_apple_health: the measurement of %.0f MB failed\n", size);
            status = 1;
            break;
        }
        std::printf("%8.1f %9lld %8zu %9.0f %9.0f %9.0f %10.2fx %11.2fx %6.1f MB\n", megabytes,
                    records, nights, megabytes / (read / 1000), megabytes / (parse / 1000),
                    megabytes / (import / 1000), import / read, import / parse, rssKb / 1024.0);
        std::filesystem::remove(path);
    }
    std::filesystem::remove_all(dir);
    std::printf("read = the file in 1 MB chunks from the page cache; XML = expat over it with no "
                "handlers; import/read and import/XML are time ratios (1.00x: as fast).\n");
    return status;
}
