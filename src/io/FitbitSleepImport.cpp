#include "quietlegs/io/FitbitSleepImport.h"

#include "TextChecks.h"
#include "quietlegs/io/InterchangeJson.h"

#include <cmath>
#include <map>

namespace quietlegs {
namespace {

using ReadJson = nlohmann::json;

constexpr int kMaxLogMinutes = 24 * 60;
// Fitbit's endTime and startTime + timeInBed agree to the minute; more than this is a
// contradiction in the file, not rounding.
constexpr int kEndTimeToleranceMin = 2;

const ReadJson* logsOf(const ReadJson& document)
{
    if (document.is_array())
        return &document;
    if (document.is_object()) {
        auto it = document.find("sleep");
        if (it != document.end() && it->is_array())
            return &*it;
    }
    return nullptr;
}

/// A sleep log's field, read with the error naming the log and the field.
class SleepLog
{
public:
    SleepLog(const ReadJson& log, std::size_t index)
        : m_log(log), m_where("sleep log [" + std::to_string(index) + "]")
    {}

    const std::string& where() const { return m_where; }

    Error error(const std::string& field, const std::string& value, const std::string& rule) const
    {
        return Error{m_where + "." + field, printableText(value, 40), rule};
    }

    Result<int> minutes(const char* field, int max) const
    {
        auto it = m_log.find(field);
        if (it == m_log.end() || it->is_null())
            return error(field, "", "is missing");
        if (!it->is_number())
            return error(field, it->dump(-1, ' ', false, ReadJson::error_handler_t::replace),
                         "must be a whole number of minutes");
        const double value = it->get<double>();
        if (value != std::floor(value) || value < 0 || value > max)
            return error(field, it->dump(),
                         "must be a whole number from 0 to " + std::to_string(max));
        return int(value);
    }

    Result<LocalDateTime> time(const char* field) const
    {
        auto it = m_log.find(field);
        if (it == m_log.end() || !it->is_string())
            return error(field, "", "is missing or not a time");
        const std::string& text = it->get_ref<const std::string&>();
        // "2026-11-20T23:12:30.000": the journal keeps minutes.
        auto when = parseLocalDateTime(std::string_view(text).substr(0, 16), field);
        if (!when || (text.size() > 16 && text[16] != ':'))
            return error(field, text, "expected a time as YYYY-MM-DDTHH:MM:SS");
        return *when;
    }

    bool isMainSleep() const
    {
        for (const char* key : {"mainSleep", "isMainSleep"}) {
            auto it = m_log.find(key);
            if (it != m_log.end() && it->is_boolean())
                return it->get<bool>();
        }
        return true; // a log without the flag is the night's sleep
    }

    std::optional<int> awakenings() const
    {
        // Stage logs count wake periods in levels.summary.wake; classic logs say awakeningsCount.
        const ReadJson* count = nullptr;
        if (auto levels = m_log.find("levels"); levels != m_log.end() && levels->is_object())
            if (auto summary = levels->find("summary");
                summary != levels->end() && summary->is_object())
                if (auto wake = summary->find("wake"); wake != summary->end() && wake->is_object())
                    if (auto c = wake->find("count"); c != wake->end())
                        count = &*c;
        if (!count)
            for (const char* key : {"awakeningsCount", "awakeCount"})
                if (auto it = m_log.find(key); it != m_log.end()) {
                    count = &*it;
                    break;
                }
        if (!count || !count->is_number_integer())
            return std::nullopt;
        const auto value = count->get<std::int64_t>();
        if (value < 0 || value > 100)
            return std::nullopt;
        return int(value);
    }

private:
    const ReadJson& m_log;
    std::string m_where;
};

struct MainSleep
{
    NightPatch patch;
    int timeInBed = 0;
    std::string where;
};

Result<MainSleep> mainSleepOf(const SleepLog& log)
{
    auto start = log.time("startTime");
    if (!start)
        return start.error();
    auto end = log.time("endTime");
    if (!end)
        return end.error();
    auto timeInBed = log.minutes("timeInBed", kMaxLogMinutes - 1);
    if (!timeInBed)
        return timeInBed.error();
    auto asleep = log.minutes("minutesAsleep", kMaxLogMinutes);
    if (!asleep)
        return asleep.error();
    auto toFallAsleep = log.minutes("minutesToFallAsleep", kMaxLogMinutes);
    if (!toFallAsleep)
        return toFallAsleep.error();
    auto afterWakeup = log.minutes("minutesAfterWakeup", kMaxLogMinutes);
    if (!afterWakeup)
        return afterWakeup.error();

    const LocalDateTime outOfBed = *start + std::chrono::minutes{*timeInBed};
    if (std::abs(int((*end - outOfBed).count())) > kEndTimeToleranceMin)
        return log.error("endTime", formatLocalDateTime(*end),
                         "disagrees with startTime + timeInBed (" + formatLocalDateTime(outOfBed) +
                             ")");
    const int waso = *timeInBed - *afterWakeup - *toFallAsleep - *asleep;
    if (waso < 0)
        return log.error("minutesAsleep", std::to_string(*asleep),
                         "plus minutesToFallAsleep and minutesAfterWakeup exceeds timeInBed (" +
                             std::to_string(*timeInBed) + ")");

    SleepDiaryTimes times;
    times.intoBed = *start;
    times.lightsOut = *start;
    times.sleepLatencyMin = *toFallAsleep;
    times.awakenings = log.awakenings();
    times.wasoMin = waso;
    times.finalWake = outOfBed - std::chrono::minutes{*afterWakeup};
    times.outOfBed = outOfBed;

    MainSleep sleep;
    sleep.patch.date = journalDateOf(*start);
    sleep.patch.sleep = times;
    sleep.patch.origin = log.where();
    sleep.timeInBed = *timeInBed;
    sleep.where = log.where();
    // Validate now, so the error names the log rather than surfacing when applied.
    if (auto diary = SleepDiary::create(times); !diary)
        return Error{log.where() + "." + diary.error().field, diary.error().value,
                     diary.error().rule};
    return sleep;
}

} // namespace

bool looksLikeFitbitSleep(std::string_view text)
{
    auto document = parseJsonSafely(text);
    if (!document)
        return false;
    const ReadJson* logs = logsOf(*document);
    if (!logs || logs->empty() || !(*logs)[0].is_object())
        return false;
    const ReadJson& first = (*logs)[0];
    return first.contains("startTime") && first.contains("minutesAsleep") &&
           first.contains("timeInBed");
}

Result<ImportBatch> importFitbitSleep(std::string_view text, const ImportProgress& progress)
{
    auto document = parseJsonSafely(text);
    if (!document)
        return document.error();
    const ReadJson* logs = logsOf(*document);
    if (!logs)
        return Error{"", "", "not a Fitbit sleep export: expected an array of sleep logs"};

    ImportBatch batch;
    batch.source = "Fitbit sleep";
    batch.importer = EntrySource::Fitbit;
    std::map<Date, MainSleep> nights; // one main sleep per journal date
    int naps = 0;
    const auto total = std::int64_t(logs->size());
    for (std::size_t i = 0; i < logs->size(); ++i) {
        if (i % 64 == 0 && !reportProgress(progress, std::int64_t(i), total))
            return importCancelled();
        const ReadJson& entry = (*logs)[i];
        if (!entry.is_object())
            return Error{"sleep log [" + std::to_string(i) + "]", "", "must be an object"};
        SleepLog log(entry, i);
        if (!log.isMainSleep()) {
            ++naps;
            batch.skipped.push_back({log.where(), "a nap (mainSleep false)"});
            continue;
        }
        auto sleep = mainSleepOf(log);
        if (!sleep)
            return sleep.error();
        auto [it, inserted] = nights.emplace(sleep->patch.date, *sleep);
        if (!inserted) {
            // Two main sleeps for one night: keep the longer, say so.
            MainSleep shorter = std::move(sleep).value();
            if (shorter.timeInBed > it->second.timeInBed)
                std::swap(shorter, it->second);
            batch.skipped.push_back({shorter.where, "another main sleep on the night of " +
                                                        formatDate(it->first) + " is longer"});
        }
    }
    for (auto& [date, sleep] : nights)
        batch.nightPatches.push_back(std::move(sleep.patch));
    if (naps > 0)
        batch.notes.push_back(std::to_string(naps) + " nap(s) skipped");
    if (!reportProgress(progress, total, total))
        return importCancelled();
    return batch;
}

} // namespace quietlegs
