// Fuzzes opening a journal file made of arbitrary bytes: Journal::openChecked for writing,
// reading everything back, and inspectJournalFile (the restore and backup-list check).
// Whatever the bytes, QuietLegs must refuse or read them without crashing, and a file it
// calls damaged must not have been written to.
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalFile.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>

using namespace quietlegs;

namespace {

std::string readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Its own folder, since opening an old-format journal makes a backups/ folder beside it.
    static const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / ("quietlegs-fuzz-" + std::to_string(::getpid()));
    static const std::filesystem::path path = folder / "journal.sqlite";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    {
        std::ofstream out(path, std::ios::binary);
        out << bytes;
    }

    (void)inspectJournalFile(path);
    auto checked = Journal::openChecked(path, Journal::Access::ReadWrite);
    if (checked.problem == JournalProblem::Damaged && readAll(path) != bytes)
        std::abort(); // a damaged journal was written to
    if (checked.journal) {
        (void)checked.journal->counts();
        (void)checked.journal->records();
        (void)checked.journal->presets();
    }
    auto readOnly = Journal::open(path, Journal::Access::ReadOnly);
    if (readOnly)
        (void)readOnly->records();
    return 0;
}
