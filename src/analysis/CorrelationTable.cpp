#include "quietlegs/analysis/CorrelationTable.h"

#include "quietlegs/analysis/MultipleTesting.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace quietlegs {

std::vector<LaggedPair> laggedPairs(const JournalSeries& series, Exposure exposure, Outcome outcome,
                                    int lagDays, Date from, Date to)
{
    std::vector<LaggedPair> pairs;
    const DatedSeries& outcomes = series.outcome(outcome);
    const DatedSeries& exposures = series.exposure(exposure);
    // Both series are in date order, and so are the exposure dates wanted: one walk along
    // each instead of a lookup per night.
    auto next = exposures.lowerBound(addDays(from, -lagDays));
    for (auto it = outcomes.lowerBound(from); it != outcomes.end() && it->first <= to; ++it) {
        const Date exposureDate = addDays(it->first, -lagDays);
        while (next != exposures.end() && next->first < exposureDate)
            ++next;
        if (next == exposures.end())
            break;
        if (next->first == exposureDate)
            pairs.push_back(LaggedPair{exposureDate, it->first, next->second, it->second});
    }
    return pairs;
}

namespace {

/// A series laid out for the table's 72 walks (18 per lag): dates as day numbers, and each
/// value's code, its position among the series' distinct values (equal values share one), so
/// that the mid-ranks of any subset are a count over codes instead of a sort. Ranking
/// 144 subsets by sorting was half of `stats`; the ranks are the same (midRanks()).
struct FlatSeries
{
    std::vector<int> days;
    std::vector<double> values;
    std::vector<std::uint32_t> codes;
    std::size_t distinct = 0;
    bool coded = true; // false with a NaN, which has no place among the values: midRanks()
};

int dayNumber(Date date)
{
    return int(std::chrono::sys_days(date).time_since_epoch().count());
}

FlatSeries flatten(const DatedSeries& series)
{
    FlatSeries flat;
    flat.days.reserve(series.size());
    flat.values.reserve(series.size());
    for (const auto& [date, value] : series) {
        flat.days.push_back(dayNumber(date));
        flat.values.push_back(value);
        if (std::isnan(value))
            flat.coded = false;
    }
    if (!flat.coded)
        return flat;
    std::vector<std::pair<double, std::uint32_t>> order(flat.values.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = {flat.values[i], std::uint32_t(i)};
    std::sort(order.begin(), order.end());
    flat.codes.resize(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        // Ties as midRanks() sees them: equal by ==, so -0 and 0 share a code.
        if (i > 0 && order[i].first != order[i - 1].first)
            ++flat.distinct;
        flat.codes[order[i].second] = std::uint32_t(flat.distinct);
    }
    if (!order.empty())
        ++flat.distinct;
    return flat;
}

/// midRanks() of the values whose codes are `codes`: tied values share the mean of the
/// positions they take, (first + 1 + last + 1) / 2, computed as midRanks() does.
void midRanksByCode(std::span<const std::uint32_t> codes, std::size_t distinct,
                    std::vector<std::uint32_t>& counts, std::vector<double>& rankOfCode,
                    std::vector<double>& ranks)
{
    counts.assign(distinct, 0);
    for (const std::uint32_t code : codes)
        ++counts[code];
    rankOfCode.resize(distinct);
    std::size_t before = 0;
    for (std::size_t code = 0; code < distinct; ++code) {
        if (counts[code] == 0)
            continue;
        const std::size_t first = before;
        const std::size_t last = before + counts[code] - 1;
        rankOfCode[code] = (double(first + 1) + double(last + 1)) / 2.0;
        before += counts[code];
    }
    ranks.resize(codes.size());
    for (std::size_t i = 0; i < codes.size(); ++i)
        ranks[i] = rankOfCode[codes[i]];
}

/// The pairs of laggedPairs() as values and codes: the outcome on night t in [from, to] with
/// the exposure of t - lag, by night date.
struct PairColumns
{
    std::vector<double> x, y;
    std::vector<std::uint32_t> codeX, codeY;
};

void pairColumns(const FlatSeries& exposures, const FlatSeries& outcomes, int lag, int from,
                 int to, PairColumns& out)
{
    out.x.clear();
    out.y.clear();
    out.codeX.clear();
    out.codeY.clear();
    auto next = std::lower_bound(exposures.days.begin(), exposures.days.end(), from - lag);
    auto it = std::lower_bound(outcomes.days.begin(), outcomes.days.end(), from);
    for (; it != outcomes.days.end() && *it <= to; ++it) {
        const int exposureDay = *it - lag;
        while (next != exposures.days.end() && *next < exposureDay)
            ++next;
        if (next == exposures.days.end())
            break;
        if (*next != exposureDay)
            continue;
        const auto e = std::size_t(next - exposures.days.begin());
        const auto o = std::size_t(it - outcomes.days.begin());
        out.x.push_back(exposures.values[e]);
        out.y.push_back(outcomes.values[o]);
        if (exposures.coded)
            out.codeX.push_back(exposures.codes[e]);
        if (outcomes.coded)
            out.codeY.push_back(outcomes.codes[o]);
    }
}

} // namespace

CorrelationTable CorrelationTable::compute(const JournalSeries& series, Date from, Date to,
                                           int maxLag)
{
    CorrelationTable table;
    table.m_maxLag = maxLag;
    std::array<FlatSeries, kOutcomeCount> outcomes;
    for (const Outcome outcome : allOutcomes())
        outcomes[indexOf(outcome)] = flatten(series.outcome(outcome));
    const int fromDay = dayNumber(from);
    const int toDay = dayNumber(to);
    PairColumns pairs;
    std::vector<std::uint32_t> counts;
    std::vector<double> rankOfCode, rankX, rankY;
    for (const Exposure exposure : allExposures()) {
        const FlatSeries exposures = flatten(series.exposure(exposure));
        for (const Outcome outcome : allOutcomes()) {
            const FlatSeries& outcomeSeries = outcomes[indexOf(outcome)];
            for (int lag = 0; lag <= maxLag; ++lag) {
                pairColumns(exposures, outcomeSeries, lag, fromDay, toDay, pairs);
                if (exposures.coded)
                    midRanksByCode(pairs.codeX, exposures.distinct, counts, rankOfCode, rankX);
                else
                    rankX = midRanks(pairs.x);
                if (outcomeSeries.coded)
                    midRanksByCode(pairs.codeY, outcomeSeries.distinct, counts, rankOfCode, rankY);
                else
                    rankY = midRanks(pairs.y);
                table.m_rows.push_back(CorrelationRow{
                    exposure, outcome, lag, correlateRanked(pairs.x, pairs.y, rankX, rankY), {}});
            }
        }
    }

    std::vector<std::optional<double>> p;
    p.reserve(table.m_rows.size());
    for (const CorrelationRow& row : table.m_rows)
        p.push_back(row.stats.pearsonP);
    const auto q = benjaminiHochberg(p);
    for (std::size_t i = 0; i < table.m_rows.size(); ++i)
        table.m_rows[i].qValue = q[i];
    return table;
}

std::optional<CorrelationRow> CorrelationTable::strongestFinding() const
{
    const CorrelationRow* best = nullptr;
    for (const CorrelationRow& row : m_rows) {
        if (row.tooFewNights() || !row.qValue || !row.stats.pearsonR)
            continue;
        if (!best || *row.qValue < *best->qValue ||
            (*row.qValue == *best->qValue &&
             std::abs(*row.stats.pearsonR) > std::abs(*best->stats.pearsonR)))
            best = &row;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

} // namespace quietlegs
