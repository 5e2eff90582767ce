// Fuzzes the Cronometer daily-summary importer with arbitrary bytes: no crash, no sanitizer
// report, and what it accepts is what the journal accepts (food intakes labelled
// "Cronometer", one per nutrient and date, each date listed for replacement).
#include "quietlegs/io/CronometerImport.h"

#include <cstdint>
#include <cstdlib>
#include <set>
#include <string_view>

using namespace quietlegs;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)looksLikeCronometerDailySummary(text);
    auto batch = importCronometerDailySummary(text);
    if (!batch)
        return 0;
    require(batch->replacedIntakes.has_value());
    const std::set<Date> dates(batch->replacedIntakes->dates.begin(),
                               batch->replacedIntakes->dates.end());
    require(dates.size() == batch->replacedIntakes->dates.size());
    for (const Intake& intake : batch->records.intakes) {
        require(intake.form() == "food");
        require(intake.label() == kCronometerLabel);
        require(intake.elementalMg() > 0);
        require(dates.count(intake.journalDate()) == 1);
    }
    for (const DailyFactorsPatch& patch : batch->dailyPatches)
        require(DailyFactors::create(patch.fields).ok());
    return 0;
}
