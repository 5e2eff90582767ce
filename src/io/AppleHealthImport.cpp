#include "quietlegs/io/AppleHealthImport.h"

#include "AppleHealthRecords.h"
#include "TextChecks.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <set>

namespace quietlegs {
namespace {

using std::chrono::minutes;

// A source's sleep records that follow each other by less than this belong to one night
// (getting up for an hour at 3:00 is still the same night; an afternoon nap is not).
constexpr std::int64_t kSameNightGapSeconds = 2 * 3600;
constexpr minutes kAppleHealthIntakeTime{12 * 60};

Instant instantOf(const OffsetTime& time)
{
    // The journal keeps minutes: seconds are dropped, as the Fitbit importer does.
    const std::int64_t seconds = time.utcSeconds;
    const std::int64_t wholeMinutes = seconds >= 0 ? seconds / 60 : (seconds - 59) / 60;
    return Instant{minutes{wholeMinutes}};
}

Date dateOfDay(int daysSinceEpoch)
{
    return Date{std::chrono::sys_days{std::chrono::days{daysSinceEpoch}}};
}

std::string withThousands(long value)
{
    std::string digits = std::to_string(value);
    for (int at = int(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(std::size_t(at), ",");
    return digits;
}

/// A source's sleep records of one night, mapped to the sleep diary.
struct SleepNight
{
    std::uint32_t source = 0;
    int records = 0;
    std::uint32_t firstLine = 0;
    Date date;
    SleepDiaryTimes times;
    std::string timeZone;
    bool converted = false;
    int spanMin = 0;
};

/// The moments that make the diary, as the export wrote them.
struct NightMoments
{
    OffsetTime lightsOut;
    std::optional<OffsetTime> firstAsleep;
    std::optional<OffsetTime> finalWake;
    OffsetTime outOfBed;
    int awakenings = 0;
    std::int64_t awakeSeconds = 0;
};

std::optional<NightMoments> momentsOf(const std::vector<SleepRecord>& records, std::size_t begin,
                                      std::size_t end)
{
    std::optional<OffsetTime> firstInBed, lastInBedEnd, firstAsleep, lastAsleepEnd;
    for (std::size_t i = begin; i < end; ++i) {
        const SleepRecord& r = records[i];
        if (r.stage == SleepStage::InBed) {
            if (!firstInBed || r.start.utcSeconds < firstInBed->utcSeconds)
                firstInBed = r.start;
            if (!lastInBedEnd || r.end.utcSeconds > lastInBedEnd->utcSeconds)
                lastInBedEnd = r.end;
        } else if (r.stage == SleepStage::Asleep) {
            if (!firstAsleep || r.start.utcSeconds < firstAsleep->utcSeconds)
                firstAsleep = r.start;
            if (!lastAsleepEnd || r.end.utcSeconds > lastAsleepEnd->utcSeconds)
                lastAsleepEnd = r.end;
        }
    }
    if (!firstInBed && !firstAsleep)
        return std::nullopt; // only Awake records: nothing to place the night by
    NightMoments night;
    // Lights out is the first InBed start; a device that saw sleep begin before its InBed
    // record did cannot have had the lights out later than that.
    night.lightsOut =
        firstInBed && (!firstAsleep || firstInBed->utcSeconds <= firstAsleep->utcSeconds)
            ? *firstInBed
            : *firstAsleep;
    night.outOfBed = lastInBedEnd ? *lastInBedEnd : *lastAsleepEnd;
    if (!firstAsleep)
        return night; // in bed, no sleep recorded (the iPhone's bedtime alone)
    night.firstAsleep = firstAsleep;
    night.finalWake = lastAsleepEnd;
    if (lastAsleepEnd->utcSeconds > night.outOfBed.utcSeconds)
        night.outOfBed = *lastAsleepEnd;

    // Awakenings: the Awake intervals between falling asleep and the final wake, overlapping
    // ones (a record written twice) counted once.
    std::vector<std::pair<std::int64_t, std::int64_t>> awake;
    for (std::size_t i = begin; i < end; ++i) {
        const SleepRecord& r = records[i];
        if (r.stage != SleepStage::Awake)
            continue;
        const std::int64_t from = std::max(r.start.utcSeconds, firstAsleep->utcSeconds);
        const std::int64_t to = std::min(r.end.utcSeconds, lastAsleepEnd->utcSeconds);
        if (to > from)
            awake.emplace_back(from, to);
    }
    std::sort(awake.begin(), awake.end());
    std::int64_t mergedEnd = INT64_MIN;
    for (const auto& [from, to] : awake) {
        if (from > mergedEnd) {
            ++night.awakenings;
            night.awakeSeconds += to - from;
            mergedEnd = to;
        } else if (to > mergedEnd) {
            night.awakeSeconds += to - mergedEnd;
            mergedEnd = to;
        }
    }
    return night;
}

/// interchange-v2 `time_zone` for records that carry only UTC offsets.
class NightZone
{
public:
    explicit NightZone(const TimeZone& computer) : m_computer(computer) {}

    /// Picks the zone for moments of one night and gives their local times in it.
    struct Placed
    {
        std::string zone;
        bool converted = false;
        std::vector<LocalDateTime> local;
    };

    Placed place(const std::vector<OffsetTime>& moments) const
    {
        Placed placed;
        auto withOffsets = [&] {
            for (const OffsetTime& moment : moments)
                placed.local.push_back(LocalDateTime{instantOf(moment).time_since_epoch() +
                                                     minutes{moment.offsetMin}});
        };
        if (std::all_of(moments.begin(), moments.end(),
                        [&](const OffsetTime& m) { return computerAgrees(m); })) {
            placed.zone = m_computer.name();
            withOffsets();
            return placed;
        }
        const int offset = moments.front().offsetMin;
        const bool oneOffset =
            std::all_of(moments.begin(), moments.end(),
                        [&](const OffsetTime& m) { return m.offsetMin == offset; });
        // Etc/GMT-14 .. Etc/GMT+12 exist; their sign is inverted (POSIX).
        if (oneOffset && offset % 60 == 0 && offset >= -12 * 60 && offset <= 14 * 60) {
            const int hours = offset / 60;
            placed.zone = hours == 0  ? "Etc/GMT"
                          : hours > 0 ? "Etc/GMT-" + std::to_string(hours)
                                      : "Etc/GMT+" + std::to_string(-hours);
            if (TimeZone::named(placed.zone)) {
                withOffsets();
                return placed;
            }
        }
        placed.zone = m_computer.name();
        placed.converted = true;
        for (const OffsetTime& moment : moments)
            placed.local.push_back(m_computer.localTimeOf(instantOf(moment)));
        return placed;
    }

    std::string computerName() const { return m_computer.name(); }

private:
    bool computerAgrees(const OffsetTime& moment) const
    {
        const Instant instant = instantOf(moment);
        const LocalDateTime local{instant.time_since_epoch() + minutes{moment.offsetMin}};
        // An hour the clocks pass twice agrees when either offset is the record's.
        auto back = m_computer.instantOf(local, "", instant);
        return back && *back == instant;
    }

    const TimeZone& m_computer;
};

std::optional<SleepNight> sleepNightOf(const std::vector<SleepRecord>& records, std::size_t begin,
                                       std::size_t end, const NightZone& zones,
                                       std::vector<SkippedEntry>& skipped,
                                       const std::vector<std::string>& sources)
{
    const SleepRecord& first = records[begin];
    const std::string where = "line " + std::to_string(first.line);
    auto moments = momentsOf(records, begin, end);
    if (!moments) {
        skipped.push_back({where, "sleep of " + sources[first.source] +
                                      " with only Awake records: no night to place them in"});
        return std::nullopt;
    }
    std::vector<OffsetTime> points{moments->lightsOut, moments->outOfBed};
    if (moments->firstAsleep)
        points.insert(points.begin() + 1, {*moments->firstAsleep, *moments->finalWake});
    const NightZone::Placed placed = zones.place(points);

    SleepNight night;
    night.source = first.source;
    night.records = int(end - begin);
    night.firstLine = first.line;
    night.timeZone = placed.zone;
    night.converted = placed.converted;
    SleepDiaryTimes& times = night.times;
    times.intoBed = placed.local.front();
    times.lightsOut = placed.local.front();
    times.outOfBed = placed.local.back();
    if (moments->firstAsleep) {
        const Instant lightsOut = instantOf(moments->lightsOut);
        const Instant asleep = instantOf(*moments->firstAsleep);
        const Instant wake = instantOf(*moments->finalWake);
        const int latency = int((asleep - lightsOut).count());
        const int asleepSpan = int((wake - asleep).count());
        times.sleepLatencyMin = latency;
        times.finalWake = placed.local[2];
        times.awakenings = moments->awakenings;
        // Seconds were dropped from the times; the awake minutes cannot exceed the span.
        times.wasoMin = std::min(int((moments->awakeSeconds + 30) / 60), asleepSpan);
    }
    night.date = journalDateOf(*times.lightsOut);
    night.spanMin = int((instantOf(moments->outOfBed) - instantOf(moments->lightsOut)).count());
    auto zone = TimeZone::named(night.timeZone);
    if (!zone) {
        skipped.push_back({where, zone.error().message()});
        return std::nullopt;
    }
    if (auto diary = SleepDiary::create(times, *zone); !diary) {
        skipped.push_back({where, "sleep of " + sources[first.source] + " on the night of " +
                                      formatDate(night.date) + ": " + diary.error().message()});
        return std::nullopt;
    }
    return night;
}

/// Of the sources that recorded something on one day, the one to take: the person's choice
/// when it is among them, else the one with the most records (ties: the first by name).
std::uint32_t chosenSource(const std::vector<std::pair<std::uint32_t, long>>& candidates,
                           const std::optional<std::uint32_t>& preferred,
                           const std::vector<std::string>& sources)
{
    if (preferred)
        for (const auto& [source, records] : candidates)
            if (source == *preferred)
                return source;
    auto best = candidates.front();
    for (const auto& candidate : candidates)
        if (candidate.second > best.second ||
            (candidate.second == best.second && sources[candidate.first] < sources[best.first]))
            best = candidate;
    return best.first;
}

std::optional<std::uint32_t> sourceNamed(const std::vector<std::string>& sources,
                                         const std::string& name)
{
    for (std::uint32_t i = 0; i < sources.size(); ++i)
        if (sources[i] == name)
            return i;
    return std::nullopt;
}

class BatchBuilder
{
public:
    BatchBuilder(AppleHealthRecords records, const AppleHealthOptions& options,
                 const TimeZone& computer)
        : m_records(std::move(records)), m_options(options), m_zones(computer)
    {
        m_batch.source = "Apple Health export";
        m_batch.importer = EntrySource::AppleHealth;
        m_sleepUse.resize(m_records.sources.size());
        m_foodUse.resize(m_records.sources.size());
    }

    Result<ImportBatch> build()
    {
        auto sleepChoice = preferredSource(m_options.sources.sleepSource, "--sleep-source", true);
        if (!sleepChoice)
            return sleepChoice.error();
        auto foodChoice = preferredSource(m_options.sources.foodSource, "--food-source", false);
        if (!foodChoice)
            return foodChoice.error();
        addNights(*sleepChoice);
        addFood(*foodChoice);
        addSkipped();
        m_batch.sleepSourceUses = usesOf(m_sleepUse);
        m_batch.foodSourceUses = usesOf(m_foodUse);
        for (const ImportSourceUse& use : m_batch.sleepSourceUses)
            m_batch.sleepSources.push_back(use.name);
        for (const ImportSourceUse& use : m_batch.foodSourceUses)
            m_batch.foodSources.push_back(use.name);
        m_batch.chosenSleepSource = chosenName(*sleepChoice, m_batch.sleepSourceUses);
        m_batch.chosenFoodSource = chosenName(*foodChoice, m_batch.foodSourceUses);
        return std::move(m_batch);
    }

private:
    /// The index of a chosen source, refused when the file has no such records from it.
    Result<std::optional<std::uint32_t>> preferredSource(const std::string& name,
                                                         const std::string& field, bool sleep)
    {
        if (name.empty())
            return std::optional<std::uint32_t>{};
        auto index = sourceNamed(m_records.sources, name);
        bool recorded = false;
        if (index && sleep)
            recorded = std::any_of(m_records.sleep.begin(), m_records.sleep.end(),
                                   [&](const SleepRecord& r) { return r.source == *index; });
        if (index && !sleep)
            recorded = std::any_of(m_records.food.begin(), m_records.food.end(),
                                   [&](const auto& day) { return day.first.second == *index; });
        if (recorded)
            return std::optional<std::uint32_t>(index);
        // Name the sources there are, so the person can pick one.
        std::set<std::string> names;
        if (sleep)
            for (const SleepRecord& r : m_records.sleep)
                names.insert(m_records.sources[r.source]);
        else
            for (const auto& day : m_records.food)
                names.insert(m_records.sources[day.first.second]);
        std::string list;
        for (const std::string& n : names)
            list += (list.empty() ? "" : ", ") + n;
        return Error{
            field, printableText(name, 60),
            std::string("the file has no ") + (sleep ? "sleep" : "food or caffeine") +
                " records from this source (its sources: " + (list.empty() ? "none" : list) + ")"};
    }

    void addNights(const std::optional<std::uint32_t>& preferred)
    {
        std::vector<SleepRecord>& sleep = m_records.sleep;
        std::stable_sort(sleep.begin(), sleep.end(),
                         [](const SleepRecord& a, const SleepRecord& b) {
                             return a.source != b.source ? a.source < b.source
                                                         : a.start.utcSeconds < b.start.utcSeconds;
                         });
        // Each source's nights; a source with two sleeps on one journal date (a nap after the
        // 04:00 boundary and the night) keeps the longer.
        std::map<Date, std::vector<SleepNight>> byDate;
        int shorter = 0;
        for (std::size_t begin = 0; begin < sleep.size();) {
            std::size_t end = begin + 1;
            std::int64_t lastEnd = sleep[begin].end.utcSeconds;
            while (end < sleep.size() && sleep[end].source == sleep[begin].source &&
                   sleep[end].start.utcSeconds <= lastEnd + kSameNightGapSeconds) {
                lastEnd = std::max(lastEnd, sleep[end].end.utcSeconds);
                ++end;
            }
            m_sleepUse[sleep[begin].source].records += long(end - begin);
            auto night =
                sleepNightOf(sleep, begin, end, m_zones, m_batch.skipped, m_records.sources);
            begin = end;
            if (!night)
                continue;
            auto& nights = byDate[night->date];
            auto same = std::find_if(nights.begin(), nights.end(), [&](const SleepNight& n) {
                return n.source == night->source;
            });
            if (same == nights.end()) {
                nights.push_back(std::move(*night));
                continue;
            }
            ++shorter;
            if (night->spanMin > same->spanMin)
                *same = std::move(*night);
        }
        if (shorter > 0)
            m_batch.notes.push_back(std::to_string(shorter) +
                                    " shorter sleep period(s) skipped on nights the same source "
                                    "recorded a longer one (naps)");

        int converted = 0;
        for (auto& [date, nights] : byDate) {
            std::vector<std::pair<std::uint32_t, long>> candidates;
            for (const SleepNight& n : nights) {
                candidates.emplace_back(n.source, n.records);
                ++m_sleepUse[n.source].days;
            }
            const std::uint32_t source = chosenSource(candidates, preferred, m_records.sources);
            const SleepNight& night =
                *std::find_if(nights.begin(), nights.end(),
                              [&](const SleepNight& n) { return n.source == source; });
            ++m_sleepUse[source].daysTaken;
            if (night.converted)
                ++converted;
            NightPatch patch;
            patch.date = date;
            patch.sleep = night.times;
            patch.timeZone = night.timeZone;
            patch.origin = "line " + std::to_string(night.firstLine);
            patch.sourceName = m_records.sources[source];
            m_nightSources.push_back(m_records.sources[source]);
            m_batch.nightPatches.push_back(std::move(patch));
        }
        if (converted > 0)
            m_batch.notes.push_back(
                std::to_string(converted) +
                " night(s) with UTC offsets that match neither this computer's time zone nor a "
                "whole hour: their times were converted to " +
                m_zones.computerName());
    }

    void addFood(const std::optional<std::uint32_t>& preferred)
    {
        // By day: each source's records, for the food (magnesium and iron) and the caffeine.
        std::map<int, std::vector<const std::pair<const std::pair<int, std::uint32_t>, DayFood>*>>
            byDay;
        for (const auto& entry : m_records.food)
            byDay[entry.first.first].push_back(&entry);
        // Not a structured binding: clang 14 cannot capture one in the lambda below.
        for (const auto& dayEntries : byDay) {
            const auto& entries = dayEntries.second;
            const Date date = dateOfDay(dayEntries.first);
            std::vector<std::pair<std::uint32_t, long>> food, caffeine;
            for (const auto* entry : entries) {
                const std::uint32_t source = entry->first.second;
                const DayFood& counts = entry->second;
                const long foodRecords = counts.records[std::size_t(Dietary::Magnesium)] +
                                         counts.records[std::size_t(Dietary::Iron)];
                const long caffeineRecords = counts.records[std::size_t(Dietary::Caffeine)];
                if (foodRecords > 0)
                    food.emplace_back(source, foodRecords);
                if (caffeineRecords > 0)
                    caffeine.emplace_back(source, caffeineRecords);
                m_foodUse[source].records += foodRecords + caffeineRecords;
                ++m_foodUse[source].days;
            }
            std::set<std::uint32_t> taken;
            auto dayOf = [&](std::uint32_t source) -> const DayFood& {
                for (const auto* entry : entries)
                    if (entry->first.second == source)
                        return entry->second;
                return entries.front()->second; // not reached: the source is one of them
            };
            if (!food.empty()) {
                const std::uint32_t source = chosenSource(food, preferred, m_records.sources);
                taken.insert(source);
                addFoodIntakes(date, source, dayOf(source));
            }
            if (!caffeine.empty()) {
                const std::uint32_t source = chosenSource(caffeine, preferred, m_records.sources);
                taken.insert(source);
                addCaffeine(date, source, dayOf(source));
            }
            for (std::uint32_t source : taken)
                ++m_foodUse[source].daysTaken;
        }
    }

    void addFoodIntakes(Date date, std::uint32_t source, const DayFood& day)
    {
        if (!m_batch.replacedIntakes)
            m_batch.replacedIntakes = ReplacedIntakes{std::string(kAppleHealthLabel), {}};
        m_batch.replacedIntakes->dates.push_back(date);
        const std::string where = "line " + std::to_string(day.firstLine);
        for (Dietary dietary : {Dietary::Magnesium, Dietary::Iron}) {
            const double mg = day.mg[std::size_t(dietary)];
            // A zero total is no intake to record; the day still counts as logged.
            if (day.records[std::size_t(dietary)] == 0 || mg == 0)
                continue;
            const Nutrient nutrient =
                dietary == Dietary::Magnesium ? Nutrient::Magnesium : Nutrient::Iron;
            // The originating app's name lets food counted once see Cronometer's totals that
            // came through Apple Health and through a Cronometer export as one source.
            auto intake = Intake::create(
                IntakeEntry{atTime(date, kAppleHealthIntakeTime), nutrient, std::string(kFoodForm),
                            Route::Oral, std::nullopt, mg, std::string(kAppleHealthLabel),
                            EntrySource::AppleHealth, m_records.sources[source]});
            if (!intake) {
                m_batch.skipped.push_back(
                    {where, formatDate(date) + ": the " +
                                (dietary == Dietary::Magnesium ? "magnesium" : "iron") +
                                " total of " + m_records.sources[source] + " " +
                                intake.error().rule});
                continue;
            }
            m_intakeSources.push_back(m_records.sources[source]);
            m_batch.records.intakes.push_back(std::move(intake).value());
        }
    }

    void addCaffeine(Date date, std::uint32_t source, const DayFood& day)
    {
        DailyFactorsEntry fields;
        fields.date = date;
        fields.caffeineMg = day.mg[std::size_t(Dietary::Caffeine)];
        const std::string where = "line " + std::to_string(day.firstLine);
        if (auto check = DailyFactors::create(fields); !check) {
            m_batch.skipped.push_back({where, formatDate(date) + ": the caffeine total of " +
                                                  m_records.sources[source] + " " +
                                                  check.error().rule});
            return;
        }
        m_dailySources.push_back(m_records.sources[source]);
        m_batch.dailyPatches.push_back({fields, where, m_records.sources[source]});
    }

    void addSkipped()
    {
        for (const auto& [reason, skipped] : m_records.skippedRecords)
            m_batch.skipped.push_back(
                {"line " + std::to_string(skipped.firstLine),
                 reason + (skipped.count > 1
                               ? " (and " + withThousands(skipped.count - 1) + " more like it)"
                               : "")});
        // Types in the order of their counts, the most common first.
        std::vector<std::pair<std::string, long>> types(m_records.skippedTypes.begin(),
                                                        m_records.skippedTypes.end());
        std::stable_sort(types.begin(), types.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [type, count] : types)
            if (count > 0)
                m_batch.skipped.push_back({type, withThousands(count) +
                                                     (count == 1 ? " record" : " records") +
                                                     " of a type QuietLegs does not read"});
        // Sources of which some nights or days were not taken, so the person sees the choice.
        for (const auto& [uses, what] : {std::pair{&m_sleepUse, "night(s) of sleep"},
                                         std::pair{&m_foodUse, "day(s) of food"}}) {
            int withRecords = 0;
            for (const ImportSourceUse& use : *uses)
                withRecords += use.days > 0;
            if (withRecords < 2)
                continue;
            for (std::size_t i = 0; i < uses->size(); ++i) {
                const ImportSourceUse& use = (*uses)[i];
                if (use.days > use.daysTaken)
                    m_batch.notes.push_back(
                        m_records.sources[i] + ": " + std::to_string(use.days - use.daysTaken) +
                        " of " + std::to_string(use.days) + " " + what +
                        " not taken: another source recorded them with more records, or was "
                        "chosen");
            }
        }
    }

    /// The person's choice, else the source most nights or days were taken from.
    std::string chosenName(const std::optional<std::uint32_t>& preferred,
                           const std::vector<ImportSourceUse>& uses) const
    {
        if (preferred)
            return m_records.sources[*preferred];
        const ImportSourceUse* most = nullptr;
        for (const ImportSourceUse& use : uses)
            if (use.daysTaken > 0 && (!most || use.daysTaken > most->daysTaken))
                most = &use;
        return most ? most->name : std::string();
    }

    std::vector<ImportSourceUse> usesOf(std::vector<ImportSourceUse> uses) const
    {
        for (std::size_t i = 0; i < uses.size(); ++i)
            uses[i].name = m_records.sources[i];
        std::erase_if(uses, [](const ImportSourceUse& use) { return use.records == 0; });
        std::stable_sort(uses.begin(), uses.end(),
                         [](const auto& a, const auto& b) { return a.records > b.records; });
        return uses;
    }

    AppleHealthRecords m_records;
    const AppleHealthOptions& m_options;
    NightZone m_zones;
    ImportBatch m_batch;
    std::vector<ImportSourceUse> m_sleepUse, m_foodUse;
    // The sourceName of each night patch, intake and daily patch, in batch order.
    std::vector<std::string> m_nightSources, m_intakeSources, m_dailySources;
};

Result<ImportBatch> batchOf(Result<AppleHealthRecords> records, const AppleHealthOptions& options)
{
    if (!records)
        return records.error();
    auto computer =
        options.computerZone ? Result<TimeZone>(*options.computerZone) : TimeZone::current();
    if (!computer)
        return computer.error();
    BatchBuilder builder(std::move(records).value(), options, *computer);
    return builder.build();
}

struct FileCloser
{
    void operator()(std::FILE* file) const { std::fclose(file); }
};

} // namespace

bool looksLikeAppleHealthExport(std::string_view start)
{
    start = withoutByteOrderMark(start);
    const auto first = start.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || start[first] != '<')
        return false;
    return start.find("<!DOCTYPE HealthData") != std::string_view::npos ||
           start.find("<HealthData") != std::string_view::npos;
}

bool looksLikeAppleHealthExportFile(const std::filesystem::path& path)
{
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file)
        return false;
    // A real export's DOCTYPE declarations take about 10 kB before the root element.
    std::string start(64 << 10, '\0');
    start.resize(std::fread(start.data(), 1, start.size(), file.get()));
    return looksLikeAppleHealthExport(start);
}

Result<ImportBatch> importAppleHealth(std::string_view text, const AppleHealthOptions& options,
                                      const ImportProgress& progress)
{
    std::size_t at = 0;
    auto next = [&](char* buffer, std::size_t capacity) -> Result<std::size_t> {
        const std::size_t n = std::min(capacity, text.size() - at);
        std::memcpy(buffer, text.data() + at, n);
        at += n;
        return n;
    };
    return batchOf(readAppleHealthRecords(next, std::int64_t(text.size()), progress), options);
}

Result<ImportBatch> importAppleHealthFile(const std::filesystem::path& path,
                                          const AppleHealthOptions& options,
                                          const ImportProgress& progress)
{
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file)
        return Error{path.string(), "", std::string("cannot open: ") + std::strerror(errno)};
    std::error_code sizeError;
    const auto size = std::filesystem::file_size(path, sizeError);
    auto next = [&](char* buffer, std::size_t capacity) -> Result<std::size_t> {
        const std::size_t n = std::fread(buffer, 1, capacity, file.get());
        if (n == 0 && std::ferror(file.get()))
            return Error{path.string(), "", std::string("cannot read: ") + std::strerror(errno)};
        return n;
    };
    return batchOf(readAppleHealthRecords(next, sizeError ? 0 : std::int64_t(size), progress),
                   options);
}

} // namespace quietlegs
