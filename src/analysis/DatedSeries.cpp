#include "quietlegs/analysis/DatedSeries.h"

namespace quietlegs {

std::optional<double> DatedSeries::at(Date date) const
{
    const auto found = m_values.find(date);
    if (found == m_values.end())
        return std::nullopt;
    return found->second;
}

} // namespace quietlegs
