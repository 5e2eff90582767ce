#include "quietlegs/analysis/JournalAlerts.h"

namespace quietlegs {

Result<std::vector<Alert>> journalAlerts(const Journal& journal, Date today)
{
    auto stored = journal.intakes(DateRange{addDays(today, -(kAlertWindowDays - 1)), today});
    if (!stored)
        return stored.error();
    std::vector<Intake> intakes;
    intakes.reserve(stored->size());
    for (auto& entry : *stored)
        intakes.push_back(std::move(entry.intake));

    auto storedLabs = journal.labResults();
    if (!storedLabs)
        return storedLabs.error();
    std::vector<LabResult> labs;
    labs.reserve(storedLabs->size());
    for (auto& entry : *storedLabs)
        labs.push_back(std::move(entry.result));

    auto settings = journal.settings();
    if (!settings)
        return settings.error();

    AlertInputs inputs;
    inputs.today = today;
    inputs.intakes = intakes;
    inputs.labs = labs;
    inputs.magnesiumUlMg = settings->magnesiumUlMg.value_or(kSupplementalMagnesiumUpperLimitMg);
    // The augmentation screen needs nightly onset and arms (Night, branch rls-weekly) and the
    // dopaminergic doses (meds, branch rls-meds): inputs.nights and inputs.dopaminergicDoses are
    // filled from them when those land (issue 21 plan); until then the screen has nothing to
    // read and raises nothing.
    return activeAlerts(inputs);
}

} // namespace quietlegs
