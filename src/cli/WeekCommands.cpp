// `log week`: the weekly IRLS-style check-in (interchange-v2.md "Weekly IRLS").
#include "CliContext.h"
#include "quietlegs/core/WeeklyIrls.h"

#include <charconv>
#include <sstream>

namespace quietlegs::cli {
namespace {

struct WeekOptions
{
    std::string weekEnding, irls;
};

/// Error fields of WeeklyIrls::create as the flags the user typed.
Error asWeekFlag(Error error)
{
    if (error.field.starts_with("irls_items"))
        error.field = "--irls" + error.field.substr(std::string_view("irls_items").size());
    else if (error.field == "week_ending")
        error.field = "--week-ending";
    return error;
}

Result<std::vector<int>> parseItems(const std::string& text)
{
    std::vector<int> values;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ',')) {
        int value = 0;
        auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (part.empty() || ec != std::errc() || ptr != part.data() + part.size())
            return Error{"--irls", text, "expected ten whole numbers 0-4 separated by commas"};
        values.push_back(value);
    }
    return values;
}

int logWeek(CliContext& context, const WeekOptions& o)
{
    auto weekEnding = parseDate(o.weekEnding, "--week-ending");
    if (!weekEnding)
        return reportError(weekEnding.error(), kExitBadInput);
    auto items = parseItems(o.irls);
    if (!items)
        return reportError(items.error(), kExitBadInput);
    auto week = WeeklyIrls::create({*weekEnding, *items, "manual", ""});
    if (!week)
        return reportError(asWeekFlag(week.error()), kExitBadInput);
    auto journal = context.openJournalForWriting();
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    auto id = journal->saveWeek(*week);
    if (!id)
        return reportError(id.error(), kExitFailure);
    std::cout << *id << '\n';
    return kExitOk;
}

} // namespace

void addWeekCommands(CLI::App& app, CliContext& context)
{
    auto* log = app.get_subcommand("log");
    auto week = std::make_shared<WeekOptions>();
    auto* weekCommand = log->add_subcommand(
        "week", "Save (or replace) the weekly IRLS-style check-in of the week ending on a date");
    weekCommand
        ->add_option("--week-ending", week->weekEnding,
                     "The week's last day YYYY-MM-DD; the scores recall the seven days to it")
        ->required();
    weekCommand
        ->add_option("--irls", week->irls,
                     "Ten IRLS-style area scores 0-4, e.g. 2,2,1,1,2,1,2,1,1,0")
        ->required();
    weekCommand->callback([&context, week] {
        context.action = [&context, week] { return logWeek(context, *week); };
    });
}

} // namespace quietlegs::cli
