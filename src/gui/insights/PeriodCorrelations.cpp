#include "PeriodCorrelations.h"

#include <algorithm>

namespace quietlegs {
namespace {

constexpr std::array kAllPeriods{InsightPeriod::All, InsightPeriod::OneYear,
                                 InsightPeriod::SixMonths, InsightPeriod::TwelveWeeks};

PeriodCorrelations::Result computeTable(const JournalSeries& series, Date from, Date to)
{
    return {from, to,
            std::make_shared<const CorrelationTable>(CorrelationTable::compute(series, from, to))};
}

} // namespace

PeriodCorrelations::PeriodCorrelations(std::shared_ptr<const JournalSeries> series,
                                       PrimaryQuestion question, Answered answered)
    : m_series(std::move(series)), m_question(std::move(question)), m_answered(std::move(answered))
{}

PeriodCorrelations::~PeriodCorrelations()
{
    if (m_ahead.valid())
        m_ahead.wait();
}

std::optional<std::pair<Date, Date>> PeriodCorrelations::range(const JournalSeries& series,
                                                               InsightPeriod period)
{
    const auto first = series.firstDate();
    const auto last = series.lastDate();
    if (!first || !last)
        return std::nullopt;
    RecentPeriod recent = RecentPeriod::All;
    switch (period) {
    case InsightPeriod::All:
        break;
    case InsightPeriod::OneYear:
        recent = RecentPeriod::OneYear;
        break;
    case InsightPeriod::SixMonths:
        recent = RecentPeriod::SixMonths;
        break;
    case InsightPeriod::TwelveWeeks:
        recent = RecentPeriod::TwelveWeeks;
        break;
    }
    return std::pair{recentPeriodStart(recent, *first, *last), *last};
}

std::optional<PeriodCorrelations::Result> PeriodCorrelations::table(InsightPeriod period)
{
    const auto index = std::size_t(period);
    if (!m_tables[index] && m_ahead.valid())
        collectAhead();
    // The worker first, so that the primary question is answered while this thread computes
    // the table.
    computeAhead(period);
    if (!m_tables[index]) {
        const auto dates = range(*m_series, period);
        if (!dates)
            return std::nullopt;
        m_tables[index] = coveringSameNights(*dates);
        if (!m_tables[index])
            m_tables[index] = computeTable(*m_series, dates->first, dates->second);
    }
    return m_tables[index];
}

std::optional<PrimaryEffect> PeriodCorrelations::primary(InsightPeriod period) const
{
    const auto dates = range(*m_series, period);
    if (!dates)
        return std::nullopt;
    const std::lock_guard lock(m_answers->mutex);
    for (const auto& [nights, answer] : m_answers->byNights)
        if (nights == *dates)
            return answer;
    return std::nullopt;
}

std::optional<PeriodCorrelations::Result>
PeriodCorrelations::coveringSameNights(std::pair<Date, Date> dates) const
{
    for (const auto& known : m_tables)
        if (known && known->from == dates.first && known->to == dates.second)
            return known;
    return std::nullopt;
}

void PeriodCorrelations::computeAhead(InsightPeriod asked)
{
    if (m_aheadStarted)
        return;
    m_aheadStarted = true;
    // The asked period's nights first: that answer is on screen now.
    std::vector<std::pair<Date, Date>> questions;
    for (const InsightPeriod period : kAllPeriods) {
        const auto dates = range(*m_series, period);
        if (dates && std::find(questions.begin(), questions.end(), *dates) == questions.end())
            questions.insert(period == asked ? questions.begin() : questions.end(), *dates);
    }
    const auto askedDates = range(*m_series, asked);
    std::vector<std::pair<std::size_t, std::pair<Date, Date>>> wanted;
    for (const InsightPeriod period : kAllPeriods) {
        const auto index = std::size_t(period);
        const auto dates = range(*m_series, period);
        // The asked period's nights are the caller's to compute.
        if (m_tables[index] || !dates || dates == askedDates)
            continue;
        // A journal shorter than a period gives the same nights as a longer one: one table.
        if (auto same = coveringSameNights(*dates)) {
            m_tables[index] = std::move(same);
            continue;
        }
        if (std::none_of(wanted.begin(), wanted.end(),
                         [&](const auto& other) { return other.second == *dates; }))
            wanted.emplace_back(index, *dates);
    }
    if (wanted.empty() && questions.empty())
        return;
    m_ahead = std::async(std::launch::async, [series = m_series, wanted, questions,
                                              question = m_question, answers = m_answers,
                                              answered = m_answered] {
        for (const auto& [from, to] : questions) {
            PrimaryEffect answer = answerPrimaryQuestion(*series, question, from, to);
            {
                const std::lock_guard lock(answers->mutex);
                answers->byNights.emplace_back(std::pair{from, to}, std::move(answer));
            }
            if (answered)
                answered();
        }
        Ahead ahead;
        for (const auto& [index, dates] : wanted)
            ahead.emplace_back(index, computeTable(*series, dates.first, dates.second));
        return ahead;
    });
}

void PeriodCorrelations::collectAhead()
{
    for (auto& [index, result] : m_ahead.get())
        m_tables[index] = std::move(result);
    for (const InsightPeriod period : kAllPeriods) {
        auto& table = m_tables[std::size_t(period)];
        if (const auto dates = range(*m_series, period); !table && dates)
            table = coveringSameNights(*dates);
    }
}

} // namespace quietlegs
