#include "StoredRows.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace quietlegs::stored {
namespace {

Result<std::optional<LocalDateTime>> readDateTime(const SqliteStatement& row, int column,
                                                  const char* field)
{
    if (row.isNull(column))
        return std::optional<LocalDateTime>{};
    auto when = parseLocalDateTime(row.columnView(column), field);
    if (!when)
        return when.error();
    return std::optional<LocalDateTime>(*when);
}

/// Intakes of journal dates [from, to] were taken from `from` 04:00 to the day after `to` 04:00.
std::string intakeTimeBound(Date date)
{
    return formatLocalDateTime(atTime(date, kDefaultJournalDayBoundary));
}

} // namespace

Error corruptRow(const char* table, const std::string& key, const Error& error)
{
    return Error{std::string(table) + " " + key, "",
                 "stored entry is not valid: " + error.message()};
}

Result<Night> readNight(const SqliteStatement& row)
{
    const std::string dateText = row.columnText(0);
    auto date = parseDate(dateText);
    if (!date)
        return corruptRow("night", dateText, date.error());
    NightEntry entry;
    entry.date = *date;
    if (!row.isNull(1)) {
        thread_local std::vector<int> items; // kept: one allocation, not one per night
        items.clear();
        for (int i = 0; i < kIrlsItemCount; ++i)
            items.push_back(row.columnInt(1 + i));
        auto irls = IrlsScore::fromItems(items);
        if (!irls)
            return corruptRow("night", dateText, irls.error());
        entry.irls = *irls;
    }
    entry.severity = row.optionalInt(11);
    const std::pair<int, std::optional<LocalDateTime>*> times[] = {{12, &entry.sleep.intoBed},
                                                                   {13, &entry.sleep.lightsOut},
                                                                   {17, &entry.sleep.finalWake},
                                                                   {18, &entry.sleep.outOfBed}};
    for (auto [column, target] : times) {
        auto when = readDateTime(row, column, "time");
        if (!when)
            return corruptRow("night", dateText, when.error());
        *target = *when;
    }
    entry.sleep.sleepLatencyMin = row.optionalInt(14);
    entry.sleep.awakenings = row.optionalInt(15);
    entry.sleep.wasoMin = row.optionalInt(16);
    entry.notes = row.columnText(19);
    if (!row.isNull(20))
        entry.timeZone = row.columnText(20);
    auto onset = readDateTime(row, 21, "symptom_onset");
    if (!onset)
        return corruptRow("night", dateText, onset.error());
    entry.symptomOnset = *onset;
    entry.rlsAwakenings = row.optionalInt(22);
    if (auto arms = row.optionalInt(23))
        entry.arms = *arms != 0;
    auto source = parseEntrySource(row.columnView(24));
    if (!source)
        return corruptRow("night", dateText, source.error());
    entry.source = *source;
    entry.sourceName = row.columnText(25);
    if (!row.isNull(26)) {
        auto deviceSource = parseEntrySource(row.columnView(26), "device_sleep.source");
        if (!deviceSource)
            return corruptRow("night", dateText, deviceSource.error());
        DeviceSleep device;
        device.source = *deviceSource;
        device.sourceName = row.columnText(27);
        const std::pair<int, std::optional<LocalDateTime>*> deviceTimes[] = {
            {28, &device.times.intoBed},
            {29, &device.times.lightsOut},
            {33, &device.times.finalWake},
            {34, &device.times.outOfBed}};
        for (auto [column, target] : deviceTimes) {
            auto when = readDateTime(row, column, "device_sleep");
            if (!when)
                return corruptRow("night", dateText, when.error());
            *target = *when;
        }
        device.times.sleepLatencyMin = row.optionalInt(30);
        device.times.awakenings = row.optionalInt(31);
        device.times.wasoMin = row.optionalInt(32);
        entry.deviceSleep = std::move(device);
    }
    auto night = Night::create(entry);
    if (!night)
        return corruptRow("night", dateText, night.error());
    return night;
}

Result<StoredIntake> readIntake(const SqliteStatement& row)
{
    auto intake = readIntakeValue(row);
    if (!intake)
        return intake.error();
    return StoredIntake{row.columnInt64(0), std::move(intake).value(), row.optionalInt64(8)};
}

Result<Intake> readIntakeValue(const SqliteStatement& row)
{
    const std::int64_t id = row.columnInt64(0);
    auto key = [id] { return "#" + std::to_string(id); };
    // Views, not copies, of what is only parsed (issue 7: reading every intake of ten years).
    auto takenAt = parseLocalDateTime(row.columnView(1), "taken_at");
    if (!takenAt)
        return corruptRow("intake", key(), takenAt.error());
    auto nutrient = parseNutrient(row.columnView(2));
    if (!nutrient)
        return corruptRow("intake", key(), nutrient.error());
    auto route = parseRoute(row.columnView(4));
    if (!route)
        return corruptRow("intake", key(), route.error());
    auto origin = parseEntrySource(row.columnView(9));
    if (!origin)
        return corruptRow("intake", key(), origin.error());
    auto intake = Intake::create(IntakeEntry{*takenAt, *nutrient, row.columnText(3), *route,
                                             row.optionalDouble(5), row.optionalDouble(6),
                                             row.columnText(7), *origin, row.columnText(10)});
    if (!intake)
        return corruptRow("intake", key(), intake.error());
    return intake;
}

Result<DailyFactors> readDaily(const SqliteStatement& row)
{
    const std::string dateText = row.columnText(0);
    auto date = parseDate(dateText);
    if (!date)
        return corruptRow("daily", dateText, date.error());
    auto source = parseEntrySource(row.columnView(5));
    if (!source)
        return corruptRow("daily", dateText, source.error());
    auto factors =
        DailyFactors::create(DailyFactorsEntry{*date, row.optionalDouble(1), row.optionalDouble(2),
                                               row.optionalInt(3), row.optionalInt(4), *source,
                                               row.columnText(6)});
    if (!factors)
        return corruptRow("daily", dateText, factors.error());
    return factors;
}

Result<StoredLabResult> readLab(const SqliteStatement& row)
{
    const std::string key = "#" + std::to_string(row.columnInt64(0));
    auto date = parseDate(row.columnText(1));
    if (!date)
        return corruptRow("lab", key, date.error());
    auto test = parseLabTest(row.columnText(2));
    if (!test)
        return corruptRow("lab", key, test.error());
    LabDetails details;
    details.laboratory = row.columnText(5);
    if (auto drawn = row.optionalInt(6))
        details.morningNoIron24h = *drawn != 0;
    auto source = parseEntrySource(row.columnText(7));
    if (!source)
        return corruptRow("lab", key, source.error());
    details.source = *source;
    details.sourceName = row.optionalText(8).value_or("");
    auto result = LabResult::create(*date, *test, row.columnDouble(3), row.columnText(4),
                                    std::move(details));
    if (!result)
        return corruptRow("lab", key, result.error());
    return StoredLabResult{row.columnInt64(0), std::move(result).value()};
}

void bindRange(SqliteStatement& statement, const DateRange& range)
{
    statement.bind(1, range.from ? formatDate(*range.from) : std::string("0000-01-01"));
    statement.bind(2, range.to ? formatDate(*range.to) : std::string("9999-12-31"));
}

void bindIntakeRange(SqliteStatement& statement, const DateRange& range, int first)
{
    statement.bind(first, range.from ? intakeTimeBound(*range.from) : std::string("0000"));
    statement.bind(first + 1,
                   range.to ? intakeTimeBound(addDays(*range.to, 1)) : std::string("9999"));
}

/// Intakes by time, those at the same time in the order given: a sort of (time, position)
/// keys, then each intake moved once into its place, following the permutation's cycles, so
/// ten years of intakes are neither moved about by the sort nor copied into a second vector.
void sortIntakesByTime(std::vector<Intake>& intakes)
{
    std::vector<std::pair<LocalDateTime, std::size_t>> keys;
    keys.reserve(intakes.size());
    for (std::size_t i = 0; i < intakes.size(); ++i)
        keys.emplace_back(intakes[i].takenAt(), i);
    std::sort(keys.begin(), keys.end());
    // Place i takes the intake now at keys[i].second.
    std::vector<bool> placed(intakes.size(), false);
    for (std::size_t start = 0; start < intakes.size(); ++start) {
        if (placed[start])
            continue;
        if (keys[start].second == start)
            continue; // already in its place (most are: intakes are stored nearly in time order)
        Intake held = std::move(intakes[start]);
        std::size_t place = start;
        for (;;) {
            placed[place] = true;
            const std::size_t from = keys[place].second;
            if (from == start)
                break;
            intakes[place] = std::move(intakes[from]);
            place = from;
        }
        intakes[place] = std::move(held);
    }
}

} // namespace quietlegs::stored
