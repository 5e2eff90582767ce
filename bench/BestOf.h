#pragma once
// Shared by the benchmark programs: the best wall time of a few runs.
#include <algorithm>
#include <chrono>

/// The fastest of `repeats` runs of `work`, in milliseconds (the least disturbed by the rest
/// of the machine).
template <typename Work> double millisecondsOf(Work work, int repeats = 5)
{
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const std::chrono::duration<double, std::milli> took =
            std::chrono::steady_clock::now() - start;
        best = std::min(best, took.count());
    }
    return best;
}
