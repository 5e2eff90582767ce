// `log med`, `list meds` and `list regimens`: RLS medicines (issue 21). The app records
// medicines; it never suggests a dose.
#include "CliContext.h"
#include "quietlegs/analysis/JournalRegimens.h"
#include "quietlegs/io/MedicineJson.h"

#include <cstdio>
#include <map>

namespace quietlegs::cli {
namespace {

Error asMedFlag(Error error)
{
    static const std::map<std::string, std::string, std::less<>> kFlags = {
        {"taken_at", "--at"}, {"drug", "--drug"},   {"dose_mg", "--dose-mg"},
        {"route", "--route"}, {"notes", "--notes"},
    };
    if (auto it = kFlags.find(error.field); it != kFlags.end())
        error.field = it->second;
    return error;
}

struct MedOptions
{
    std::string at, drug, route = "oral", notes;
    double doseMg = 0;
};

int logMed(CliContext& context, const MedOptions& o)
{
    auto at = parseLocalDateTime(o.at, "--at");
    if (!at)
        return reportError(at.error(), kExitBadInput);
    auto drug = parseDrug(o.drug, "--drug");
    if (!drug)
        return reportError(drug.error(), kExitBadInput);
    auto route = parseMedicineRoute(o.route, "--route");
    if (!route)
        return reportError(route.error(), kExitBadInput);
    auto dose = MedicineDose::create(
        MedicineDoseEntry{*at, *drug, o.doseMg, *route, o.notes, "manual", ""});
    if (!dose)
        return reportError(asMedFlag(dose.error()), kExitBadInput);
    auto journal = context.openJournalForWriting();
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    auto id = journal->addMedicine(*dose);
    if (!id) {
        // The same drug at the same minute is bad input, not a failure of the journal.
        if (id.error().field == "taken_at")
            return reportError(asMedFlag(id.error()), kExitBadInput);
        return reportError(id.error(), kExitFailure);
    }
    std::cout << *id << '\n';
    return kExitOk;
}

std::string amount(double mg)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", mg);
    return buffer;
}

void printMeds(const std::vector<StoredMedicineDose>& meds)
{
    std::printf("%-6s  %-16s  %-10s  %-22s  %-9s  %-5s  %s\n", "id", "taken at", "night of", "drug",
                "dose mg", "route", "notes");
    for (const auto& [id, dose] : meds)
        std::printf("%-6lld  %-16s  %-10s  %-22s  %-9s  %-5s  %s\n", (long long)id,
                    formatLocalDateTime(dose.takenAt()).c_str(),
                    formatDate(dose.journalDate()).c_str(),
                    std::string(drugId(dose.drug())).c_str(), amount(dose.doseMg()).c_str(),
                    std::string(medicineRouteId(dose.route())).c_str(), dose.notes().c_str());
}

void printRegimens(const std::vector<Regimen>& regimens)
{
    std::printf("%-30s  %-10s  %-10s  %-9s  %-4s  %s\n", "product", "start", "stop", "mg/day",
                "days", "usual time");
    for (const Regimen& regimen : regimens)
        std::printf("%-30s  %-10s  %-10s  %-9s  %-4d  %s\n", regimen.name.c_str(),
                    formatDate(regimen.start).c_str(), formatDate(regimen.stop).c_str(),
                    amount(regimen.dailyMg).c_str(), regimen.daysTaken,
                    formatClockTime(regimen.typicalTime).c_str());
}

} // namespace

int listMedicines(CliContext& context, const std::string& kind, const DateRange& range, bool json)
{
    auto journal = context.openJournal(Journal::Access::ReadOnly);
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    if (kind == "meds") {
        auto meds = journal->medicines(range);
        if (!meds)
            return reportError(meds.error(), kExitFailure);
        if (!json)
            printMeds(*meds);
        for (const auto& stored : *meds)
            array.push_back(medicineToJson(stored.dose));
    } else {
        auto regimens = journalRegimens(*journal, range);
        if (!regimens)
            return reportError(regimens.error(), kExitFailure);
        if (!json)
            printRegimens(*regimens);
        for (const Regimen& regimen : *regimens)
            array.push_back(regimenToJson(regimen));
    }
    if (json)
        std::cout << array.dump(2) << '\n';
    return kExitOk;
}

void addMedCommands(CLI::App& app, CliContext& context)
{
    auto* log = app.get_subcommand("log");
    auto med = std::make_shared<MedOptions>();
    auto* medCommand = log->add_subcommand("med", "Add a dose of an RLS medicine (as taken)");
    medCommand->add_option("--at", med->at, "Local time YYYY-MM-DDTHH:MM")->required();
    medCommand
        ->add_option("--drug", med->drug,
                     "levodopa, pramipexole, ropinirole, rotigotine, gabapentin, "
                     "gabapentin_enacarbil, pregabalin, oxycodone_naloxone, methadone, tramadol, "
                     "clonazepam, ferric_carboxymaltose, iron_sucrose or other")
        ->required();
    medCommand->add_option("--dose-mg", med->doseMg, "The dose taken, in mg")->required();
    medCommand->add_option("--route", med->route, "oral (default), patch or iv");
    medCommand->add_option("--notes", med->notes,
                           "Free text; names the medicine with --drug other");
    medCommand->callback(
        [&context, med] { context.action = [&context, med] { return logMed(context, *med); }; });
}

} // namespace quietlegs::cli
