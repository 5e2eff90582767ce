// The person's own factors: `factor add`, `factor list`, `factor values` and `log factor`
// (interchange-v2.md "User-defined factors").
#include "CliContext.h"
#include "quietlegs/io/FactorJson.h"

#include <cstdio>

namespace quietlegs::cli {
namespace {

/// Core field names as the user typed them on the command line.
Error asFactorFlag(Error error)
{
    for (const char* field : {"name", "unit", "kind", "value", "date"})
        if (error.field == field)
            error.field = std::string("--") + field;
    return error;
}

std::string shortest(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

struct AddOptions
{
    std::string name, unit, kind;
};

int addFactor(CliContext& context, const AddOptions& o)
{
    auto kind = parseFactorKind(o.kind, "--kind");
    if (!kind)
        return reportError(kind.error(), kExitBadInput);
    auto factor = FactorDefinition::create(o.name, o.unit, *kind);
    if (!factor)
        return reportError(asFactorFlag(factor.error()), kExitBadInput);
    auto journal = context.openJournalForWriting();
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    if (auto status = journal->defineFactor(*factor); !status) {
        // A name in use is bad input; anything else is the journal's failure.
        const bool taken = status.error().field == "name";
        return reportError(taken ? asFactorFlag(status.error()) : status.error(),
                           taken ? kExitBadInput : kExitFailure);
    }
    std::cout << factor->name() << '\n';
    return kExitOk;
}

int listFactors(CliContext& context, bool json)
{
    auto journal = context.openJournal(Journal::Access::ReadOnly);
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    auto factors = journal->factors();
    if (!factors)
        return reportError(factors.error(), kExitFailure);
    if (json) {
        auto array = nlohmann::ordered_json::array();
        for (const FactorDefinition& factor : *factors)
            array.push_back(factorToJson(factor));
        std::cout << array.dump(2) << '\n';
        return kExitOk;
    }
    std::printf("%-30s  %-10s  %s\n", "name", "unit", "kind");
    for (const FactorDefinition& factor : *factors)
        std::printf("%-30s  %-10s  %s\n", factor.name().c_str(),
                    factor.unit().empty() ? "-" : factor.unit().c_str(),
                    std::string(factorKindId(factor.kind())).c_str());
    return kExitOk;
}

struct ValuesOptions
{
    std::string from, to;
    bool json = false;
};

int listFactorValues(CliContext& context, const ValuesOptions& o)
{
    auto range = parseRange(o.from, o.to);
    if (!range)
        return reportError(range.error(), kExitBadInput);
    auto journal = context.openJournal(Journal::Access::ReadOnly);
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    auto factors = journal->factors();
    auto values = journal->factorValues(*range);
    if (!factors)
        return reportError(factors.error(), kExitFailure);
    if (!values)
        return reportError(values.error(), kExitFailure);
    if (o.json) {
        auto array = nlohmann::ordered_json::array();
        for (const FactorValue& value : *values)
            array.push_back(factorValueToJson(value));
        std::cout << array.dump(2) << '\n';
        return kExitOk;
    }
    std::printf("%-10s  %-30s  %s\n", "date", "factor", "value");
    for (const FactorValue& value : *values) {
        std::string shown = shortest(value.value());
        for (const FactorDefinition& factor : *factors)
            if (sameFactorName(factor.name(), value.name()))
                shown = factor.kind() == FactorKind::YesNo
                            ? (value.value() == 1 ? "yes" : "no")
                            : shown + (factor.unit().empty() ? "" : " " + factor.unit());
        std::printf("%-10s  %-30s  %s\n", formatDate(value.date()).c_str(), value.name().c_str(),
                    shown.c_str());
    }
    return kExitOk;
}

struct LogOptions
{
    std::string date, name, value;
};

int logFactor(CliContext& context, const LogOptions& o)
{
    auto date = parseDate(o.date, "--date");
    if (!date)
        return reportError(date.error(), kExitBadInput);
    auto journal = context.openJournalForWriting();
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    auto factor = journal->factor(o.name);
    if (!factor)
        return reportError(factor.error(), kExitFailure);
    if (!*factor)
        return reportError(Error{"--name", o.name,
                                 "no such factor; define it first with: quietlegs-cli factor add "
                                 "--name NAME --unit UNIT --kind number|yesno"},
                           kExitBadInput);
    auto number = (*factor)->parseValue(o.value, "--value");
    if (!number)
        return reportError(number.error(), kExitBadInput);
    auto value = FactorValue::create(*date, (*factor)->name(), *number);
    if (!value)
        return reportError(asFactorFlag(value.error()), kExitBadInput);
    if (auto status = journal->setFactorValue(*value); !status)
        return reportError(status.error(), kExitFailure);
    std::cout << formatDate(value->date()) << ' ' << value->name() << ' '
              << shortest(value->value()) << '\n';
    return kExitOk;
}

} // namespace

void addFactorCommands(CLI::App& app, CliContext& context)
{
    auto* factor = app.add_subcommand("factor", "Your own factors: define, list, list values");
    factor->require_subcommand(1);

    auto add = std::make_shared<AddOptions>();
    auto* addCommand = factor->add_subcommand("add", "Define a factor of your own");
    addCommand->add_option("--name", add->name, "1-60 characters, unique ignoring case")
        ->required();
    addCommand->add_option("--unit", add->unit, "e.g. min, h, cups (empty for yes/no)");
    addCommand->add_option("--kind", add->kind, "number or yesno")->required();
    addCommand->callback(
        [&context, add] { context.action = [&context, add] { return addFactor(context, *add); }; });

    auto json = std::make_shared<bool>(false);
    auto* listCommand = factor->add_subcommand("list", "Print your factors");
    listCommand->add_flag("--json", *json, "A JSON array of interchange-v2 factors");
    listCommand->callback([&context, json] {
        context.action = [&context, json] { return listFactors(context, *json); };
    });

    auto values = std::make_shared<ValuesOptions>();
    auto* valuesCommand =
        factor->add_subcommand("values", "Print the logged values of your factors");
    valuesCommand->add_option("--from", values->from, "First journal date YYYY-MM-DD");
    valuesCommand->add_option("--to", values->to, "Last journal date YYYY-MM-DD");
    valuesCommand->add_flag("--json", values->json, "A JSON array of interchange-v2 factor_values");
    valuesCommand->callback([&context, values] {
        context.action = [&context, values] { return listFactorValues(context, *values); };
    });

    // `log factor` joins the other log commands (LogCommands.cpp registers `log` first).
    auto* log = app.get_subcommand("log");
    auto logged = std::make_shared<LogOptions>();
    auto* logCommand =
        log->add_subcommand("factor", "Save (or replace) a day's value of your factor");
    logCommand->add_option("--date", logged->date, "Journal date")->required();
    logCommand->add_option("--name", logged->name, "The factor's name (any case)")->required();
    logCommand->add_option("--value", logged->value, "A number; yes/no factors: yes, no, 1 or 0")
        ->required();
    logCommand->callback([&context, logged] {
        context.action = [&context, logged] { return logFactor(context, *logged); };
    });
}

} // namespace quietlegs::cli
