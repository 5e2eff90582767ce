#pragma once

#include "CliContext.h"

#include <string>
#include <string_view>
#include <vector>

namespace quietlegs::cli {

/// The flags of `export --format pdf`, as typed.
struct PdfExportOptions
{
    std::string from; // default: 83 days before --to
    std::string to;   // default: today
    std::string patient;
    std::string recipient;
    std::string paper = "a4"; // a4 | letter
    bool notes = false;
    std::string compare; // A_FROM:A_TO,B_FROM:B_TO, with --outcome
    std::string outcome;
    double magnesiumLimit = 350;
    std::string weekStart;            // monday | sunday; empty: the journal's setting week_start
    std::string rdaProfile;           // an RDA profile id; empty: the journal's setting rda_profile
    std::vector<std::string> periods; // NAME:FROM:TO, repeatable
    std::string out;
};

/// Adds the flags only the PDF report has (--recipient, --paper, --notes, --compare, --outcome,
/// --magnesium-limit, --week-start, --rda-profile, --period) to the export command, which already
/// has --from, --to, --patient, --out.
void addPdfReportOptions(CLI::App& command, PdfExportOptions& options);

/// Writes the PDF report of the journal: 0 ok, 2 bad flag (named), 1 other failure (for
/// instance a build without the Qt report layer).
int exportPdfReport(CliContext& context, const PdfExportOptions& options);

/// Writes a blinded experiment's helper sheet (PDF, report layer) to `out`: 0 ok, 2 unknown
/// id or a plan that is not blinded, 1 other failure. quietlegs-cli hands it to
/// quietlegs-cli-pdf as it does the report.
int writeExperimentSheet(CliContext& context, const std::string& id, const std::string& out);

/// The --format value of the PDF report.
inline constexpr std::string_view kPdfFormat = "pdf";

/// The first flag only the PDF report takes that was given to `command`; empty when none.
std::string firstPdfOnlyFlag(const CLI::App& command);

} // namespace quietlegs::cli
