// Journals in linked folders, on read-only media, and damaged files that must leave no trace
// (issue 20, items 3 and 4).
#include "../support/DamagedPages.h"
#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalAccess.h"
#include "quietlegs/storage/JournalBackups.h"
#include "quietlegs/storage/JournalCheck.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

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
    entry.severity = 3;
    entry.notes = std::move(notes);
    return Night::create(entry).value();
}

void writeNights(const std::filesystem::path& path, int count, const std::string& notes = {})
{
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    for (int i = 0; i < count; ++i)
        REQUIRE(journal->saveNight(nightOf(addDays(day(2024, 1, 1), i), notes)).ok());
}

bool fileExists(const std::filesystem::path& path)
{
    std::error_code ec;
    return std::filesystem::exists(path, ec);
}

bool hasSidecars(const std::filesystem::path& file)
{
    return fileExists(file.string() + "-wal") || fileExists(file.string() + "-shm");
}

/// Sets an environment variable for one scope.
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

} // namespace

TEST_CASE("a journal under a linked folder opens, and writes reach the real folder")
{
    TempFolder folder;
    const auto real = folder / "var-home";
    std::filesystem::create_directories(real / "me");
    std::filesystem::create_directory_symlink(real, folder / "home"); // as Silverblue's /home
    const auto linked = folder / "home" / "me" / "quietlegs" / "journal.sqlite";

    writeNights(linked, 3); // creates the journal's folder through the link, too
    CHECK(fileExists(real / "me" / "quietlegs" / "journal.sqlite"));
    auto reopened = Journal::open(linked, Journal::Access::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK(reopened->counts()->nights == 3);
    CHECK(reopened->path() == linked); // messages keep the name the user gave
}

TEST_CASE("a journal file that is a link to the user's own file opens")
{
    TempFolder folder;
    writeNights(folder / "real.sqlite", 2);
    std::filesystem::create_symlink(folder / "real.sqlite", folder / "journal.sqlite");
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal.ok());
    CHECK(journal->counts()->nights == 2);
}

TEST_CASE("a journal file that is a link to another user's file is refused, saying why")
{
    TempFolder folder;
    std::filesystem::path target;
    if (::geteuid() == 0) {
        target = folder / "theirs.sqlite";
        writeNights(target, 1);
        REQUIRE(::chown(target.c_str(), 65534, 65534) == 0); // nobody's
    } else {
        target = "/etc/passwd"; // root's
    }
    std::filesystem::create_symlink(target, folder / "journal.sqlite");
    for (auto access : {Journal::Access::ReadWrite, Journal::Access::ReadOnly}) {
        auto opened = Journal::openChecked(folder / "journal.sqlite", access);
        REQUIRE_FALSE(opened.journal.has_value());
        CHECK(opened.problem == JournalProblem::CannotOpen);
        CHECK_THAT(opened.error.message(), Catch::Contains("link to a file of another user"));
    }
}

TEST_CASE("the open mode follows from what may be written")
{
    const JournalWritability writable{true, true, true};
    const JournalWritability fileReadOnly{true, false, true};
    const JournalWritability folderReadOnly{true, true, false};
    const JournalWritability bothReadOnly{true, false, false};
    const JournalWritability newInWritable{false, false, true};
    const JournalWritability newInReadOnly{false, false, false};

    CHECK(chooseOpenMode(true, writable) == JournalOpenMode::ReadWrite);
    CHECK(chooseOpenMode(true, newInWritable) == JournalOpenMode::ReadWrite);
    CHECK(chooseOpenMode(true, fileReadOnly) == JournalOpenMode::RefusedReadOnly);
    CHECK(chooseOpenMode(true, folderReadOnly) == JournalOpenMode::RefusedReadOnly);
    CHECK(chooseOpenMode(true, bothReadOnly) == JournalOpenMode::RefusedReadOnly);
    CHECK(chooseOpenMode(true, newInReadOnly) == JournalOpenMode::RefusedReadOnly);

    // immutable=1 only where no QuietLegs writer can open the file and no -wal/-shm is there:
    // elsewhere it would miss other connections' writes. A writable journal is read on a
    // read-write connection that only reads, which removes the -wal/-shm it made at close.
    CHECK(chooseOpenMode(false, writable) == JournalOpenMode::ReadTidy);
    CHECK(chooseOpenMode(false, fileReadOnly) == JournalOpenMode::ReadOnlyImmutable);
    CHECK(chooseOpenMode(false, folderReadOnly) == JournalOpenMode::ReadOnlyImmutable);
    CHECK(chooseOpenMode(false, bothReadOnly) == JournalOpenMode::ReadOnlyImmutable);
    // A -wal in a read-only folder holds writes not yet in the file: read it, not immutable.
    const JournalWritability folderReadOnlyWithWal{true, true, false, true};
    CHECK(chooseOpenMode(false, folderReadOnlyWithWal) == JournalOpenMode::ReadOnly);
    CHECK(chooseOpenMode(true, folderReadOnlyWithWal) == JournalOpenMode::RefusedReadOnly);
}

TEST_CASE("the writability facts come from the file system")
{
    TempFolder folder;
    const auto file = folder / "journal.sqlite";
    auto facts = probeWritability(file);
    CHECK_FALSE(facts.fileExists);
    CHECK(facts.folderWritable);
    CHECK(probeWritability(folder / "not-yet" / "journal.sqlite").folderWritable);
    writeNights(file, 1);
    facts = probeWritability(file);
    CHECK(facts.fileExists);
    CHECK(facts.fileWritable);
    {
        ScopedEnv unwritable("QUIETLEGS_TEST_UNWRITABLE", "folder");
        CHECK_FALSE(probeWritability(file).folderWritable);
    }
    if (::geteuid() == 0) {
        WARN("running as root: chmod does not stop root's writes, so the chmod part of this "
             "test is skipped (the decision is tested through injected facts above)");
        return;
    }
    ::chmod(file.c_str(), 0400);
    CHECK_FALSE(probeWritability(file).fileWritable);
    ::chmod(folder.path().c_str(), 0500);
    CHECK_FALSE(probeWritability(file).folderWritable);
    ::chmod(folder.path().c_str(), 0700);
}

TEST_CASE("a WAL journal in a read-only folder is read, and writing is refused as read-only")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    writeNights(path, 5);
    REQUIRE_FALSE(hasSidecars(path));
    ScopedEnv unwritable("QUIETLEGS_TEST_UNWRITABLE", "folder");

    auto forWriting = Journal::openChecked(path, Journal::Access::ReadWrite);
    REQUIRE_FALSE(forWriting.journal.has_value());
    CHECK(forWriting.problem == JournalProblem::ReadOnly);
    CHECK_THAT(forWriting.error.message(), Catch::Contains("read-only"));
    CHECK_THAT(forWriting.error.message(), !Catch::Contains("not a QuietLegs journal"));

    auto reading = Journal::openChecked(path, Journal::Access::ReadOnly);
    REQUIRE(reading.journal.has_value());
    CHECK(reading.journal->isReadOnly());
    CHECK(reading.journal->counts()->nights == 5);
    CHECK(reading.journal->records().ok());
    // immutable=1: nothing made beside the file, as a read-only folder requires
    CHECK_FALSE(hasSidecars(path));
    // Any change fails, and the journal is as it was.
    CHECK_FALSE(reading.journal->saveNight(nightOf(day(2025, 1, 1))).ok());
    CHECK(reading.journal->counts()->nights == 5);
}

TEST_CASE("a read-only journal file in a writable folder is read, and writing is refused")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    writeNights(path, 4);
    ScopedEnv unwritable("QUIETLEGS_TEST_UNWRITABLE", "file");
    auto forWriting = Journal::openChecked(path, Journal::Access::ReadWrite);
    CHECK(forWriting.problem == JournalProblem::ReadOnly);
    auto reading = Journal::openChecked(path, Journal::Access::ReadOnly);
    REQUIRE(reading.journal.has_value());
    CHECK(reading.journal->counts()->nights == 4);
}

TEST_CASE("a journal made read-only with chmod opens read-only (skipped as root)")
{
    if (::geteuid() == 0) {
        WARN("skipped: running as root, where chmod does not stop writes; the same paths are "
             "tested with QUIETLEGS_TEST_UNWRITABLE above");
        return;
    }
    TempFolder folder;
    const auto dir = folder / "media";
    std::filesystem::create_directory(dir);
    const auto path = dir / "journal.sqlite";
    writeNights(path, 3);
    ::chmod(path.c_str(), 0400);
    ::chmod(dir.c_str(), 0500);
    auto forWriting = Journal::openChecked(path, Journal::Access::ReadWrite);
    CHECK(forWriting.problem == JournalProblem::ReadOnly);
    auto reading = Journal::openChecked(path, Journal::Access::ReadOnly);
    REQUIRE(reading.journal.has_value());
    CHECK(reading.journal->counts()->nights == 3);
    reading.journal.reset();
    ::chmod(dir.c_str(), 0700);
}

TEST_CASE("opening a damaged journal leaves no -wal or -shm beside it")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    writeNights(path, 600, std::string(120, 'n') + "NIGHTNOTE");
    REQUIRE_FALSE(hasSidecars(path)); // the last connection checkpointed and removed them
    testsupport::damageLeafPageHolding(path, "NIGHTNOTE");

    SECTION("for writing")
    {
        auto opened = Journal::openChecked(path, Journal::Access::ReadWrite);
        CHECK(opened.problem == JournalProblem::Damaged);
        CHECK_FALSE(hasSidecars(path));
    }
    SECTION("for writing, with the check run ahead")
    {
        auto check = JournalCheck::start(path);
        auto opened = Journal::openChecked(path, Journal::Access::ReadWrite, &check);
        CHECK(opened.problem == JournalProblem::Damaged);
        CHECK_FALSE(hasSidecars(path));
    }
}

TEST_CASE("listing a damaged backup leaves no -wal or -shm beside it")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    writeNights(path, 3);
    const auto backupsFolder = folder / "backups";
    std::filesystem::create_directory(backupsFolder);
    // A copy of a WAL journal, damaged: the worst case, as SQLite would make a -wal for it.
    const auto damaged = backupsFolder / "journal-2026-01-02-030405-daily.sqlite";
    writeNights(damaged, 600, std::string(120, 'n') + "NIGHTNOTE");
    testsupport::damageLeafPageHolding(damaged, "NIGHTNOTE");
    REQUIRE_FALSE(hasSidecars(damaged));

    const auto list = JournalBackups(path).list();
    REQUIRE(list.size() == 1);
    CHECK_FALSE(list[0].contents.has_value());
    CHECK_FALSE(hasSidecars(damaged));
}

} // namespace QUIETLEGS_TEST_FILE
