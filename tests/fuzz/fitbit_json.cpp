// Fuzzes the Fitbit sleep importer with arbitrary bytes: no crash, no sanitizer report, and
// every night it produces is a valid sleep diary whose efficiency the journal can compute.
#include "quietlegs/io/FitbitSleepImport.h"

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
    (void)looksLikeFitbitSleep(text);
    auto batch = importFitbitSleep(text);
    if (!batch)
        return 0;
    for (const NightPatch& patch : batch->nightPatches) {
        require(patch.sleep.has_value());
        auto diary = SleepDiary::create(*patch.sleep);
        require(diary.ok());
        require(diary->metrics().has_value());
        NightEntry entry;
        entry.date = patch.date;
        entry.sleep = *patch.sleep;
        require(Night::create(entry).ok());
    }
    return 0;
}
