#!/usr/bin/python3
"""The on/off schedule of a seed, from a second implementation of mt19937_64 (as the C++
standard specifies it) and of the engine's drawing procedure (docs/statistics.md):
labels = half ON then half OFF; for i = n-1 down to 1 swap labels[i] with labels[below(i + 1)],
below(b) rejecting draws < 2^64 mod b and returning draw mod b.
    /usr/bin/python3 tests/analysis/reference/schedule.py 42 8   ->  01011010"""
import sys

MASK = (1 << 64) - 1


class MT19937_64:
    def __init__(self, seed):
        self.mt = [0] * 312
        self.mt[0] = seed & MASK
        for i in range(1, 312):
            prev = self.mt[i - 1]
            self.mt[i] = (6364136223846793005 * (prev ^ (prev >> 62)) + i) & MASK
        self.index = 312

    def __call__(self):
        if self.index >= 312:
            for i in range(312):
                x = (self.mt[i] & 0xFFFFFFFF80000000) | (self.mt[(i + 1) % 312] & 0x7FFFFFFF)
                xa = x >> 1
                if x & 1:
                    xa ^= 0xB5026F5AA96619E9
                self.mt[i] = self.mt[(i + 156) % 312] ^ xa
            self.index = 0
        y = self.mt[self.index]
        self.index += 1
        y ^= (y >> 29) & 0x5555555555555555
        y ^= (y << 17) & 0x71D67FFFEDA60000
        y ^= (y << 37) & 0xFFF7EEE000000000
        y ^= y >> 43
        return y & MASK


def below(engine, bound):
    threshold = (1 << 64) % bound
    draw = engine()
    while draw < threshold:
        draw = engine()
    return draw % bound


def schedule(seed, blocks):
    engine = MT19937_64(seed)
    labels = [1] * (blocks // 2) + [0] * (blocks - blocks // 2)
    for i in range(blocks, 1, -1):
        j = below(engine, i)
        labels[i - 1], labels[j] = labels[j], labels[i - 1]
    return "".join(map(str, labels))


if __name__ == "__main__":
    # The C++ standard's check of the engine: the 10000th draw of the default seed 5489.
    engine = MT19937_64(5489)
    for _ in range(9999):
        engine()
    assert engine() == 9981545732273789042
    print(schedule(int(sys.argv[1]), int(sys.argv[2])))
