#include "CliContext.h"
#include "ReportCommand.h"
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/ExportFile.h"
#include "quietlegs/io/FhirExport.h"
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/storage/OutputTarget.h"

#include <map>
#include <optional>

namespace quietlegs::cli {
namespace {

/// Everything an export format needs; a new format is one more entry in exportFormats().
struct ExportRequest
{
    Journal& journal;
    DateRange range;
    std::filesystem::path out;
    std::string patient;
    std::chrono::sys_seconds now;
};

using Exporter = std::function<int(const ExportRequest&)>;

Result<JournalRecords> recordsFor(const ExportRequest& request)
{
    return request.journal.records(request.range);
}

int printWritten(const ExportRequest& request, const JournalRecords& records)
{
    std::cout << "exported " << records.nights.size() << " nights, " << records.intakes.size()
              << " intakes, " << records.daily.size() << " daily entries, " << records.labs.size()
              << " labs, " << records.meds.size() << " medicine doses to "
              << request.out.string() << '\n';
    return kExitOk;
}

int exportJson(const ExportRequest& request)
{
    auto records = recordsFor(request);
    if (!records)
        return reportError(records.error(), kExitFailure);
    if (auto status = writeFileAtomically(request.out, interchangeJson(*records, request.now));
        !status)
        return reportError(status.error(), kExitFailure);
    return printWritten(request, *records);
}

int exportCsvFiles(const ExportRequest& request)
{
    auto records = recordsFor(request);
    if (!records)
        return reportError(records.error(), kExitFailure);
    if (auto status = exportCsv(*records, request.out); !status)
        return reportError(status.error(), kExitFailure);
    return printWritten(request, *records);
}

int exportFhir(const ExportRequest& request)
{
    auto records = recordsFor(request);
    if (!records)
        return reportError(records.error(), kExitFailure);
    const std::string bundle = fhirBundleJson(*records, {request.now, request.patient});
    if (auto status = writeFileAtomically(request.out, bundle); !status)
        return reportError(status.error(), kExitFailure);
    return printWritten(request, *records);
}

/// Refuses (exit 2) an --out that would clobber the journal, its working files or backups,
/// and one that would replace an existing file or earlier CSV export unless --force.
/// Returns the exit code, or nothing when the export may go ahead.
std::optional<int> refusedTarget(const CliContext& context, const std::string& format,
                                 const std::filesystem::path& out, bool force)
{
    if (auto status = checkOutputTarget(context.journalFile(), out, "--out"); !status)
        return reportError(status.error(), kExitBadInput);
    std::error_code ec;
    if (format == "csv") {
        auto replaces = exportFolderReplaces(out, csvExportFiles(), "--out");
        if (!replaces)
            return reportError(replaces.error(), kExitBadInput);
        if (*replaces && !force)
            return reportError(Error{"--out", out.string(),
                                     "holds an earlier CSV export; add --force to replace it"},
                               kExitBadInput);
        return std::nullopt;
    }
    if (std::filesystem::is_directory(out, ec))
        return reportError(Error{"--out", out.string(), "is a folder; give a file name"},
                           kExitBadInput);
    if (std::filesystem::exists(std::filesystem::symlink_status(out, ec)) && !force)
        return reportError(
            Error{"--out", out.string(), "exists already; add --force to replace it"},
            kExitBadInput);
    return std::nullopt;
}

const std::map<std::string, Exporter>& exportFormats()
{
    static const std::map<std::string, Exporter> formats = {
        {"json", exportJson},
        {"csv", exportCsvFiles},
        {"fhir", exportFhir},
    };
    return formats;
}

} // namespace

void addExportCommand(CLI::App& app, CliContext& context)
{
    auto* command = app.add_subcommand(
        "export", "Write the journal (or a date range) as interchange JSON, CSV files or FHIR, "
                  "or the PDF report for a nutritionist or doctor");
    struct Options
    {
        std::string format, from, to, out, patient;
        bool force = false;
        PdfExportOptions pdf; // the report's own flags (docs/report.md)
    };
    auto options = std::make_shared<Options>();
    std::vector<std::string> names;
    for (const auto& [name, exporter] : exportFormats())
        names.push_back(name);
    names.push_back(std::string(kPdfFormat)); // the report lives in ReportCommand.cpp
    command->add_option("--format", options->format, "json, csv (a directory), fhir or pdf")
        ->required()
        ->check(CLI::IsMember(names));
    command->add_option("--from", options->from, "First journal date YYYY-MM-DD");
    command->add_option("--to", options->to, "Last journal date YYYY-MM-DD");
    command->add_option("--out", options->out, "Output file (json, fhir, pdf) or directory (csv)")
        ->required();
    command->add_option("--patient", options->patient, "Patient name for FHIR and the report");
    command->add_flag("--force", options->force,
                      "Replace an existing file (or an earlier CSV export folder)");
    addPdfReportOptions(*command, options->pdf);
    command->callback([&context, options, command] {
        context.action = [&context, options, command]() -> int {
            // Before anything else, the PDF report included: never over the journal.
            if (auto refused =
                    refusedTarget(context, options->format, options->out, options->force))
                return *refused;
            if (options->format == kPdfFormat) {
                PdfExportOptions pdf = options->pdf;
                pdf.from = options->from;
                pdf.to = options->to;
                pdf.patient = options->patient;
                pdf.out = options->out;
                return exportPdfReport(context, pdf);
            }
            if (const std::string flag = firstPdfOnlyFlag(*command); !flag.empty())
                return reportError(Error{flag, "", "applies only to --format pdf"}, kExitBadInput);
            auto range = parseRange(options->from, options->to);
            if (!range)
                return reportError(range.error(), kExitBadInput);
            const Exporter& exporter = exportFormats().at(options->format);
            auto journal = context.openJournal(Journal::Access::ReadOnly);
            if (!journal)
                return reportError(journal.error(), kExitFailure);
            const auto now =
                std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
            return exporter(ExportRequest{*journal, *range, options->out, options->patient, now});
        };
    });
}

} // namespace quietlegs::cli
