#include "quietlegs/analysis/NamedPeriods.h"

#include <algorithm>
#include <set>

namespace quietlegs {
namespace {

std::string periodName(const std::set<std::string>& products)
{
    if (products.empty())
        return "No supplement or medicine";
    std::string name;
    for (const std::string& product : products)
        name += (name.empty() ? "" : " + ") + product;
    if (name.size() <= kNamedPeriodMaxName)
        return name;
    // Cut on a UTF-8 character boundary and say so.
    std::size_t cut = kNamedPeriodMaxName - 3;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
        --cut;
    return name.substr(0, cut) + "...";
}

} // namespace

std::vector<NamedPeriod> suggestedPeriods(const std::vector<Regimen>& regimens, Date from, Date to)
{
    std::vector<NamedPeriod> parts;
    std::set<std::string> current;
    for (Date date = from; date <= to; date = addDays(date, 1)) {
        std::set<std::string> taken;
        for (const Regimen& regimen : regimens)
            if (regimen.start <= date && date <= regimen.stop)
                taken.insert(regimen.product);
        if (parts.empty() || taken != current) {
            parts.push_back(NamedPeriod{periodName(taken), date, date});
            current = std::move(taken);
        } else {
            parts.back().to = date;
        }
    }
    std::erase_if(parts, [](const NamedPeriod& part) {
        return daysBetween(part.from, part.to) + 1 < kSuggestedPeriodMinDays;
    });
    if (parts.size() > kMaxNamedPeriods) {
        std::stable_sort(parts.begin(), parts.end(), [](const NamedPeriod& a, const NamedPeriod& b) {
            return daysBetween(a.from, a.to) > daysBetween(b.from, b.to);
        });
        parts.resize(kMaxNamedPeriods);
        std::sort(parts.begin(), parts.end(),
                  [](const NamedPeriod& a, const NamedPeriod& b) { return a.from < b.from; });
    }
    return parts;
}

} // namespace quietlegs
