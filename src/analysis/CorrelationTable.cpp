#include "quietlegs/analysis/CorrelationTable.h"

#include "quietlegs/analysis/MultipleTesting.h"

#include <cmath>

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

CorrelationTable CorrelationTable::compute(const JournalSeries& series, Date from, Date to,
                                           int maxLag)
{
    CorrelationTable table;
    table.m_maxLag = maxLag;
    for (const Exposure exposure : allExposures())
        for (const Outcome outcome : allOutcomes())
            for (int lag = 0; lag <= maxLag; ++lag) {
                const auto pairs = laggedPairs(series, exposure, outcome, lag, from, to);
                std::vector<double> x, y;
                x.reserve(pairs.size());
                y.reserve(pairs.size());
                for (const LaggedPair& pair : pairs) {
                    x.push_back(pair.exposure);
                    y.push_back(pair.outcome);
                }
                table.m_rows.push_back(CorrelationRow{exposure, outcome, lag, correlate(x, y), {}});
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
