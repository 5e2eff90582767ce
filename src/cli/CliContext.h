#pragma once

#include "quietlegs/analysis/StatisticsReport.h"
#include "quietlegs/storage/Journal.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace quietlegs::cli {

/// Exit codes: style.md, "Errors and data safety".
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;

/// What every command shares: the global options and the command chosen to run.
struct CliContext
{
    std::string databaseFlag;
    std::function<int()> action;
    /// The command line as main() received it (argv[0] first), for handing a command on to
    /// another program unchanged (export --format pdf: ReportCommand.cpp).
    std::vector<std::string> commandLine;

    /// The journal file that --database, QUIETLEGS_DATABASE or the default names.
    std::filesystem::path journalFile() const;
    /// Opens that journal; a damaged one is refused with the newest good backup named.
    Result<Journal> openJournal(Journal::Access access = Journal::Access::ReadWrite) const;
    /// Opens it for a command that writes, after the once-a-day backup (a failed backup is
    /// reported on stderr but does not stop the write).
    Result<Journal> openJournalForWriting() const;
    /// "The newest good backup is ...; restore it with: ..." or a note that there is none.
    std::string restoreAdvice() const;
};

/// Prints `quietlegs-cli: <message>` to stderr and returns `code`.
int reportError(const Error& error, int code);
int reportError(const std::string& message, int code);

/// Parses an optional `--from`/`--to` pair into a range (bad dates name the flag).
Result<DateRange> parseRange(const std::string& from, const std::string& to);
/// Parses `--compare A_FROM:A_TO,B_FROM:B_TO` (stats and the PDF report); errors name --compare.
Result<ComparisonRequest> parseCompareRanges(const std::string& text, std::string_view outcome);

// One function per command group; each registers its subcommand and its action.
void addDemoCommand(CLI::App& app, CliContext& context);
void addLogCommands(CLI::App& app, CliContext& context);
void addListCommand(CLI::App& app, CliContext& context);
void addCheckCommand(CLI::App& app, CliContext& context);
void addExportCommand(CLI::App& app, CliContext& context);
void addImportCommand(CLI::App& app, CliContext& context);
void addStatsCommand(CLI::App& app, CliContext& context);
void addBackupCommands(CLI::App& app, CliContext& context);
void addExperimentCommands(CLI::App& app, CliContext& context);
void addRecoverCommand(CLI::App& app, CliContext& context);
/// `log week` (WeekCommands.cpp); after addLogCommands, whose `log` it joins.
void addWeekCommands(CLI::App& app, CliContext& context);
/// `factor add|list|values` and `log factor`; after addLogCommands (FactorCommands.cpp).
void addFactorCommands(CLI::App& app, CliContext& context);
void addAlertsCommand(CLI::App& app, CliContext& context);
/// `log med` (MedCommands.cpp); after addLogCommands().
void addMedCommands(CLI::App& app, CliContext& context);
/// `list meds` and `list regimens` (MedCommands.cpp).
int listMedicines(CliContext& context, const std::string& kind, const DateRange& range, bool json);

} // namespace quietlegs::cli
