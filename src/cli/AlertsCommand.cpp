#include "CliContext.h"
#include "quietlegs/analysis/JournalAlerts.h"

#include <nlohmann/json.hpp>

namespace quietlegs::cli {

void addAlertsCommand(CLI::App& app, CliContext& context)
{
    auto* alerts = app.add_subcommand(
        "alerts", "Print the active alerts (last 7 days, latest lab results), each with its rule "
                  "and source; a flag to take to the doctor, never a diagnosis");
    auto json = std::make_shared<bool>(false);
    alerts->add_flag("--json", *json,
                     "A JSON array of {kind, date, message, rule, rule_source} (empty: none)");
    alerts->callback([&context, json] {
        context.action = [&context, json]() -> int {
            auto journal = context.openJournal(Journal::Access::ReadOnly);
            if (!journal)
                return reportError(journal.error(), kExitFailure);
            auto active = journalAlerts(*journal, localToday());
            if (!active)
                return reportError(active.error(), kExitFailure);
            if (*json) {
                nlohmann::ordered_json array = nlohmann::ordered_json::array();
                for (const Alert& alert : *active)
                    array.push_back({{"kind", std::string(alertKindId(alert.kind))},
                                     {"date", formatDate(alert.date)},
                                     {"message", alertMessage(alert)},
                                     {"rule", alert.rule},
                                     {"rule_source", alert.ruleSource}});
                std::cout << array.dump(2) << '\n';
                return kExitOk;
            }
            if (active->empty())
                std::cout << "No active alerts.\n";
            for (const Alert& alert : *active)
                std::cout << formatDate(alert.date) << "  " << alertKindId(alert.kind) << "\n  "
                          << alertMessage(alert) << "\n  Rule: " << alert.rule
                          << "\n  Source: " << alert.ruleSource << "\n";
            return kExitOk;
        };
    });
}

} // namespace quietlegs::cli
