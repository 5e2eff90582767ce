#pragma once

#include "quietlegs/core/EntrySource.h"
#include "quietlegs/core/JournalRecords.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// How an import runs (the CLI's `import` and the app's import dialog alike):
//   1. read the file's bytes and call a reader (ImportFormat.h: detectImportFormat, readImport;
//      for a spreadsheet first previewCsv + guessColumnMapping, then the user's mapping).
//      Readers are pure functions of the bytes: run them on a worker thread with an
//      ImportProgress callback for a progress dialog; they never throw.
//   2. applyImport(journal, batch, /*dryRun*/ true) for "this will add 12, update 3" before
//      the user confirms, then applyImport(journal, batch) on the thread that owns the Journal.
//   3. show ImportSummary (its fields, or text()).
namespace quietlegs {

class Journal;

/// Called while an importer reads: `done` of `total` steps (bytes or entities). Return false
/// to cancel; the import then fails with "import cancelled" and nothing is written.
using ImportProgress = std::function<bool(std::int64_t done, std::int64_t total)>;

/// Calls `progress` when set; false means the user cancelled.
bool reportProgress(const ImportProgress& progress, std::int64_t done, std::int64_t total);
Error importCancelled();

/// Fields of a night that an import sets; the fields it leaves empty keep what the journal
/// holds (a Fitbit sleep log must not erase the IRLS items the user entered for that night).
struct NightPatch
{
    Date date;
    std::optional<IrlsScore> irls;
    std::optional<int> severity;
    std::optional<SleepDiaryTimes> sleep;
    /// False: `sleep` replaces the night's whole diary (a Fitbit log is one complete record).
    /// True: only the entries `sleep` has replace the stored ones (a spreadsheet's empty cell
    /// keeps what the journal holds).
    bool sleepKeepsStoredEntries = false;
    std::optional<std::string> notes;
    /// The IANA zone the sleep times are local times of (interchange-v2 "time_zone"); none:
    /// the stored night's, or for a new night the importing computer's.
    std::optional<std::string> timeZone;
    std::string origin; // "line 12", "sleep log 3": named in errors found when applying
    std::string sourceName; // the originating app or device ("Apple Watch"); empty: none
};

/// Daily factors an import sets field by field: present fields replace the stored ones, the
/// others are kept (a Cronometer caffeine total leaves the user's stress rating alone).
struct DailyFactorsPatch
{
    DailyFactorsEntry fields;
    std::string origin;
    std::string sourceName; // the originating app ("Cronometer"); empty: none
};

/// Intakes an importer owns: on these journal dates, the stored intakes with this label are
/// replaced by the batch's intakes, so importing an overlapping file again never duplicates.
struct ReplacedIntakes
{
    std::string label;
    std::vector<Date> dates;
};

/// Something in the file that was not imported, and why (shown in the summary).
struct SkippedEntry
{
    std::string where; // "line 7", "sleep log 2"
    std::string reason;
};

/// One app or device in a file that holds several (Apple Health's `sourceName`): how much it
/// recorded and how much of it the import takes (one source per night, one per day's food).
struct ImportSourceUse
{
    std::string name;  // "Apple Watch", "Cronometer"
    long records = 0;  // records of the kind (sleep, or food and caffeine) it wrote
    int days = 0;      // nights (sleep) or days (food) it has records for
    int daysTaken = 0; // of those, the ones whose entry comes from it
};

/// What an importer read from a file, validated and ready to be written in one transaction.
struct ImportBatch
{
    std::string source;     // "QuietLegs interchange v1", "Cronometer daily summary", ...
    JournalRecords records; // upserted by the interchange keys, as they are
    std::vector<NightPatch> nightPatches;
    std::vector<DailyFactorsPatch> dailyPatches;
    std::optional<ReplacedIntakes> replacedIntakes;
    std::vector<SkippedEntry> skipped;
    std::vector<std::string> notes; // remarks for the user, e.g. days not marked completed
    /// Columns of the file the importer read past (Cronometer's Energy (kcal), ...), named in
    /// the preview so nobody expects them in the journal.
    std::vector<std::string> ignoredColumns;

    /// The third-party importer the entries come from (cronometer, fitbit, apple_health, csv):
    /// set, what the person typed wins (interchange-v2: a non-null value of a `manual` row is
    /// never replaced unless ImportOptions::replaceManual). None: interchange JSON, whose
    /// values update an existing key as in v1.
    std::optional<EntrySource> importer;

    /// When a file holds the same night or day's food from several originating apps or
    /// devices (Apple Health: a watch and a ring; Cronometer and another app), the importer
    /// keeps one source: these list every one the file offers, most records first, and the
    /// chosen ones are those the batch's entries came from (empty: the file offered none).
    /// The import dialog shows a choice when a list has more than one name and reads the file
    /// again with ImportSourceChoice.
    std::vector<std::string> sleepSources;
    std::vector<std::string> foodSources;
    std::string chosenSleepSource;
    std::string chosenFoodSource;
    /// The same sources with what each recorded and how much of it the import takes, in the
    /// order of sleepSources / foodSources (Apple Health: "Oura: 3 of 40 nights").
    std::vector<ImportSourceUse> sleepSourceUses;
    std::vector<ImportSourceUse> foodSourceUses;
};

/// The person's choice among ImportBatch::sleepSources / foodSources (CLI --sleep-source,
/// --food-source; the import dialog); empty: the importer's default (the most records).
struct ImportSourceChoice
{
    std::string sleepSource;
    std::string foodSource;
};

/// How applyImport writes a batch.
struct ImportOptions
{
    bool dryRun = false;
    /// Let a third-party import replace values typed by hand (`--replace-manual`).
    bool replaceManual = false;
};

/// One value an import adds, replaces or leaves alone (what the person typed wins), for the
/// preview: "2026-11-03 sleep_latency_min 54 -> 0 (kept: typed by hand)".
struct ImportChange
{
    enum class Kind
    {
        Added,    // the journal had no value
        Replaced, // the journal's value changes
        Kept      // typed by hand: the import's value is skipped (without --replace-manual)
    };
    Kind kind = Kind::Added;
    Date date;
    std::string field;    // interchange names: "sleep_latency_min", "caffeine_mg", "device_sleep"
    std::string oldValue; // empty: none
    std::string newValue;
};

/// What writing a batch did, entity by entity.
struct ImportSummary
{
    std::string source;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0; // earlier imported intakes the file no longer has (ReplacedIntakes)
    std::vector<SkippedEntry> skipped;
    std::vector<std::string> notes;
    bool dryRun = false;
    /// Per day, in date order: each value added, replaced or kept.
    std::vector<ImportChange> changes;
    /// Days whose hand-logged food the import's food covers from now on (food counted once:
    /// left out of the totals, kept in the journal).
    std::vector<Date> foodCoveredDates;
    std::vector<std::string> ignoredColumns;

    /// A few lines for a person: the counts, then each skipped entry and note; a dry run
    /// (the preview) also lists the changes per day, the covered days and ignored columns.
    std::string text() const;
};

/// Every journal date whose entries writing the batch may change: of its nights, intakes
/// (by the journal-day rule), daily factors, lab results, patches and replaced intakes. What
/// the app keeps to undo an import.
std::set<Date> datesTouchedBy(const ImportBatch& batch);

/// Writes a batch in one transaction: patches are combined with the stored entries and
/// validated again, owned intakes replaced, then everything merged by the interchange keys.
/// Any error rolls everything back. With `dryRun` the transaction is always rolled back and
/// the summary tells what would have happened (for a preview before the user confirms).
Result<ImportSummary> applyImport(Journal& journal, const ImportBatch& batch, bool dryRun = false);
/// The same, with --replace-manual: then a third-party import replaces values typed by hand.
Result<ImportSummary> applyImport(Journal& journal, const ImportBatch& batch,
                                  const ImportOptions& options);

std::string_view importChangeKindId(ImportChange::Kind kind); // "added", "replaced", "kept"

/// True when applyImport's `error` is about an entry of the file, whose values do not fit
/// what the journal holds (a sheet's into bed after the lights out typed in the app): bad
/// input, not a failing journal.
bool failedOnEntry(const ImportBatch& batch, const Error& error);

} // namespace quietlegs
