#pragma once

#include "quietlegs/analysis/Correlation.h"
#include "quietlegs/analysis/FigureNote.h"
#include "quietlegs/analysis/JournalSeries.h"

#include <optional>
#include <string>
#include <vector>

namespace quietlegs {

/// Below this many pairs a correlation is shown as "not enough nights yet" and no inference
/// (n_eff, corrected p, effects, q) is made (statistics-v2.md "Vocabulary").
inline constexpr int kMinimumPairsForFinding = 14;
inline constexpr int kDefaultMaxLag = 3;

/// One exposure, taken k days before the night, paired with the night's outcome.
struct LaggedPair
{
    Date exposureDate; // t - k
    Date nightDate;    // t
    double exposure = 0;
    double outcome = 0;
};

/// The pairs (e(t - k), o(t)) for every night date t in [from, to] where both are defined,
/// by night date. The exposure date may lie before `from`. For the scatter plot and the fits.
std::vector<LaggedPair> laggedPairs(const JournalSeries& series, Exposure exposure, Outcome outcome,
                                    int lagDays, Date from, Date to);
/// The same for catalogue ids (no pairs for an id the journal has no series of).
std::vector<LaggedPair> laggedPairs(const JournalSeries& series, const RelationKey& key, Date from,
                                    Date to);

/// One row of the correlation table (statistics-v2.md section 1): an exposure at a lag against
/// an outcome, descriptive r and rho with inference corrected for autocorrelation.
struct CorrelationRow
{
    std::string exposure; // catalogue id ("magnesium_mg", "med:pramipexole", "factor:...")
    std::string outcome;  // catalogue id
    int lagDays = 0;
    /// n, pearsonR and spearmanRho as v1 (from n = 4 for r). pearsonP, spearmanP and
    /// pearsonCi95 are the CORRECTED figures of section 1 (t on n_eff - 2 df, z interval with
    /// sqrt(n_eff - 3)): null below 14 pairs and when n_eff <= 3.
    Correlation stats;
    std::optional<double> nEff;   // Pyper-Peterman effective number of pairs, n >= 14
    std::optional<double> naiveP; // v1's p on n - 2 df, kept so the correction is visible
    std::optional<double> qValue; // Benjamini-Hochberg over the table's corrected pearson_p
    std::optional<FigureNote> note;

    RelationKey key() const { return {exposure, outcome, lagDays}; }
    /// Fewer than 14 pairs: show "not enough nights yet" instead of a number.
    bool tooFewNights() const { return stats.n < kMinimumPairsForFinding; }
};

/// One row of the effects table (statistics-v2.md section 2): the AR(1) regression
/// y ~ x + day on the pair's daily grid, in the outcome's units per 1 unit of exposure.
struct EffectRow
{
    std::string exposure; // catalogue id
    std::string outcome;  // catalogue id
    int lagDays = 0;
    int n = 0;                           // complete pairs
    std::optional<double> slope;         // outcome units per exposure unit
    std::optional<double> slopeSe;       //
    std::optional<Interval> slopeCi95;   // slope +/- qt(0.975, n - 3) se
    std::optional<double> slopeP;        // two-sided, n - 3 df
    std::optional<double> trendPerDay;   // the fitted linear time trend
    std::optional<double> phi;           // AR(1) day-to-day correlation of the errors
    std::optional<double> qValue;        // BH over the effect rows' slope_p
    std::optional<FigureNote> note;

    RelationKey key() const { return {exposure, outcome, lagDays}; }
};

/// Fits the effect of one relation over the nights [from, to] (the whole table uses the same
/// fit; the primary question calls it for its own relation). qValue is left empty.
EffectRow fitEffect(const JournalSeries& series, const RelationKey& key, Date from, Date to);

/// What CorrelationTable::compute fills in.
enum class TableParts
{
    CorrelationsAndEffects,
    CorrelationsOnly // r, rho, n_eff, corrected p and q; no AR(1) fits (cheaper, for previews)
};

/// Every exposure x outcome x lag correlation and effect of a period, with q values across
/// each table. Rows are the series' catalogue (JournalSeries::catalogue()) in its order:
/// exposures x outcomes x lags 0..maxLag. v1's six exposures and three outcomes are always
/// there (n may be 0); a med:, factor:, onset or awakenings row only when the journal holds
/// data for it (docs/statistics.md "Which rows the tables have").
class CorrelationTable
{
public:
    CorrelationTable() = default;
    static CorrelationTable compute(const JournalSeries& series, Date from, Date to,
                                    int maxLag = kDefaultMaxLag,
                                    TableParts parts = TableParts::CorrelationsAndEffects);

    const std::vector<CorrelationRow>& rows() const { return m_rows; }
    /// One per row of rows(), in the same order; empty with TableParts::CorrelationsOnly.
    const std::vector<EffectRow>& effects() const { return m_effects; }
    int maxLag() const { return m_maxLag; }
    /// The row with the smallest q among rows with at least 14 pairs (ties: larger |r|, then
    /// table order); none when no such row has a q. Exploratory: the largest of testCount().
    std::optional<CorrelationRow> strongestFinding() const;
    /// How many rows have a corrected p (the N of "the largest of N tests").
    int testCount() const;

private:
    std::vector<CorrelationRow> m_rows;
    std::vector<EffectRow> m_effects;
    int m_maxLag = kDefaultMaxLag;
};

} // namespace quietlegs
