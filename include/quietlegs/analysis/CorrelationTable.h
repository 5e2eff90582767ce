#pragma once

#include "quietlegs/analysis/Correlation.h"
#include "quietlegs/analysis/JournalSeries.h"

#include <optional>
#include <vector>

namespace quietlegs {

/// Below this many pairs a correlation is shown as "not enough nights yet" (statistics-v1.md
/// "Saying it honestly").
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
/// by night date. The exposure date may lie before `from`. For the scatter plot.
std::vector<LaggedPair> laggedPairs(const JournalSeries& series, Exposure exposure, Outcome outcome,
                                    int lagDays, Date from, Date to);

/// One row of the correlation table: an exposure at a lag against an outcome.
struct CorrelationRow
{
    Exposure exposure = Exposure::MagnesiumMg;
    Outcome outcome = Outcome::IrlsTotal;
    int lagDays = 0;
    Correlation stats;
    std::optional<double> qValue; // Benjamini-Hochberg over the table's defined pearson_p

    /// Fewer than 14 pairs: show "not enough nights yet" instead of a number.
    bool tooFewNights() const { return stats.n < kMinimumPairsForFinding; }
};

/// Every exposure x outcome x lag correlation of a period, with BH q values across the table.
class CorrelationTable
{
public:
    CorrelationTable() = default;
    /// Rows in the order exposures x outcomes x lags (0..maxLag), rows with n = 0 included.
    static CorrelationTable compute(const JournalSeries& series, Date from, Date to,
                                    int maxLag = kDefaultMaxLag);

    const std::vector<CorrelationRow>& rows() const { return m_rows; }
    int maxLag() const { return m_maxLag; }
    /// The row with the smallest q among rows with at least 14 pairs (ties: larger |r|, then
    /// table order); none when no such row has a q.
    std::optional<CorrelationRow> strongestFinding() const;

private:
    std::vector<CorrelationRow> m_rows;
    int m_maxLag = kDefaultMaxLag;
};

} // namespace quietlegs
