#include "CliContext.h"
#include "quietlegs/io/AppleHealthImport.h"
#include "quietlegs/io/ExportFile.h"
#include "quietlegs/io/ImportFormat.h"
#include "quietlegs/io/InterchangeJson.h"

#if defined(__GLIBC__)
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace quietlegs::cli {
namespace {

#if defined(__GLIBC__)
/// Importing ten years touches about 20 MB of fresh memory (the file's text, the JSON reader's
/// buffers, the records, the journal's pages): 4,700 page faults of 4 KiB, each a trip into the
/// kernel, and a third of the import's CPU time on a virtual machine. So the heap grows once by
/// `bytes`, keeps what is freed, and that range is offered for transparent huge pages (used
/// where the kernel enables them for such requests, "madvise" or "always"): 1,400-1,800 page
/// faults. Large blocks come from this heap too, instead of mappings of their own, which also
/// lets the journal's pages reuse the JSON reader's memory; one arena serves both threads.
void growHeapOnHugePages(std::size_t bytes)
{
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, int(bytes));
    mallopt(M_TRIM_THRESHOLD, int(bytes));
    const auto start = reinterpret_cast<std::uintptr_t>(sbrk(0));
    auto* block = static_cast<volatile char*>(std::malloc(bytes / 2));
    if (!block)
        return;
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
    const std::uintptr_t first = (start + kHugePage - 1) & ~(kHugePage - 1);
    if (end > first)
        (void)madvise(reinterpret_cast<void*>(first), end - first, MADV_HUGEPAGE);
    block[0] = 0; // used, so that the compiler keeps the allocation
    std::free(const_cast<char*>(block));
}
#endif

std::string headerList(const std::vector<std::string>& header)
{
    std::string list;
    for (std::size_t i = 0; i < header.size(); ++i)
        list += (i ? ", " : "") + std::to_string(i + 1) + "=" + header[i];
    return list;
}

/// An Apple Health export (named by --format or recognised by its start) is read as it
/// streams from the file: exports run to gigabytes. None for every other file.
std::optional<Result<ImportBatch>> streamedImport(const std::string& file,
                                                  const std::string& format,
                                                  const AppleHealthOptions& options)
{
    const bool appleHealth = format == importFormatId(ImportFormat::AppleHealth) ||
                             (format.empty() && looksLikeAppleHealthExportFile(file));
    if (appleHealth)
        return importAppleHealthFile(file, options);
    for (const auto& [flag, value] : {std::pair{"--sleep-source", &options.sources.sleepSource},
                                      {"--food-source", &options.sources.foodSource}})
        if (!value->empty())
            return Error{flag, *value, "only an Apple Health export has sources to choose from"};
    return std::nullopt;
}

} // namespace

void addImportCommand(CLI::App& app, CliContext& context)
{
    auto* command = app.add_subcommand(
        "import", "Read a QuietLegs JSON, Cronometer daily summary, Fitbit sleep, Apple Health "
                  "export.xml or CSV file into the journal (all or nothing)");
    struct Options
    {
        std::string file, format, map;
        bool dryRun = false;
        bool replaceManual = false;
        AppleHealthOptions appleHealth;
    };
    auto options = std::make_shared<Options>();
    command->add_option("file", options->file, "The file to import")->required();
    command->add_option(
        "--format", options->format,
        "json, cronometer, fitbit, csv or apple-health (default: recognised by content)");
    command->add_option("--map", options->map,
                        "Columns of a spreadsheet: date=COL,severity=COL,magnesium=COL,iron=COL,"
                        "caffeine=COL,alcohol=COL,exercise=COL,stress=COL,notes=COL,"
                        "irls1..irls10=COL,into_bed=COL,lights_out=COL,sleep_latency_min=COL,"
                        "awakenings=COL,waso_min=COL,final_wake=COL,out_of_bed=COL (times as "
                        "HH:MM),date_format=ymd|dmy|mdy,magnesium_form=FORM,iron_form=FORM,"
                        "decimal=point|comma,delimiter=comma|semicolon|tab (COL: header name "
                        "or number; delimiter recognised, decimal comma for semicolons)");
    command->add_flag("--dry-run", options->dryRun,
                      "Show per day what would be added, replaced or kept (old -> new); write "
                      "nothing");
    command->add_flag("--replace-manual", options->replaceManual,
                      "Let a Cronometer, Fitbit, Apple Health or CSV import replace values typed "
                      "by hand (by default what was typed wins)");
    command->add_option("--sleep-source", options->appleHealth.sources.sleepSource,
                        "Apple Health: take each night's sleep from this sourceName when it "
                        "recorded the night (default: the source with the most records)");
    command->add_option("--food-source", options->appleHealth.sources.foodSource,
                        "Apple Health: take each day's food and caffeine from this sourceName "
                        "when it recorded them (default: the source with the most records)");
    command->callback([&context, options] {
        context.action = [&context, options]() -> int {
#if defined(__GLIBC__)
            growHeapOnHugePages(std::size_t(128) << 20);
#endif
            auto streamed = streamedImport(options->file, options->format, options->appleHealth);
            auto text =
                streamed ? Result<std::string>(std::string()) : readImportFile(options->file);
            if (!text)
                return reportError(text.error(), kExitBadInput);
            // A well-formed interchange document, the usual import, is read at once: detecting
            // its format first would read ten years twice (issue 7).
            const bool detect = !streamed && options->format.empty() && options->map.empty();
            auto recognised = detect ? importIfInterchangeJson(*text) : std::nullopt;
            auto format = streamed     ? Result<ImportFormat>(ImportFormat::AppleHealth)
                          : recognised ? Result<ImportFormat>(ImportFormat::InterchangeJson)
                          : options->format.empty() ? detectImportFormat(*text)
                                                    : parseImportFormat(options->format);
            if (!format)
                return reportError(Error{options->file, "", format.error().message()},
                                   kExitBadInput);
            std::optional<CsvColumnMapping> mapping;
            if (*format == ImportFormat::GenericCsv) {
                // The header is read with the delimiter the mapping names, if it names one.
                auto delimiter = mappedDelimiter(options->map);
                if (!delimiter)
                    return reportError(delimiter.error(), kExitBadInput);
                auto preview = previewCsv(*text, 0, *delimiter);
                if (!preview)
                    return reportError(preview.error(), kExitBadInput);
                if (options->map.empty())
                    return reportError(
                        "a spreadsheet needs --map date=COLUMN,... (" +
                            std::string(csvDelimiterName(preview->delimiter)) + " separated, " +
                            (defaultDecimalMark(preview->delimiter) == DecimalMark::Comma
                                 ? "decimal comma"
                                 : "decimal point") +
                            "; its columns: " + headerList(preview->header) + ")",
                        kExitBadInput);
                auto parsed = parseColumnMapping(options->map, preview->header);
                if (!parsed)
                    return reportError(parsed.error(), kExitBadInput);
                mapping = *parsed;
            } else if (!options->map.empty()) {
                return reportError(Error{"--map", "", "only a generic CSV file takes a mapping"},
                                   kExitBadInput);
            }
            auto batch = streamed     ? std::move(*streamed)
                         : recognised ? std::move(*recognised)
                                      : readImport(*text, *format, mapping);
            if (!batch)
                return reportError(batch.error(), kExitBadInput);
            // A real import makes the day's backup first (docs/reliability.md); a dry run writes
            // nothing.
            auto journal =
                options->dryRun ? context.openJournal() : context.openJournalForWriting();
            if (!journal)
                return reportError(journal.error(), kExitFailure);
            // Importers validate every entry, so what fails here is the journal, or an entry
            // that does not fit what the journal holds (bad input too).
            auto summary =
                applyImport(*journal, *batch, ImportOptions{options->dryRun, options->replaceManual});
            if (!summary)
                return reportError(summary.error(), failedOnEntry(*batch, summary.error())
                                                        ? kExitBadInput
                                                        : kExitFailure);
            std::cout << summary->text();
            return kExitOk;
        };
    });
}

} // namespace quietlegs::cli
