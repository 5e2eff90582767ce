#include "quietlegs/core/IrlsScore.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

TEST_CASE("IRLS-style totals fall into the domain.md severity bands at their edges")
{
    CHECK(irlsBandOf(0) == IrlsBand::None);
    CHECK(irlsBandOf(1) == IrlsBand::Mild);
    CHECK(irlsBandOf(10) == IrlsBand::Mild);
    CHECK(irlsBandOf(11) == IrlsBand::Moderate);
    CHECK(irlsBandOf(20) == IrlsBand::Moderate);
    CHECK(irlsBandOf(21) == IrlsBand::Severe);
    CHECK(irlsBandOf(30) == IrlsBand::Severe);
    CHECK(irlsBandOf(31) == IrlsBand::VerySevere);
    CHECK(irlsBandOf(40) == IrlsBand::VerySevere);
    CHECK(irlsBandName(IrlsBand::VerySevere) == "very severe");
}

TEST_CASE("the IRLS total is the sum of ten items")
{
    auto score = IrlsScore::fromItems({2, 2, 1, 1, 2, 1, 2, 1, 1, 0});
    REQUIRE(score.ok());
    CHECK(score->total() == 13);
    CHECK(score->band() == IrlsBand::Moderate);
}

TEST_CASE("an item scored 5 is refused, naming the item")
{
    auto score = IrlsScore::fromItems({2, 2, 1, 1, 5, 1, 2, 1, 1, 0});
    REQUIRE_FALSE(score.ok());
    CHECK(score.error().field == "irls_items[4]");
    CHECK(score.error().value == "5");
    auto negative = IrlsScore::fromItems({0, 0, 0, 0, 0, 0, 0, 0, 0, -1});
    CHECK(negative.error().field == "irls_items[9]");
}

TEST_CASE("nine items are not an IRLS score")
{
    auto score = IrlsScore::fromItems({1, 1, 1, 1, 1, 1, 1, 1, 1});
    REQUIRE_FALSE(score.ok());
    CHECK(score.error().field == "irls_items");
    CHECK(score.error().rule == "exactly 10 item scores are needed");
}

TEST_CASE("every IRLS area has its own paraphrased label")
{
    for (int i = 0; i < kIrlsItemCount; ++i)
        CHECK_FALSE(irlsAreaLabel(i).empty());
    CHECK(irlsAreaLabel(10).empty());
}

} // namespace QUIETLEGS_TEST_FILE
