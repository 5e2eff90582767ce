// Fuzzes the core's text parsers with arbitrary bytes. The first byte picks the parser; the
// rest is its input. Besides crashes and sanitizer reports, it checks that whatever a parser
// accepts formats back to the same text (dates and times) and satisfies the domain rules.
#include "quietlegs/core/Dates.h"
#include "quietlegs/core/IrlsScore.h"
#include "quietlegs/core/LabResult.h"
#include "quietlegs/core/Nutrient.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

using namespace quietlegs;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer reports the input that broke a round trip
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    switch (data[0] % 6) {
    case 0:
        if (auto date = parseDate(text, "date")) {
            require(date->ok());
            require(formatDate(*date) == text);
        }
        break;
    case 1:
        if (auto when = parseLocalDateTime(text, "taken_at")) {
            const std::string formatted = formatLocalDateTime(*when);
            require(formatted.substr(0, 10) == text.substr(0, 10));
            require(formatted.substr(11) == text.substr(11));
        }
        break;
    case 2:
        if (auto clock = parseClockTime(text, "time")) {
            require(clock->count() >= 0 && clock->count() < 24 * 60);
            require(formatClockTime(*clock) == text);
        }
        break;
    case 3: {
        // Each byte a signed item score, as a CLI list or an import row could give.
        std::vector<int> items;
        for (char c : text)
            items.push_back(int(static_cast<signed char>(c)));
        if (auto score = IrlsScore::fromItems(items)) {
            require(items.size() == std::size_t(kIrlsItemCount));
            require(score->total() >= 0 && score->total() <= kIrlsItemCount * kIrlsItemMax);
        }
        break;
    }
    case 4:
        if (auto nutrient = parseNutrient(text))
            require(nutrientId(*nutrient) == text);
        if (auto route = parseRoute(text))
            require(routeId(*route) == text);
        break;
    default:
        if (auto test = parseLabTest(text))
            require(labTestId(*test) == text);
        for (Nutrient nutrient : allNutrients())
            if (auto form = findForm(nutrient, text))
                require(form->id == text);
        break;
    }
    return 0;
}
