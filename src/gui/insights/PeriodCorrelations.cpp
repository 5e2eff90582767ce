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

PeriodCorrelations::PeriodCorrelations(std::shared_ptr<const JournalSeries> series)
    : m_series(std::move(series))
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
    if (!m_tables[index]) {
        const auto dates = range(*m_series, period);
        if (!dates)
            return std::nullopt;
        m_tables[index] = computeTable(*m_series, dates->first, dates->second);
    }
    computeAhead();
    return m_tables[index];
}

std::optional<PeriodCorrelations::Result>
PeriodCorrelations::coveringSameNights(std::pair<Date, Date> dates) const
{
    for (const auto& known : m_tables)
        if (known && known->from == dates.first && known->to == dates.second)
            return known;
    return std::nullopt;
}

void PeriodCorrelations::computeAhead()
{
    if (m_aheadStarted)
        return;
    m_aheadStarted = true;
    std::vector<std::pair<std::size_t, std::pair<Date, Date>>> wanted;
    for (const InsightPeriod period : kAllPeriods) {
        const auto index = std::size_t(period);
        const auto dates = range(*m_series, period);
        if (m_tables[index] || !dates)
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
    if (wanted.empty())
        return;
    m_ahead = std::async(std::launch::async, [series = m_series, wanted] {
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
