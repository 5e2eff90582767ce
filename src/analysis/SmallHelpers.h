#pragma once
// Small helpers several analysis files share (one definition, so the files can also be
// compiled together in a unity build).

#include <optional>
#include <string>

namespace quietlegs::analysis_detail {

/// The mean of `count` values summing to `sum`; none when there are no values.
inline std::optional<double> meanOf(double sum, int count)
{
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

/// "1 night", "3 nights".
inline std::string nights(int n)
{
    return std::to_string(n) + (n == 1 ? " night" : " nights");
}

/// The text with its first letter in upper case (ASCII: the analysis layer's sentences).
inline std::string capitalized(std::string text)
{
    if (!text.empty() && text.front() >= 'a' && text.front() <= 'z')
        text.front() = char(text.front() - 'a' + 'A');
    return text;
}

} // namespace quietlegs::analysis_detail
