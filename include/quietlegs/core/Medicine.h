#pragma once

#include "quietlegs/core/EntrySource.h"
#include "quietlegs/core/Dates.h"
#include "quietlegs/core/JournalDay.h"
#include "quietlegs/core/Result.h"

#include <span>
#include <string>
#include <string_view>

namespace quietlegs {

/// An RLS medicine of interchange-v2.md's list ("RLS medications"); `Other` is named in notes.
enum class Drug
{
    Levodopa,
    Pramipexole,
    Ropinirole,
    Rotigotine,
    Gabapentin,
    GabapentinEnacarbil,
    Pregabalin,
    OxycodoneNaloxone,
    Methadone,
    Tramadol,
    Clonazepam,
    FerricCarboxymaltose,
    IronSucrose,
    Other,
};

/// Every drug, in the order of interchange-v2.md's list.
std::span<const Drug> allDrugs();
/// The interchange id, e.g. `gabapentin_enacarbil`.
std::string_view drugId(Drug drug);
Result<Drug> parseDrug(std::string_view id, std::string_view field = "drug");
/// The English name for the CLI and exports, e.g. "gabapentin enacarbil"; the GUI
/// translates its own (DisplayNames).
std::string_view drugName(Drug drug);
/// Levodopa, pramipexole, ropinirole and rotigotine: the drugs augmentation is watched for
/// (domain.md, "RLS medicines and augmentation").
bool isDopaminergic(Drug drug);

/// How a medicine is taken: swallowed, a skin patch (rotigotine), an infusion (IV iron).
enum class MedicineRoute
{
    Oral,
    Patch,
    Iv
};
std::string_view medicineRouteId(MedicineRoute route);
Result<MedicineRoute> parseMedicineRoute(std::string_view id, std::string_view field = "route");

/// Where an entry came from (interchange-v2.md, `source`).
std::span<const std::string_view> entrySources();

/// What a person enters for one dose of a medicine, before validation.
struct MedicineDoseEntry
{
    LocalDateTime takenAt;
    Drug drug = Drug::Pramipexole;
    double doseMg = 0;
    MedicineRoute route = MedicineRoute::Oral;
    std::string notes;
    std::string source = "manual";
    std::string sourceName;
};

/// One recorded dose of an RLS medicine. The app records doses; it never suggests one.
class MedicineDose
{
public:
    /// Refuses a dose outside (0, 10000) mg, `other` without notes naming it, notes over
    /// 1000 characters and an unknown source; each error names its field.
    static Result<MedicineDose> create(const MedicineDoseEntry& entry);

    LocalDateTime takenAt() const { return m_entry.takenAt; }
    Date journalDate(std::chrono::minutes boundary = kDefaultJournalDayBoundary) const
    {
        return journalDateOf(m_entry.takenAt, boundary);
    }
    Drug drug() const { return m_entry.drug; }
    double doseMg() const { return m_entry.doseMg; }
    MedicineRoute route() const { return m_entry.route; }
    const std::string& notes() const { return m_entry.notes; }
    const std::string& source() const { return m_entry.source; }
    const std::string& sourceName() const { return m_entry.sourceName; }
    bool isDopaminergic() const { return quietlegs::isDopaminergic(m_entry.drug); }
    /// What the dose is called: the drug's name, or for `other` the name in its notes.
    std::string displayName() const;

    friend bool operator==(const MedicineDose& a, const MedicineDose& b)
    {
        return a.m_entry.takenAt == b.m_entry.takenAt && a.m_entry.drug == b.m_entry.drug &&
               a.m_entry.doseMg == b.m_entry.doseMg && a.m_entry.route == b.m_entry.route &&
               a.m_entry.notes == b.m_entry.notes && a.m_entry.source == b.m_entry.source &&
               a.m_entry.sourceName == b.m_entry.sourceName;
    }

private:
    MedicineDose() = default;
    MedicineDoseEntry m_entry;
};

/// A saved medicine the person takes, e.g. "Pramipexole 0.25 mg", that adds a dose with one
/// click or keystroke (beside the supplement presets).
class MedicinePreset
{
public:
    /// Validates the dose as a dose would be validated; `name` must have 1 to 200 characters.
    static Result<MedicinePreset> create(std::string name, Drug drug, double doseMg,
                                         MedicineRoute route, std::string notes = {});

    const std::string& name() const { return m_name; }
    Drug drug() const { return m_drug; }
    double doseMg() const { return m_doseMg; }
    MedicineRoute route() const { return m_route; }
    const std::string& notes() const { return m_notes; }
    /// The dose this preset adds when taken at `when`.
    MedicineDose doseAt(LocalDateTime when) const;

    friend bool operator==(const MedicinePreset&, const MedicinePreset&) = default;

private:
    MedicinePreset() = default;
    std::string m_name;
    Drug m_drug = Drug::Pramipexole;
    double m_doseMg = 0;
    MedicineRoute m_route = MedicineRoute::Oral;
    std::string m_notes;
};

} // namespace quietlegs
