#include "quietlegs/io/ImportBatch.h"

#include "quietlegs/core/FoodCoverage.h"
#include "quietlegs/storage/Journal.h"

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>

namespace quietlegs {
namespace {

/// An error found while combining a patch with the journal, naming where in the file it was.
Error fromOrigin(const std::string& origin, const Error& error)
{
    if (origin.empty())
        return error;
    return Error{origin + (error.field.empty() ? "" : ", " + error.field), error.value, error.rule};
}

std::string valueText(const std::optional<int>& value)
{
    return value ? std::to_string(*value) : std::string();
}

std::string valueText(const std::optional<double>& value)
{
    if (!value)
        return {};
    std::ostringstream out;
    out << *value;
    return out.str();
}

std::string valueText(const std::optional<LocalDateTime>& value)
{
    return value ? formatLocalDateTime(*value) : std::string();
}

std::string valueText(const std::optional<IrlsScore>& value)
{
    return value ? std::to_string(value->total()) : std::string();
}

std::string valueText(const std::string& value)
{
    return value.size() > 40 ? value.substr(0, 37) + "..." : value;
}

/// Collects the preview's changes of one entry, field by field.
class ChangeLog
{
public:
    ChangeLog(std::vector<ImportChange>& changes, Date date) : m_changes(changes), m_date(date) {}

    /// The stored value `old` meets the import's `incoming`: Kept when `typedWins` and the
    /// journal has a value, else Added or Replaced (nothing when they are the same). True when
    /// the import's value is to be written.
    template <typename T> bool offer(const char* field, const T& old, const T& incoming, bool typedWins)
    {
        if (old == incoming)
            return false;
        const std::string before = valueText(old), after = valueText(incoming);
        if (typedWins && !before.empty()) {
            m_changes.push_back({ImportChange::Kind::Kept, m_date, field, before, after});
            return false;
        }
        m_changes.push_back({before.empty() ? ImportChange::Kind::Added : ImportChange::Kind::Replaced,
                             m_date, field, before, after});
        return true;
    }

private:
    std::vector<ImportChange>& m_changes;
    Date m_date;
};

bool hasAnySleepValue(const SleepDiaryTimes& t)
{
    return t.intoBed || t.lightsOut || t.sleepLatencyMin || t.awakenings || t.wasoMin ||
           t.finalWake || t.outOfBed;
}

std::string sleepSummary(const SleepDiaryTimes& t)
{
    std::string text;
    auto add = [&text](const char* name, const std::string& value) {
        if (!value.empty())
            text += (text.empty() ? "" : ", ") + std::string(name) + " " + value;
    };
    add("into_bed", valueText(t.intoBed));
    add("lights_out", valueText(t.lightsOut));
    add("sleep_latency_min", valueText(t.sleepLatencyMin));
    add("awakenings", valueText(t.awakenings));
    add("waso_min", valueText(t.wasoMin));
    add("final_wake", valueText(t.finalWake));
    add("out_of_bed", valueText(t.outOfBed));
    return text;
}

/// How one batch is written: the importer, whether typed values may be replaced, and the
/// preview's changes.
struct MergeRules
{
    std::optional<EntrySource> importer;
    bool replaceManual = false;
    std::vector<ImportChange>* changes = nullptr;

    /// What the person typed wins over a third-party import of a `manual` row.
    bool typedWins(EntrySource storedSource) const
    {
        return importer && !replaceManual && storedSource == EntrySource::Manual;
    }
};

Result<Night> patchedNight(const Journal& journal, const NightPatch& patch, const MergeRules& rules)
{
    NightEntry entry;
    entry.date = patch.date;
    auto stored = journal.night(patch.date);
    if (!stored)
        return stored.error();
    bool typedWins = false;
    if (*stored) {
        const Night& night = **stored;
        entry.irls = night.irls();
        entry.severity = night.severity();
        entry.sleep = night.sleep().times();
        entry.notes = night.notes();
        entry.timeZone = night.timeZone().name(); // a patch's times are the stored night's
        entry.symptomOnset = night.symptomOnset();
        entry.rlsAwakenings = night.rlsAwakenings();
        entry.arms = night.arms();
        entry.source = night.source();
        entry.sourceName = night.sourceName();
        entry.deviceSleep = night.deviceSleep();
        typedWins = rules.typedWins(night.source());
    } else if (rules.importer) {
        entry.source = *rules.importer;
        entry.sourceName = patch.sourceName;
    }
    if (*stored && !typedWins && rules.importer) {
        // An imported row takes the source of the import that writes it now.
        entry.source = *rules.importer;
        entry.sourceName = patch.sourceName;
    }
    ChangeLog log(*rules.changes, patch.date);
    if (patch.irls && log.offer("irls", entry.irls, patch.irls, typedWins))
        entry.irls = patch.irls;
    if (patch.severity && log.offer("severity", entry.severity, patch.severity, typedWins))
        entry.severity = patch.severity;
    if (patch.sleep && patch.sleepKeepsStoredEntries) {
        const SleepDiaryTimes& given = *patch.sleep;
        SleepDiaryTimes& sleep = entry.sleep;
        const std::pair<const char*, std::optional<LocalDateTime> SleepDiaryTimes::*> clocks[] = {
            {"into_bed", &SleepDiaryTimes::intoBed},
            {"lights_out", &SleepDiaryTimes::lightsOut},
            {"final_wake", &SleepDiaryTimes::finalWake},
            {"out_of_bed", &SleepDiaryTimes::outOfBed}};
        for (auto [name, member] : clocks)
            if (given.*member && log.offer(name, sleep.*member, given.*member, typedWins))
                sleep.*member = given.*member;
        const std::pair<const char*, std::optional<int> SleepDiaryTimes::*> counts[] = {
            {"sleep_latency_min", &SleepDiaryTimes::sleepLatencyMin},
            {"awakenings", &SleepDiaryTimes::awakenings},
            {"waso_min", &SleepDiaryTimes::wasoMin}};
        for (auto [name, member] : counts)
            if (given.*member && log.offer(name, sleep.*member, given.*member, typedWins))
                sleep.*member = given.*member;
    } else if (patch.sleep && *patch.sleep == entry.sleep) {
        // The diary already is this record (an earlier import filled an empty one): unchanged.
    } else if (patch.sleep && typedWins && hasAnySleepValue(entry.sleep)) {
        // A device's whole record of a night that has a hand-kept diary goes beside it
        // (interchange-v2 `device_sleep`), never over it.
        DeviceSleep device{*rules.importer, patch.sourceName, *patch.sleep};
        const std::string before =
            entry.deviceSleep ? sleepSummary(entry.deviceSleep->times) : std::string();
        const std::string after = sleepSummary(device.times);
        if (before != after)
            rules.changes->push_back({before.empty() ? ImportChange::Kind::Added
                                                     : ImportChange::Kind::Replaced,
                                      patch.date, "device_sleep", before, after});
        entry.deviceSleep = std::move(device);
    } else if (patch.sleep) {
        const std::string before = sleepSummary(entry.sleep), after = sleepSummary(*patch.sleep);
        if (before != after)
            rules.changes->push_back({before.empty() ? ImportChange::Kind::Added
                                                     : ImportChange::Kind::Replaced,
                                      patch.date, "sleep", before, after});
        entry.sleep = *patch.sleep;
        // The device's record is now the diary itself: no second copy beside it.
        if (entry.deviceSleep && rules.importer && entry.deviceSleep->source == *rules.importer)
            entry.deviceSleep.reset();
    }
    if (patch.notes && log.offer("notes", entry.notes, *patch.notes, typedWins))
        entry.notes = *patch.notes;
    const bool diaryKept = typedWins && hasAnySleepValue(entry.sleep) && patch.sleep &&
                           !patch.sleepKeepsStoredEntries;
    if (patch.timeZone && !diaryKept)
        entry.timeZone = *patch.timeZone;
    auto night = Night::create(entry);
    if (!night)
        return fromOrigin(patch.origin, night.error());
    return night;
}

Result<DailyFactors> patchedDaily(const Journal& journal, const DailyFactorsPatch& patch,
                                  const MergeRules& rules)
{
    DailyFactorsEntry entry;
    entry.date = patch.fields.date;
    auto stored = journal.dailyFactors(entry.date);
    if (!stored)
        return stored.error();
    bool typedWins = false;
    if (*stored) {
        entry.caffeineMg = (*stored)->caffeineMg();
        entry.alcoholUnits = (*stored)->alcoholUnits();
        entry.exerciseMin = (*stored)->exerciseMin();
        entry.stress = (*stored)->stress();
        entry.source = (*stored)->source();
        entry.sourceName = (*stored)->sourceName();
        typedWins = rules.typedWins(entry.source);
    }
    if (rules.importer && !typedWins) {
        entry.source = *rules.importer;
        entry.sourceName = patch.sourceName;
    }
    ChangeLog log(*rules.changes, entry.date);
    const DailyFactorsEntry& f = patch.fields;
    if (f.caffeineMg && log.offer("caffeine_mg", entry.caffeineMg, f.caffeineMg, typedWins))
        entry.caffeineMg = f.caffeineMg;
    if (f.alcoholUnits && log.offer("alcohol_units", entry.alcoholUnits, f.alcoholUnits, typedWins))
        entry.alcoholUnits = f.alcoholUnits;
    if (f.exerciseMin && log.offer("exercise_min", entry.exerciseMin, f.exerciseMin, typedWins))
        entry.exerciseMin = f.exerciseMin;
    if (f.stress && log.offer("stress", entry.stress, f.stress, typedWins))
        entry.stress = f.stress;
    auto factors = DailyFactors::create(entry);
    if (!factors)
        return fromOrigin(patch.origin, factors.error());
    return factors;
}

struct RemovedIntake
{
    Date journalDate;
    Nutrient nutrient;
};

} // namespace

bool reportProgress(const ImportProgress& progress, std::int64_t done, std::int64_t total)
{
    return !progress || progress(done, total);
}

Error importCancelled()
{
    return Error{"", "", "import cancelled; the journal is unchanged"};
}

std::string_view importChangeKindId(ImportChange::Kind kind)
{
    switch (kind) {
    case ImportChange::Kind::Added: return "added";
    case ImportChange::Kind::Replaced: return "replaced";
    case ImportChange::Kind::Kept: return "kept";
    }
    return "added";
}

std::string ImportSummary::text() const
{
    std::ostringstream out;
    out << source << (dryRun ? " (dry run, nothing written)" : "") << ": " << added << " added, "
        << updated << " updated, " << unchanged << " unchanged";
    if (removed > 0)
        out << ", " << removed << " removed";
    out << ", " << skipped.size() << " skipped\n";
    if (dryRun) {
        // The preview: per day what would be added, replaced or kept, old -> new.
        std::optional<Date> day;
        for (const ImportChange& change : changes) {
            if (!day || *day != change.date) {
                day = change.date;
                out << "  " << formatDate(change.date) << ":\n";
            }
            out << "    " << change.field << ": ";
            switch (change.kind) {
            case ImportChange::Kind::Added: out << "add " << change.newValue; break;
            case ImportChange::Kind::Replaced:
                out << "replace " << change.oldValue << " -> " << change.newValue;
                break;
            case ImportChange::Kind::Kept:
                out << "keep " << change.oldValue << " (typed by hand; the file has "
                    << change.newValue << "; --replace-manual to take it)";
                break;
            }
            out << '\n';
        }
    }
    if (!foodCoveredDates.empty()) {
        out << "  food logged by hand is covered by the imported food (counted once) on:";
        for (Date date : foodCoveredDates)
            out << ' ' << formatDate(date);
        out << '\n';
    }
    if (dryRun && !ignoredColumns.empty()) {
        out << "  ignored columns:";
        for (std::size_t i = 0; i < ignoredColumns.size(); ++i)
            out << (i ? ", " : " ") << ignoredColumns[i];
        out << '\n';
    }
    for (const SkippedEntry& entry : skipped)
        out << "  skipped " << entry.where << ": " << entry.reason << '\n';
    for (const std::string& note : notes)
        out << "  note: " << note << '\n';
    return out.str();
}

std::set<Date> datesTouchedBy(const ImportBatch& batch)
{
    std::set<Date> dates;
    const JournalRecords& records = batch.records;
    for (const Night& night : records.nights)
        dates.insert(night.date());
    for (const Intake& intake : records.intakes)
        dates.insert(intake.journalDate());
    for (const DailyFactors& factors : records.daily)
        dates.insert(factors.date());
    for (const LabResult& lab : records.labs)
        dates.insert(lab.date());
    for (const WeeklyIrls& week : records.weeks)
        dates.insert(week.weekEnding());
    for (const FactorValue& value : records.factorValues)
        dates.insert(value.date());
    for (const MedicineDose& dose : records.meds)
        dates.insert(dose.journalDate());
    for (const NightPatch& patch : batch.nightPatches)
        dates.insert(patch.date);
    for (const DailyFactorsPatch& patch : batch.dailyPatches)
        dates.insert(patch.fields.date);
    if (batch.replacedIntakes)
        dates.insert(batch.replacedIntakes->dates.begin(), batch.replacedIntakes->dates.end());
    return dates;
}

bool failedOnEntry(const ImportBatch& batch, const Error& error)
{
    // fromOrigin() names the entry: "line 12, into_bed" (and not "line 120").
    auto names = [&error](const std::string& origin) {
        return !origin.empty() && error.field.rfind(origin, 0) == 0 &&
               (error.field.size() == origin.size() || error.field[origin.size()] == ',');
    };
    return std::any_of(batch.nightPatches.begin(), batch.nightPatches.end(),
                       [&](const NightPatch& patch) { return names(patch.origin); }) ||
           std::any_of(batch.dailyPatches.begin(), batch.dailyPatches.end(),
                       [&](const DailyFactorsPatch& patch) { return names(patch.origin); });
}

Result<ImportSummary> applyImport(Journal& journal, const ImportBatch& batch, bool dryRun)
{
    return applyImport(journal, batch, ImportOptions{dryRun, false});
}

Result<ImportSummary> applyImport(Journal& journal, const ImportBatch& batch,
                                  const ImportOptions& options)
{
    const bool dryRun = options.dryRun;
    auto transaction = SqliteTransaction::begin(journal.database());
    if (!transaction)
        return transaction.error();

    std::vector<ImportChange> changes;
    const MergeRules rules{batch.importer, options.replaceManual, &changes};
    // A batch of records alone (an interchange file) is merged as it is: copying ten years of
    // records first cost 13M instructions.
    std::optional<JournalRecords> withPatches;
    if (!batch.nightPatches.empty() || !batch.dailyPatches.empty())
        withPatches = batch.records;
    for (const NightPatch& patch : batch.nightPatches) {
        auto night = patchedNight(journal, patch, rules);
        if (!night)
            return night.error();
        withPatches->nights.push_back(std::move(night).value());
    }
    for (const DailyFactorsPatch& patch : batch.dailyPatches) {
        auto factors = patchedDaily(journal, patch, rules);
        if (!factors)
            return factors.error();
        withPatches->daily.push_back(std::move(factors).value());
    }
    const JournalRecords& merged = withPatches ? *withPatches : batch.records;

    // The dates the batch's intakes land on, with what they held before (for the preview's
    // old -> new totals and the days whose hand-logged food becomes covered).
    std::set<Date> intakeDates;
    for (const Intake& intake : merged.intakes)
        intakeDates.insert(intake.journalDate());
    if (batch.replacedIntakes)
        intakeDates.insert(batch.replacedIntakes->dates.begin(), batch.replacedIntakes->dates.end());
    // Only a third-party import or a preview needs them: a whole journal's interchange file is
    // not read twice more (issue 7's import of ten years).
    const bool describeIntakes = batch.importer.has_value() || dryRun;
    auto intakesOn = [&journal, describeIntakes](
                         const std::set<Date>& dates) -> Result<std::vector<Intake>> {
        std::vector<Intake> out;
        if (dates.empty() || !describeIntakes)
            return out;
        auto stored = journal.intakes(DateRange{*dates.begin(), *dates.rbegin()});
        if (!stored)
            return stored.error();
        for (const StoredIntake& entry : *stored)
            if (dates.contains(entry.intake.journalDate()))
                out.push_back(entry.intake);
        return out;
    };
    auto intakesBefore = intakesOn(intakeDates);
    if (!intakesBefore)
        return intakesBefore.error();

    // Earlier imports' intakes that this file no longer carries go; identical ones stay, so
    // importing the same file again reports them unchanged. The label is the importer's mark
    // (rows an import wrote before journal format 10 are `manual` and still its own).
    std::vector<RemovedIntake> removed;
    if (const auto& replaced = batch.replacedIntakes) {
        for (Date date : replaced->dates) {
            auto stored = journal.intakes(DateRange{date, date});
            if (!stored)
                return stored.error();
            for (const StoredIntake& entry : *stored) {
                if (entry.intake.label() != replaced->label)
                    continue;
                if (std::find(merged.intakes.begin(), merged.intakes.end(), entry.intake) !=
                    merged.intakes.end())
                    continue;
                auto deleted = journal.deleteIntake(entry.id);
                if (!deleted)
                    return deleted.error();
                removed.push_back({entry.intake.journalDate(), entry.intake.nutrient()});
            }
        }
    }

    auto merge = journal.merge(merged);
    if (!merge)
        return merge.error();

    ImportSummary summary;
    summary.source = batch.source;
    summary.added = merge->added;
    summary.updated = merge->updated;
    summary.unchanged = merge->unchanged;
    summary.skipped = batch.skipped;
    summary.notes = batch.notes;
    summary.ignoredColumns = batch.ignoredColumns;
    summary.dryRun = dryRun;
    // A removed intake whose date and nutrient a new one took was, to the user, updated.
    std::vector<bool> paired(merged.intakes.size(), false);
    for (const RemovedIntake& gone : removed) {
        bool replacedByNew = false;
        for (std::size_t i = 0; i < merged.intakes.size() && !replacedByNew; ++i) {
            const Intake& incoming = merged.intakes[i];
            if (!paired[i] && incoming.label() == batch.replacedIntakes->label &&
                incoming.journalDate() == gone.journalDate &&
                incoming.nutrient() == gone.nutrient) {
                paired[i] = true;
                replacedByNew = true;
            }
        }
        if (replacedByNew && summary.added > 0) {
            --summary.added;
            ++summary.updated;
        } else {
            ++summary.removed;
        }
    }

    // The intakes' part of the preview: per day and nutrient, what the importer's entries
    // summed to before and after (food as one day's total, supplements by form).
    auto intakesAfter = intakesOn(intakeDates);
    if (!intakesAfter)
        return intakesAfter.error();
    auto importedSums = [&batch](const std::vector<Intake>& intakes) {
        std::map<std::pair<Date, std::string>, double> sums;
        for (const Intake& intake : intakes) {
            const bool imported = batch.importer ? intake.origin() == *batch.importer
                                                 : intake.origin() != EntrySource::Manual;
            if (!imported)
                continue;
            const std::string field = std::string(nutrientId(intake.nutrient())) +
                                      (intake.form() == kFoodForm ? "_food_mg" : "_mg (" + intake.form() + ")");
            sums[{intake.journalDate(), field}] += intake.elementalMg();
        }
        return sums;
    };
    const auto sumsBefore = importedSums(*intakesBefore), sumsAfter = importedSums(*intakesAfter);
    std::set<std::pair<Date, std::string>> keys;
    for (const auto& entry : sumsBefore)
        keys.insert(entry.first);
    for (const auto& entry : sumsAfter)
        keys.insert(entry.first);
    for (const auto& key : keys) {
        auto valueOf = [&key](const auto& sums) {
            auto it = sums.find(key);
            return it == sums.end() ? std::optional<double>() : std::optional<double>(it->second);
        };
        const std::string before = valueText(valueOf(sumsBefore)), after = valueText(valueOf(sumsAfter));
        if (before == after)
            continue;
        changes.push_back({before.empty() ? ImportChange::Kind::Added : ImportChange::Kind::Replaced,
                           key.first, key.second, before, after.empty() ? "none" : after});
    }
    const std::set<Date> coveredBefore = datesWithCoveredFood(*intakesBefore);
    for (Date date : datesWithCoveredFood(*intakesAfter))
        if (!coveredBefore.contains(date))
            summary.foodCoveredDates.push_back(date);
    std::stable_sort(changes.begin(), changes.end(),
                     [](const ImportChange& a, const ImportChange& b) { return a.date < b.date; });
    summary.changes = std::move(changes);

    if (dryRun)
        return summary; // the transaction rolls back as it goes out of scope
    if (auto status = transaction->commit(); !status)
        return status.error();
    return summary;
}

} // namespace quietlegs
