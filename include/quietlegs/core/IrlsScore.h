#pragma once

#include "quietlegs/core/Result.h"

#include <array>
#include <string_view>
#include <vector>

namespace quietlegs {

/// Severity band of an IRLS-style total (domain.md): 0 none, 1-10 mild, 11-20 moderate,
/// 21-30 severe, 31-40 very severe.
enum class IrlsBand { None, Mild, Moderate, Severe, VerySevere };

std::string_view irlsBandName(IrlsBand band);
/// The band as interchange-v2.md writes it: none, mild, moderate, severe, very_severe.
std::string_view irlsBandId(IrlsBand band);
IrlsBand irlsBandOf(int total);

inline constexpr int kIrlsItemCount = 10;
inline constexpr int kIrlsItemMax = 4;

/// Our own short paraphrased labels for the ten IRLS areas; never the licensed item text.
std::string_view irlsAreaLabel(int index);
/// Our own paraphrased meaning of a score of 0 and of 4 in each area (so that no area is
/// scored backwards: in "Relief from moving" 0 is complete relief); never the licensed text.
std::string_view irlsAreaLowAnchor(int index);
std::string_view irlsAreaHighAnchor(int index);

/// The ten IRLS-style item scores (each 0..4) of one night.
class IrlsScore
{
public:
    static Result<IrlsScore> fromItems(const std::vector<int>& items);

    const std::array<int, kIrlsItemCount>& items() const { return m_items; }
    int total() const;
    IrlsBand band() const { return irlsBandOf(total()); }

    friend bool operator==(const IrlsScore&, const IrlsScore&) = default;

private:
    explicit IrlsScore(const std::array<int, kIrlsItemCount>& items) : m_items(items) {}
    std::array<int, kIrlsItemCount> m_items{};
};

} // namespace quietlegs
