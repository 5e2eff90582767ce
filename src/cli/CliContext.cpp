#include "CliContext.h"

#include "quietlegs/storage/JournalBackups.h"
#include "quietlegs/storage/JournalLocation.h"

namespace quietlegs::cli {

std::filesystem::path CliContext::journalFile() const
{
    std::optional<std::filesystem::path> explicitPath;
    if (!databaseFlag.empty())
        explicitPath = databaseFlag;
    return journalPath(explicitPath);
}

Result<Journal> CliContext::openJournal(Journal::Access access) const
{
    auto checked = Journal::openChecked(journalFile(), access);
    if (checked.journal) {
        if (const auto note = checked.journal->olderFormatNote(); !note.empty())
            std::cerr << "quietlegs-cli: note: " << note << '\n';
        return std::move(*checked.journal);
    }
    if (checked.problem == JournalProblem::Damaged) {
        Error error = checked.error;
        error.rule += ". " + restoreAdvice();
        return error;
    }
    return checked.error;
}

Result<Journal> CliContext::openJournalForWriting() const
{
    auto journal = openJournal(Journal::Access::ReadWrite);
    if (!journal)
        return journal;
    auto daily = JournalBackups(journal->path()).ensureDaily(*journal, localNowSeconds());
    if (!daily)
        std::cerr << "quietlegs-cli: warning: the daily backup failed: " << daily.error().message()
                  << '\n';
    return journal;
}

namespace {

/// A path as the user can paste it into a shell.
std::string shellQuoted(const std::string& text)
{
    std::string quoted = "'";
    for (char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

} // namespace

std::string CliContext::restoreAdvice() const
{
    const auto file = journalFile();
    JournalBackups backups(file);
    auto newest = backups.newestRestorable();
    if (!newest)
        return "There is no good backup in " + backups.folder().string();
    std::string command = "quietlegs-cli";
    if (!databaseFlag.empty())
        command += " --database " + shellQuoted(databaseFlag);
    command += " restore " + shellQuoted(newest->path.string());
    return "The newest good backup is " + newest->path.string() + " ("
           + std::to_string(newest->contents->nights) + " nights); restore it with: " + command;
}

int reportError(const Error& error, int code)
{
    return reportError(error.message(), code);
}

int reportError(const std::string& message, int code)
{
    std::cerr << "quietlegs-cli: " << message << '\n';
    return code;
}

Result<DateRange> parseRange(const std::string& from, const std::string& to)
{
    DateRange range;
    if (!from.empty()) {
        auto date = parseDate(from, "--from");
        if (!date)
            return date.error();
        range.from = *date;
    }
    if (!to.empty()) {
        auto date = parseDate(to, "--to");
        if (!date)
            return date.error();
        range.to = *date;
    }
    if (range.from && range.to && *range.to < *range.from)
        return Error{"--to", to, "is before --from " + from};
    return range;
}

Result<ComparisonRequest> parseCompareRanges(const std::string& text, std::string_view outcome)
{
    const Error bad{"--compare", text, "must be A_FROM:A_TO,B_FROM:B_TO (dates YYYY-MM-DD)"};
    const auto comma = text.find(',');
    if (comma == std::string::npos)
        return bad;
    Date dates[4];
    const std::string ranges[2] = {text.substr(0, comma), text.substr(comma + 1)};
    for (int side = 0; side < 2; ++side) {
        const auto colon = ranges[side].find(':');
        if (colon == std::string::npos)
            return bad;
        const std::string ends[2] = {ranges[side].substr(0, colon), ranges[side].substr(colon + 1)};
        for (int end = 0; end < 2; ++end) {
            auto date = parseDate(ends[end], "--compare");
            if (!date)
                return date.error();
            dates[side * 2 + end] = *date;
        }
        if (dates[side * 2 + 1] < dates[side * 2])
            return Error{"--compare", ranges[side], "ends before it starts"};
    }
    // statistics-v2.md section 4: A before B; overlapping or reversed periods are refused.
    if (!(dates[1] < dates[2]))
        return Error{"--compare", text,
                     "the periods overlap or are reversed: A must end before B starts"};
    return ComparisonRequest{std::string(outcome), dates[0], dates[1], dates[2], dates[3]};
}

} // namespace quietlegs::cli
