#pragma once

#include <filesystem>
#include <optional>

namespace quietlegs {

/// Where the journal lives: an explicit `--database` path wins, then the
/// `QUIETLEGS_DATABASE` environment variable, then `$XDG_DATA_HOME/quietlegs/journal.sqlite`
/// (`~/.local/share/quietlegs/journal.sqlite` when XDG_DATA_HOME is unset).
std::filesystem::path journalPath(const std::optional<std::filesystem::path>& explicitPath = {});
/// The default location, ignoring `--database` and `QUIETLEGS_DATABASE`.
std::filesystem::path defaultJournalPath();

} // namespace quietlegs
