// factor:<name> exposures (statistics-v2.md "Vocabulary"; issue 21 "Your own factors").
#include "TestJournal.h"

#include <catch2/catch.hpp>
#include "quietlegs/analysis/EffectWording.h"
#include "quietlegs/analysis/FactorSummary.h"
#include "quietlegs/analysis/JournalSeries.h"

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

FactorValue factorValue(Date day, const char* name, double value)
{
    return must(FactorValue::create(day, name, value));
}

} // namespace

TEST_CASE("a number factor is its value on the dates it was logged and missing elsewhere")
{
    JournalRecords records;
    const Date monday = date(2026, 9, 7);
    const Date tuesday = date(2026, 9, 8);
    records.factors.push_back(
        must(FactorDefinition::create("Long drive", "min", FactorKind::Number)));
    records.factorValues.push_back(factorValue(monday, "long drive", 90));
    records.nights.push_back(night(tuesday, 12, 5));

    const JournalSeries series = JournalSeries::fromRecords(records);
    const DatedSeries* drive = series.exposureSeries("factor:Long drive");
    REQUIRE(drive);
    CHECK(drive->at(monday) == 90.0);
    CHECK_FALSE(drive->at(tuesday));
    CHECK(series.exposureSeries("factor:LONG DRIVE") == drive);
    CHECK(series.recordDates().contains(monday));

    const auto row = series.catalogue().exposure("factor:Long drive");
    REQUIRE(row);
    CHECK(row->unit == "min");
    CHECK(row->displayName == "Long drive (min)");
}

TEST_CASE("a yes/no factor is 1 or 0 where logged and unknown on other dates with records")
{
    JournalRecords records;
    const Date monday = date(2026, 9, 7);
    const Date tuesday = date(2026, 9, 8);
    const Date wednesday = date(2026, 9, 9);
    records.factors.push_back(must(FactorDefinition::create("hot bath", "", FactorKind::YesNo)));
    records.factorValues.push_back(factorValue(monday, "hot bath", 1));
    records.factorValues.push_back(factorValue(tuesday, "hot bath", 0));
    records.nights.push_back(night(wednesday, 10, 4));
    records.intakes.push_back(intake(at(wednesday, 21, 0), Nutrient::Magnesium, 200));

    const JournalSeries series = JournalSeries::fromRecords(records);
    const DatedSeries* bath = series.exposureSeries("factor:hot bath");
    REQUIRE(bath);
    CHECK(bath->at(monday) == 1.0);
    CHECK(bath->at(tuesday) == 0.0);
    CHECK_FALSE(bath->at(wednesday)); // a record, but no answer: not "no"

    const VariableCatalogue catalogue = series.catalogue();
    const auto row = catalogue.exposure("factor:hot bath");
    REQUIRE(row);
    CHECK(row->unit == "yes vs no");
    CHECK(row->displayName == "Hot bath (yes/no)");
    CHECK(displayDoseText(*row) == "yes vs no");
}

TEST_CASE("factors come after the built-in exposures in the catalogue, by case-folded name")
{
    JournalRecords records;
    const Date monday = date(2026, 9, 7);
    records.factors.push_back(
        must(FactorDefinition::create("screen time", "h", FactorKind::Number)));
    records.factors.push_back(
        must(FactorDefinition::create("Antihistamine", "", FactorKind::YesNo)));
    records.factorValues.push_back(factorValue(monday, "screen time", 3));
    records.factorValues.push_back(factorValue(monday, "Antihistamine", 1));
    const VariableCatalogue catalogue = JournalSeries::fromRecords(records).catalogue();
    const auto& rows = catalogue.exposures();
    REQUIRE(rows.size() == std::size_t(kExposureCount) + 2);
    CHECK(rows[kExposureCount].id == "factor:Antihistamine");
    CHECK(rows[kExposureCount + 1].id == "factor:screen time");
}

TEST_CASE("the report's factor summary counts days logged, the mean and the days answered yes")
{
    JournalRecords records;
    const Date first = date(2026, 9, 1);
    records.factors.push_back(must(FactorDefinition::create("drive", "min", FactorKind::Number)));
    records.factors.push_back(must(FactorDefinition::create("bath", "", FactorKind::YesNo)));
    records.factors.push_back(must(FactorDefinition::create("sauna", "", FactorKind::YesNo)));
    records.factorValues.push_back(factorValue(first, "drive", 60));
    records.factorValues.push_back(factorValue(addDays(first, 1), "drive", 90));
    records.factorValues.push_back(factorValue(addDays(first, 30), "drive", 600)); // outside
    records.factorValues.push_back(factorValue(first, "bath", 1));
    records.factorValues.push_back(factorValue(addDays(first, 1), "bath", 0));
    records.factorValues.push_back(factorValue(addDays(first, 2), "BATH", 1));

    const auto summaries = summarizeFactors(records, first, addDays(first, 6));
    REQUIRE(summaries.size() == 3);
    CHECK(summaries[0].daysLogged == 2);
    CHECK(summaries[0].mean == Approx(75));
    CHECK(summaries[1].daysLogged == 3);
    CHECK(summaries[1].daysYes == 2);
    CHECK_FALSE(summaries[1].mean);
    CHECK(summaries[2].daysLogged == 0);
}

} // namespace QUIETLEGS_TEST_FILE
