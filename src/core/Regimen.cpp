// The one regimen definition (domain.md): History, the report, FHIR and Trends use it.
#include "quietlegs/core/Regimen.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace quietlegs {
namespace {

struct DayTotal
{
    double mg = 0;
    std::vector<std::chrono::minutes> times; // after the journal-day boundary
};

bool sameDose(double a, double b)
{
    // Summed floating-point doses (0.125 + 0.125) compare equal to 0.25.
    return std::fabs(a - b) <= 1e-6 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

std::chrono::minutes afterBoundary(std::chrono::minutes clock, std::chrono::minutes boundary)
{
    const auto minutes = (clock - boundary).count();
    return std::chrono::minutes{((minutes % 1440) + 1440) % 1440};
}

std::chrono::minutes medianClock(std::vector<std::chrono::minutes> times,
                                 std::chrono::minutes boundary)
{
    std::sort(times.begin(), times.end());
    const auto median = times[(times.size() - 1) / 2];
    return std::chrono::minutes{(median + boundary).count() % 1440};
}

} // namespace

std::vector<Regimen> regimensOf(std::vector<ProductDose> doses, std::chrono::minutes boundary)
{
    // product -> date -> total; the first dose seen names the product.
    std::map<std::string, std::map<Date, DayTotal>> byProduct;
    std::map<std::string, const ProductDose*> first;
    for (const ProductDose& dose : doses) {
        DayTotal& day = byProduct[dose.product][dose.date];
        day.mg += dose.mg;
        day.times.push_back(afterBoundary(dose.timeOfDay, boundary));
        first.try_emplace(dose.product, &dose);
    }

    std::vector<Regimen> regimens;
    for (const auto& [product, days] : byProduct) {
        const ProductDose& named = *first.at(product);
        std::optional<Regimen> current;
        std::vector<std::chrono::minutes> times;
        auto close = [&] {
            current->typicalTime = medianClock(times, boundary);
            regimens.push_back(*current);
            current.reset();
            times.clear();
        };
        for (const auto& [date, day] : days) {
            // A gap of up to kRegimenMaxGapDays dates without a dose keeps the run going.
            if (current && (!sameDose(current->dailyMg, day.mg) ||
                            daysBetween(current->stop, date) - 1 > kRegimenMaxGapDays))
                close();
            if (!current)
                current = Regimen{product, named.name, date,       date,       day.mg,
                                  0,       {},         named.drug, named.route};
            current->stop = date;
            ++current->daysTaken;
            times.insert(times.end(), day.times.begin(), day.times.end());
        }
        if (current)
            close();
    }
    std::sort(regimens.begin(), regimens.end(), [](const Regimen& a, const Regimen& b) {
        return std::tie(a.start, a.product) < std::tie(b.start, b.product);
    });
    return regimens;
}

std::vector<ProductDose> productDoses(const std::vector<MedicineDose>& doses,
                                      std::chrono::minutes boundary)
{
    std::vector<ProductDose> out;
    out.reserve(doses.size());
    for (const MedicineDose& dose : doses) {
        std::string product = "med:" + std::string(drugId(dose.drug()));
        if (dose.drug() == Drug::Other)
            product += ":" + dose.notes();
        out.push_back(ProductDose{std::move(product), dose.displayName(),
                                  dose.journalDate(boundary), dose.doseMg(),
                                  timeOfDay(dose.takenAt()), dose.drug(), dose.route()});
    }
    return out;
}

std::vector<ProductDose> productDoses(const std::vector<NamedIntake>& intakes,
                                      std::chrono::minutes boundary)
{
    std::vector<ProductDose> out;
    for (const NamedIntake& named : intakes) {
        const Intake& intake = *named.intake;
        if (intake.source() == IntakeSource::Food)
            continue;
        std::string product;
        std::string name;
        if (named.presetName) {
            product = "preset:" + *named.presetName;
            name = *named.presetName;
        } else {
            product = std::string(nutrientId(intake.nutrient())) + ":" + intake.form() + ":" +
                      std::string(routeId(intake.route()));
            name = std::string(nutrientDisplayName(intake.nutrient())) + " " + intake.form();
            if (intake.route() != Route::Oral)
                name += " (" + std::string(routeId(intake.route())) + ")";
        }
        out.push_back(ProductDose{std::move(product), std::move(name), intake.journalDate(boundary),
                                  intake.elementalMg(), timeOfDay(intake.takenAt()), std::nullopt,
                                  std::nullopt});
    }
    return out;
}

} // namespace quietlegs
