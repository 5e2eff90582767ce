#include "quietlegs/analysis/CorrelationTable.h"

#include "quietlegs/analysis/Ar1Regression.h"
#include "quietlegs/analysis/EffectiveSampleSize.h"
#include "quietlegs/analysis/MultipleTesting.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <future>
#include <optional>
#include <mutex>
#include <span>

namespace quietlegs {

namespace {

std::vector<LaggedPair> pairsOf(const DatedSeries& exposures, const DatedSeries& outcomes,
                                int lagDays, Date from, Date to)
{
    std::vector<LaggedPair> pairs;
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

} // namespace

std::vector<LaggedPair> laggedPairs(const JournalSeries& series, Exposure exposure, Outcome outcome,
                                    int lagDays, Date from, Date to)
{
    return pairsOf(series.exposure(exposure), series.outcome(outcome), lagDays, from, to);
}

std::vector<LaggedPair> laggedPairs(const JournalSeries& series, const RelationKey& key, Date from,
                                    Date to)
{
    const DatedSeries* exposures = series.exposureSeries(key.exposure);
    const DatedSeries* outcomes = series.outcomeSeries(key.outcome);
    if (!exposures || !outcomes)
        return {};
    return pairsOf(*exposures, *outcomes, key.lagDays, from, to);
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
    // The distinct values in order (ties as midRanks() sees them: equal by ==, so -0 and 0
    // are one), and each value's place among them. Sorting the values alone, not (value,
    // position) pairs, was cheaper by half (issue 19).
    std::vector<double> distinct(flat.values);
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    flat.distinct = distinct.size();
    flat.codes.resize(flat.values.size());
    for (std::size_t i = 0; i < flat.values.size(); ++i)
        flat.codes[i] = std::uint32_t(
            std::lower_bound(distinct.begin(), distinct.end(), flat.values[i]) - distinct.begin());
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
    std::vector<int> days; // the night's day number
    std::vector<double> x, y;
    std::vector<std::uint32_t> codeX, codeY;
    std::size_t count = 0;
};

/// `Codes`: whether the rank codes are wanted too (the correlations; the effects need only the
/// values). The walk keeps everything it touches in locals: it runs 144 times over ten years of
/// nights, and reloading the columns' pointers for every night was most of its cost (issue 19).
template <bool Codes, typename Columns>
void pairColumns(const FlatSeries& exposures, const DayIndex& exposureDays,
                 const FlatSeries& outcomes, int lag, int from, int to, Columns& out)
{
    const std::size_t most = outcomes.days.size();
    if (out.x.size() < most) {
        out.days.resize(most);
        out.x.resize(most);
        out.y.resize(most);
        if constexpr (Codes) {
            out.codeX.resize(most);
            out.codeY.resize(most);
        }
    }
    const int* const nights = outcomes.days.data();
    const std::size_t first = std::size_t(
        std::lower_bound(outcomes.days.begin(), outcomes.days.end(), from) - outcomes.days.begin());
    const std::size_t last = std::size_t(
        std::upper_bound(outcomes.days.begin() + std::ptrdiff_t(first), outcomes.days.end(), to) -
        outcomes.days.begin());
    const std::int32_t* const positions = exposureDays.positions.data();
    const auto positionCount = std::int64_t(exposureDays.positions.size());
    const std::int64_t shift = std::int64_t(lag) + exposureDays.firstDay;
    const double* const exposureValues = exposures.values.data();
    const double* const outcomeValues = outcomes.values.data();
    const bool codeX = Codes && exposures.coded, codeY = Codes && outcomes.coded;
    const std::uint32_t* const exposureCodes = exposures.codes.data();
    const std::uint32_t* const outcomeCodes = outcomes.codes.data();
    int* const days = out.days.data();
    double* const x = out.x.data();
    double* const y = out.y.data();
    std::uint32_t* codesX = nullptr;
    std::uint32_t* codesY = nullptr;
    if constexpr (Codes) {
        codesX = out.codeX.data();
        codesY = out.codeY.data();
    }
    std::size_t count = 0;
    for (std::size_t o = first; o < last; ++o) {
        // The exposure of night - lag, if it has one (DayIndex::at).
        const std::int64_t offset = std::int64_t(nights[o]) - shift;
        if (offset < 0 || offset >= positionCount)
            continue;
        const std::int32_t e = positions[offset];
        if (e < 0)
            continue;
        days[count] = nights[o];
        x[count] = exposureValues[e];
        y[count] = outcomeValues[o];
        if (codeX)
            codesX[count] = exposureCodes[e];
        if (codeY)
            codesY[count] = outcomeCodes[o];
        ++count;
    }
    out.count = count;
}

/// The smallest 2^a 3^b 5^c 7^d >= size, a length FFTW transforms fast.
std::size_t smoothSize(std::size_t size)
{
    for (std::size_t candidate = std::max<std::size_t>(size, 1);; ++candidate) {
        std::size_t rest = candidate;
        for (const std::size_t factor : {2, 3, 5, 7})
            while (rest % factor == 0)
                rest /= factor;
        if (rest == 1)
            return candidate;
    }
}

/// One FFT length for every row of a table: the longest pair grid (the outcomes' nights in
/// [from, to]) plus its most lags (n / 5) plus one.
std::size_t tableTransformSize(const std::vector<FlatSeries>& outcomes, int from, int to)
{
    std::size_t longest = 0;
    for (const FlatSeries& outcome : outcomes) {
        const auto first = std::lower_bound(outcome.days.begin(), outcome.days.end(), from);
        const auto last = std::upper_bound(outcome.days.begin(), outcome.days.end(), to);
        if (first != last)
            longest = std::max(longest, std::size_t(*(last - 1) - *first + 1));
    }
    return smoothSize(longest + longest / 5 + 1);
}

/// Section 1's inference for a row whose n, r and rho (and v1's naive p) are computed.
/// The exposure's values are named `exposureKey`, the outcome's `outcomeKey` (for reusing
/// transforms: EffectiveSampleSizes). The effective N is that of x and y on the pair's daily
/// grid (first to last complete pair), missing wherever the pair is incomplete
/// (statistics-v2.md section 1); EffectiveSampleSizes takes the pairs without the grid.
void correctCorrelation(CorrelationRow& row, std::span<const int> days, std::span<const double> x,
                        std::span<const double> y, std::size_t transformSize,
                        EffectiveSampleSizes& sizes, int exposureKey, int outcomeKey)
{
    Correlation& stats = row.stats;
    row.naiveP = stats.pearsonP;
    stats.pearsonP.reset();
    stats.spearmanP.reset();
    stats.pearsonCi95.reset();
    if (stats.n < kMinimumPairsForFinding) {
        row.note = FigureNote::NotEnoughNights;
        return;
    }
    if (!stats.pearsonR) {
        row.note = FigureNote::NoVariation;
        return;
    }
    // Missing days after the last pair change nothing in the na.pass acf (its sums and counts
    // skip them). Padding every row's grid so that its FFT length (grid + J + 1) is the table's
    // one transform size lets all rows share one FFTW plan: planning a new length for each row
    // cost more than all the transforms (issue 19, "Speed").
    std::size_t gridSize = std::size_t(days.back() - days.front() + 1);
    const std::size_t lags = std::size_t(stats.n / 5);
    if (transformSize >= gridSize + lags + 1)
        gridSize = transformSize - lags - 1;
    row.nEff = sizes.computePairs(days, x, y, gridSize, exposureKey, outcomeKey);
    const auto pearson = correctedCorrelationInference(stats.pearsonR, stats.n, row.nEff);
    const auto spearman = correctedCorrelationInference(stats.spearmanRho, stats.n, row.nEff);
    stats.pearsonP = pearson.p;
    stats.pearsonCi95 = pearson.ci95;
    stats.spearmanP = spearman.p;
    if (!row.nEff || *row.nEff <= 3)
        row.note = FigureNote::TooFewIndependentNights;
}

/// The figures of a row from its fit.
void takeFit(EffectRow& row, const Result<Ar1Fit>& fit)
{
    if (!fit) {
        // A constant exposure or outcome, or an exposure that only follows the trend.
        row.note = FigureNote::NoVariation;
        return;
    }
    const Ar1Coefficient& slope = fit->coefficients[1];
    row.slope = slope.estimate;
    row.slopeSe = slope.se;
    row.slopeCi95 = slope.ci95;
    row.slopeP = slope.p;
    row.trendPerDay = fit->coefficients[2].estimate;
    row.phi = fit->phi;
    if (fit->phiAtBoundary)
        row.note = FigureNote::PhiAtBoundary;
}

/// Days counted from the first pair: the same slope and trend as raw day numbers, with an
/// intercept near the data instead of some 20,000 days away.
void fillDayColumn(std::span<const int> days, std::vector<double>& dayColumn)
{
    dayColumn.resize(days.size());
    for (std::size_t i = 0; i < days.size(); ++i)
        dayColumn[i] = double(days[i] - days.front());
}

/// Section 2's fit y ~ x + day with AR(1) errors over the pairs (days ascending). `dayColumn`
/// is scratch space kept between a thread's fits.
void fitEffectColumns(EffectRow& row, std::span<const int> days, std::span<const double> x,
                      std::span<const double> y, std::vector<double>& dayColumn)
{
    row.n = int(days.size());
    if (row.n < kMinimumPairsForFinding) {
        row.note = FigureNote::NotEnoughNights;
        return;
    }
    fillDayColumn(days, dayColumn);
    const std::span<const double> predictors[] = {x, dayColumn};
    takeFit(row, fitAr1RegressionColumns(days, y, predictors));
}

/// The pairs of one exposure for the effects (pairColumns<false>): values only, no rank codes.
/// The columns keep their size; `count` are in use.
struct EffectPairs
{
    std::vector<int> days;
    std::vector<double> x, y;
    std::size_t count = 0;

    std::span<const int> dayList() const { return {days.data(), count}; }
    bool sameDays(const EffectPairs& other) const
    {
        return count == other.count &&
               std::equal(days.begin(), days.begin() + std::ptrdiff_t(count), other.days.begin());
    }
};

/// Whether a catalogue row takes part in the tables: v1's variables always (n may be 0), the
/// others once the journal holds data for them.
bool hasRows(const DatedSeries* series, bool builtIn)
{
    return builtIn || (series && !series->empty());
}

} // namespace

EffectRow fitEffect(const JournalSeries& series, const RelationKey& key, Date from, Date to)
{
    EffectRow row;
    row.exposure = key.exposure;
    row.outcome = key.outcome;
    row.lagDays = key.lagDays;
    const std::vector<LaggedPair> pairs = laggedPairs(series, key, from, to);
    std::vector<int> days;
    std::vector<double> x, y;
    for (const LaggedPair& pair : pairs) {
        days.push_back(dayNumber(pair.nightDate));
        x.push_back(pair.exposure);
        y.push_back(pair.outcome);
    }
    std::vector<double> dayColumn;
    fitEffectColumns(row, days, x, y, dayColumn);
    return row;
}

CorrelationTable CorrelationTable::compute(const JournalSeries& series, Date from, Date to,
                                           int maxLag, TableParts parts)
{
    CorrelationTable table;
    table.m_maxLag = maxLag;
    const VariableCatalogue catalogue = series.catalogue();
    static const DatedSeries kNoValues;
    std::vector<const OutcomeVariable*> outcomeRows;
    std::vector<FlatSeries> outcomes;
    for (const OutcomeVariable& outcome : catalogue.outcomes()) {
        const DatedSeries* values = series.outcomeSeries(outcome.id);
        if (!hasRows(values, outcome.builtIn.has_value()))
            continue;
        outcomeRows.push_back(&outcome);
        outcomes.push_back(flatten(values ? *values : kNoValues));
    }
    const int fromDay = dayNumber(from);
    const int toDay = dayNumber(to);
    const std::size_t transformSize = tableTransformSize(outcomes, fromDay, toDay);

    // The exposures laid out once, shared (read only) by both passes below.
    struct ExposureColumns
    {
        const ExposureVariable* variable;
        FlatSeries values;
        DayIndex days;
    };
    std::vector<ExposureColumns> exposures;
    for (const ExposureVariable& exposure : catalogue.exposures()) {
        const DatedSeries* values = series.exposureSeries(exposure.id);
        if (!hasRows(values, exposure.builtIn.has_value()))
            continue;
        FlatSeries flat = flatten(values ? *values : kNoValues);
        DayIndex days(flat);
        exposures.push_back(ExposureColumns{&exposure, std::move(flat), std::move(days)});
    }
    // The effects (an AR(1) fit per row) on a second thread while this one does the
    // correlations: they share nothing mutable, and on two cores `stats` then takes about as
    // long as the longer of the two (issue 19, "Speed"). The effects are taken an outcome and
    // lag (all exposures) at a time, and this thread joins in once its correlations are done,
    // so neither core waits for the other; each row is the same whichever thread fits it.
    // Exposures paired on the same nights (magnesium and iron, defined on every recorded date;
    // the daily entry's fields) are fitted together: the work on the day column and the
    // outcome is done once for them (fitAr1RegressionsOnSameDays, bit for bit the same fits).
    const bool withEffects = parts == TableParts::CorrelationsAndEffects;
    const std::size_t lags = maxLag >= 0 ? std::size_t(maxLag) + 1 : 0;
    const std::size_t groups = exposures.size() * outcomeRows.size();
    std::vector<EffectRow> effectRows(withEffects ? groups * lags : 0);
    const std::size_t units = outcomeRows.size() * lags;
    std::atomic<std::size_t> nextUnit{0};
    const auto fitEffects = [&] {
        std::vector<EffectPairs> pairsOf(exposures.size());
        std::vector<double> dayColumn;
        std::vector<std::size_t> members;
        std::vector<std::span<const double>> xs;
        std::vector<bool> fitted;
        for (std::size_t u = nextUnit++; u < units; u = nextUnit++) {
            const std::size_t o = u / lags;
            const int lag = int(u % lags);
            for (std::size_t e = 0; e < exposures.size(); ++e)
                pairColumns<false>(exposures[e].values, exposures[e].days, outcomes[o], lag,
                                   fromDay, toDay, pairsOf[e]);
            fitted.assign(exposures.size(), false);
            for (std::size_t leader = 0; leader < exposures.size(); ++leader) {
                if (fitted[leader])
                    continue;
                const EffectPairs& lead = pairsOf[leader];
                members.clear();
                for (std::size_t e = leader; e < exposures.size(); ++e)
                    if (!fitted[e] && pairsOf[e].sameDays(lead)) {
                        members.push_back(e);
                        fitted[e] = true;
                    }
                const auto rowOf = [&](std::size_t e) -> EffectRow& {
                    EffectRow& effect =
                        effectRows[(e * outcomeRows.size() + o) * lags + std::size_t(lag)];
                    effect.exposure = exposures[e].variable->id;
                    effect.outcome = outcomeRows[o]->id;
                    effect.lagDays = lag;
                    effect.n = int(lead.count);
                    return effect;
                };
                if (int(lead.count) < kMinimumPairsForFinding) {
                    for (const std::size_t e : members)
                        rowOf(e).note = FigureNote::NotEnoughNights;
                    continue;
                }
                fillDayColumn(lead.dayList(), dayColumn);
                xs.clear();
                for (const std::size_t e : members)
                    xs.emplace_back(pairsOf[e].x.data(), lead.count);
                const auto fits = fitAr1RegressionsOnSameDays(
                    lead.dayList(), {lead.y.data(), lead.count}, dayColumn, xs);
                for (std::size_t m = 0; m < members.size(); ++m)
                    takeFit(rowOf(members[m]), fits[m]);
            }
        }
    };
    // The correlation rows, in table order (exposures x outcomes x lags), are taken from the
    // front by this thread and, once its effects are done, from the back by the other, so that
    // both cores finish together (the effects are the smaller part since they share their
    // work). A row is the same whichever thread computes it: the effective N is the same with
    // any thread's kept transforms (EffectiveSampleSizes), each thread keeping its own.
    const std::size_t rowCount = exposures.size() * outcomeRows.size() * lags;
    std::vector<CorrelationRow> rows(rowCount);
    std::mutex rowLock;
    std::size_t front = 0, back = rowCount;
    const auto takeRow = [&](bool fromFront) -> std::optional<std::size_t> {
        const std::lock_guard guard(rowLock);
        if (front >= back)
            return std::nullopt;
        return fromFront ? front++ : --back;
    };
    const auto correlateRows = [&](bool fromFront) {
        PairColumns pairs;
        EffectiveSampleSizes sizes;
        std::vector<std::uint32_t> counts;
        std::vector<double> rankOfCode, rankX, rankY;
        while (const auto r = takeRow(fromFront)) {
            const std::size_t e = *r / (outcomeRows.size() * lags);
            const std::size_t o = (*r / lags) % outcomeRows.size();
            const int lag = int(*r % lags);
            const ExposureColumns& exposure = exposures[e];
            pairColumns<true>(exposure.values, exposure.days, outcomes[o], lag, fromDay, toDay,
                              pairs);
            const FlatSeries& outcomeSeries = outcomes[o];
            const std::span<const int> days(pairs.days.data(), pairs.count);
            const std::span<const double> x(pairs.x.data(), pairs.count);
            const std::span<const double> y(pairs.y.data(), pairs.count);
            if (exposure.values.coded)
                midRanksByCode({pairs.codeX.data(), pairs.count}, exposure.values.distinct,
                               counts, rankOfCode, rankX);
            else
                rankX = midRanks(x);
            if (outcomeSeries.coded)
                midRanksByCode({pairs.codeY.data(), pairs.count}, outcomeSeries.distinct, counts,
                               rankOfCode, rankY);
            else
                rankY = midRanks(y);
            CorrelationRow& row = rows[*r];
            row.exposure = exposure.variable->id;
            row.outcome = outcomeRows[o]->id;
            row.lagDays = lag;
            row.stats = correlateRanked(x, y, rankX, rankY);
            // The exposure lagged by `lag` has the same value on a night in every row of this
            // exposure and lag; the outcome in every row of this outcome.
            correctCorrelation(row, days, x, y, transformSize, sizes,
                               int(e) * (maxLag + 1) + lag, int(o));
        }
    };

    std::future<void> effects;
    if (withEffects)
        effects = std::async(std::launch::async, [&] {
            fitEffects();
            correlateRows(false);
        });
    correlateRows(true);
    if (effects.valid()) {
        fitEffects();
        effects.get();
        table.m_effects = std::move(effectRows);
    }
    table.m_rows = std::move(rows);

    std::vector<std::optional<double>> p;
    p.reserve(table.m_rows.size());
    for (const CorrelationRow& row : table.m_rows)
        p.push_back(row.stats.pearsonP);
    const auto q = benjaminiHochberg(p);
    for (std::size_t i = 0; i < table.m_rows.size(); ++i)
        table.m_rows[i].qValue = q[i];

    p.clear();
    for (const EffectRow& effect : table.m_effects)
        p.push_back(effect.slopeP);
    const auto effectQ = benjaminiHochberg(p);
    for (std::size_t i = 0; i < table.m_effects.size(); ++i)
        table.m_effects[i].qValue = effectQ[i];
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

int CorrelationTable::testCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const CorrelationRow& row) { return row.stats.pearsonP; }));
}

std::string_view noteText(FigureNote note)
{
    switch (note) {
    case FigureNote::NotEnoughNights:
        return "not enough nights yet";
    case FigureNote::TooFewIndependentNights:
        return "too few independent nights";
    case FigureNote::NoVariation:
        return "no variation";
    case FigureNote::PhiAtBoundary:
        return "phi at the boundary";
    }
    return {};
}

} // namespace quietlegs
