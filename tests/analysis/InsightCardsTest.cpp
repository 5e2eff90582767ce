#include "quietlegs/analysis/InsightCards.h"

#include "TestJournal.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/core/DemoJournal.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

TEST_CASE("insight cards: one per other exposure, on the primary outcome and lag, in table order")
{
    const JournalSeries series = JournalSeries::fromRecords(demoJournal(date(2026, 6, 30), 180));
    const CorrelationTable table =
        CorrelationTable::compute(series, *series.firstDate(), *series.lastDate());
    const VariableCatalogue variables = series.catalogue();
    const PrimaryQuestion question{{"magnesium_mg", "severity", 0}, 1};
    const std::vector<InsightCard> cards = exposureCards(table, variables, question);
    REQUIRE_FALSE(cards.empty());
    std::vector<std::string> seen;
    for (const InsightCard& card : cards) {
        CHECK(card.relation.exposure != "magnesium_mg"); // the primary question has its own
        CHECK(card.relation.outcome == "severity");
        CHECK(card.relation.lagDays == 0);
        CHECK(std::find(seen.begin(), seen.end(), card.relation.exposure) == seen.end());
        seen.push_back(card.relation.exposure);
        const auto row = std::find_if(table.effects().begin(), table.effects().end(),
                                      [&](const EffectRow& e) { return e.key() == card.relation; });
        REQUIRE(row != table.effects().end());
        CHECK(card.sentence == effectSentence(*row, variables));
        CHECK(card.title == variables.exposure(card.relation.exposure)->displayName);
    }
    // The catalogue's order, not the size of the effect.
    std::vector<std::string> catalogueOrder;
    for (const ExposureVariable& exposure : variables.exposures())
        if (std::find(seen.begin(), seen.end(), exposure.id) != seen.end())
            catalogueOrder.push_back(exposure.id);
    CHECK(seen == catalogueOrder);

    // Another primary question moves the cards to its outcome and lag.
    const PrimaryQuestion other{{"caffeine_mg", "sleep_efficiency", 1}, 1};
    for (const InsightCard& card : exposureCards(table, variables, other)) {
        CHECK(card.relation.exposure != "caffeine_mg");
        CHECK(card.relation.outcome == "sleep_efficiency");
        CHECK(card.relation.lagDays == 1);
    }
}

TEST_CASE("an exposure the person does not record gets no insight card")
{
    JournalRecords records;
    for (int day = 0; day < 40; ++day) {
        const Date d = addDays(date(2026, 3, 1), day);
        records.nights.push_back(night(d, std::nullopt, day % 7));
        records.daily.push_back(daily(d, 50.0 * (day % 5)));
    }
    const JournalSeries series = JournalSeries::fromRecords(records);
    const CorrelationTable table =
        CorrelationTable::compute(series, *series.firstDate(), *series.lastDate());
    const auto cards = exposureCards(table, series.catalogue(), PrimaryQuestion{});
    REQUIRE(cards.size() == 1);
    CHECK(cards.front().relation.exposure == "caffeine_mg");
}

} // namespace QUIETLEGS_TEST_FILE
