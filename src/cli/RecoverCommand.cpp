#include "CliContext.h"
#include "quietlegs/storage/JournalRecovery.h"

namespace quietlegs::cli {
namespace {

int recoverInto(CliContext& context, const std::string& out, bool force)
{
    const std::filesystem::path target(out);
    const auto journal = context.journalFile();
    std::error_code ec;
    const auto folder =
        target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    if (!std::filesystem::is_directory(folder, ec))
        return reportError(Error{"--out", out, "its folder does not exist"}, kExitBadInput);
    if (std::filesystem::is_directory(target, ec))
        return reportError(Error{"--out", out, "is a folder; give a file name"}, kExitBadInput);
    // The damaged journal, its -wal and -shm and its backups are what there is to recover from.
    const std::string journalText = journal.string();
    const std::string targetText = std::filesystem::absolute(target, ec).string();
    if (std::filesystem::equivalent(target, journal, ec) ||
        targetText == std::filesystem::absolute(journal, ec).string() + "-wal" ||
        targetText == std::filesystem::absolute(journal, ec).string() + "-shm")
        return reportError(Error{"--out", out, "is the journal being recovered"}, kExitBadInput);
    if (std::filesystem::exists(target, ec) && !force)
        return reportError(Error{"--out", out, "exists already; add --force to replace it"},
                           kExitBadInput);
    if (!std::filesystem::is_regular_file(journal, ec))
        return reportError(Error{"--database", journalText, "no such journal file"}, kExitFailure);
    auto report = recoverJournal(journal, target);
    if (!report)
        return reportError(report.error(), kExitFailure);
    std::cout << report->text();
    std::cout << (report->complete() ? "recovered every row into "
                                     : "recovered what could be "
                                       "read into ")
              << target.string() << " (verified)\n";
    return kExitOk;
}

} // namespace

void addRecoverCommand(CLI::App& app, CliContext& context)
{
    struct Options
    {
        std::string out;
        bool force = false;
    };
    auto options = std::make_shared<Options>();
    auto* recover = app.add_subcommand(
        "recover", "Copy every row that can still be read from a damaged journal into a new "
                   "journal, and say per table what could not be read");
    recover->add_option("--out", options->out, "The new journal to write (must not exist)")
        ->required();
    recover->add_flag("--force", options->force, "Replace --out when it exists");
    recover->callback([&context, options] {
        context.action = [&context, options] {
            return recoverInto(context, options->out, options->force);
        };
    });
}

} // namespace quietlegs::cli
