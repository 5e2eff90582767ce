#pragma once

#include <optional>
#include <span>
#include <vector>

namespace quietlegs {

/// Benjamini-Hochberg adjusted p-values (false discovery rate q), exactly R's
/// `p.adjust(p, "BH")` over the defined entries; undefined entries stay undefined and are
/// not counted in m.
std::vector<std::optional<double>> benjaminiHochberg(std::span<const std::optional<double>> p);

} // namespace quietlegs
