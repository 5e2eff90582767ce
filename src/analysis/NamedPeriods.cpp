#include "quietlegs/analysis/NamedPeriods.h"

#include <algorithm>
#include <map>
#include <set>

namespace quietlegs {
namespace {

std::string periodName(const std::set<std::string>& names)
{
    if (names.empty())
        return "No supplement or medicine";
    std::string name;
    for (const std::string& product : names)
        name += (name.empty() ? "" : " + ") + product;
    if (name.size() <= kNamedPeriodMaxName) // bytes: within the limit in characters too
        return name;
    // Cut on a UTF-8 character boundary and say so.
    std::size_t cut = kNamedPeriodMaxName - 3;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
        --cut;
    return name.substr(0, cut) + "...";
}

/// When a product counts as taken: its regimens joined across short breaks, brief runs left out.
struct ProductSpan
{
    std::string name; // as the person knows it (Regimen::name), for the period's name
    Date start;
    Date stop;
};

std::vector<ProductSpan> productSpans(const std::vector<Regimen>& regimens,
                                      const std::set<std::string>& skipped)
{
    std::map<std::string, std::vector<const Regimen*>> byProduct;
    for (const Regimen& regimen : regimens)
        if (!skipped.contains(regimen.product))
            byProduct[regimen.product].push_back(&regimen);
    std::vector<ProductSpan> spans;
    for (auto& [product, runs] : byProduct) {
        std::sort(runs.begin(), runs.end(),
                  [](const Regimen* a, const Regimen* b) { return a->start < b->start; });
        std::vector<ProductSpan> own;
        for (const Regimen* run : runs) {
            if (!own.empty() &&
                daysBetween(own.back().stop, run->start) <= kSuggestedPeriodMaxBreakDays + 1)
                own.back().stop = std::max(own.back().stop, run->stop);
            else
                own.push_back(ProductSpan{run->name, run->start, run->stop});
        }
        for (const ProductSpan& span : own)
            if (daysBetween(span.start, span.stop) + 1 >= kSuggestedPeriodMinDays)
                spans.push_back(span);
    }
    return spans;
}

/// Characters, not bytes: a UTF-8 continuation byte starts none.
std::size_t characterCount(const std::string& text)
{
    return std::size_t(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

} // namespace

std::string namedPeriodProblem(const NamedPeriod& period)
{
    if (period.name.empty() || characterCount(period.name) > kNamedPeriodMaxName)
        return "needs a name of 1 to 60 characters";
    if (period.to < period.from)
        return "ends before it starts";
    return {};
}

std::vector<NamedPeriod> suggestedPeriods(const std::vector<Regimen>& regimens, Date from, Date to,
                                          const std::set<std::string>& skipped)
{
    const std::vector<ProductSpan> spans = productSpans(regimens, skipped);
    std::vector<NamedPeriod> parts;
    std::set<std::string> current;
    for (Date date = from; date <= to; date = addDays(date, 1)) {
        std::set<std::string> taken;
        for (const ProductSpan& span : spans)
            if (span.start <= date && date <= span.stop)
                taken.insert(span.name);
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
