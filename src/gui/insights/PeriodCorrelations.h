#pragma once

#include "quietlegs/analysis/CorrelationTable.h"
#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/PrimaryQuestion.h"

#include <array>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
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

/// The correlation tables and the primary question's answers of one journal series for each
/// InsightPeriod. The table asked for is computed then (or taken from before); a worker thread
/// meanwhile answers the primary question (one AR(1) fit per period, the asked period's first)
/// and then computes the other periods' tables ahead, so switching the period only shows a
/// finished table instead of recomputing 72 correlations on the GUI thread (issue 7: Insights
/// updates within a frame), and no fit of a long journal holds up the window.
class PeriodCorrelations
{
public:
    /// Called on the worker thread each time it has answered the primary question for a
    /// period: the owner looks again on its own thread (a queued call).
    using Answered = std::function<void()>;

    struct Result
    {
        Date from;
        Date to;
        std::shared_ptr<const CorrelationTable> table;
    };

    explicit PeriodCorrelations(std::shared_ptr<const JournalSeries> series,
                                PrimaryQuestion question = {}, Answered answered = {});
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
    /// The primary question's answer over the period's nights, once the worker has it (the
    /// worker starts with the first table()); none before, or when the series has no nights.
    std::optional<PrimaryEffect> primary(InsightPeriod period) const;

private:
    /// What the worker has answered so far, by the nights answered over.
    struct Answers
    {
        mutable std::mutex mutex;
        std::vector<std::pair<std::pair<Date, Date>, PrimaryEffect>> byNights;
    };

    static constexpr std::size_t kPeriods = 4;
    using Ahead = std::vector<std::pair<std::size_t, Result>>;

    std::optional<Result> coveringSameNights(std::pair<Date, Date> dates) const;
    /// Starts the worker: the primary question for every period (`asked`'s first), then the
    /// tables not known yet, except `asked`'s, which the caller computes meanwhile.
    void computeAhead(InsightPeriod asked);
    void collectAhead();

    std::shared_ptr<const JournalSeries> m_series;
    PrimaryQuestion m_question;
    Answered m_answered;
    std::shared_ptr<Answers> m_answers = std::make_shared<Answers>();
    std::array<std::optional<Result>, kPeriods> m_tables;
    std::future<Ahead> m_ahead;
    bool m_aheadStarted = false;
};

} // namespace quietlegs
