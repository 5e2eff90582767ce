#pragma once

#include "quietlegs/analysis/CorrelationTable.h"
#include "quietlegs/analysis/JournalSeries.h"

#include <array>
#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace quietlegs {

/// The stretches of the journal Insights can analyse, in the order of its period box.
enum class InsightPeriod
{
    All,
    OneYear,
    SixMonths,
    TwelveWeeks
};

/// The correlation tables of one journal series for each InsightPeriod. The table asked for
/// is computed then (or taken from before); the other periods' tables are then computed ahead
/// on a worker thread, so switching the period only shows a finished table instead of
/// recomputing 72 correlations on the GUI thread (issue 7: Insights updates within a frame).
class PeriodCorrelations
{
public:
    struct Result
    {
        Date from;
        Date to;
        std::shared_ptr<const CorrelationTable> table;
    };

    explicit PeriodCorrelations(std::shared_ptr<const JournalSeries> series);
    /// Waits for the worker, which only reads the series it shares.
    ~PeriodCorrelations();
    PeriodCorrelations(const PeriodCorrelations&) = delete;
    PeriodCorrelations& operator=(const PeriodCorrelations&) = delete;

    /// The nights a period covers: from its start (never before the first night) to the last
    /// night. None when the series has no nights.
    static std::optional<std::pair<Date, Date>> range(const JournalSeries& series,
                                                      InsightPeriod period);

    /// The period's table; none when the series has no nights.
    std::optional<Result> table(InsightPeriod period);

private:
    static constexpr std::size_t kPeriods = 4;
    using Ahead = std::vector<std::pair<std::size_t, Result>>;

    std::optional<Result> coveringSameNights(std::pair<Date, Date> dates) const;
    void computeAhead();
    void collectAhead();

    std::shared_ptr<const JournalSeries> m_series;
    std::array<std::optional<Result>, kPeriods> m_tables;
    std::future<Ahead> m_ahead;
    bool m_aheadStarted = false;
};

} // namespace quietlegs
