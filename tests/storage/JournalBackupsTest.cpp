#include "quietlegs/storage/JournalBackups.h"

#include "../support/JournalDump.h"
#include "TempJournal.h"
#include "quietlegs/storage/JournalCheck.h"
#include "quietlegs/storage/JournalSchema.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <set>
#include <sys/stat.h>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using testsupport::journalDump;

namespace {

Date day(int y, unsigned m, unsigned d)
{
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

std::chrono::local_seconds at(Date date, int hour, int minute = 0)
{
    return std::chrono::local_days{date} + std::chrono::hours{hour} + std::chrono::minutes{minute};
}

Night nightOf(Date date, int severity)
{
    NightEntry entry;
    entry.date = date;
    entry.severity = severity;
    return Night::create(entry).value();
}

Journal journalWithNights(const std::filesystem::path& path, int count)
{
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    for (int i = 0; i < count; ++i)
        REQUIRE(journal->saveNight(nightOf(addDays(day(2026, 1, 1), i), i % 11)).ok());
    return std::move(journal).value();
}

unsigned modeOf(const std::filesystem::path& path)
{
    struct stat info
    {
    };
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777;
}

std::string bytesOf(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

/// Overwrites the middle of every page after the first two, so integrity_check fails while
/// the header still reads as a QuietLegs journal.
void damagePages(const std::filesystem::path& path)
{
    std::string bytes = bytesOf(path);
    REQUIRE(bytes.size() >= 4 * 4096);
    for (std::size_t page = 2; page * 4096 < bytes.size(); ++page)
        for (std::size_t i = 0; i < 64; ++i)
            bytes[page * 4096 + 16 + i] = char(0xA5);
    writeBytes(path, bytes);
}

/// A journal file as a QuietLegs of schema 1 wrote it, with one night.
void writeVersion1Journal(const std::filesystem::path& path)
{
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
    REQUIRE(db.ok());
    REQUIRE(db->execute("PRAGMA journal_mode = WAL").ok());
    REQUIRE(JournalSchema::migrate(*db, 1).ok());
    REQUIRE(db->execute("INSERT INTO nights (date, severity) VALUES ('2025-06-01', 4)").ok());
}

std::set<std::string> namesIn(const std::filesystem::path& folder)
{
    std::set<std::string> names;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
        names.insert(entry.path().filename().string());
    return names;
}

} // namespace

TEST_CASE("a journal copy is a verified, owner-only, self-contained file under its final name")
{
    TempFolder folder;
    auto journal = journalWithNights(folder / "journal.sqlite", 5);
    const auto target = folder / "copy.sqlite";
    auto info = writeJournalCopy(journal.database(), target);
    REQUIRE(info.ok());
    CHECK(info->nights == 5);
    CHECK(info->schemaVersion == kJournalSchemaVersion);
    CHECK(modeOf(target) == 0600);
    CHECK(journalDump(target) == journalDump(folder / "journal.sqlite"));
    // No temporary file or WAL companion is left beside the copy.
    CHECK(namesIn(folder.path()).count("copy.sqlite-wal") == 0);
    for (const auto& name : namesIn(folder.path()))
        CHECK(name.find(".tmp-") == std::string::npos);
}

TEST_CASE("opening a journal of an older format backs it up before upgrading it")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    writeVersion1Journal(path);
    const std::string before = journalDump(path);

    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    CHECK(JournalSchema::versionOf(journal->database()).value() == kJournalSchemaVersion);

    JournalBackups backups(path);
    auto list = backups.list();
    REQUIRE(list.size() == 1);
    CHECK(list[0].reason == BackupReason::BeforeMigration);
    REQUIRE(list[0].restorable());
    CHECK(list[0].contents->schemaVersion == 1);
    CHECK(list[0].contents->nights == 1);
    CHECK(journalDump(list[0].path) == before);

    // The upgraded journal is not backed up again on the next open.
    journal = Journal::open(path);
    REQUIRE(journal.ok());
    CHECK(backups.files().size() == 1);
}

TEST_CASE("a new journal gets no backup before its first schema")
{
    TempFolder folder;
    REQUIRE(Journal::open(folder / "journal.sqlite").ok());
    CHECK_FALSE(std::filesystem::exists(folder / "backups"));
}

TEST_CASE("the daily backup is made once a day and only when the journal holds something")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    JournalBackups backups(path);

    auto none = backups.ensureDaily(*journal, at(day(2026, 3, 1), 8));
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    REQUIRE(journal->saveNight(nightOf(day(2026, 2, 28), 3)).ok());
    auto first = backups.ensureDaily(*journal, at(day(2026, 3, 1), 8));
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    CHECK((*first)->contents->nights == 1);

    REQUIRE(journal->saveNight(nightOf(day(2026, 3, 1), 5)).ok());
    auto again = backups.ensureDaily(*journal, at(day(2026, 3, 1), 23, 59));
    REQUIRE(again.ok());
    CHECK_FALSE(again->has_value());

    auto nextDay = backups.ensureDaily(*journal, at(day(2026, 3, 2), 0, 1));
    REQUIRE(nextDay.ok());
    REQUIRE(nextDay->has_value());
    CHECK((*nextDay)->contents->nights == 2);
    CHECK(backups.files().size() == 2);
}

TEST_CASE("the daily backup on a connection of its own copies what is committed, writer or not")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    auto journal = journalWithNights(path, 2);
    JournalBackups backups(path);

    // The app is in the middle of a change when the backup thread starts: the copy neither
    // waits for it nor takes its uncommitted night.
    REQUIRE(journal.database().execute("BEGIN IMMEDIATE").ok());
    REQUIRE(journal.saveNight(nightOf(day(2026, 3, 1), 7)).ok());
    auto made = backups.ensureDaily(at(day(2026, 3, 1), 22));
    REQUIRE(journal.database().execute("COMMIT").ok());
    REQUIRE(made.ok());
    REQUIRE(made->has_value());
    CHECK((*made)->contents->nights == 2);
    auto copy = Journal::open((*made)->path, Journal::Access::ReadOnly);
    REQUIRE(copy.ok());
    CHECK_FALSE(copy->night(day(2026, 3, 1)).value().has_value());

    // Once today's exists, the folder listing alone answers: no connection, no second copy.
    auto again = backups.ensureDaily(at(day(2026, 3, 1), 23));
    REQUIRE(again.ok());
    CHECK_FALSE(again->has_value());
    CHECK(backups.files().size() == 1);
}

TEST_CASE("the daily backup on its own connection reports a journal it cannot open")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    {
        std::ofstream(path) << "not a database, only text that is long enough to be read as one";
    }
    auto made = JournalBackups(path).ensureDaily(at(day(2026, 3, 1), 22));
    REQUIRE_FALSE(made.ok());
    CHECK_FALSE(made.error().message().empty());
    CHECK_FALSE(std::filesystem::exists(folder / "backups"));
}

TEST_CASE("rotation keeps the last 7 days with a backup and the newest of the 4 weeks before")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    auto journal = journalWithNights(path, 1);
    JournalBackups backups(path);
    // Sixty days of use from Thursday 2026-01-01 to Sunday 2026-03-01, twice on some days.
    for (int i = 0; i < 60; ++i) {
        const Date date = addDays(day(2026, 1, 1), i);
        REQUIRE(backups.ensureDaily(journal, at(date, 9)).ok());
        if (i % 10 == 0)
            REQUIRE(backups.create(journal.database(), BackupReason::Daily, at(date, 21)).ok());
    }
    // An event backup is never rotated away.
    REQUIRE(
        backups.create(journal.database(), BackupReason::BeforeMigration, at(day(2026, 1, 2), 7))
            .ok());
    REQUIRE(backups.rotate().ok());

    std::set<std::string> kept;
    for (const auto& backup : backups.files())
        kept.insert(formatDate(backup.date()) + " " + std::string(backupReasonId(backup.reason)));
    const std::set<std::string> expected = {
        // the newest of each of the 4 ISO weeks before (weeks of Jan 26, Feb 2, Feb 9, Feb 16)
        "2026-02-01 daily", "2026-02-08 daily", "2026-02-15 daily", "2026-02-22 daily",
        // the last 7 days
        "2026-02-23 daily", "2026-02-24 daily", "2026-02-25 daily", "2026-02-26 daily",
        "2026-02-27 daily", "2026-02-28 daily", "2026-03-01 daily", "2026-01-02 before-upgrade"};
    CHECK(kept == expected);
    // Days with two backups (every tenth) keep at most one.
    CHECK(backups.files().size() == expected.size());
}

TEST_CASE("rotation keeps the newest backup of a day that has two")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    auto journal = journalWithNights(path, 1);
    JournalBackups backups(path);
    REQUIRE(backups.create(journal.database(), BackupReason::Daily, at(day(2026, 5, 4), 8)).ok());
    REQUIRE(journal.saveNight(nightOf(day(2026, 5, 4), 9)).ok());
    auto newer = backups.create(journal.database(), BackupReason::Daily, at(day(2026, 5, 4), 20));
    REQUIRE(newer.ok());
    REQUIRE(backups.rotate().ok());
    auto files = backups.files();
    REQUIRE(files.size() == 1);
    CHECK(files[0].path == newer->path);
}

TEST_CASE("rotation clears temporary files that a killed backup left behind")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    auto journal = journalWithNights(path, 1);
    JournalBackups backups(path);
    REQUIRE(backups.create(journal.database(), BackupReason::Daily, at(day(2026, 5, 4), 8)).ok());
    const auto stale = backups.folder() / ".journal-2026-05-03-080000-daily.sqlite.tmp-99999";
    const auto fresh = backups.folder() / ".journal-2026-05-04-080000-daily.sqlite.tmp-99998";
    writeBytes(stale, "half a copy");
    writeBytes(fresh, "a copy in progress");
    std::filesystem::last_write_time(stale, std::filesystem::file_time_type::clock::now() -
                                                std::chrono::hours{2});
    REQUIRE(backups.rotate().ok());
    CHECK_FALSE(std::filesystem::exists(stale));
    CHECK(std::filesystem::exists(fresh)); // may belong to a process still writing it
}

TEST_CASE("the backup list shows dates, reasons and night counts, and flags a damaged file")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    auto journal = journalWithNights(path, 20);
    JournalBackups backups(path);
    auto older = backups.create(journal.database(), BackupReason::Daily, at(day(2026, 4, 1), 8));
    REQUIRE(older.ok());
    REQUIRE(journal.saveNight(nightOf(day(2026, 4, 1), 2)).ok());
    auto newer = backups.create(journal.database(), BackupReason::Daily, at(day(2026, 4, 2), 8));
    REQUIRE(newer.ok());
    writeBytes(backups.folder() / "notes.txt", "not a backup");

    auto list = backups.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].path == newer->path);
    CHECK(list[0].contents->nights == 21);
    CHECK(list[1].contents->nights == 20);
    CHECK(formatDate(list[1].date()) == "2026-04-01");
    CHECK(formatDate(*list[1].contents->firstNight) == "2026-01-01");

    damagePages(newer->path);
    list = backups.list();
    CHECK_FALSE(list[0].restorable());
    CHECK_THAT(list[0].problem, Catch::Contains("damaged"));
    auto good = backups.newestRestorable();
    REQUIRE(good.has_value());
    CHECK(good->path == older->path);
}

TEST_CASE("a file that is not a sound QuietLegs journal is not restored and changes nothing")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    journalWithNights(path, 3);
    const std::string before = journalDump(path);
    JournalBackups backups(path);

    const auto text = folder / "notes.txt";
    writeBytes(text, "date,severity\n2026-01-01,3\n");
    const auto foreign = folder / "other.sqlite";
    {
        auto db = SqliteDatabase::open(foreign, SqliteDatabase::Mode::ReadWrite);
        REQUIRE(
            db->execute("CREATE TABLE t (x); PRAGMA application_id = 42; PRAGMA user_version = 1")
                .ok());
    }
    const auto newer = folder / "newer.sqlite";
    {
        auto db = SqliteDatabase::open(newer, SqliteDatabase::Mode::ReadWrite);
        REQUIRE(JournalSchema::migrate(*db).ok());
        REQUIRE(
            db->execute("PRAGMA user_version = " + std::to_string(kJournalSchemaVersion + 1)).ok());
    }
    const auto damaged = folder / "damaged.sqlite";
    {
        auto big = journalWithNights(damaged, 400);
        REQUIRE(big.database().execute("PRAGMA journal_mode = DELETE").ok());
    }
    damagePages(damaged);

    const std::pair<std::filesystem::path, const char*> refusals[] = {
        {text, "not an SQLite database"},
        {foreign, "another program"},
        {newer, "newer QuietLegs"},
        {damaged, "damaged"},
        {folder / "missing.sqlite", "no such file"},
        {path, "the journal itself"},
    };
    for (const auto& [file, reason] : refusals) {
        INFO(file.string());
        auto restored = backups.restore(file, at(day(2026, 6, 1), 12));
        REQUIRE_FALSE(restored.ok());
        CHECK_THAT(restored.error().message(), Catch::Contains(reason));
        CHECK_THAT(restored.error().message(), Catch::Contains(file.filename().string()));
    }
    CHECK(journalDump(path) == before);
    CHECK(backups.files().empty());
}

TEST_CASE(
    "restoring backs up the current journal, then replaces its content, seen by open connections")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    auto journal = journalWithNights(path, 10);
    JournalBackups backups(path);
    auto backup = backups.create(journal.database(), BackupReason::Daily, at(day(2026, 2, 1), 8));
    REQUIRE(backup.ok());
    const std::string atBackup = journalDump(path);
    REQUIRE(journal.saveNight(nightOf(day(2026, 2, 1), 7)).ok());
    const std::string current = journalDump(path);

    auto restored = backups.restore(backup->path, at(day(2026, 2, 2), 9));
    REQUIRE(restored.ok());
    CHECK(restored->restored.nights == 10);
    REQUIRE(restored->previous.has_value());
    CHECK(restored->previous->reason == BackupReason::BeforeRestore);
    CHECK(journalDump(restored->previous->path) == current);
    CHECK(journalDump(path) == atBackup);
    // The journal still open in this process reads the restored content.
    CHECK(journal.counts()->nights == 10);
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("a damaged journal is kept as found and replaced from a backup")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    const auto good = folder / "good.sqlite";
    {
        auto journal = journalWithNights(path, 400);
        REQUIRE(writeJournalCopy(journal.database(), good).ok());
    }
    damagePages(path);
    const std::string damagedBytes = bytesOf(path);

    auto opened = Journal::openChecked(path);
    CHECK(opened.problem == JournalProblem::Damaged);
    CHECK_FALSE(opened.journal.has_value());
    CHECK_THAT(opened.error.message(), Catch::Contains("damaged"));
    CHECK(bytesOf(path) == damagedBytes); // not written to

    JournalBackups backups(path);
    auto restored = backups.restore(good, at(day(2026, 2, 2), 9));
    REQUIRE(restored.ok());
    CHECK(restored->restored.nights == 400);
    REQUIRE(restored->previous.has_value());
    CHECK(bytesOf(restored->previous->path) == damagedBytes);
    CHECK_FALSE(std::filesystem::exists(path.string() + "-wal"));
    auto reopened = Journal::openChecked(path);
    REQUIRE(reopened.journal.has_value());
    CHECK(reopened.journal->counts()->nights == 400);
}

TEST_CASE("restoring into a missing journal creates it from the backup")
{
    TempFolder folder;
    const auto good = folder / "good.sqlite";
    {
        auto journal = journalWithNights(folder / "old.sqlite", 4);
        REQUIRE(writeJournalCopy(journal.database(), good).ok());
    }
    const auto path = folder / "new" / "journal.sqlite";
    auto restored = JournalBackups(path).restore(good, at(day(2026, 2, 2), 9));
    REQUIRE(restored.ok());
    CHECK_FALSE(restored->previous.has_value());
    CHECK(Journal::open(path)->counts()->nights == 4);
}

TEST_CASE("opening names the kind of problem: another program's file, a newer format")
{
    TempFolder folder;
    const auto foreign = folder / "other.sqlite";
    {
        auto db = SqliteDatabase::open(foreign, SqliteDatabase::Mode::ReadWrite);
        REQUIRE(db->execute("CREATE TABLE t (x)").ok());
    }
    CHECK(Journal::openChecked(foreign).problem == JournalProblem::NotAJournal);
    const auto newer = folder / "newer.sqlite";
    {
        auto db = SqliteDatabase::open(newer, SqliteDatabase::Mode::ReadWrite);
        REQUIRE(JournalSchema::migrate(*db).ok());
        REQUIRE(db->execute("PRAGMA user_version = 99").ok());
    }
    CHECK(Journal::openChecked(newer).problem == JournalProblem::TooNew);
    CHECK(Journal::openChecked(folder / "fine.sqlite").problem == JournalProblem::None);
}

TEST_CASE("the journal, its folder, the backups folder and backups are owner-only")
{
    const mode_t previous = ::umask(022); // a typical umask would give 0644 and 0755
    TempFolder folder;
    const auto path = folder / "private" / "journal.sqlite";
    auto journal = journalWithNights(path, 2);
    JournalBackups backups(path);
    auto backup = backups.create(journal.database(), BackupReason::Daily, at(day(2026, 1, 5), 8));
    ::umask(previous);
    REQUIRE(backup.ok());
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path.parent_path()) == 0700);
    CHECK(modeOf(backups.folder()) == 0700);
    CHECK(modeOf(backup->path) == 0600);
    for (const char* companion : {"-wal", "-shm"})
        if (std::filesystem::exists(path.string() + companion))
            CHECK(modeOf(path.string() + companion) == 0600);
}

TEST_CASE("a backup of another page size is restored too, by rename")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    const auto small = folder / "small-pages.sqlite";
    {
        auto other = journalWithNights(folder / "other.sqlite", 30);
        REQUIRE(writeJournalCopy(other.database(), small).ok());
    }
    {
        auto db = SqliteDatabase::open(small, SqliteDatabase::Mode::ReadWrite);
        REQUIRE(db->execute("PRAGMA page_size = 512; VACUUM").ok());
    }
    journalWithNights(path, 3);
    const std::string current = journalDump(path);
    JournalBackups backups(path);
    auto restored = backups.restore(small, at(day(2026, 2, 2), 9));
    REQUIRE(restored.ok());
    CHECK(restored->restored.nights == 30);
    REQUIRE(restored->previous.has_value());
    CHECK(journalDump(restored->previous->path) == current);
    CHECK(Journal::open(path)->counts()->nights == 30);
}

TEST_CASE("a quick check run ahead gives the verdict open would have found")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    {
        auto journal = journalWithNights(path, 400);
    }
    SECTION("a sound journal passes and opens with its nights")
    {
        auto check = JournalCheck::start(path);
        CHECK(check.problems() == std::optional<std::string>(""));
        auto opened = Journal::openChecked(path, Journal::Access::ReadWrite, &check);
        REQUIRE(opened.journal.has_value());
        CHECK(opened.journal->counts()->nights == 400);
    }
    SECTION("a damaged journal is refused as damaged and not written to")
    {
        damagePages(path);
        const std::string damagedBytes = bytesOf(path);
        auto check = JournalCheck::start(path);
        // Never a pass: problems found, or SQLite's own "malformed" (open then checks again).
        const auto problems = check.problems();
        CHECK((!problems.has_value() || !problems->empty()));
        auto opened = Journal::openChecked(path, Journal::Access::ReadWrite, &check);
        CHECK(opened.problem == JournalProblem::Damaged);
        CHECK_THAT(opened.error.message(), Catch::Contains("damaged"));
        CHECK(bytesOf(path) == damagedBytes);
    }
    SECTION("a check of another file is not taken for this one")
    {
        const auto other = folder / "other.sqlite";
        {
            auto journal = journalWithNights(other, 3);
        }
        damagePages(other);
        auto check = JournalCheck::start(other);
        auto opened = Journal::openChecked(path, Journal::Access::ReadWrite, &check);
        REQUIRE(opened.journal.has_value());
        CHECK(opened.journal->counts()->nights == 400);
    }
}

TEST_CASE("a quick check run ahead of a journal not yet made creates nothing")
{
    TempFolder folder;
    const auto path = folder / "new.sqlite";
    auto check = JournalCheck::start(path);
    CHECK_FALSE(check.problems().has_value()); // open checks (and creates) it itself
    CHECK_FALSE(std::filesystem::exists(path));
    auto opened = Journal::openChecked(path, Journal::Access::ReadWrite, &check);
    REQUIRE(opened.journal.has_value());
    CHECK(opened.journal->counts()->nights == 0);
}

} // namespace QUIETLEGS_TEST_FILE
