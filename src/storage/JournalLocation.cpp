#include "quietlegs/storage/JournalLocation.h"

#include <cstdlib>

namespace quietlegs {

std::filesystem::path defaultJournalPath()
{
    // XDG Base Directory Specification: user data goes to $XDG_DATA_HOME, or ~/.local/share.
    std::filesystem::path dataHome;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg && xdg[0] == '/')
        dataHome = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        dataHome = std::filesystem::path(home) / ".local" / "share";
    else
        dataHome = std::filesystem::current_path();
    return dataHome / "quietlegs" / "journal.sqlite";
}

std::filesystem::path journalPath(const std::optional<std::filesystem::path>& explicitPath)
{
    if (explicitPath && !explicitPath->empty())
        return *explicitPath;
    if (const char* env = std::getenv("QUIETLEGS_DATABASE"); env && *env)
        return env;
    return defaultJournalPath();
}

} // namespace quietlegs
