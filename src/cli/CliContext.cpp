#include "CliContext.h"

#include "quietlegs/storage/JournalLocation.h"

namespace quietlegs::cli {

Result<Journal> CliContext::openJournal(Journal::Access access) const
{
    std::optional<std::filesystem::path> explicitPath;
    if (!databaseFlag.empty())
        explicitPath = databaseFlag;
    return Journal::open(journalPath(explicitPath), access);
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

} // namespace quietlegs::cli
