// stored::readRecords: everything on some journal dates, read from one snapshot.
#include "StoredRows.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace quietlegs::stored {
namespace {

bool wholeJournal(const DateRange& range)
{
    return !range.from && !range.to;
}

struct RowCounts
{
    std::size_t nights = 0;
    std::size_t daily = 0;
    std::size_t intakes = 0;
};

// Every list is read into a vector of its final size: ten years of records copied while
// their vectors grew were much of the memory `stats` touched (issue 7).
Result<RowCounts> countRows(const SqliteDatabase& db, const DateRange& range)
{
    // Without a WHERE, SQLite counts a table from its pages alone; with one, it walks the
    // date index entry by entry (a millisecond for ten years, a twentieth of `stats`).
    auto sizes =
        wholeJournal(range)
            ? db.prepare("SELECT (SELECT count(*) FROM nights), (SELECT count(*) FROM "
                         "daily_factors), (SELECT count(*) FROM intakes)")
            : db.prepare("SELECT (SELECT count(*) FROM nights WHERE date BETWEEN ?1 AND ?2), "
                         "(SELECT count(*) FROM daily_factors WHERE date BETWEEN ?1 AND ?2), "
                         "(SELECT count(*) FROM intakes WHERE taken_at >= ?3 AND taken_at < ?4)");
    if (!sizes)
        return sizes.error();
    if (!wholeJournal(range)) {
        bindRange(*sizes, range);
        bindIntakeRange(*sizes, range, 3);
    }
    if (auto row = sizes->step(); !row)
        return row.error();
    return RowCounts{std::size_t(sizes->columnInt64(0)), std::size_t(sizes->columnInt64(1)),
                     std::size_t(sizes->columnInt64(2))};
}

// Nights and daily rows: one row per journal date. The whole journal is read in the order
// rows are stored, and sorted afterwards only if that is not already date order (it is,
// unless an older night was logged later): going through the date index looked every row up
// a second time, a tenth of `stats` (issue 7).
template <typename T, typename Reader>
Result<std::vector<T>> readDatedRows(const SqliteDatabase& db, const char* table,
                                     const char* columns, Reader read, const DateRange& range,
                                     std::size_t count)
{
    const bool whole = wholeJournal(range);
    auto query =
        db.prepare(std::string("SELECT ") + columns + " FROM " + table +
                   (whole ? " ORDER BY id" : " WHERE date BETWEEN ?1 AND ?2 ORDER BY date"));
    if (!query)
        return query.error();
    if (!whole)
        bindRange(*query, range);
    return readAll<T>(*query, read, count);
}

Result<std::vector<Intake>> readIntakes(const SqliteDatabase& db, const DateRange& range,
                                        std::size_t count)
{
    const bool whole = wholeJournal(range);
    auto query = db.prepare(std::string("SELECT ") + kIntakeColumns + " FROM intakes " +
                            (whole ? "ORDER BY id"
                                   : "WHERE taken_at >= ?1 AND taken_at < ?2 "
                                     "ORDER BY taken_at, id"));
    if (!query)
        return query.error();
    if (!whole)
        bindIntakeRange(*query, range, 1);
    // Straight into Intake, not through StoredIntake: ten years of intakes held twice were
    // much of the memory `stats` touched. Each moved once, from the row read into its place.
    std::vector<Intake> intakes;
    intakes.reserve(count);
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return intakes;
        auto intake = readIntakeValue(*query);
        if (!intake)
            return intake.error();
        intakes.push_back(std::move(intake).value());
    }
}

Result<std::vector<LabResult>> readLabs(const SqliteDatabase& db, const DateRange& range)
{
    auto query = db.prepare(std::string("SELECT ") + kLabColumns +
                            " FROM lab_results WHERE date BETWEEN ?1 AND ?2 ORDER BY date, test");
    if (!query)
        return query.error();
    bindRange(*query, range);
    auto stored = readAll<StoredLabResult>(*query, readLab);
    if (!stored)
        return stored.error();
    std::vector<LabResult> labs;
    labs.reserve(stored->size());
    for (auto& lab : *stored)
        labs.push_back(std::move(lab.result));
    return labs;
}

// The whole journal read in stored order, put in the order a query by date gives: nights
// and daily rows by date, intakes by time (those at the same minute as stored).
void putInDateOrder(JournalRecords& records)
{
    auto byDate = [](const auto& a, const auto& b) { return a.date() < b.date(); };
    if (!std::is_sorted(records.nights.begin(), records.nights.end(), byDate))
        std::sort(records.nights.begin(), records.nights.end(), byDate);
    if (!std::is_sorted(records.daily.begin(), records.daily.end(), byDate))
        std::sort(records.daily.begin(), records.daily.end(), byDate);
    auto byTime = [](const Intake& a, const Intake& b) { return a.takenAt() < b.takenAt(); };
    if (!std::is_sorted(records.intakes.begin(), records.intakes.end(), byTime))
        sortIntakesByTime(records.intakes);
}

// Table after table, stopping at the first with an error.
Result<JournalRecords> readInOrder(const SqliteDatabase& db, const DateRange& range)
{
    auto counts = countRows(db, range);
    if (!counts)
        return counts.error();
    JournalRecords records;
    auto nights =
        readDatedRows<Night>(db, "nights", kNightColumns, readNight, range, counts->nights);
    if (!nights)
        return nights.error();
    records.nights = std::move(nights).value();
    auto intakes = readIntakes(db, range, counts->intakes);
    if (!intakes)
        return intakes.error();
    records.intakes = std::move(intakes).value();
    auto daily = readDatedRows<DailyFactors>(db, "daily_factors", kDailyColumns, readDaily, range,
                                             counts->daily);
    if (!daily)
        return daily.error();
    records.daily = std::move(daily).value();
    auto labs = readLabs(db, range);
    if (!labs)
        return labs.error();
    records.labs = std::move(labs).value();
    auto weeks = readWeeks(db, range);
    if (!weeks)
        return weeks.error();
    records.weeks = std::move(weeks).value();
    auto meds = readMedicines(db, range);
    if (!meds)
        return meds.error();
    records.meds.reserve(meds->size());
    for (auto& stored : *meds)
        records.meds.push_back(std::move(stored.dose));
    auto settings = readSettings(db);
    if (!settings)
        return settings.error();
    records.settings = std::move(settings).value();
    auto factors = readFactors(db);
    if (!factors)
        return factors.error();
    records.factors = std::move(factors).value();
    auto factorValues = readFactorValues(db, range);
    if (!factorValues)
        return factorValues.error();
    records.factorValues = std::move(factorValues).value();
    return records;
}

/// While the whole journal is read SQLite keeps only a few pages: each table is scanned once,
/// so a page read is not asked for again, and ten years filling the default 2 MB cache touched
/// as many fresh pages of memory as the records themselves (issue 19: a page fault costs
/// microseconds). The connection's own cache size comes back afterwards.
class SmallPageCache
{
public:
    explicit SmallPageCache(const SqliteDatabase& db) : m_db(db)
    {
        if (auto size = db.queryInteger("PRAGMA cache_size")) {
            m_previous = *size;
            set(-kSmallCacheKib);
        }
    }
    ~SmallPageCache()
    {
        if (m_previous)
            set(*m_previous);
    }
    SmallPageCache(const SmallPageCache&) = delete;
    SmallPageCache& operator=(const SmallPageCache&) = delete;

private:
    static constexpr int kSmallCacheKib = 64;

    void set(std::int64_t size)
    {
        // Only a cache size: the read is the same whatever it is.
        if (auto statement = m_db.prepare("PRAGMA cache_size = " + std::to_string(size)))
            (void)statement->step();
    }

    const SqliteDatabase& m_db;
    std::optional<std::int64_t> m_previous;
};

} // namespace

Result<JournalRecords> readRecords(const SqliteDatabase& db, const DateRange& range)
{
    std::optional<SmallPageCache> smallCache;
    if (wholeJournal(range))
        smallCache.emplace(db);
    // One snapshot for all the queries: a night saved in the app while `stats` reads must not
    // leave its intakes out, nor bring them in without it.
    auto read = SqliteReadTransaction::begin(db);
    if (!read)
        return read.error();
    auto records = readInOrder(db, range);
    if (auto ended = read->end(); !ended && records)
        return ended.error();
    if (records && wholeJournal(range))
        putInDateOrder(*records);
    return records;
}

} // namespace quietlegs::stored
