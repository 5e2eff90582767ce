#include "CliContext.h"

#include "quietlegs/core/DemoJournal.h"

namespace quietlegs::cli {

void addDemoCommand(CLI::App& app, CliContext& context)
{
    auto* demo = app.add_subcommand(
        "demo", "Fill the journal with N days of realistic, deterministic example data");
    struct Options
    {
        int days = 120;
        std::uint64_t seed = 1;
        std::string end;
    };
    auto options = std::make_shared<Options>();
    demo->add_option("--days", options->days, "Number of days (1 to 36500)")->required();
    demo->add_option("--seed", options->seed, "Random seed; the same seed gives the same journal");
    demo->add_option("--end", options->end, "Last date YYYY-MM-DD (default: up to now, nothing that has not happened yet)");
    demo->callback([&context, options] {
        context.action = [&context, options]() -> int {
            if (options->days < 1 || options->days > 36500)
                return reportError(Error{"--days", std::to_string(options->days),
                                         "must be between 1 and 36500"},
                                   kExitBadInput);
            std::optional<Date> end;
            if (!options->end.empty()) {
                auto parsed = parseDate(options->end, "--end");
                if (!parsed)
                    return reportError(parsed.error(), kExitBadInput);
                end = *parsed;
            }
            auto journal = context.openJournalForWriting();
            if (!journal)
                return reportError(journal.error(), kExitFailure);
            // Without --end, up to now: tonight is not logged before it has happened.
            const JournalRecords records =
                end ? demoJournal(*end, options->days, options->seed)
                    : demoJournalUntil(localNow(), options->days, options->seed);
            auto summary = journal->merge(records);
            if (!summary)
                return reportError(summary.error(), kExitFailure);
            std::cout << "demo: " << records.nights.size() << " nights, " << records.intakes.size()
                      << " intakes, " << records.daily.size() << " daily entries, "
                      << records.labs.size() << " labs (" << summary->added << " added, "
                      << summary->updated << " updated) in " << journal->path().string() << '\n';
            return kExitOk;
        };
    });
}

} // namespace quietlegs::cli
