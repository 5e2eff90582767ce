#include "quietlegs/io/FhirExport.h"

#include "TextChecks.h"
#include "quietlegs/analysis/ReportFigures.h"
#include "quietlegs/core/EntrySource.h"
#include "quietlegs/core/LabReference.h"
#include "quietlegs/core/Regimen.h"
#include "quietlegs/core/SafetyRules.h"
#include "quietlegs/io/InterchangeJson.h"

#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>

namespace quietlegs {
namespace {

using Json = nlohmann::ordered_json;

/// The system zone's UTC offset, in seconds, at a local moment (DST-aware via mktime).
long utcOffsetAt(LocalDateTime when)
{
    // mktime re-reads the zone on every call; offsets change at most on the hour.
    static thread_local std::map<std::int64_t, long> cache;
    const auto hour = std::chrono::floor<std::chrono::hours>(when).time_since_epoch().count();
    if (auto it = cache.find(hour); it != cache.end())
        return it->second;
    const Date date = dateOf(when);
    const auto minutes = timeOfDay(when).count();
    std::tm local{};
    local.tm_year = int(date.year()) - 1900;
    local.tm_mon = int(unsigned(date.month())) - 1;
    local.tm_mday = int(unsigned(date.day()));
    local.tm_hour = int(minutes / 60);
    local.tm_min = int(minutes % 60);
    local.tm_isdst = -1;
    long offset = 0;
    if (std::mktime(&local) != std::time_t(-1))
        offset = local.tm_gmtoff;
    if (cache.size() > 100000)
        cache.clear();
    cache.emplace(hour, offset);
    return offset;
}

/// FHIR wants an offset on every dateTime with a time; the journal is in the user's local
/// time, so the offset is the system zone's at that moment.
std::string fhirDateTime(LocalDateTime when)
{
    const long offset = utcOffsetAt(when);
    const long offsetMin = std::labs(offset) / 60;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%s:00%c%02ld:%02ld", formatLocalDateTime(when).c_str(),
                  offset < 0 ? '-' : '+', offsetMin / 60, offsetMin % 60);
    return buffer;
}

/// A name-based UUID (RFC 9562 version 8 layout) from FNV-1a hashes of `name`, so the same
/// entry always gets the same fullUrl.
std::string uuidFor(std::string_view name)
{
    auto fnv = [&](std::uint64_t hash) {
        for (unsigned char c : name) {
            hash ^= c;
            hash *= 0x100000001b3ULL;
        }
        return hash;
    };
    std::uint64_t high = fnv(0xcbf29ce484222325ULL);
    std::uint64_t low = fnv(0x84222325cbf29ce4ULL ^ 0x5bd1e995ULL);
    high = (high & ~0xF000ULL) | 0x8000ULL;                      // version 8
    low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // RFC variant
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%08llx-%04llx-%04llx-%04llx-%012llx",
                  (unsigned long long)(high >> 32), (unsigned long long)((high >> 16) & 0xFFFF),
                  (unsigned long long)(high & 0xFFFF), (unsigned long long)(low >> 48),
                  (unsigned long long)(low & 0xFFFFFFFFFFFFULL));
    return buffer;
}

Json coding(std::string_view system, std::string_view code, std::string_view display = {})
{
    Json json;
    json["system"] = std::string(system);
    json["code"] = std::string(code);
    if (!display.empty())
        json["display"] = std::string(display);
    return json;
}

Json codeableConcept(Json codingValue, std::string_view text)
{
    Json json;
    json["coding"] = Json::array({std::move(codingValue)});
    json["text"] = std::string(text);
    return json;
}

/// The local codes the bundle being built used, with their display, for its CodeSystem: set by
/// fhirBundle() for the duration of one build on this thread (the concept helpers are free
/// functions).
thread_local std::map<std::string, std::string>* t_localCodes = nullptr;

Json localConcept(std::string_view code, std::string_view text)
{
    if (t_localCodes)
        t_localCodes->try_emplace(std::string(code), std::string(text));
    return codeableConcept(coding(kFhirLocalCodeSystem, code, text), text);
}

/// SNOMED CT route of a supplement or medicine where domain.md's list has one (oral and topical);
/// a patch or an infusion keeps its text only.
Json routeConcept(std::string_view id)
{
    if (id == "oral")
        return codeableConcept(coding(kFhirSnomedSystem, kSnomedOralRoute, "Oral route"), id);
    if (id == "topical")
        return codeableConcept(coding(kFhirSnomedSystem, kSnomedTopicalRoute, "Topical route"), id);
    return Json{{"text", std::string(id)}};
}

/// LOINC's long common name of the codes the journal writes.
std::string_view loincDisplay(std::string_view code)
{
    if (code == "2276-4")
        return "Ferritin [Mass/volume] in Serum or Plasma";
    if (code == "2502-3")
        return "Iron saturation [Mass Fraction] in Serum or Plasma";
    if (code == "19123-9")
        return "Magnesium [Mass/volume] in Serum or Plasma";
    if (code == "2601-3")
        return "Magnesium [Moles/volume] in Serum or Plasma";
    if (code == "718-7")
        return "Hemoglobin [Mass/volume] in Blood";
    if (code == "1988-5")
        return "C reactive protein [Mass/volume] in Serum or Plasma";
    return {};
}

Json category(std::string_view code, std::string_view display)
{
    return Json::array(
        {codeableConcept(coding(kFhirObservationCategorySystem, code, display), display)});
}

/// A figure to `decimals` places: a receiving system shows 78.2 %, not 78.17047817047818.
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double result = std::round(value * scale) / scale;
    return result == 0 ? 0.0 : result;
}

/// A UCUM quantity; the value to a thousandth unless told (float noise never leaves).
Json quantity(double value, std::string_view ucum, std::string_view unit = {}, int decimals = 3)
{
    Json json;
    json["value"] = rounded(value, decimals);
    json["unit"] = std::string(unit.empty() ? ucum : unit);
    json["system"] = std::string(kFhirUcumSystem);
    json["code"] = std::string(ucum);
    return json;
}

/// Builds the bundle's entries, all pointing at one Patient.
class FhirBundleBuilder
{
public:
    explicit FhirBundleBuilder(const FhirExportOptions& options)
    {
        Json patient;
        patient["resourceType"] = "Patient";
        patient["id"] = "patient";
        if (!options.patientName.empty())
            patient["name"] = Json::array({Json{{"text", options.patientName}}});
        m_patientUrl = add("patient", std::move(patient));
    }

    std::string add(std::string id, Json resource)
    {
        // FHIR ids are [A-Za-z0-9-.]{1,64}: "vitamin_b6" becomes "vitamin-b6".
        for (char& c : id)
            if (c == '_')
                c = '-';
        resource["id"] = id;
        const std::string url = "urn:uuid:" + uuidFor(id);
        Json entry;
        entry["fullUrl"] = url;
        entry["resource"] = std::move(resource);
        m_entries.push_back(std::move(entry));
        return url;
    }

    /// An Observation skeleton in FHIR's element order.
    Json observation(Json categoryValue, Json code) const
    {
        Json json;
        json["resourceType"] = "Observation";
        json["id"] = "";
        json["status"] = "final";
        json["category"] = std::move(categoryValue);
        json["code"] = std::move(code);
        json["subject"] = Json{{"reference", m_patientUrl}};
        return json;
    }

    const std::string& patientUrl() const { return m_patientUrl; }

    /// The fullUrl of the Organization resource of a laboratory, added the first time.
    std::string organization(const std::string& name)
    {
        if (auto found = m_organizations.find(name); found != m_organizations.end())
            return found->second;
        Json organization;
        organization["resourceType"] = "Organization";
        organization["id"] = "";
        organization["name"] = name;
        const std::string url =
            add("laboratory-" + uuidFor(name).substr(0, 8), std::move(organization));
        m_organizations.emplace(name, url);
        return url;
    }
    Json takeEntries() { return std::move(m_entries); }

private:
    std::string m_patientUrl;
    Json m_entries = Json::array();
    std::map<std::string, std::string> m_organizations;
};

/// A night that came from a device or another app says so (interchange-v2 `source`): the
/// reader sees device sleep apart from a hand-kept diary. `meta.source` names the importer,
/// `device` the originating app or device as the source names it.
void markSource(Json& observation, const Night& night)
{
    if (night.source() == EntrySource::Manual)
        return;
    observation["meta"] = Json{{"source", "https://quietlegs.github.io/fhir/source/" +
                                              std::string(entrySourceId(night.source()))}};
    if (!night.sourceName().empty())
        observation["device"] = Json{{"display", night.sourceName()}};
}

void addNight(FhirBundleBuilder& builder, const Night& night)
{
    const std::string date = formatDate(night.date());
    if (night.irls()) {
        Json obs = builder.observation(
            category("survey", "Survey"),
            localConcept("irls-style-total", "IRLS-style total score (0-40, self-rated)"));
        obs["effectiveDateTime"] = date;
        obs["valueInteger"] = night.irls()->total();
        obs["interpretation"] =
            Json::array({Json{{"text", std::string(irlsBandName(night.irls()->band()))}}});
        Json components = Json::array();
        for (int i = 0; i < kIrlsItemCount; ++i) {
            Json component;
            component["code"] =
                localConcept("irls-style-item-" + std::to_string(i + 1), irlsAreaLabel(i));
            component["valueInteger"] = night.irls()->items()[std::size_t(i)];
            components.push_back(std::move(component));
        }
        obs["component"] = std::move(components);
        markSource(obs, night);
        builder.add("night-" + date + "-irls-style", std::move(obs));
    }
    if (night.severity()) {
        Json obs = builder.observation(
            category("survey", "Survey"),
            localConcept("quick-severity", "RLS severity, quick rating (0-10, self-rated)"));
        obs["effectiveDateTime"] = date;
        obs["valueInteger"] = *night.severity();
        markSource(obs, night);
        builder.add("night-" + date + "-severity", std::move(obs));
    }
    const auto metrics = night.sleepMetrics();
    if (metrics && metrics->efficiencyPercent) {
        const auto& t = night.sleep().times();
        Json obs = builder.observation(
            category("survey", "Survey"),
            localConcept("sleep-efficiency", "Sleep efficiency from the sleep diary (TST/TIB)"));
        obs["effectivePeriod"] =
            Json{{"start", fhirDateTime(*t.intoBed)}, {"end", fhirDateTime(*t.outOfBed)}};
        obs["valueQuantity"] = quantity(*metrics->efficiencyPercent, "%", {}, 1);
        Json tib;
        tib["code"] = localConcept("time-in-bed", "Time in bed (out of bed - into bed)");
        tib["valueQuantity"] = quantity(metrics->timeInBedMin, "min", {}, 0);
        Json tst;
        tst["code"] = localConcept("total-sleep-time", "Total sleep time from the sleep diary");
        tst["valueQuantity"] = quantity(metrics->totalSleepMin, "min", {}, 0);
        obs["component"] = Json::array({std::move(tib), std::move(tst)});
        markSource(obs, night);
        builder.add("night-" + date + "-sleep-efficiency", std::move(obs));
    }
}

void addIntake(FhirBundleBuilder& builder, const Intake& intake, std::size_t index)
{
    const std::string nutrient(nutrientId(intake.nutrient()));
    const std::string id = "intake-" + std::to_string(index + 1) + "-" +
                           formatDate(dateOf(intake.takenAt())) + "-" + nutrient;
    if (intake.source() == IntakeSource::Food) {
        Json obs = builder.observation(
            category("survey", "Survey"),
            localConcept("dietary-" + nutrient,
                         "Dietary " + asciiLower(nutrientDisplayName(intake.nutrient())) +
                             " (elemental)"));
        obs["effectiveDateTime"] = fhirDateTime(intake.takenAt());
        obs["valueQuantity"] = quantity(intake.elementalMg(), "mg");
        if (!intake.label().empty())
            obs["note"] = Json::array({Json{{"text", intake.label()}}});
        builder.add(id, std::move(obs));
        return;
    }
    if (intake.source() != IntakeSource::Topical)
        return; // supplements by mouth: one MedicationStatement per regimen (addSupplementRegimen)
    // A bath or an oil: the product's amount with a note, never a magnesium dose, because its
    // absorption through the skin is unknown (domain.md).
    const std::string form = intake.form();
    std::string name = std::string(nutrientDisplayName(intake.nutrient()));
    if (form != kUnknownForm)
        name += " " + form;
    if (!intake.label().empty())
        name = intake.label();
    Json statement;
    statement["resourceType"] = "MedicationStatement";
    statement["id"] = "";
    statement["status"] = "completed";
    statement["medicationCodeableConcept"] = Json{{"text", name}};
    statement["subject"] = Json{{"reference", builder.patientUrl()}};
    statement["effectiveDateTime"] = fhirDateTime(intake.takenAt());
    statement["note"] = Json::array(
        {Json{{"text", "Topical product: absorption through the skin is unknown. The amount is the "
                       "product used, not a dose of " +
                           asciiLower(nutrientDisplayName(intake.nutrient())) + "."}}});
    Json dosage;
    dosage["route"] = routeConcept("topical");
    if (intake.compoundMg()) {
        char text[96];
        std::snprintf(text, sizeof text, "%g g of product on the skin",
                      rounded(*intake.compoundMg() / 1000, 3));
        dosage["text"] = text;
        dosage["doseAndRate"] =
            Json::array({Json{{"doseQuantity", quantity(*intake.compoundMg() / 1000, "g")}}});
    } else {
        dosage["text"] = "on the skin; amount of product not recorded";
    }
    statement["dosage"] = Json::array({std::move(dosage)});
    if (!intake.label().empty())
        statement["note"].push_back(Json{{"text", intake.label()}});
    builder.add(id, std::move(statement));
}

/// One MedicationStatement per regimen of a supplement taken by mouth: the period it ran, the
/// daily elemental dose and the usual time (a new regimen, and so a new statement, wherever
/// the daily dose changed).
void addSupplementRegimen(FhirBundleBuilder& builder, const Regimen& regimen, Date exportDate)
{
    Json statement;
    statement["resourceType"] = "MedicationStatement";
    statement["id"] = "";
    statement["status"] =
        daysBetween(regimen.stop, exportDate) <= kRegimenMaxGapDays ? "active" : "completed";
    statement["medicationCodeableConcept"] = Json{{"text", regimen.name}};
    statement["subject"] = Json{{"reference", builder.patientUrl()}};
    statement["effectivePeriod"] =
        Json{{"start", formatDate(regimen.start)}, {"end", formatDate(regimen.stop)}};
    char text[200];
    std::snprintf(text, sizeof text, "%g mg elemental a day, usually at %s (taken on %d %s)",
                  rounded(regimen.dailyMg, 1), formatClockTime(regimen.typicalTime).c_str(),
                  regimen.daysTaken, regimen.daysTaken == 1 ? "day" : "days");
    Json dosage;
    dosage["text"] = text;
    dosage["timing"] =
        Json{{"repeat",
              Json{{"timeOfDay", Json::array({formatClockTime(regimen.typicalTime) + ":00"})}}}};
    dosage["route"] = routeConcept("oral");
    dosage["doseAndRate"] =
        Json::array({Json{{"doseQuantity", quantity(regimen.dailyMg, "mg", {}, 1)}}});
    statement["dosage"] = Json::array({std::move(dosage)});
    // A labelled product (its key ends with ":" and the label, oralSupplementDoses) keeps the
    // label exactly as typed in a note, as the interchange JSON does.
    const std::string labelSuffix = ":" + regimen.name;
    if (regimen.product.size() > labelSuffix.size() && regimen.product.ends_with(labelSuffix))
        statement["note"] = Json::array({Json{{"text", regimen.name}}});
    builder.add("supplement-" + formatDate(regimen.start) + "-" +
                    uuidFor(regimen.product).substr(0, 8),
                std::move(statement));
}

/// Supplement intakes by mouth as products: nutrient, form and the label the person gave.
std::vector<ProductDose> oralSupplementDoses(const std::vector<Intake>& intakes)
{
    std::vector<ProductDose> doses;
    for (const Intake& intake : intakes) {
        if (intake.source() != IntakeSource::Supplement)
            continue;
        std::string name = intake.label();
        if (name.empty()) {
            name = std::string(nutrientDisplayName(intake.nutrient()));
            if (intake.form() != kUnknownForm)
                name += " " + intake.form();
        }
        doses.push_back(ProductDose{std::string(nutrientId(intake.nutrient())) + ":" +
                                        intake.form() + ":" + intake.label(),
                                    std::move(name), intake.journalDate(), intake.elementalMg(),
                                    timeOfDay(intake.takenAt()), std::nullopt, std::nullopt});
    }
    return doses;
}

void addLab(FhirBundleBuilder& builder, const LabResult& lab,
            const std::optional<RdaProfile>& profile)
{
    const std::string display(labTestDisplayName(lab.test()));
    const std::string_view code = loincCode(lab.test(), lab.unit());
    Json obs = builder.observation(
        category("laboratory", "Laboratory"),
        codeableConcept(coding(kFhirLoincSystem, code, loincDisplay(code)), display));
    obs["effectiveDateTime"] = formatDate(lab.date());
    // The laboratory as performer: assays differ between laboratories (domain.md).
    if (!lab.laboratory().empty())
        obs["performer"] = Json::array({Json{{"reference", builder.organization(lab.laboratory())},
                                             {"display", lab.laboratory()}}});
    // Every unit the journal accepts is already a UCUM code (ug/L, ng/mL, %, mmol/L, ...).
    obs["valueQuantity"] = quantity(lab.value(), lab.unit());
    // Also as a note, for systems that do not show the performer.
    if (!lab.laboratory().empty())
        obs["note"] = Json::array({Json{{"text", "Laboratory: " + lab.laboratory()}}});
    if (const auto interpretation = labInterpretation(lab, profile)) {
        const std::string_view flag = ironFlagText(ironFlagOf(lab));
        obs["interpretation"] = Json::array({codeableConcept(
            coding(kFhirInterpretationSystem, labInterpretationCode(*interpretation),
                   labInterpretationText(*interpretation)),
            flag.empty() ? labInterpretationText(*interpretation) : flag)});
    }
    if (const auto reference = labReference(lab.test(), profile)) {
        Json range;
        // A normal range has bounds in the test's display unit; a guideline threshold only text.
        if (reference->isRange) {
            const std::string unit(lab.displayUnit());
            if (reference->low)
                range["low"] = quantity(*reference->low, unit);
            if (reference->high)
                range["high"] = quantity(*reference->high, unit);
        }
        range["text"] =
            std::string(reference->description) + " (" + std::string(reference->source) + ")";
        obs["referenceRange"] = Json::array({std::move(range)});
    }
    builder.add("lab-" + formatDate(lab.date()) + "-" + std::string(labTestId(lab.test())),
                std::move(obs));
}

void addDaily(FhirBundleBuilder& builder, const DailyFactors& day)
{
    const std::string date = formatDate(day.date());
    auto add = [&](const char* code, const char* text, Json value, const char* valueKey) {
        Json obs = builder.observation(category("social-history", "Social History"),
                                       localConcept(code, text));
        obs["effectiveDateTime"] = date;
        obs[valueKey] = std::move(value);
        builder.add("daily-" + date + "-" + code, std::move(obs));
    };
    if (day.caffeineMg())
        add("caffeine-intake", "Caffeine taken that day", quantity(*day.caffeineMg(), "mg"),
            "valueQuantity");
    if (day.alcoholUnits())
        add("alcohol-units", "Alcohol that day, in units",
            quantity(*day.alcoholUnits(), "{unit}", "units"), "valueQuantity");
    if (day.exerciseMin())
        add("exercise-duration", "Exercise that day", quantity(*day.exerciseMin(), "min"),
            "valueQuantity");
    if (day.stress())
        add("stress-rating", "Stress that day (0-10, self-rated)", Json(*day.stress()),
            "valueInteger");
}

/// One MedicationStatement per medicine regimen (domain.md's one definition): the period it
/// ran, the daily dose and the usual time. A regimen that may still be running (its last dose
/// within the allowed gap before the export) is `active`, the others `completed`.
void addMedicineRegimen(FhirBundleBuilder& builder, const Regimen& regimen, Date exportDate)
{
    const Drug drug = regimen.drug.value_or(Drug::Other);
    Json medication;
    if (const auto code = rxNormIngredientCode(drug); !code.empty())
        medication["coding"] = Json::array({coding(kFhirRxNormSystem, code, drugName(drug))});
    medication["text"] = regimen.name;

    Json statement;
    statement["resourceType"] = "MedicationStatement";
    statement["id"] = "";
    statement["status"] =
        daysBetween(regimen.stop, exportDate) <= kRegimenMaxGapDays ? "active" : "completed";
    statement["medicationCodeableConcept"] = std::move(medication);
    statement["subject"] = Json{{"reference", builder.patientUrl()}};
    statement["effectivePeriod"] =
        Json{{"start", formatDate(regimen.start)}, {"end", formatDate(regimen.stop)}};

    char text[160];
    std::snprintf(text, sizeof text, "%g mg a day, usually at %s (taken on %d %s)",
                  regimen.dailyMg, formatClockTime(regimen.typicalTime).c_str(),
                  regimen.daysTaken, regimen.daysTaken == 1 ? "day" : "days");
    Json dosage;
    dosage["text"] = text;
    dosage["timing"] =
        Json{{"repeat", Json{{"timeOfDay",
                              Json::array({formatClockTime(regimen.typicalTime) + ":00"})}}}};
    dosage["route"] = routeConcept(medicineRouteId(regimen.route.value_or(MedicineRoute::Oral)));
    dosage["doseAndRate"] = Json::array({Json{{"doseQuantity", quantity(regimen.dailyMg, "mg")}}});
    statement["dosage"] = Json::array({std::move(dosage)});
    builder.add("med-" + formatDate(regimen.start) + "-" + std::string(drugId(drug)) + "-" +
                    uuidFor(regimen.product).substr(0, 8),
                std::move(statement));
}

} // namespace

std::string_view rxNormIngredientCode(Drug drug)
{
    // Only codes found with their ingredient's name in a source docs/fhir.md ("RxNorm codes")
    // names: the CPIC drug table (cpicpgx/cpic-schema drug.sql), the RxNorm look-up table of
    // blondarb/neuro-plans (docs/data/full-validation-report.md, which agrees with CPIC on
    // every drug both list) and the BioPortal RxNorm URIs of domeo/DomeoClient
    // (Mexpertstudy_pDDI.java). A combination (oxycodone/naloxone) has no single ingredient;
    // rotigotine and the two intravenous irons were found in no such source.
    switch (drug) {
    case Drug::Levodopa:
        return "6375";
    case Drug::Pramipexole:
        return "746741";
    case Drug::Ropinirole:
        return "72302";
    case Drug::Gabapentin:
        return "25480";
    case Drug::GabapentinEnacarbil:
        return "1101333";
    case Drug::Pregabalin:
        return "187832";
    case Drug::Methadone:
        return "6813";
    case Drug::Tramadol:
        return "10689";
    case Drug::Clonazepam:
        return "2598";
    default:
        return {};
    }
}

Json fhirBundle(const JournalRecords& records, const FhirExportOptions& options)
{
    FhirBundleBuilder builder(options);
    std::map<std::string, std::string> localCodes;
    t_localCodes = &localCodes;
    for (const LabResult& lab : records.labs)
        addLab(builder, lab, records.settings.rdaProfile);
    for (const Night& night : records.nights)
        addNight(builder, night);
    for (std::size_t i = 0; i < records.intakes.size(); ++i)
        addIntake(builder, records.intakes[i], i);
    for (const DailyFactors& day : records.daily)
        addDaily(builder, day);
    const Date exportDate{std::chrono::floor<std::chrono::days>(options.exportedAt)};
    for (const Regimen& regimen : regimensOf(oralSupplementDoses(records.intakes)))
        addSupplementRegimen(builder, regimen, exportDate);
    for (const Regimen& regimen : regimensOf(productDoses(records.meds)))
        addMedicineRegimen(builder, regimen, exportDate);
    t_localCodes = nullptr;
    if (!localCodes.empty()) {
        // The codes QuietLegs defines, as a CodeSystem a receiver can look them up in.
        Json codeSystem;
        codeSystem["resourceType"] = "CodeSystem";
        codeSystem["id"] = "";
        codeSystem["url"] = std::string(kFhirLocalCodeSystem);
        codeSystem["name"] = "QuietLegsJournal";
        codeSystem["title"] = "QuietLegs journal observations";
        codeSystem["status"] = "active";
        codeSystem["description"] =
            "QuietLegs' own codes for self-rated restless legs symptoms, sleep diary figures, "
            "dietary intake and daily factors (docs/fhir.md lists them all).";
        codeSystem["caseSensitive"] = true;
        codeSystem["content"] = "fragment"; // the codes this bundle uses
        Json concepts = Json::array();
        for (const auto& [code, display] : localCodes)
            concepts.push_back(Json{{"code", code}, {"display", display}});
        codeSystem["concept"] = std::move(concepts);
        builder.add("quietlegs-journal-codes", std::move(codeSystem));
    }

    Json bundle;
    bundle["resourceType"] = "Bundle";
    bundle["id"] = uuidFor("bundle " + formatUtcTimestamp(options.exportedAt));
    bundle["type"] = "collection";
    bundle["timestamp"] = formatUtcTimestamp(options.exportedAt);
    bundle["entry"] = builder.takeEntries();
    return bundle;
}

std::string fhirBundleJson(const JournalRecords& records, const FhirExportOptions& options)
{
    return fhirBundle(records, options).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace quietlegs
