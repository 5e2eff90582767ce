#include "quietlegs/io/ImportBatch.h"

#include "quietlegs/storage/Journal.h"

#include <algorithm>
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

Result<Night> patchedNight(const Journal& journal, const NightPatch& patch)
{
    NightEntry entry;
    entry.date = patch.date;
    auto stored = journal.night(patch.date);
    if (!stored)
        return stored.error();
    if (*stored) {
        const Night& night = **stored;
        entry.irls = night.irls();
        entry.severity = night.severity();
        entry.sleep = night.sleep().times();
        entry.notes = night.notes();
        entry.timeZone = night.timeZone().name(); // a patch's times are the stored night's
    }
    if (patch.irls)
        entry.irls = patch.irls;
    if (patch.severity)
        entry.severity = patch.severity;
    if (patch.sleep && patch.sleepKeepsStoredEntries) {
        const SleepDiaryTimes& given = *patch.sleep;
        SleepDiaryTimes& sleep = entry.sleep;
        for (auto member : {&SleepDiaryTimes::intoBed, &SleepDiaryTimes::lightsOut,
                            &SleepDiaryTimes::finalWake, &SleepDiaryTimes::outOfBed})
            if (given.*member)
                sleep.*member = given.*member;
        for (auto member : {&SleepDiaryTimes::sleepLatencyMin, &SleepDiaryTimes::awakenings,
                            &SleepDiaryTimes::wasoMin})
            if (given.*member)
                sleep.*member = given.*member;
    } else if (patch.sleep) {
        entry.sleep = *patch.sleep;
    }
    if (patch.notes)
        entry.notes = *patch.notes;
    if (patch.timeZone)
        entry.timeZone = *patch.timeZone;
    auto night = Night::create(entry);
    if (!night)
        return fromOrigin(patch.origin, night.error());
    return night;
}

Result<DailyFactors> patchedDaily(const Journal& journal, const DailyFactorsPatch& patch)
{
    DailyFactorsEntry entry;
    entry.date = patch.fields.date;
    auto stored = journal.dailyFactors(entry.date);
    if (!stored)
        return stored.error();
    if (*stored) {
        entry.caffeineMg = (*stored)->caffeineMg();
        entry.alcoholUnits = (*stored)->alcoholUnits();
        entry.exerciseMin = (*stored)->exerciseMin();
        entry.stress = (*stored)->stress();
    }
    const DailyFactorsEntry& f = patch.fields;
    if (f.caffeineMg)
        entry.caffeineMg = f.caffeineMg;
    if (f.alcoholUnits)
        entry.alcoholUnits = f.alcoholUnits;
    if (f.exerciseMin)
        entry.exerciseMin = f.exerciseMin;
    if (f.stress)
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

std::string ImportSummary::text() const
{
    std::ostringstream out;
    out << source << (dryRun ? " (dry run, nothing written)" : "") << ": " << added << " added, "
        << updated << " updated, " << unchanged << " unchanged";
    if (removed > 0)
        out << ", " << removed << " removed";
    out << ", " << skipped.size() << " skipped\n";
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
    auto transaction = SqliteTransaction::begin(journal.database());
    if (!transaction)
        return transaction.error();

    JournalRecords merged = batch.records;
    for (const NightPatch& patch : batch.nightPatches) {
        auto night = patchedNight(journal, patch);
        if (!night)
            return night.error();
        merged.nights.push_back(std::move(night).value());
    }
    for (const DailyFactorsPatch& patch : batch.dailyPatches) {
        auto factors = patchedDaily(journal, patch);
        if (!factors)
            return factors.error();
        merged.daily.push_back(std::move(factors).value());
    }

    // Earlier imports' intakes that this file no longer carries go; identical ones stay, so
    // importing the same file again reports them unchanged.
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

    if (dryRun)
        return summary; // the transaction rolls back as it goes out of scope
    if (auto status = transaction->commit(); !status)
        return status.error();
    return summary;
}

} // namespace quietlegs
