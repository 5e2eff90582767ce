#include "quietlegs/core/FactorDefinition.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

TEST_CASE("a factor's name is 1 to 60 characters, counted as characters, spaces trimmed")
{
    CHECK(FactorDefinition::create("  long drive ", "min", FactorKind::Number)->name() ==
          "long drive");
    auto empty = FactorDefinition::create("   ", "", FactorKind::YesNo);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().field == "name");
    CHECK(FactorDefinition::create(std::string(60, 'a'), "", FactorKind::Number));
    CHECK_FALSE(FactorDefinition::create(std::string(61, 'a'), "", FactorKind::Number));
    std::string umlauts;
    for (int i = 0; i < 60; ++i)
        umlauts += "\xc3\xa4"; // 60 characters, 120 bytes
    CHECK(FactorDefinition::create(umlauts, "", FactorKind::Number));
    auto lineBreak = FactorDefinition::create("hot\nbath", "", FactorKind::YesNo);
    REQUIRE_FALSE(lineBreak);
    CHECK(lineBreak.error().field == "name");
    auto longUnit = FactorDefinition::create("drive", std::string(21, 'm'), FactorKind::Number);
    REQUIRE_FALSE(longUnit);
    CHECK(longUnit.error().field == "unit");
}

TEST_CASE("factor kinds are number and yesno")
{
    CHECK(*parseFactorKind("number") == FactorKind::Number);
    CHECK(*parseFactorKind("yesno") == FactorKind::YesNo);
    auto bad = parseFactorKind("bool", "--kind");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == "--kind");
    CHECK(factorKindId(FactorKind::YesNo) == "yesno");
}

TEST_CASE("a yes/no factor takes yes, no, 1 and 0, stored as 1 and 0")
{
    const auto bath = *FactorDefinition::create("hot bath", "", FactorKind::YesNo);
    CHECK(*bath.parseValue("yes") == 1);
    CHECK(*bath.parseValue("1") == 1);
    CHECK(*bath.parseValue("no") == 0);
    CHECK(*bath.parseValue("0") == 0);
    auto bad = bath.parseValue("2", "--value");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == "--value");
    CHECK_FALSE(bath.checkValue(0.5));
}

TEST_CASE("a number factor takes a number")
{
    const auto drive = *FactorDefinition::create("drive", "min", FactorKind::Number);
    CHECK(*drive.parseValue("90") == 90);
    CHECK(*drive.parseValue("1.5") == 1.5);
    CHECK_FALSE(drive.parseValue("yes"));
    CHECK_FALSE(drive.parseValue("90min"));
    CHECK_FALSE(drive.parseValue("1e9"));
}

TEST_CASE("factor names compare without regard to case")
{
    CHECK(sameFactorName("Long Drive", "long drive"));
    CHECK_FALSE(sameFactorName("long drive", "long drives"));
}

TEST_CASE("a factor value has a real date and a name")
{
    CHECK(FactorValue::create(*parseDate("2026-09-01"), "drive", 90));
    auto noName = FactorValue::create(*parseDate("2026-09-01"), "", 90);
    REQUIRE_FALSE(noName);
    CHECK(noName.error().field == "name");
    auto notANumber = FactorValue::create(*parseDate("2026-09-01"), "drive", 1.0 / 0.0);
    REQUIRE_FALSE(notANumber);
    CHECK(notANumber.error().field == "value");
}

} // namespace QUIETLEGS_TEST_FILE
