#include "quietlegs/core/JournalDay.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono;

namespace {
const Date kMarch14{year{2026}, month{3}, day{14}};
const Date kMarch13{year{2026}, month{3}, day{13}};
} // namespace

TEST_CASE("in the morning the app opens the night that just ended")
{
    CHECK(nightToLog(atTime(kMarch14, hours{7})) == kMarch13);
    CHECK(nightToLog(atTime(kMarch14, hours{4})) == kMarch13);
    CHECK(nightToLog(atTime(kMarch14, hours{17} + minutes{59})) == kMarch13);
}

TEST_CASE("in the evening the app opens tonight")
{
    CHECK(nightToLog(atTime(kMarch14, hours{18})) == kMarch14);
    CHECK(nightToLog(atTime(kMarch14, hours{23} + minutes{30})) == kMarch14);
}

TEST_CASE("after midnight, before the boundary, the night still in progress is opened")
{
    CHECK(nightToLog(atTime(kMarch14, hours{1})) == kMarch13);
    CHECK(nightToLog(atTime(kMarch14, hours{4} + minutes{30}), hours{5}) == kMarch13);
}

} // namespace QUIETLEGS_TEST_FILE
