#pragma once

#include "quietlegs/core/Dates.h"
#include "quietlegs/core/Intake.h"
#include "quietlegs/core/JournalDay.h"
#include "quietlegs/core/Medicine.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace quietlegs {

/// One dose of a product on a journal date, as the regimen rule sees it.
struct ProductDose
{
    /// What is taken: a drug (`med:pramipexole`, `med:other:<notes>`), a supplement preset
    /// (`preset:<name>`) or nutrient + form + route (`magnesium:bisglycinate:oral`).
    std::string product;
    /// How a person calls it ("pramipexole", "Mg bisglycinate 2 caps", "magnesium bisglycinate").
    std::string name;
    Date date;
    double mg = 0;
    /// The clock time it was taken (minutes after midnight).
    std::chrono::minutes timeOfDay{0};
    /// For medicines: the drug and its route (FHIR and Trends need them).
    std::optional<Drug> drug;
    std::optional<MedicineRoute> route;
};

/// A regimen (domain.md, "RLS medicines and augmentation"): a maximal run of dates with the
/// same product at the same daily dose, gaps of up to 3 days allowed.
struct Regimen
{
    std::string product;
    std::string name;
    Date start;
    Date stop;
    /// The mg taken on each date of the run.
    double dailyMg = 0;
    /// Dates with a dose (gaps not counted).
    int daysTaken = 0;
    /// The median clock time of its doses, counted from the journal-day boundary so that
    /// doses around midnight stay together.
    std::chrono::minutes typicalTime{0};
    std::optional<Drug> drug;
    std::optional<MedicineRoute> route;

    friend bool operator==(const Regimen&, const Regimen&) = default;
};

/// Days without a dose that still leave a regimen unbroken.
inline constexpr int kRegimenMaxGapDays = 3;

/// The regimens of `doses` (any order): doses are summed per product and journal date, then
/// each product's dates are split where the daily dose changes or more than 3 days pass
/// without it. Ordered by start, then product.
std::vector<Regimen> regimensOf(std::vector<ProductDose> doses,
                                std::chrono::minutes boundary = kDefaultJournalDayBoundary);

/// Medicine doses as products (one per drug; `other` by the name in its notes).
std::vector<ProductDose> productDoses(const std::vector<MedicineDose>& doses,
                                      std::chrono::minutes boundary = kDefaultJournalDayBoundary);

/// A supplement intake (not food) and, when a preset added it, that preset's name.
struct NamedIntake
{
    const Intake* intake = nullptr;
    std::optional<std::string> presetName;
};

/// Supplement intakes as products: the preset that added them, else nutrient + form + route.
/// Food is not a regimen and is left out.
std::vector<ProductDose> productDoses(const std::vector<NamedIntake>& intakes,
                                      std::chrono::minutes boundary = kDefaultJournalDayBoundary);

} // namespace quietlegs
