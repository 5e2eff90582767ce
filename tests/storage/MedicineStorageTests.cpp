#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalSchema.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

MedicineDose med(const char* when, Drug drug, double mg, std::string notes = {})
{
    auto dose = MedicineDose::create(MedicineDoseEntry{*parseLocalDateTime(when, "test"), drug, mg,
                                                       MedicineRoute::Oral, std::move(notes),
                                                       "manual", ""});
    REQUIRE(dose.ok());
    return *dose;
}

Date day(const char* text)
{
    return *parseDate(text);
}

} // namespace

TEST_CASE("medicine doses are added, listed by journal date, updated and deleted")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    auto first = journal->addMedicine(med("2026-11-20T21:00", Drug::Pramipexole, 0.25));
    // 01:00 belongs to the night of the 20th.
    auto late = journal->addMedicine(med("2026-11-21T01:00", Drug::Gabapentin, 300));
    auto next = journal->addMedicine(med("2026-11-21T21:00", Drug::Pramipexole, 0.25));
    REQUIRE((first.ok() && late.ok() && next.ok()));

    auto onThe20th = journal->medicines(DateRange{day("2026-11-20"), day("2026-11-20")});
    REQUIRE(onThe20th.ok());
    REQUIRE(onThe20th->size() == 2);
    CHECK(onThe20th->at(1).dose.drug() == Drug::Gabapentin);
    CHECK(onThe20th->at(0).dose.source() == "manual");

    REQUIRE(journal->updateMedicine(*first, med("2026-11-20T21:00", Drug::Pramipexole, 0.5)).ok());
    auto all = journal->medicines();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).dose.doseMg() == 0.5);

    CHECK(*journal->deleteMedicine(*late));
    CHECK_FALSE(*journal->deleteMedicine(*late));
    CHECK(journal->medicines()->size() == 2);
    CHECK(journal->records()->meds.size() == 2);
}

TEST_CASE("a second dose of the same drug at the same minute is refused naming taken_at")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    REQUIRE(journal->addMedicine(med("2026-11-20T21:00", Drug::Pramipexole, 0.25)).ok());
    auto again = journal->addMedicine(med("2026-11-20T21:00", Drug::Pramipexole, 0.5));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().field == "taken_at");
    CHECK(journal->medicines()->size() == 1);
    // Another drug at the same minute is another key.
    CHECK(journal->addMedicine(med("2026-11-20T21:00", Drug::Gabapentin, 300)).ok());
}

TEST_CASE("the meds table refuses what the core refuses, whatever tool writes it")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    auto& db = journal->database();
    CHECK_FALSE(db.execute("INSERT INTO meds (taken_at, drug, dose_mg) VALUES "
                           "('2026-11-20T21:00', 'aspirin', 1)")
                    .ok());
    CHECK_FALSE(db.execute("INSERT INTO meds (taken_at, drug, dose_mg) VALUES "
                           "('2026-11-20T21:00', 'pramipexole', 10000)")
                    .ok());
    CHECK_FALSE(db.execute("INSERT INTO meds (taken_at, drug, dose_mg, route) VALUES "
                           "('2026-11-20T21:00', 'pramipexole', 1, 'nasal')")
                    .ok());
    CHECK_FALSE(db.execute("INSERT INTO meds (taken_at, drug, dose_mg) VALUES "
                           "('2026-11-20T21:00', 'other', 1)")
                    .ok());
    CHECK(journal->medicines()->empty());
}

TEST_CASE("merging meds upserts by taken_at and drug")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    REQUIRE(journal->addMedicine(med("2026-11-20T21:00", Drug::Pramipexole, 0.25)).ok());
    JournalRecords records;
    records.meds = {med("2026-11-20T21:00", Drug::Pramipexole, 0.5),
                    med("2026-11-21T21:00", Drug::Pramipexole, 0.5),
                    med("2026-11-22T08:00", Drug::Other, 5, "dipyridamole")};
    auto summary = journal->merge(records);
    REQUIRE(summary.ok());
    CHECK(summary->added == 2);
    CHECK(summary->updated == 1);
    auto again = journal->merge(records);
    REQUIRE(again.ok());
    CHECK(again->unchanged == 3);
    auto all = journal->medicines();
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).dose.doseMg() == 0.5);
    CHECK(all->at(2).dose.notes() == "dipyridamole");
}

TEST_CASE("merging meds into an empty journal adds each once")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    JournalRecords records;
    records.meds = {med("2026-11-20T21:00", Drug::Ropinirole, 0.5)};
    auto summary = journal->merge(records);
    REQUIRE(summary.ok());
    CHECK(summary->added == 1);
    CHECK(journal->medicines()->size() == 1);
}

TEST_CASE("a deleted dose comes back under its old id")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    auto id = journal->addMedicine(med("2026-11-20T21:00", Drug::Pramipexole, 0.25));
    REQUIRE(id.ok());
    const StoredMedicineDose kept = journal->medicines()->at(0);
    REQUIRE(*journal->deleteMedicine(*id));
    REQUIRE(journal->restoreMedicine(kept).ok());
    REQUIRE(journal->medicines()->size() == 1);
    CHECK(journal->medicines()->at(0).id == *id);
}

TEST_CASE("medicine presets are saved in order, renamed, deleted and restored")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    auto low = MedicinePreset::create("Prami 0.125", Drug::Pramipexole, 0.125, MedicineRoute::Oral);
    auto gaba =
        MedicinePreset::create("Gabapentin 300", Drug::Gabapentin, 300, MedicineRoute::Oral);
    auto lowId = journal->saveMedicinePreset(*low);
    auto gabaId = journal->saveMedicinePreset(*gaba);
    REQUIRE((lowId.ok() && gabaId.ok()));
    CHECK(journal->saveMedicinePreset(*low).error().field == "name");
    auto presets = journal->medicinePresets();
    REQUIRE(presets->size() == 2);
    CHECK(presets->at(0).preset.name() == "Prami 0.125");
    const StoredMedicinePreset kept = presets->at(0);
    REQUIRE(*journal->deleteMedicinePreset(*lowId));
    REQUIRE(journal->restoreMedicinePreset(kept).ok());
    CHECK(journal->medicinePresets()->at(0).id == *lowId);
}

TEST_CASE("a journal of format 5 upgrades with nothing lost and no medicines")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    std::filesystem::copy_file(
        std::filesystem::path(QUIETLEGS_TEST_DATA) / "journals" / "schema-v5.sqlite", path);
    std::size_t nightsBefore = 0, intakesBefore = 0;
    {
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
        REQUIRE(db.ok());
        nightsBefore = std::size_t(*db->queryInteger("SELECT count(*) FROM nights"));
        intakesBefore = std::size_t(*db->queryInteger("SELECT count(*) FROM intakes"));
        REQUIRE(*JournalSchema::versionOf(*db) == 5);
    }
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    CHECK(*JournalSchema::versionOf(journal->database()) == kJournalSchemaVersion);
    auto records = journal->records();
    REQUIRE(records.ok());
    CHECK(records->nights.size() == nightsBefore);
    CHECK(records->intakes.size() == intakesBefore);
    CHECK(records->meds.empty());
    CHECK(journal->medicinePresets()->empty());
    CHECK(journal->addMedicine(med("2026-11-20T21:00", Drug::Pramipexole, 0.25)).ok());
}

} // namespace QUIETLEGS_TEST_FILE
