#include "quietlegs/analysis/CorrelationTable.h"

#include "quietlegs/analysis/MultipleTesting.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <span>

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

/// Where each day's value is in an exposure series (-1: none), for finding the exposure of
/// t - lag with one index instead of walking the series for every row of the table.
struct DayIndex
{
    int firstDay = 0;
    std::vector<std::int32_t> positions;

    explicit DayIndex(const FlatSeries& series)
    {
        if (series.days.empty())
            return;
        firstDay = series.days.front();
        positions.assign(std::size_t(series.days.back() - firstDay + 1), -1);
        for (std::size_t i = 0; i < series.days.size(); ++i)
            positions[std::size_t(series.days[i] - firstDay)] = std::int32_t(i);
    }

    std::int32_t at(int day) const
    {
        const auto offset = std::int64_t(day) - firstDay;
        if (offset < 0 || offset >= std::int64_t(positions.size()))
            return -1;
        return positions[std::size_t(offset)];
    }
};

/// The pairs of laggedPairs() as values and codes: the outcome on night t in [from, to] with
/// the exposure of t - lag, by night date. The columns keep their size; `count` are in use.
struct PairColumns
{
    std::vector<double> x, y;
    std::vector<std::uint32_t> codeX, codeY;
    std::size_t count = 0;
};

void pairColumns(const FlatSeries& exposures, const DayIndex& exposureDays,
                 const FlatSeries& outcomes, int lag, int from, int to, PairColumns& out)
{
    const std::size_t most = outcomes.days.size();
    if (out.x.size() < most) {
        out.x.resize(most);
        out.y.resize(most);
        out.codeX.resize(most);
        out.codeY.resize(most);
    }
    std::size_t count = 0;
    const auto first = std::lower_bound(outcomes.days.begin(), outcomes.days.end(), from);
    for (auto o = std::size_t(first - outcomes.days.begin());
         o < outcomes.days.size() && outcomes.days[o] <= to; ++o) {
        const std::int32_t e = exposureDays.at(outcomes.days[o] - lag);
        if (e < 0)
            continue;
        out.x[count] = exposures.values[std::size_t(e)];
        out.y[count] = outcomes.values[o];
        if (exposures.coded)
            out.codeX[count] = exposures.codes[std::size_t(e)];
        if (outcomes.coded)
            out.codeY[count] = outcomes.codes[o];
        ++count;
    }
    out.count = count;
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
        const DayIndex exposureDays(exposures);
        for (const Outcome outcome : allOutcomes()) {
            const FlatSeries& outcomeSeries = outcomes[indexOf(outcome)];
            for (int lag = 0; lag <= maxLag; ++lag) {
                pairColumns(exposures, exposureDays, outcomeSeries, lag, fromDay, toDay, pairs);
                const std::span<const double> x(pairs.x.data(), pairs.count);
                const std::span<const double> y(pairs.y.data(), pairs.count);
                if (exposures.coded)
                    midRanksByCode({pairs.codeX.data(), pairs.count}, exposures.distinct, counts,
                                   rankOfCode, rankX);
                else
                    rankX = midRanks(x);
                if (outcomeSeries.coded)
                    midRanksByCode({pairs.codeY.data(), pairs.count}, outcomeSeries.distinct,
                                   counts, rankOfCode, rankY);
                else
                    rankY = midRanks(y);
                table.m_rows.push_back(
                    CorrelationRow{exposure, outcome, lag, correlateRanked(x, y, rankX, rankY), {}});
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
