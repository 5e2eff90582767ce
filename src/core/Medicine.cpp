#include "quietlegs/core/Medicine.h"

#include <array>
#include <cmath>
#include <utility>

namespace quietlegs {
namespace {

struct DrugInfo
{
    Drug drug;
    std::string_view id;
    std::string_view name;
};

constexpr std::array<DrugInfo, 14> kDrugs{{
    {Drug::Levodopa, "levodopa", "levodopa"},
    {Drug::Pramipexole, "pramipexole", "pramipexole"},
    {Drug::Ropinirole, "ropinirole", "ropinirole"},
    {Drug::Rotigotine, "rotigotine", "rotigotine"},
    {Drug::Gabapentin, "gabapentin", "gabapentin"},
    {Drug::GabapentinEnacarbil, "gabapentin_enacarbil", "gabapentin enacarbil"},
    {Drug::Pregabalin, "pregabalin", "pregabalin"},
    {Drug::OxycodoneNaloxone, "oxycodone_naloxone", "oxycodone/naloxone"},
    {Drug::Methadone, "methadone", "methadone"},
    {Drug::Tramadol, "tramadol", "tramadol"},
    {Drug::Clonazepam, "clonazepam", "clonazepam"},
    {Drug::FerricCarboxymaltose, "ferric_carboxymaltose", "ferric carboxymaltose"},
    {Drug::IronSucrose, "iron_sucrose", "iron sucrose"},
    {Drug::Other, "other", "other"},
}};

constexpr std::array<Drug, 14> kDrugOrder{Drug::Levodopa,    Drug::Pramipexole,
                                          Drug::Ropinirole,  Drug::Rotigotine,
                                          Drug::Gabapentin,  Drug::GabapentinEnacarbil,
                                          Drug::Pregabalin,  Drug::OxycodoneNaloxone,
                                          Drug::Methadone,   Drug::Tramadol,
                                          Drug::Clonazepam,  Drug::FerricCarboxymaltose,
                                          Drug::IronSucrose, Drug::Other};

constexpr std::array<std::string_view, 6> kSources{"manual",       "cronometer", "fitbit",
                                                   "apple_health", "csv",        "demo"};

constexpr std::size_t kMaxNotes = 1000;

} // namespace

std::span<const Drug> allDrugs()
{
    return kDrugOrder;
}

std::string_view drugId(Drug drug)
{
    return kDrugs[std::size_t(drug)].id;
}

std::string_view drugName(Drug drug)
{
    return kDrugs[std::size_t(drug)].name;
}

Result<Drug> parseDrug(std::string_view id, std::string_view field)
{
    for (const DrugInfo& info : kDrugs)
        if (info.id == id)
            return info.drug;
    return Error{std::string(field), std::string(id),
                 "must be one of levodopa, pramipexole, ropinirole, rotigotine, gabapentin, "
                 "gabapentin_enacarbil, pregabalin, oxycodone_naloxone, methadone, tramadol, "
                 "clonazepam, ferric_carboxymaltose, iron_sucrose, other"};
}

bool isDopaminergic(Drug drug)
{
    return drug == Drug::Levodopa || drug == Drug::Pramipexole || drug == Drug::Ropinirole ||
           drug == Drug::Rotigotine;
}

std::string_view medicineRouteId(MedicineRoute route)
{
    switch (route) {
    case MedicineRoute::Oral:
        return "oral";
    case MedicineRoute::Patch:
        return "patch";
    case MedicineRoute::Iv:
        return "iv";
    }
    return "oral";
}

Result<MedicineRoute> parseMedicineRoute(std::string_view id, std::string_view field)
{
    if (id == "oral")
        return MedicineRoute::Oral;
    if (id == "patch")
        return MedicineRoute::Patch;
    if (id == "iv")
        return MedicineRoute::Iv;
    return Error{std::string(field), std::string(id), "must be oral, patch or iv"};
}

std::span<const std::string_view> entrySources()
{
    return kSources;
}

namespace {

Status checkDose(Drug drug, double doseMg, const std::string& notes)
{
    if (!std::isfinite(doseMg) || doseMg <= 0 || doseMg >= 10000)
        return Error{"dose_mg", std::isfinite(doseMg) ? std::to_string(doseMg) : "not a number",
                     "must be more than 0 and less than 10000 mg"};
    if (notes.size() > kMaxNotes)
        return Error{"notes", notes.substr(0, 20) + "...", "must be at most 1000 characters"};
    // "other" is only meaningful with its name (interchange-v2.md).
    if (drug == Drug::Other && notes.find_first_not_of(" \t\r\n") == std::string::npos)
        return Error{"notes", "", "must name the medicine when the drug is other"};
    return {};
}

} // namespace

Result<MedicineDose> MedicineDose::create(const MedicineDoseEntry& entry)
{
    if (auto status = checkDose(entry.drug, entry.doseMg, entry.notes); !status)
        return status.error();
    if (!isEntrySource(entry.source))
        return Error{"source", entry.source,
                     "must be manual, cronometer, fitbit, apple_health, csv or demo"};
    if (entry.sourceName.size() > 200)
        return Error{"source_name", entry.sourceName.substr(0, 20) + "...",
                     "must be at most 200 characters"};
    MedicineDose dose;
    dose.m_entry = entry;
    return dose;
}

std::string MedicineDose::displayName() const
{
    if (m_entry.drug == Drug::Other)
        return m_entry.notes;
    return std::string(drugName(m_entry.drug));
}

Result<MedicinePreset> MedicinePreset::create(std::string name, Drug drug, double doseMg,
                                              MedicineRoute route, std::string notes)
{
    if (name.empty() || name.size() > 200)
        return Error{"name", name, "a preset needs a name of 1 to 200 characters"};
    if (auto status = checkDose(drug, doseMg, notes); !status)
        return status.error();
    MedicinePreset preset;
    preset.m_name = std::move(name);
    preset.m_drug = drug;
    preset.m_doseMg = doseMg;
    preset.m_route = route;
    preset.m_notes = std::move(notes);
    return preset;
}

MedicineDose MedicinePreset::doseAt(LocalDateTime when) const
{
    // create() checked the same rules the dose's constructor checks.
    return MedicineDose::create(
               MedicineDoseEntry{when, m_drug, m_doseMg, m_route, m_notes, "manual", ""})
        .value();
}

} // namespace quietlegs
