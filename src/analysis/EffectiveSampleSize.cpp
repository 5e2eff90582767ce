#include "quietlegs/analysis/EffectiveSampleSize.h"

#include "quietlegs/analysis/Correlation.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <fftw3.h>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string_view>

namespace quietlegs {
namespace {

// R's acf with na.pass sums, for each lag k, the products of the demeaned series over the
// pairs (i, i + k) both defined, and counts those pairs. With the missing days set to 0 (and a
// 0/1 mask beside), both are autocorrelations of a zero-filled series, which one FFT each
// gives for every lag at once: O(size log size) instead of O(size x lags), which was most of
// `stats` on a ten-year journal (issue 19, "Speed").

/// FFTW's planner is not thread-safe (its plans are: fftw_execute_dft_* may run concurrently),
/// and the Insights table is computed on a worker thread; plans are made once per transform
/// size, under this lock, and kept for the life of the process.
struct Plans
{
    fftw_plan forward = nullptr;  // real -> half-complex spectrum
    fftw_plan backward = nullptr; // half-complex spectrum -> real
};

std::mutex& planLock()
{
    static std::mutex lock;
    return lock;
}

struct FftwFree
{
    void operator()(void* memory) const { fftw_free(memory); }
};
using RealBuffer = std::unique_ptr<double[], FftwFree>;
using SpectrumBuffer = std::unique_ptr<fftw_complex[], FftwFree>;

RealBuffer realBuffer(std::size_t size)
{
    auto* memory = static_cast<double*>(fftw_malloc(sizeof(double) * size));
    if (!memory)
        throw std::bad_alloc();
    return RealBuffer(memory);
}

SpectrumBuffer spectrumBuffer(std::size_t size)
{
    auto* memory = static_cast<fftw_complex*>(fftw_malloc(sizeof(fftw_complex) * size));
    if (!memory)
        throw std::bad_alloc();
    return SpectrumBuffer(memory);
}

/// The smallest 2^a 3^b 5^c 7^d >= size: FFTW is fastest on these.
int transformSize(int size)
{
    for (int candidate = std::max(size, 1);; ++candidate) {
        int rest = candidate;
        for (int factor : {2, 3, 5, 7})
            while (rest % factor == 0)
                rest /= factor;
        if (rest == 1)
            return candidate;
    }
}

Plans plansFor(int size)
{
    static std::map<int, Plans> cache;
    const std::lock_guard guard(planLock());
    auto found = cache.find(size);
    if (found != cache.end())
        return found->second;
    // Planning with FFTW_ESTIMATE neither measures nor touches the buffers' contents; the plans
    // then run on any buffers from fftw_malloc (same alignment) through fftw_execute_dft_*.
    RealBuffer real = realBuffer(std::size_t(size));
    SpectrumBuffer spectrum = spectrumBuffer(std::size_t(size) / 2 + 1);
    Plans plans;
    plans.forward = fftw_plan_dft_r2c_1d(size, real.get(), spectrum.get(), FFTW_ESTIMATE);
    plans.backward = fftw_plan_dft_c2r_1d(size, spectrum.get(), real.get(), FFTW_ESTIMATE);
    if (!plans.forward || !plans.backward)
        throw std::runtime_error("FFTW could not plan a transform of size " + std::to_string(size));
    cache.emplace(size, plans);
    return plans;
}

/// The transform size for sums up to maxLag over a series of `length` days: padded so that no
/// product wraps around.
int productsSize(std::size_t length, int maxLag)
{
    return transformSize(int(length) + maxLag + 1);
}

/// Lagged sums of products of a zero-filled series with itself, sum_i v[i] v[i + k] for
/// k = 0..maxLag, by FFT, on a transform of productsSize(length, maxLag).
class LaggedProducts
{
public:
    explicit LaggedProducts(int size)
        : m_size(size), m_plans(plansFor(m_size)), m_real(realBuffer(std::size_t(m_size))),
          m_spectrum(spectrumBuffer(std::size_t(m_size) / 2 + 1))
    {}

    /// sums() of a series that is zero except at the positions `at` of mask number `mask`,
    /// where it is value(i) at at[i]. The input keeps its own buffer, which the forward
    /// transform leaves as it was (FFTW preserves an out-of-place real input) and the backward
    /// one does not write to: a series on the mask of the one before it only overwrites its
    /// values, and another mask clears only the positions set before (issue 19). The same
    /// transforms of the same values: the same sums.
    template <typename Value>
    std::vector<double> sumsAt(int mask, const std::vector<int>& at, Value value, int maxLag)
    {
        if (!m_input) {
            m_input = realBuffer(std::size_t(m_size));
            std::fill(m_input.get(), m_input.get() + m_size, 0.0);
            m_inputMask = -1;
        }
        if (mask != m_inputMask) {
            for (const int position : m_inputPositions)
                m_input[std::size_t(position)] = 0.0;
            m_inputPositions = at;
            m_inputMask = mask;
        }
        for (std::size_t i = 0; i < at.size(); ++i)
            m_input[std::size_t(at[i])] = value(i);
        return transform(m_input.get(), maxLag);
    }

    /// sums[k], k = 0..maxLag, for the values written by `fill` into a zeroed buffer of the
    /// transform's size.
    template <typename Fill> std::vector<double> sums(Fill fill, int maxLag)
    {
        std::fill(m_real.get(), m_real.get() + m_size, 0.0);
        fill(m_real.get());
        return transform(m_real.get(), maxLag);
    }

private:
    /// The lag sums of `input` (left as it is), through m_spectrum into m_real.
    std::vector<double> transform(double* input, int maxLag)
    {
        fftw_execute_dft_r2c(m_plans.forward, input, m_spectrum.get());
        const std::size_t bins = std::size_t(m_size) / 2 + 1;
        for (std::size_t b = 0; b < bins; ++b) {
            const double re = m_spectrum[b][0], im = m_spectrum[b][1];
            m_spectrum[b][0] = re * re + im * im;
            m_spectrum[b][1] = 0.0;
        }
        fftw_execute_dft_c2r(m_plans.backward, m_spectrum.get(), m_real.get());
        std::vector<double> result(std::size_t(maxLag) + 1);
        for (int k = 0; k <= maxLag; ++k)
            result[std::size_t(k)] = m_real[std::size_t(k)] / m_size; // FFTW leaves out 1/size
        return result;
    }

    int m_size;
    Plans m_plans;
    RealBuffer m_real;
    SpectrumBuffer m_spectrum;
    RealBuffer m_input;                // sumsAt(): zero but at m_inputPositions
    std::vector<int> m_inputPositions; // of mask m_inputMask
    int m_inputMask = -1;
};

/// The autocorrelations from the lag sums of the demeaned series (`defined` values) and the
/// pair counts per lag of its mask. Empty when the values do not vary.
std::vector<double> fromLagSums(const std::vector<double>& sums, int defined,
                                const std::vector<double>& pairs)
{
    // R's acf0: the lag-k mean product divides by (pairs + k); lag 0 by the defined values.
    const double variance = sums[0] / defined;
    if (!(variance > 0))
        return {};
    std::vector<double> result(sums.size(), 0.0);
    result[0] = 1.0;
    for (std::size_t k = 1; k < sums.size(); ++k) {
        const double count = std::round(pairs[k]);
        if (count < 0.5)
            continue; // R: NA; statistics-v2.md counts it as 0
        result[k] = std::clamp(sums[k] / (count + double(k)) / variance, -1.0, 1.0);
    }
    return result;
}

/// The na.pass autocorrelations up to maxLag of one series, counting day i only where
/// `counted(i)`, given the pair counts per lag of that mask. Empty when the defined values do
/// not vary.
template <typename Counted>
std::vector<double> autocorrelations(std::span<const std::optional<double>> series, Counted counted,
                                     const std::vector<double>& pairs, LaggedProducts& products,
                                     int maxLag)
{
    double sum = 0;
    int defined = 0;
    for (std::size_t i = 0; i < series.size(); ++i)
        if (series[i] && counted(i)) {
            sum += *series[i];
            ++defined;
        }
    if (defined == 0)
        return {};
    const double mean = sum / defined;
    const std::vector<double> sums = products.sums(
        [&](double* values) {
            for (std::size_t i = 0; i < series.size(); ++i)
                if (series[i] && counted(i))
                    values[i] = *series[i] - mean;
        },
        maxLag);
    return fromLagSums(sums, defined, pairs);
}

/// autocorrelations() of a series given only where counted: `values[i]` at grid position
/// `at[i]` (ascending). The same sums in the same order, without walking the grid.
std::vector<double> autocorrelationsAt(int mask, const std::vector<int>& at,
                                       std::span<const double> values,
                                       const std::vector<double>& pairs, LaggedProducts& products,
                                       int maxLag)
{
    double sum = 0;
    int defined = 0;
    for (const double value : values) {
        sum += value;
        ++defined;
    }
    if (defined == 0)
        return {};
    const double mean = sum / defined;
    const std::vector<double> sums = products.sumsAt(
        mask, at, [&](std::size_t i) { return values[i] - mean; }, maxLag);
    return fromLagSums(sums, defined, pairs);
}

template <typename Counted>
std::vector<double> pairCounts(std::size_t length, Counted counted, LaggedProducts& products,
                               int maxLag)
{
    return products.sums(
        [&](double* values) {
            for (std::size_t i = 0; i < length; ++i)
                if (counted(i))
                    values[i] = 1.0;
        },
        maxLag);
}

/// Section 1's formula from the autocorrelations of x and y over n pairs.
std::optional<double> fromAutocorrelations(const std::vector<double>& rhoX,
                                           const std::vector<double>& rhoY, int n, int maxLag)
{
    if (rhoX.empty() || rhoY.empty())
        return std::nullopt;
    const double nn = n;
    double sum = 0;
    for (int j = 1; j <= maxLag; ++j)
        sum += (nn - j) / nn * rhoX[std::size_t(j)] * rhoY[std::size_t(j)];
    if (!(sum > 0))
        return nn; // 1 / n_eff <= 1 / n: no fewer independent pairs than pairs
    return 1.0 / (1.0 / nn + 2.0 / nn * sum);
}

} // namespace

std::vector<double> naPassAutocorrelations(std::span<const std::optional<double>> series,
                                           int maxLag)
{
    if (series.empty())
        return {};
    maxLag = std::clamp(maxLag, 0, int(series.size()) - 1);
    LaggedProducts products(productsSize(series.size(), maxLag));
    const auto defined = [&](std::size_t i) { return series[i].has_value(); };
    const std::vector<double> pairs = pairCounts(series.size(), defined, products, maxLag);
    return autocorrelations(series, defined, pairs, products, maxLag);
}

std::optional<double> effectiveSampleSize(std::span<const std::optional<double>> x,
                                          std::span<const std::optional<double>> y)
{
    if (x.size() != y.size())
        throw std::logic_error("effectiveSampleSize: series of different lengths");
    // A day counts only when both are defined: the mask of the pair.
    std::vector<unsigned char> mask(x.size(), 0);
    int n = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i] && y[i]) {
            mask[i] = 1;
            ++n;
        }
    if (n < kMinimumInferencePairs)
        return std::nullopt;
    const int maxLag = std::min(n / 5, int(x.size()) - 1);
    LaggedProducts products(productsSize(x.size(), maxLag));
    const auto counted = [&](std::size_t i) { return mask[i] != 0; };
    const std::vector<double> pairs = pairCounts(x.size(), counted, products, maxLag);
    const std::vector<double> rhoX = autocorrelations(x, counted, pairs, products, maxLag);
    const std::vector<double> rhoY = autocorrelations(y, counted, pairs, products, maxLag);
    return fromAutocorrelations(rhoX, rhoY, n, maxLag);
}

/// One mask seen by EffectiveSampleSizes, with what was computed on it: its set days as grid
/// positions, on a grid of `size` days from day `first`.
struct MaskedSums
{
    std::vector<int> at;
    int first = 0;
    std::size_t size = 0;
    std::size_t hash = 0;
    std::vector<double> pairs;
    std::vector<std::pair<int, std::vector<double>>> xRho, yRho; // by key
};

struct EffectiveSampleSizes::State
{
    std::vector<MaskedSums> masks;
    std::map<int, std::unique_ptr<LaggedProducts>> products; // by transform size
    std::vector<int> at;                                     // scratch of computePairs()
    std::vector<double> xs, ys;                              // scratch of compute()

    LaggedProducts& productsOf(int size)
    {
        std::unique_ptr<LaggedProducts>& found = products[size];
        if (!found)
            found = std::make_unique<LaggedProducts>(size);
        return *found;
    }

    /// The steps of effectiveSampleSize() over the pairs at grid positions `at` of a grid of
    /// `size` days from `first`, each looked up before it is computed.
    std::optional<double> compute(int first, std::size_t size, std::span<const double> x,
                                  std::span<const double> y, int xKey, int yKey)
    {
        const int n = int(at.size());
        if (n < kMinimumInferencePairs)
            return std::nullopt;
        const int maxLag = std::min(n / 5, int(size) - 1);
        // A cheap hash (the masks of a table are few); equal masks are then compared whole.
        const std::size_t hash = std::hash<std::string_view>()(std::string_view(
            reinterpret_cast<const char*>(at.data() + at.size() / 2), sizeof(int)));
        MaskedSums* entry = nullptr;
        for (MaskedSums& seen : masks)
            if (seen.hash == hash && seen.first == first && seen.size == size && seen.at == at) {
                entry = &seen;
                break;
            }
        LaggedProducts& products = productsOf(productsSize(size, maxLag));
        if (!entry) {
            MaskedSums fresh;
            fresh.at = at;
            fresh.first = first;
            fresh.size = size;
            fresh.hash = hash;
            fresh.pairs = products.sumsAt(
                int(masks.size()), fresh.at, [](std::size_t) { return 1.0; }, maxLag);
            masks.push_back(std::move(fresh));
            entry = &masks.back();
        }
        const int mask = int(entry - masks.data());
        const std::vector<double>& rhoX =
            rhoOf(mask, *entry, entry->xRho, xKey, x, products, maxLag);
        const std::vector<double>& rhoY =
            rhoOf(mask, *entry, entry->yRho, yKey, y, products, maxLag);
        return fromAutocorrelations(rhoX, rhoY, n, maxLag);
    }

    /// The autocorrelations of the series named `key` on `mask`, computed once.
    static const std::vector<double>& rhoOf(int maskNumber, const MaskedSums& mask,
                                            std::vector<std::pair<int, std::vector<double>>>& known,
                                            int key, std::span<const double> values,
                                            LaggedProducts& products, int maxLag)
    {
        for (const auto& [seenKey, rho] : known)
            if (seenKey == key)
                return rho;
        known.emplace_back(
            key, autocorrelationsAt(maskNumber, mask.at, values, mask.pairs, products, maxLag));
        return known.back().second;
    }
};

EffectiveSampleSizes::EffectiveSampleSizes() : m_state(std::make_unique<State>())
{}
EffectiveSampleSizes::~EffectiveSampleSizes() = default;

std::optional<double> EffectiveSampleSizes::compute(std::span<const std::optional<double>> x,
                                                    std::span<const std::optional<double>> y,
                                                    int xKey, int yKey)
{
    if (x.size() != y.size())
        throw std::logic_error("effectiveSampleSize: series of different lengths");
    // A day counts only when both are defined: the mask of the pair.
    State& state = *m_state;
    state.at.clear();
    state.xs.clear();
    state.ys.clear();
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i] && y[i]) {
            state.at.push_back(int(i));
            state.xs.push_back(*x[i]);
            state.ys.push_back(*y[i]);
        }
    return state.compute(0, x.size(), state.xs, state.ys, xKey, yKey);
}

std::optional<double> EffectiveSampleSizes::computePairs(std::span<const int> days,
                                                         std::span<const double> x,
                                                         std::span<const double> y,
                                                         std::size_t gridSize, int xKey, int yKey)
{
    if (x.size() != days.size() || y.size() != days.size())
        throw std::logic_error("effectiveSampleSize: series of different lengths");
    State& state = *m_state;
    state.at.clear();
    if (days.empty())
        return std::nullopt;
    if (gridSize < std::size_t(days.back() - days.front() + 1))
        throw std::logic_error("effectiveSampleSize: a grid shorter than its pairs");
    for (const int day : days)
        state.at.push_back(day - days.front());
    return state.compute(days.front(), gridSize, x, y, xKey, yKey);
}

CorrectedCorrelationInference correctedCorrelationInference(std::optional<double> r, int n,
                                                            std::optional<double> nEff)
{
    if (!r || !nEff || n < kMinimumInferencePairs || !(*nEff > 3.0))
        return {};
    CorrectedCorrelationInference inference;
    const double df = *nEff - 2.0;
    if (std::abs(*r) >= 1.0) {
        inference.p = 0.0;
        inference.ci95 = Interval{*r, *r};
        return inference;
    }
    const double t = *r * std::sqrt(df / ((1.0 - *r) * (1.0 + *r)));
    inference.p = twoSidedStudentP(t, df);
    const double z = std::atanh(*r);
    const double halfWidth =
        boost::math::quantile(boost::math::normal(), 0.975) / std::sqrt(*nEff - 3.0);
    inference.ci95 = Interval{std::tanh(z - halfWidth), std::tanh(z + halfWidth)};
    return inference;
}

} // namespace quietlegs
