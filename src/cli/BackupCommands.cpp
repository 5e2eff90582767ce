#include "CliContext.h"
#include "quietlegs/storage/JournalBackups.h"
#include "quietlegs/storage/OutputTarget.h"

#include <cstdio>

namespace quietlegs::cli {
namespace {

std::string nightSpan(const JournalFileInfo& info)
{
    std::string text = std::to_string(info.nights) + " nights";
    if (info.firstNight && info.lastNight)
        text += " (" + formatDate(*info.firstNight) + " to " + formatDate(*info.lastNight) + ")";
    return text;
}

std::string formatTakenAt(std::chrono::local_seconds when)
{
    const auto day = std::chrono::floor<std::chrono::days>(when);
    const std::chrono::hh_mm_ss clock{when - day};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s %02d:%02d:%02d", formatDate(Date{day}).c_str(),
                  int(clock.hours().count()), int(clock.minutes().count()),
                  int(clock.seconds().count()));
    return buffer;
}

int backupTo(CliContext& context, const std::string& out, bool force)
{
    const std::filesystem::path target(out);
    std::error_code ec;
    const auto folder =
        target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    if (!std::filesystem::is_directory(folder, ec))
        return reportError(Error{"--out", out, "its folder does not exist"}, kExitBadInput);
    if (std::filesystem::is_directory(target, ec))
        return reportError(Error{"--out", out, "is a folder; give a file name"}, kExitBadInput);
    // The journal, its -wal/-shm and its backups are never written over (issue 20).
    if (auto status = checkOutputTarget(context.journalFile(), target, "--out"); !status)
        return reportError(status.error(), kExitBadInput);
    if (std::filesystem::exists(std::filesystem::symlink_status(target, ec)) && !force)
        return reportError(Error{"--out", out, "exists already; add --force to replace it"},
                           kExitBadInput);
    // A journal on read-only media is copied from a read-only connection: the backup API
    // only reads its source, and only the target must be writable.
    auto journal = context.openJournal();
    if (!journal && Journal::openChecked(context.journalFile()).problem == JournalProblem::ReadOnly)
        journal = context.openJournal(Journal::Access::ReadOnly);
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    auto info = writeJournalCopy(journal->database(), target);
    if (!info)
        return reportError(info.error(), kExitFailure);
    std::cout << "backup: " << target.string() << ": " << nightSpan(*info) << ", " << info->intakes
              << " intakes, verified\n";
    return kExitOk;
}

int restoreFrom(CliContext& context, const std::string& file)
{
    // A file that is not a sound journal is bad input; failing to replace the journal is not.
    if (auto checked = inspectJournalFile(file); !checked)
        return reportError(checked.error(), kExitBadInput);
    const auto journalPath = context.journalFile();
    auto summary = JournalBackups(journalPath).restore(file, localNowSeconds());
    if (!summary)
        return reportError(summary.error(), kExitFailure);
    std::cout << "restored: " << nightSpan(summary->restored) << " from " << file << " into "
              << journalPath.string() << '\n';
    if (summary->previous)
        std::cout << "the journal as it was is saved as " << summary->previous->path.string()
                  << '\n';
    return kExitOk;
}

int listBackups(CliContext& context)
{
    JournalBackups backups(context.journalFile());
    const auto list = backups.list();
    if (list.empty()) {
        std::cout << "no backups yet in " << backups.folder().string() << '\n';
        return kExitOk;
    }
    std::cout << "backups of " << context.journalFile().string() << " in "
              << backups.folder().string() << ", newest first:\n";
    std::printf("%-19s  %-14s  %-7s  %-10s  %-10s  %s\n", "taken", "reason", "nights", "first",
                "last", "file");
    for (const JournalBackup& backup : list) {
        const std::string name = backup.path.filename().string();
        const std::string taken = formatTakenAt(backup.takenAt);
        const std::string reason(backupReasonText(backup.reason));
        if (!backup.contents) {
            std::printf("%-19s  %-14s  %-7s  %-10s  %-10s  %s  NOT RESTORABLE: %s\n", taken.c_str(),
                        reason.c_str(), "-", "-", "-", name.c_str(), backup.problem.c_str());
            continue;
        }
        const auto& info = *backup.contents;
        std::printf("%-19s  %-14s  %-7lld  %-10s  %-10s  %s\n", taken.c_str(), reason.c_str(),
                    (long long)info.nights,
                    info.firstNight ? formatDate(*info.firstNight).c_str() : "-",
                    info.lastNight ? formatDate(*info.lastNight).c_str() : "-", name.c_str());
    }
    return kExitOk;
}

} // namespace

void addBackupCommands(CLI::App& app, CliContext& context)
{
    struct Options
    {
        std::string out, file;
        bool force = false;
    };
    auto options = std::make_shared<Options>();

    auto* backup = app.add_subcommand(
        "backup", "Write a verified copy of the journal to a file (atomically, owner-only)");
    backup->add_option("--out", options->out, "The backup file to write")->required();
    backup->add_flag("--force", options->force, "Replace --out when it exists");
    backup->callback([&context, options] {
        context.action = [&context, options] {
            return backupTo(context, options->out, options->force);
        };
    });

    auto* restore = app.add_subcommand(
        "restore", "Replace the journal with a backup (the current journal is backed up first)");
    restore->add_option("file", options->file, "A QuietLegs journal or backup file")->required();
    restore->callback([&context, options] {
        context.action = [&context, options] { return restoreFrom(context, options->file); };
    });

    auto* list = app.add_subcommand(
        "backups", "List the automatic backups beside the journal, with their dates and nights");
    list->callback([&context] { context.action = [&context] { return listBackups(context); }; });
}

} // namespace quietlegs::cli
