#include "quietlegs/analysis/JournalSeries.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

MedicineDose med(const char* when, Drug drug, double mg)
{
    return MedicineDose::create(MedicineDoseEntry{*parseLocalDateTime(when, "test"), drug, mg,
                                                  MedicineRoute::Oral, "", "manual", ""})
        .value();
}

Night night(const char* date, int severity)
{
    NightEntry entry;
    entry.date = *parseDate(date);
    entry.severity = severity;
    return Night::create(entry).value();
}

Date day(const char* text)
{
    return *parseDate(text);
}

} // namespace

TEST_CASE("med:<drug> is the day's mg, 0 on other dates with records")
{
    JournalRecords records;
    records.nights = {night("2026-11-01", 5), night("2026-11-02", 4), night("2026-11-03", 3)};
    // Two doses on the 2nd (the second after midnight, still the night of the 2nd).
    records.meds = {med("2026-11-02T20:00", Drug::Pramipexole, 0.125),
                    med("2026-11-03T01:00", Drug::Pramipexole, 0.125),
                    med("2026-11-03T20:00", Drug::Pramipexole, 0.25)};
    const JournalSeries series = JournalSeries::fromRecords(records);
    const DatedSeries* pramipexole = series.exposureSeries("med:pramipexole");
    REQUIRE(pramipexole != nullptr);
    CHECK(*pramipexole->at(day("2026-11-01")) == 0.0);
    CHECK(*pramipexole->at(day("2026-11-02")) == Approx(0.25));
    CHECK(*pramipexole->at(day("2026-11-03")) == Approx(0.25));
    CHECK_FALSE(pramipexole->isDefined(day("2026-11-04")));
    CHECK(series.exposureSeries("med:gabapentin") == nullptr);
    CHECK(series.catalogue().exposure("med:pramipexole").has_value());
}

TEST_CASE("a date with only a medicine dose is a record date")
{
    JournalRecords records;
    records.nights = {night("2026-11-01", 5)};
    records.meds = {med("2026-11-05T21:00", Drug::Gabapentin, 300)};
    const JournalSeries series = JournalSeries::fromRecords(records);
    CHECK(series.recordDates().contains(day("2026-11-05")));
    const DatedSeries* gabapentin = series.exposureSeries("med:gabapentin");
    REQUIRE(gabapentin != nullptr);
    CHECK(*gabapentin->at(day("2026-11-01")) == 0.0);
    CHECK(*gabapentin->at(day("2026-11-05")) == 300.0);
}

} // namespace QUIETLEGS_TEST_FILE
