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
    // The augmentation screen (domain.md): every night's onset (minutes after noon), arms and
    // severity, and the dates of every dopaminergic dose, since a regimen's start can lie
    // long before the alert window.
    auto nights = journal.nights();
    if (!nights)
        return nights.error();
    std::vector<AugmentationNight> screenNights;
    screenNights.reserve(nights->size());
    for (const Night& night : *nights)
        screenNights.push_back(AugmentationNight{night.date(), night.onsetMinAfterNoon(),
                                                 night.arms().value_or(false), night.severity()});
    auto meds = journal.medicines();
    if (!meds)
        return meds.error();
    std::vector<DopaminergicDose> doses;
    for (const StoredMedicineDose& stored : *meds)
        if (stored.dose.isDopaminergic())
            doses.push_back(DopaminergicDose{stored.dose.journalDate()});
    inputs.nights = screenNights;
    inputs.dopaminergicDoses = doses;
    return activeAlerts(inputs);
}

} // namespace quietlegs
