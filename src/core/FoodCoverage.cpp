#include "quietlegs/core/FoodCoverage.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <string>

namespace quietlegs {
namespace {

bool isFood(const Intake& intake)
{
    return intake.source() == IntakeSource::Food;
}

bool isImportedFood(const Intake& intake)
{
    return isFood(intake) && intake.origin() != EntrySource::Manual;
}

/// The app that produced imported food: its source_name when the importer names one (Apple
/// Health's sourceName), else the importer itself; compared without regard to case, so
/// "Cronometer" via Apple Health and source `cronometer` are the same app.
std::string originatingApp(const Intake& intake)
{
    std::string app(intake.originName().empty() ? std::string(entrySourceId(intake.origin()))
                                                : intake.originName());
    std::transform(app.begin(), app.end(), app.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return app;
}

} // namespace

std::vector<bool> countedInTotals(std::span<const Intake> intakes, std::chrono::minutes boundary)
{
    // Per date and originating app, the importer whose food counts: the app's own export
    // (the smallest EntrySource, Cronometer before Apple Health) when it came in twice.
    std::map<std::pair<Date, std::string>, EntrySource> importerOf;
    for (const Intake& intake : intakes) {
        if (!isImportedFood(intake))
            continue;
        auto [it, added] = importerOf.try_emplace(
            {intake.journalDate(boundary), originatingApp(intake)}, intake.origin());
        if (!added && intake.origin() < it->second)
            it->second = intake.origin();
    }
    std::vector<bool> counted(intakes.size(), true);
    if (importerOf.empty())
        return counted;
    std::set<Date> importedDates;
    for (const auto& entry : importerOf)
        importedDates.insert(entry.first.first);
    for (std::size_t i = 0; i < intakes.size(); ++i) {
        const Intake& intake = intakes[i];
        if (!isFood(intake))
            continue;
        const Date date = intake.journalDate(boundary);
        if (intake.origin() == EntrySource::Manual)
            counted[i] = !importedDates.contains(date);
        else
            counted[i] = importerOf.at({date, originatingApp(intake)}) == intake.origin();
    }
    return counted;
}

std::vector<Intake> intakesCountedInTotals(std::span<const Intake> intakes,
                                           std::chrono::minutes boundary)
{
    const std::vector<bool> counted = countedInTotals(intakes, boundary);
    std::vector<Intake> out;
    out.reserve(intakes.size());
    for (std::size_t i = 0; i < intakes.size(); ++i)
        if (counted[i])
            out.push_back(intakes[i]);
    return out;
}

bool isFoodCoveredByImport(const Intake& intake, std::span<const Intake> sameDay)
{
    if (!isFood(intake) || intake.origin() != EntrySource::Manual)
        return false;
    const Date date = intake.journalDate();
    return std::any_of(sameDay.begin(), sameDay.end(), [&](const Intake& other) {
        return isImportedFood(other) && other.journalDate() == date;
    });
}

std::set<Date> datesWithCoveredFood(std::span<const Intake> intakes, std::chrono::minutes boundary)
{
    std::set<Date> imported, handLogged;
    for (const Intake& intake : intakes) {
        if (!isFood(intake))
            continue;
        (intake.origin() == EntrySource::Manual ? handLogged : imported)
            .insert(intake.journalDate(boundary));
    }
    std::set<Date> covered;
    std::set_intersection(imported.begin(), imported.end(), handLogged.begin(), handLogged.end(),
                          std::inserter(covered, covered.begin()));
    return covered;
}

} // namespace quietlegs
