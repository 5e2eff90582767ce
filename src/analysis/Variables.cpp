#include "quietlegs/analysis/Variables.h"

#include "SmallHelpers.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <string>

namespace quietlegs {

using analysis_detail::capitalized;
using analysis_detail::meanOf;

namespace {

struct ExposureInfo
{
    Exposure exposure;
    std::string_view id;
    std::string_view displayName;
    std::string_view phrase;
};

struct OutcomeInfo
{
    Outcome outcome;
    std::string_view id;
    std::string_view displayName;
    std::string_view phrase;
    bool higherIsBetter;
};

constexpr std::array<ExposureInfo, kExposureCount> kExposures{{
    {Exposure::MagnesiumMg, "magnesium_mg", "Magnesium (mg)", "oral magnesium"},
    {Exposure::IronMg, "iron_mg", "Iron (mg)", "oral iron"},
    {Exposure::CaffeineMg, "caffeine_mg", "Caffeine (mg)", "caffeine"},
    {Exposure::AlcoholUnits, "alcohol_units", "Alcohol (units)", "alcohol"},
    {Exposure::ExerciseMin, "exercise_min", "Exercise (min)", "exercise"},
    {Exposure::Stress, "stress", "Stress (0-10)", "stress"},
}};

constexpr std::array<OutcomeInfo, kOutcomeCount> kOutcomes{{
    {Outcome::IrlsTotal, "irls_total", "IRLS-style total", "the IRLS-style total", false},
    {Outcome::Severity, "severity", "Severity (0-10)", "the severity rating", false},
    {Outcome::SleepEfficiency, "sleep_efficiency", "Sleep efficiency (%)", "sleep efficiency",
     true},
}};

constexpr std::array<Exposure, kExposureCount> kExposureOrder{
    Exposure::MagnesiumMg,  Exposure::IronMg,      Exposure::CaffeineMg,
    Exposure::AlcoholUnits, Exposure::ExerciseMin, Exposure::Stress};
constexpr std::array<Outcome, kOutcomeCount> kOutcomeOrder{Outcome::IrlsTotal, Outcome::Severity,
                                                           Outcome::SleepEfficiency};

std::string joinedIds(auto const& table)
{
    std::string ids;
    for (const auto& info : table)
        ids += (ids.empty() ? "" : ", ") + std::string(info.id);
    return ids;
}

} // namespace

std::span<const Exposure> allExposures()
{
    return kExposureOrder;
}
std::span<const Outcome> allOutcomes()
{
    return kOutcomeOrder;
}

std::string_view exposureId(Exposure exposure)
{
    return kExposures[indexOf(exposure)].id;
}
std::string_view outcomeId(Outcome outcome)
{
    return kOutcomes[indexOf(outcome)].id;
}

std::string_view exposureDisplayName(Exposure exposure)
{
    return kExposures[indexOf(exposure)].displayName;
}

std::string_view outcomeDisplayName(Outcome outcome)
{
    return kOutcomes[indexOf(outcome)].displayName;
}

std::string_view exposurePhrase(Exposure exposure)
{
    return kExposures[indexOf(exposure)].phrase;
}
std::string_view outcomePhrase(Outcome outcome)
{
    return kOutcomes[indexOf(outcome)].phrase;
}
bool higherIsBetter(Outcome outcome)
{
    return kOutcomes[indexOf(outcome)].higherIsBetter;
}

Result<Exposure> parseExposure(std::string_view id, std::string_view field)
{
    for (const auto& info : kExposures)
        if (info.id == id)
            return info.exposure;
    return Error{std::string(field), std::string(id), "must be one of " + joinedIds(kExposures)};
}

Result<Outcome> parseOutcome(std::string_view id, std::string_view field)
{
    for (const auto& info : kOutcomes)
        if (info.id == id)
            return info.outcome;
    return Error{std::string(field), std::string(id), "must be one of " + joinedIds(kOutcomes)};
}

// ---- statistics-v2: the variable table ----------------------------------------------------

namespace {

constexpr std::string_view kMedPrefix = "med:";
constexpr std::string_view kFactorPrefix = "factor:";

// interchange-v2.md "RLS medications", in its order.
constexpr std::array<std::string_view, 14> kMedicines{
    "levodopa",   "pramipexole",    "ropinirole", "rotigotine", "gabapentin",
    "gabapentin_enacarbil", "pregabalin", "oxycodone_naloxone", "methadone", "tramadol",
    "clonazepam", "ferric_carboxymaltose", "iron_sucrose", "other"};

// interchange-v2.md "User-defined factors": a name is 1-60 characters.
constexpr std::size_t kMaxFactorName = 60;

struct BuiltInExposure
{
    Exposure exposure;
    std::string_view unit;
    double displayDose;
    std::string_view dosePhrase;
};

// statistics-v2.md section 2: shown per a natural dose.
constexpr std::array<BuiltInExposure, kExposureCount> kBuiltInExposures{{
    {Exposure::MagnesiumMg, "mg", 100, "100 mg more magnesium"},
    {Exposure::IronMg, "mg", 10, "10 mg more iron"},
    {Exposure::CaffeineMg, "mg", 100, "100 mg more caffeine"},
    {Exposure::AlcoholUnits, "units", 1, "1 more unit of alcohol"},
    {Exposure::ExerciseMin, "min", 30, "30 more minutes of exercise"},
    {Exposure::Stress, "points", 1, "1 point more stress"},
}};

OutcomeVariable builtInOutcome(Outcome outcome, std::string_view phrase, std::string_view unit,
                               double mid)
{
    return OutcomeVariable{std::string(outcomeId(outcome)),
                           std::string(outcomeDisplayName(outcome)),
                           std::string(phrase),
                           std::string(unit),
                           higherIsBetter(outcome) ? WorseDirection::Lower : WorseDirection::Higher,
                           mid,
                           outcome};
}

// statistics-v2.md "Vocabulary": the outcomes in order with worse direction and default MID.
std::vector<OutcomeVariable> standardOutcomes()
{
    return {
        builtInOutcome(Outcome::IrlsTotal, "IRLS-style total", "points", 3),
        builtInOutcome(Outcome::Severity, "severity", "points", 1),
        builtInOutcome(Outcome::SleepEfficiency, "sleep efficiency", "percentage points", 5),
        OutcomeVariable{"onset_min_before_lights_out", "Symptom onset before lights out (min)",
                        "symptom onset before lights out", "min",
                        WorseDirection::Higher, 30, std::nullopt},
        OutcomeVariable{"rls_awakenings", "Awakenings from the legs", "awakenings from the legs",
                        "awakenings", WorseDirection::Higher, 1, std::nullopt},
    };
}

std::string lowerAscii(std::string_view text)
{
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return lower;
}

std::string readableDrug(std::string_view drug)
{
    std::string name(drug);
    std::replace(name.begin(), name.end(), '_', ' ');
    return name;
}

/// The row of a med:/factor: id, or an error naming `field`. `unit` is a factor's own unit.
Result<ExposureVariable> dynamicExposure(std::string_view id, std::string_view unit,
                                         std::string_view field)
{
    if (id.starts_with(kMedPrefix)) {
        const std::string_view drug = id.substr(kMedPrefix.size());
        if (std::find(kMedicines.begin(), kMedicines.end(), drug) == kMedicines.end()) {
            std::string known;
            for (const auto name : kMedicines)
                known += (known.empty() ? "" : ", ") + std::string(name);
            return Error{std::string(field), std::string(id),
                         "names no medicine; after med: comes one of " + known};
        }
        const std::string name = readableDrug(drug);
        // A medicine per 1 mg of its daily dose: domain.md names no other usual unit.
        return ExposureVariable{std::string(id),
                                capitalized(name) + " (mg)",
                                name,
                                "mg",
                                1,
                                "1 mg more " + name,
                                std::nullopt};
    }
    if (id.starts_with(kFactorPrefix)) {
        const std::string_view name = id.substr(kFactorPrefix.size());
        if (name.empty() || name.size() > kMaxFactorName)
            return Error{std::string(field), std::string(id),
                         "a factor's name after factor: must be 1 to 60 characters"};
        const std::string unitText = unit.empty() ? "" : " (" + std::string(unit) + ")";
        const std::string per = unit.empty() ? "1 more" : "1 " + std::string(unit) + " more";
        return ExposureVariable{std::string(id),
                                capitalized(std::string(name)) + unitText,
                                std::string(name),
                                std::string(unit),
                                1,
                                per + " " + std::string(name),
                                std::nullopt};
    }
    return Error{std::string(field), std::string(id),
                 "must be one of " + joinedIds(kExposures) +
                     ", med:<medicine> or factor:<name>"};
}

/// The order of the extra exposures: medicines in kMedicines order, then factors by case-folded
/// name.
std::pair<int, std::string> exposureOrder(const ExposureVariable& row)
{
    if (row.builtIn)
        return {0, std::string(1, char('0' + indexOf(*row.builtIn)))};
    if (row.id.starts_with(kMedPrefix)) {
        const auto drug = std::string_view(row.id).substr(kMedPrefix.size());
        const auto at = std::find(kMedicines.begin(), kMedicines.end(), drug) - kMedicines.begin();
        return {1, std::string(1, char('a' + at))};
    }
    return {2, lowerAscii(std::string_view(row.id).substr(kFactorPrefix.size()))};
}

bool sameExposureId(std::string_view a, std::string_view b)
{
    // Factor names are unique case-insensitively (interchange-v2.md).
    if (a.starts_with(kFactorPrefix) && b.starts_with(kFactorPrefix))
        return lowerAscii(a) == lowerAscii(b);
    return a == b;
}

} // namespace

std::span<const std::string_view> medicineIds()
{
    return kMedicines;
}

VariableCatalogue VariableCatalogue::standard()
{
    VariableCatalogue catalogue;
    for (const BuiltInExposure& info : kBuiltInExposures)
        catalogue.m_exposures.push_back(
            ExposureVariable{std::string(exposureId(info.exposure)),
                             std::string(exposureDisplayName(info.exposure)),
                             std::string(exposurePhrase(info.exposure)), std::string(info.unit),
                             info.displayDose, std::string(info.dosePhrase), info.exposure});
    catalogue.m_outcomes = standardOutcomes();
    return catalogue;
}

Status VariableCatalogue::addExposure(std::string_view id, std::string_view unit)
{
    for (const ExposureVariable& row : m_exposures)
        if (sameExposureId(row.id, id))
            return Status::success();
    auto row = dynamicExposure(id, unit, "exposure");
    if (!row)
        return row.error();
    const auto order = exposureOrder(*row);
    const auto at = std::find_if(m_exposures.begin(), m_exposures.end(),
                                 [&](const ExposureVariable& e) { return order < exposureOrder(e); });
    m_exposures.insert(at, std::move(*row));
    return Status::success();
}

Status VariableCatalogue::addYesNoFactor(std::string_view id)
{
    if (!id.starts_with(kFactorPrefix))
        return Error{"exposure", std::string(id), "a yes/no factor's id starts with factor:"};
    for (const ExposureVariable& row : m_exposures)
        if (sameExposureId(row.id, id))
            return Status::success();
    auto row = dynamicExposure(id, {}, "exposure");
    if (!row)
        return row.error();
    const std::string name(id.substr(kFactorPrefix.size()));
    row->displayName = capitalized(name) + " (yes/no)";
    row->unit = std::string(kYesNoFactorUnit);
    row->dosePhrase = name + " (" + std::string(kYesNoFactorUnit) + ")";
    const auto order = exposureOrder(*row);
    const auto at = std::find_if(m_exposures.begin(), m_exposures.end(),
                                 [&](const ExposureVariable& e) { return order < exposureOrder(e); });
    m_exposures.insert(at, std::move(*row));
    return Status::success();
}

std::optional<ExposureVariable> VariableCatalogue::exposure(std::string_view id) const
{
    for (const ExposureVariable& row : m_exposures)
        if (sameExposureId(row.id, id))
            return row;
    if (auto row = dynamicExposure(id, {}, "exposure"))
        return *row;
    return std::nullopt;
}

std::optional<OutcomeVariable> VariableCatalogue::outcome(std::string_view id) const
{
    for (const OutcomeVariable& row : m_outcomes)
        if (row.id == id)
            return row;
    return std::nullopt;
}

Result<ExposureVariable> exposureVariable(std::string_view id, std::string_view field)
{
    for (const BuiltInExposure& info : kBuiltInExposures)
        if (exposureId(info.exposure) == id)
            return *VariableCatalogue::standard().exposure(id);
    return dynamicExposure(id, {}, field);
}

Result<OutcomeVariable> outcomeVariable(std::string_view id, std::string_view field)
{
    for (OutcomeVariable& row : standardOutcomes())
        if (row.id == id)
            return std::move(row);
    std::string ids;
    for (const OutcomeVariable& row : standardOutcomes())
        ids += (ids.empty() ? "" : ", ") + row.id;
    return Error{std::string(field), std::string(id), "must be one of " + ids};
}

std::string exposureDisplayName(std::string_view id)
{
    auto row = exposureVariable(id);
    return row ? row->displayName : std::string(id);
}

std::string outcomeDisplayName(std::string_view id)
{
    auto row = outcomeVariable(id);
    return row ? row->displayName : std::string(id);
}

std::string exposurePhrase(std::string_view id)
{
    auto row = exposureVariable(id);
    return row ? row->phrase : std::string(id);
}

std::string outcomePhrase(std::string_view id)
{
    auto row = outcomeVariable(id);
    return row ? row->phrase : std::string(id);
}

Result<RelationKey> parseRelationKey(std::string_view text, std::string_view field)
{
    const auto bad = [&](std::string rule) {
        return Error{std::string(field), std::string(text), std::move(rule)};
    };
    const auto last = text.rfind(':');
    if (last == std::string_view::npos || last == 0)
        return bad("must be EXPOSURE:OUTCOME:LAG, e.g. magnesium_mg:severity:0");
    const auto middle = text.rfind(':', last - 1);
    if (middle == std::string_view::npos)
        return bad("must be EXPOSURE:OUTCOME:LAG, e.g. magnesium_mg:severity:0");
    const std::string_view exposure = text.substr(0, middle);
    const std::string_view outcome = text.substr(middle + 1, last - middle - 1);
    const std::string_view lagText = text.substr(last + 1);

    int lag = -1;
    const auto [end, error] = std::from_chars(lagText.data(), lagText.data() + lagText.size(), lag);
    if (lagText.empty() || error != std::errc() || end != lagText.data() + lagText.size() ||
        lag < 0 || lag > kMaxRelationLag)
        return bad("the lag after the last colon must be a whole number of days from 0 to " +
                   std::to_string(kMaxRelationLag));
    auto exposureRow = exposureVariable(exposure, field);
    if (!exposureRow)
        return bad("exposure \"" + std::string(exposure) + "\" " + exposureRow.error().rule);
    auto outcomeRow = outcomeVariable(outcome, field);
    if (!outcomeRow)
        return bad("outcome \"" + std::string(outcome) + "\" " + outcomeRow.error().rule);
    return RelationKey{exposureRow->id, outcomeRow->id, lag};
}

std::string formatRelationKey(const RelationKey& key)
{
    return key.exposure + ":" + key.outcome + ":" + std::to_string(key.lagDays);
}

} // namespace quietlegs
