#include "quietlegs/analysis/JournalRegimens.h"

#include <map>

namespace quietlegs {

Result<std::vector<Regimen>> journalRegimens(const Journal& journal, const DateRange& range)
{
    auto meds = journal.medicines(range);
    if (!meds)
        return meds.error();
    auto intakes = journal.intakes(range);
    if (!intakes)
        return intakes.error();
    auto presets = journal.presets();
    if (!presets)
        return presets.error();
    std::map<std::int64_t, std::string> presetNames;
    for (const StoredPreset& stored : *presets)
        presetNames.emplace(stored.id, stored.preset.name());

    std::vector<MedicineDose> doses;
    doses.reserve(meds->size());
    for (const StoredMedicineDose& stored : *meds)
        doses.push_back(stored.dose);
    std::vector<ProductDose> products = productDoses(doses);

    std::vector<NamedIntake> named;
    named.reserve(intakes->size());
    for (const StoredIntake& stored : *intakes) {
        NamedIntake entry{&stored.intake, std::nullopt};
        // A deleted preset leaves its intakes as plain ones (schema version 2).
        if (stored.presetId)
            if (auto it = presetNames.find(*stored.presetId); it != presetNames.end())
                entry.presetName = it->second;
        named.push_back(entry);
    }
    auto supplements = productDoses(named);
    products.insert(products.end(), supplements.begin(), supplements.end());
    return regimensOf(std::move(products));
}

std::vector<Regimen> medicineRegimens(const std::vector<MedicineDose>& meds)
{
    return regimensOf(productDoses(meds));
}

} // namespace quietlegs
