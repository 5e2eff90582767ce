// Reading a journal leaves its folder as it found it, and reads what read-only media hold:
// an older format, and backups of it (issue 20 leftovers).
#include "../support/DamagedPages.h"
#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalAccess.h"
#include "quietlegs/storage/JournalFile.h"
#include "quietlegs/storage/JournalSchema.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <sqlite3.h>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

Date day(int y, unsigned m, unsigned d)
{
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

Night nightOf(Date date, std::string notes = {})
{
    NightEntry entry;
    entry.date = date;
    entry.severity = 4;
    entry.notes = std::move(notes);
    return Night::create(entry).value();
}

void writeNights(const std::filesystem::path& path, int count, const std::string& notes = {})
{
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    for (int i = 0; i < count; ++i)
        REQUIRE(journal->saveNight(nightOf(addDays(day(2024, 3, 1), i), notes)).ok());
}

std::set<std::string> namesIn(const std::filesystem::path& folder)
{
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        names.insert(entry.path().filename().string());
    return names;
}

std::string bytesOf(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class ScopedEnv
{
public:
    ScopedEnv(const char* name, const char* value) : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = old;
        ::setenv(name, value, 1);
    }
    ~ScopedEnv()
    {
        if (m_old)
            ::setenv(m_name, m_old->c_str(), 1);
        else
            ::unsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

std::filesystem::path olderFixture()
{
    return std::filesystem::path(QUIETLEGS_TEST_DATA) / "journals" /
           "schema-v5.sqlite" /* an older format than today's */;
}

} // namespace

TEST_CASE("reading a WAL journal leaves no -wal or -shm behind")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    writeNights(path, 3);
    const auto before = namesIn(folder.path());
    REQUIRE(before == std::set<std::string>{"journal.sqlite"});
    {
        auto journal = Journal::open(path, Journal::Access::ReadOnly);
        REQUIRE(journal.ok());
        CHECK(journal->records()->nights.size() == 3);
        CHECK(journal->counts()->nights == 3);
    }
    CHECK(namesIn(folder.path()) == before);
}

TEST_CASE("a read that finds another connection's -wal reads its writes and leaves it")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    writeNights(path, 2);
    std::optional<Journal> writer(std::move(Journal::open(path)).value());
    REQUIRE(writer->saveNight(nightOf(day(2025, 1, 1))).ok());
    {
        auto reader = Journal::open(path, Journal::Access::ReadOnly);
        REQUIRE(reader.ok());
        CHECK(reader->counts()->nights == 3);
        // A write committed while the reader is open is seen by its next read, never half.
        REQUIRE(writer->saveNight(nightOf(day(2025, 1, 2))).ok());
        CHECK(reader->counts()->nights == 4);
    }
    CHECK(std::filesystem::exists(path.string() + "-wal")); // the writer's, still open
    writer.reset();
    CHECK(namesIn(folder.path()) == std::set<std::string>{"journal.sqlite"});
}

TEST_CASE("a writer during a tidy read: the read sees one snapshot, the folder ends clean")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    writeNights(path, 5);
    {
        auto reader = Journal::open(path, Journal::Access::ReadOnly);
        REQUIRE(reader.ok());
        auto snapshot = SqliteReadTransaction::begin(reader->database());
        REQUIRE(snapshot.ok());
        CHECK(reader->counts()->nights == 5);
        {
            // Another process's log command: it commits and closes (its close cannot
            // checkpoint over the reader's snapshot).
            auto writer = Journal::open(path);
            REQUIRE(writer.ok());
            REQUIRE(writer->saveNight(nightOf(day(2025, 2, 1))).ok());
        }
        CHECK(reader->counts()->nights == 5); // the same snapshot, not a torn file
        REQUIRE(snapshot->end().ok());
        CHECK(reader->counts()->nights == 6);
    }
    CHECK(namesIn(folder.path()) == std::set<std::string>{"journal.sqlite"});
    auto again = Journal::open(path, Journal::Access::ReadOnly);
    CHECK(again->counts()->nights == 6);
}

TEST_CASE("reading a damaged WAL journal leaves no -wal or -shm and does not change it")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    writeNights(path, 600, std::string(120, 'n') + "NIGHTNOTE");
    testsupport::damageLeafPageHolding(path, "NIGHTNOTE");
    const auto bytes = bytesOf(path);
    {
        auto journal = Journal::open(path, Journal::Access::ReadOnly);
        REQUIRE(journal.ok()); // reading stays possible, to save what can be saved
        CHECK_FALSE(journal->records().ok());
    }
    CHECK(namesIn(folder.path()) == std::set<std::string>{"journal.sqlite"});
    CHECK(bytesOf(path) == bytes);
}

TEST_CASE("reading a journal of a newer format or another program leaves no -wal or -shm")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    writeNights(path, 1);
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(
                    raw,
                    ("PRAGMA user_version = " + std::to_string(kJournalSchemaVersion + 1)).c_str(),
                    nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    REQUIRE(namesIn(folder.path()) == std::set<std::string>{"journal.sqlite"});
    auto opened = Journal::openChecked(path, Journal::Access::ReadOnly);
    CHECK(opened.problem == JournalProblem::TooNew);
    CHECK(namesIn(folder.path()) == std::set<std::string>{"journal.sqlite"});
}

TEST_CASE("reads choose the mode that leaves the folder as found")
{
    JournalWritability writable;
    writable.fileExists = writable.fileWritable = writable.folderWritable = true;
    CHECK(chooseOpenMode(false, writable) == JournalOpenMode::ReadTidy);
    auto fileReadOnly = writable;
    fileReadOnly.fileWritable = false; // no QuietLegs writer can open it: immutable is safe
    CHECK(chooseOpenMode(false, fileReadOnly) == JournalOpenMode::ReadOnlyImmutable);
    auto inUse = writable;
    inUse.walFilesExist = inUse.walOrShmExists = true;
    CHECK(chooseOpenMode(false, inUse) == JournalOpenMode::ReadOnly);
    auto walOnly = writable;
    walOnly.walOrShmExists = true; // a killed writer's -wal holds commits: read it, keep it
    CHECK(chooseOpenMode(false, walOnly) == JournalOpenMode::ReadOnly);
}

TEST_CASE("a journal of an older format on read-only media is read as it is, not upgraded")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    std::filesystem::copy_file(olderFixture(), path);
    const auto bytes = bytesOf(path);
    ScopedEnv unwritable("QUIETLEGS_TEST_UNWRITABLE", "folder");

    auto opened = Journal::openChecked(path, Journal::Access::ReadOnly);
    REQUIRE(opened.journal.has_value());
    Journal& journal = *opened.journal;
    CHECK(journal.isReadOnly());
    CHECK(journal.olderFormat() == 5);
    CHECK_THAT(journal.olderFormatNote(), Catch::Contains("shown as it is"));
    CHECK_THAT(journal.olderFormatNote(), Catch::Contains("cannot be upgraded there"));
    auto records = journal.records();
    REQUIRE(records.ok());
    CHECK_FALSE(records->nights.empty());
    CHECK_FALSE(journal.saveNight(nightOf(day(2025, 1, 1))).ok()); // the copy is read-only too
    CHECK(journal.counts()->nights == std::int64_t(records->nights.size()));
    opened.journal.reset();
    CHECK(bytesOf(path) == bytes);
    CHECK(namesIn(folder.path()) == std::set<std::string>{"journal.sqlite"});
}

TEST_CASE("a journal on read-only media is backed up to a writable folder")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    writeNights(path, 7);
    TempFolder elsewhere;
    const auto target = elsewhere / "copy.sqlite";
    ScopedEnv unwritable("QUIETLEGS_TEST_UNWRITABLE", "folder");
    REQUIRE(Journal::openChecked(path).problem == JournalProblem::ReadOnly);
    auto journal = Journal::open(path, Journal::Access::ReadOnly);
    REQUIRE(journal.ok());
    auto copy = writeJournalCopy(journal->database(), target);
    REQUIRE(copy.ok());
    CHECK(copy->nights == 7);
    CHECK(namesIn(folder.path()) == std::set<std::string>{"journal.sqlite"});
}

} // namespace QUIETLEGS_TEST_FILE
