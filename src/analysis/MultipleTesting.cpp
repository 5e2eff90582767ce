#include "quietlegs/analysis/MultipleTesting.h"

#include <algorithm>
#include <numeric>

namespace quietlegs {

std::vector<std::optional<double>> benjaminiHochberg(std::span<const std::optional<double>> p)
{
    std::vector<std::size_t> defined;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (p[i])
            defined.push_back(i);
    std::vector<std::optional<double>> q(p.size());
    const std::size_t m = defined.size();
    if (m == 0)
        return q;

    // R: i <- m:1; o <- order(p, decreasing = TRUE); pmin(1, cummin(m / i * p[o]))[order(o)]
    std::stable_sort(defined.begin(), defined.end(),
                     [&](std::size_t a, std::size_t b) { return *p[a] > *p[b]; });
    double running = 1.0;
    for (std::size_t k = 0; k < m; ++k) {
        const double rank = double(m - k); // rank of this p from the smallest
        running = std::min(running, double(m) / rank * *p[defined[k]]);
        q[defined[k]] = running;
    }
    return q;
}

} // namespace quietlegs
