#pragma once

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace quietlegs {

/// Uniform draws from the exactly specified mt19937_64, by hand: std distributions are
/// implementation-defined, and a seed must give the same schedule on every platform.
class SeededRandom
{
public:
    explicit SeededRandom(std::uint64_t seed) : m_engine(seed) {}

    /// Uniform in [0, bound), bound >= 1, without modulo bias (rejection of the short range).
    std::uint64_t below(std::uint64_t bound)
    {
        const std::uint64_t threshold = (0 - bound) % bound; // 2^64 mod bound
        std::uint64_t draw = m_engine();
        while (draw < threshold)
            draw = m_engine();
        return draw % bound;
    }

    /// Fisher-Yates shuffle (Knuth, TAOCP vol. 2, algorithm P), from the last element down.
    template <typename T> void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[below(i)]);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace quietlegs
