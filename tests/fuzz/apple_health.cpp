// Fuzzes the Apple Health export.xml reader with arbitrary bytes: no crash, no sanitizer
// report, no entity expansion, and every night it produces is a valid sleep diary in the zone
// it names, every intake and caffeine total a valid journal value.
#include "quietlegs/io/AppleHealthImport.h"

#include <cstdint>
#include <cstdlib>
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
    (void)looksLikeAppleHealthExport(text);
    static const TimeZone berlin = *TimeZone::named("Europe/Berlin");
    AppleHealthOptions options;
    options.computerZone = berlin;
    auto batch = importAppleHealth(text, options);
    if (!batch)
        return 0;
    for (const NightPatch& patch : batch->nightPatches) {
        require(patch.sleep.has_value() && patch.timeZone.has_value());
        NightEntry entry;
        entry.date = patch.date;
        entry.sleep = *patch.sleep;
        entry.timeZone = *patch.timeZone;
        require(Night::create(entry).ok());
    }
    for (const Intake& intake : batch->records.intakes)
        require(intake.elementalMg() > 0);
    for (const DailyFactorsPatch& patch : batch->dailyPatches)
        require(DailyFactors::create(patch.fields).ok());
    require(batch->sleepSources.size() == batch->sleepSourceUses.size());
    return 0;
}
