#include "CliContext.h"

namespace quietlegs::cli {

void addCheckCommand(CLI::App& app, CliContext& context)
{
    auto* check = app.add_subcommand(
        "check", "Verify the journal file (integrity and foreign keys); exit 0 only when clean");
    check->callback([&context] {
        context.action = [&context]() -> int {
            auto journal = context.openJournal(Journal::Access::ReadOnly);
            if (!journal)
                return reportError(journal.error(), kExitFailure);
            auto& db = journal->database();
            int problems = 0;
            // A file too damaged to run the check on is reported like any other damage.
            auto damaged = [&context, &journal](const Error& error) {
                std::cout << "integrity: " << error.message() << '\n'
                          << "1 problem(s) in " << journal->path().string() << '\n'
                          << context.restoreAdvice() << '\n';
                return kExitFailure;
            };
            auto integrity = db.prepare("PRAGMA integrity_check");
            if (!integrity)
                return damaged(integrity.error());
            for (;;) {
                auto row = integrity->step();
                if (!row)
                    return damaged(row.error());
                if (!*row)
                    break;
                const std::string line = integrity->columnText(0);
                if (line != "ok") {
                    std::cout << "integrity: " << line << '\n';
                    ++problems;
                }
            }
            auto foreignKeys = db.prepare("PRAGMA foreign_key_check");
            if (!foreignKeys)
                return reportError(foreignKeys.error(), kExitFailure);
            for (;;) {
                auto row = foreignKeys->step();
                if (!row)
                    return reportError(row.error(), kExitFailure);
                if (!*row)
                    break;
                std::cout << "foreign key: " << foreignKeys->columnText(0) << " row "
                          << foreignKeys->columnInt64(1) << " refers to missing "
                          << foreignKeys->columnText(2) << '\n';
                ++problems;
            }
            // Reading every entry back proves that each still passes the domain rules.
            if (auto records = journal->records(); !records) {
                std::cout << "entries: " << records.error().message() << '\n';
                ++problems;
            }
            if (problems > 0) {
                std::cout << problems << " problem(s) in " << journal->path().string() << '\n'
                          << context.restoreAdvice() << '\n';
                return kExitFailure;
            }
            auto counts = journal->counts();
            std::cout << "ok: " << journal->path().string();
            if (counts)
                std::cout << " (" << counts->nights << " nights, " << counts->intakes
                          << " intakes, " << counts->daily << " daily entries, " << counts->labs
                          << " labs)";
            std::cout << '\n';
            return kExitOk;
        };
    });
}

} // namespace quietlegs::cli
