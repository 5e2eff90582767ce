#pragma once

#include "quietlegs/core/ExperimentPlan.h"
#include "quietlegs/core/Food.h"
#include "quietlegs/core/JournalRecords.h"
#include "quietlegs/core/Medicine.h"
#include "quietlegs/core/SupplementPreset.h"
#include "quietlegs/storage/SqliteDatabase.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace quietlegs {

/// An inclusive range of journal dates; an empty end is open.
struct DateRange
{
    std::optional<Date> from;
    std::optional<Date> to;

    bool contains(Date date) const { return (!from || date >= *from) && (!to || date <= *to); }
};

struct StoredIntake
{
    std::int64_t id = 0;
    Intake intake;
    std::optional<std::int64_t> presetId;
};

struct StoredMedicineDose
{
    std::int64_t id = 0;
    MedicineDose dose;
};

struct StoredLabResult
{
    std::int64_t id = 0;
    LabResult result;
};

/// Everything the journal holds on some journal dates: nights and daily factors of those
/// dates, the intakes belonging to them (with their ids) and the lab results taken on them.
/// Kept before and after an import so that Undo and Redo can put those dates back.
struct DatedEntries
{
    std::set<Date> dates;
    std::vector<Night> nights;
    std::vector<DailyFactors> daily;
    std::vector<StoredIntake> intakes;
    std::vector<LabResult> labs;
    std::vector<WeeklyIrls> weeks; // the check-ins whose week_ending is one of the dates
    std::vector<FactorValue> factorValues;
    std::vector<StoredMedicineDose> meds; // under their ids, like the intakes
};

struct StoredPreset
{
    std::int64_t id = 0;
    SupplementPreset preset;
};

struct StoredMedicinePreset
{
    std::int64_t id = 0;
    MedicinePreset preset;
};

struct StoredFood
{
    std::int64_t id = 0;
    Food food;
};

struct StoredFoodPortion
{
    std::int64_t id = 0;
    FoodPortion portion;
};

/// What "Same as yesterday" copied (Journal::copyDay).
struct DayCopy
{
    int intakes = 0;
    int factorValues = 0;
    int medicines = 0;
    /// Whether the day copied from held anything to copy at all.
    bool sourceHadEntries = false;

    int total() const { return intakes + factorValues + medicines; }
};

/// How many entries of each kind the journal holds (for the status bar and `check`).
struct JournalCounts
{
    std::int64_t nights = 0;
    std::int64_t intakes = 0;
    std::int64_t daily = 0;
    std::int64_t labs = 0;
    std::optional<Date> firstDate;
    std::optional<Date> lastDate;
};

/// What merging records into the journal did, entity by entity.
struct MergeSummary
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

class Journal;
class JournalCheck;
struct CheckedJournal;

/// Why a journal could not be opened, so that an app can offer the right way out.
enum class JournalProblem
{
    None,
    CannotOpen,  // missing (read-only), unreadable, locked, or the pre-upgrade backup failed
    NotAJournal, // an SQLite file of another program
    TooNew,      // written by a newer QuietLegs
    Damaged,     // fails PRAGMA quick_check: not written to; offer the newest good backup
    ReadOnly,    // writing was asked for, but the file or its folder is read-only: open it
                 // with Access::ReadOnly to read it
};

/// The SQLite journal: nights, intakes, daily factors, labs and presets. Every change is
/// one transaction; reads return validated domain values.
class Journal
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    /// Opens (creating when absent, in ReadWrite) and migrates the journal at `path`.
    /// A journal written by a newer QuietLegs is refused and left untouched.
    /// Opening for writing first runs `PRAGMA quick_check` and refuses a damaged file without
    /// writing to it; before migrating a file of an older format it backs the file up into
    /// JournalBackups' folder (and refuses to migrate when that backup fails). A JournalCheck
    /// of the same path started earlier gives that check's verdict instead of running it again.
    static Result<Journal> open(const std::filesystem::path& path,
                                Access access = Access::ReadWrite, JournalCheck* check = nullptr);
    /// As open(), with the kind of problem for apps that react to it (e.g. offer a restore).
    static CheckedJournal openChecked(const std::filesystem::path& path,
                                      Access access = Access::ReadWrite,
                                      JournalCheck* check = nullptr);

    const std::filesystem::path& path() const { return m_db.path(); }
    /// Opened with Access::ReadOnly (e.g. on read-only media): every change fails.
    bool isReadOnly() const { return m_readOnly; }
    /// Opened with Access::ReadOnly on a journal of an older format: its format number (the
    /// journal is read through a copy in memory upgraded to today's format; the file is not
    /// changed), else 0. olderFormatNote() says so for the person, or is empty.
    int olderFormat() const { return m_olderFormat; }
    std::string olderFormatNote() const;
    SqliteDatabase& database() { return m_db; }

    // Nights, keyed by journal date. saveNight replaces the night of the same date.
    Result<std::int64_t> saveNight(const Night& night);
    Result<std::optional<Night>> night(Date date) const;
    Result<std::vector<Night>> nights(const DateRange& range = {}) const;
    Result<bool> deleteNight(Date date);

    // Intakes, selected by the journal date they belong to (04:00 boundary).
    Result<std::int64_t> addIntake(const Intake& intake,
                                   std::optional<std::int64_t> presetId = std::nullopt);
    Status updateIntake(std::int64_t id, const Intake& intake);
    Result<bool> deleteIntake(std::int64_t id);
    Result<std::optional<StoredIntake>> intake(std::int64_t id) const;
    /// Puts a deleted intake back under its old id (undo); fails when the id is taken.
    Status restoreIntake(const StoredIntake& stored);
    Result<std::vector<StoredIntake>> intakes(const DateRange& range = {}) const;

    // Daily factors, keyed by date.
    Result<std::int64_t> saveDailyFactors(const DailyFactors& factors);
    Result<std::optional<DailyFactors>> dailyFactors(Date date) const;
    Result<std::vector<DailyFactors>> dailyFactors(const DateRange& range = {}) const;
    Result<bool> deleteDailyFactors(Date date);

    // Lab results, keyed by (date, test).
    Result<std::int64_t> saveLabResult(const LabResult& result);
    Result<std::vector<StoredLabResult>> labResults(const DateRange& range = {}) const;
    Result<bool> deleteLabResult(std::int64_t id);

    // "My supplements" presets, in the user's order.
    Result<std::int64_t> savePreset(const SupplementPreset& preset,
                                    std::optional<std::int64_t> id = std::nullopt);
    Result<std::vector<StoredPreset>> presets() const;
    Result<bool> deletePreset(std::int64_t id);
    /// Puts a deleted preset back under its old id and place in the list (undo).
    Status restorePreset(const StoredPreset& stored);
    /// What the journal holds on `dates` (JournalRestore.cpp).
    Result<DatedEntries> entriesOn(const std::set<Date>& dates) const;
    /// Makes the journal hold exactly `entries` on entries.dates, intakes under their ids, in
    /// one transaction: entries added since are removed, changed ones put back (undo/redo of
    /// an import).
    Status restoreEntries(const DatedEntries& entries);

    // The user's own foods (group "My foods", no code), by name; saving an existing name
    // without an id is refused. Deleting a food deletes its saved portions.
    Result<std::int64_t> saveCustomFood(const Food& food,
                                        std::optional<std::int64_t> id = std::nullopt);
    Result<std::vector<StoredFood>> customFoods() const;
    Result<bool> deleteCustomFood(std::int64_t id);

    // Saved portions ("a handful" of almonds = 30 g) of any food; replaces the portion of
    // the same food and name.
    Result<std::int64_t> saveFoodPortion(const FoodPortion& portion);
    Result<std::vector<StoredFoodPortion>> foodPortions() const;
    Result<bool> deleteFoodPortion(std::int64_t id);

    // Self-experiment plans (JournalExperiments.cpp). Saving pre-registers a plan: an id
    // that is saved already is refused, and no fixed field ever changes (a trigger enforces
    // it for other tools too). Only the "ended early" time can be set, once.
    Status saveExperiment(const ExperimentPlan& plan);
    /// In the order they were saved (oldest first).
    Result<std::vector<ExperimentPlan>> experiments() const;
    Result<std::optional<ExperimentPlan>> experiment(const std::string& id) const;
    /// Records that the person ended the experiment early, at `when` (UTC); refused when it
    /// was ended early already or the id is unknown.
    Status endExperimentEarly(const std::string& id, const std::string& when);
    /// Adds imported plans whose id is new; a known id keeps its fixed fields and saved_at,
    /// and only takes the import's ended_early_at when it has none and the packs taken it has
    /// not logged. All or nothing.
    Result<MergeSummary> mergeExperiments(const std::vector<ExperimentPlan>& plans);
    /// Logs that the person of blinded plan `id` took `date`'s pack (the pack of the block
    /// holding `date`): true when logged now, false when it was logged already. Refused
    /// naming `id` (unknown, not blinded) or `date` (outside the plan's blocks).
    Result<bool> recordPackTaken(const std::string& id, Date date);
    /// Removes that log (undo); false when there was none.
    Result<bool> removePackTaken(const std::string& id, Date date);
    /// Makes the journal's plans exactly `plans` (undo and redo of an import that brought
    /// plans or packs), in one transaction: a plan not listed is removed with its packs, a
    /// listed one missing is saved, and a listed one present gets the listed packs and early
    /// end. A present plan whose fixed fields differ from the listed one is refused naming its
    /// id: a pre-registered plan is never rewritten.
    Status restoreExperiments(const std::vector<ExperimentPlan>& plans);

    // Weekly IRLS check-ins, keyed by week_ending (JournalWeeks.cpp). saveWeek replaces the
    // check-in of the same week and returns its row id.
    Result<std::int64_t> saveWeek(const WeeklyIrls& week);
    Result<std::optional<WeeklyIrls>> week(Date weekEnding) const;
    /// Those whose week_ending is in `range`, oldest first.
    Result<std::vector<WeeklyIrls>> weeks(const DateRange& range = {}) const;
    Result<bool> deleteWeek(Date weekEnding);
    // The person's own factors and their values by date (JournalFactors.cpp). Names are
    // unique without regard to case; a value needs its factor defined, and fits its kind.
    /// Adds a factor; a name in use (in any case) is refused naming `name`.
    Status defineFactor(const FactorDefinition& factor);
    /// Changes the factor called `name`: a new name (its values follow), unit or kind (a
    /// yes/no kind only when every value is 1 or 0).
    Status updateFactor(std::string_view name, const FactorDefinition& factor);
    /// Deletes a factor and all its values; false when there was no such factor.
    Result<bool> deleteFactor(std::string_view name);
    /// By case-folded name.
    Result<std::vector<FactorDefinition>> factors() const;
    Result<std::optional<FactorDefinition>> factor(std::string_view name) const;
    /// How many dates hold a value of the factor (what deleting it would remove).
    Result<int> factorValueCount(std::string_view name) const;
    /// Sets one date's value (stored under the factor's own spelling of the name).
    Status setFactorValue(const FactorValue& value);
    Result<bool> clearFactorValue(Date date, std::string_view name);
    /// Makes `date` hold exactly `values` (each of that date), in one transaction.
    Status replaceFactorValues(Date date, const std::vector<FactorValue>& values);
    /// By date, then case-folded name.
    Result<std::vector<FactorValue>> factorValues(const DateRange& range = {}) const;

    /// "Same as yesterday": copies `from`'s supplement intakes (same clock times) and factor
    /// values into `to`, in one transaction (JournalSameDay.cpp). What `to` holds already
    /// stays: an intake of the same time, nutrient, form and amount is not copied twice, and a
    /// factor already logged on `to` keeps its value.
    Result<DayCopy> copyDay(Date from, Date to);
    // RLS medicines (JournalMedicines.cpp), keyed by (taken_at, drug) and selected by the
    // journal date they belong to (04:00 boundary); adding a dose of the same drug at the same
    // minute is refused naming taken_at.
    Result<std::int64_t> addMedicine(const MedicineDose& dose);
    Status updateMedicine(std::int64_t id, const MedicineDose& dose);
    Result<bool> deleteMedicine(std::int64_t id);
    /// Puts a deleted dose back under its old id (undo); fails when the id is taken.
    Status restoreMedicine(const StoredMedicineDose& stored);
    Result<std::vector<StoredMedicineDose>> medicines(const DateRange& range = {}) const;
    /// Upserts by (taken_at, drug) inside the caller's transaction (merge()).
    Result<MergeSummary> mergeMedicines(const std::vector<MedicineDose>& doses);

    // Medicine presets, in the user's order, beside the supplement presets.
    Result<std::int64_t> saveMedicinePreset(const MedicinePreset& preset,
                                            std::optional<std::int64_t> id = std::nullopt);
    Result<std::vector<StoredMedicinePreset>> medicinePresets() const;
    Result<bool> deleteMedicinePreset(std::int64_t id);
    Status restoreMedicinePreset(const StoredMedicinePreset& stored);

    /// Everything in a range, for the statistics and exports, as of one moment: another
    /// connection's write is wholly in it or not at all.
    Result<JournalRecords> records(const DateRange& range = {}) const;

    /// The journal's settings (interchange-v2.md "Journal settings"); a stored value that the
    /// core refuses fails naming its key.
    Result<JournalSettings> settings() const;
    /// Sets one setting after JournalSettings::set accepts it, in one transaction.
    Status saveSetting(std::string_view key, std::string_view value);
    /// Removes one setting, so readers use its default; false when it was not set.
    Result<bool> clearSetting(std::string_view key);
    /// Makes the journal's settings exactly `settings` (those it leaves unset are removed), in
    /// one transaction: undo and redo of an import that brought settings.
    Status restoreSettings(const JournalSettings& settings);
    /// Upserts by the interchange-v1 keys (nights and daily by date, intakes by
    /// (taken_at, nutrient, form, elemental_mg), labs by (date, test)), all or nothing.
    Result<MergeSummary> merge(const JournalRecords& records);
    Result<JournalCounts> counts() const;
    /// `PRAGMA data_version`: changes when another connection (e.g. quietlegs-cli) commits to
    /// the journal, never for this connection's own writes. An app compares it to the value it
    /// last saw to know when to reload.
    Result<std::int64_t> dataVersion() const;

    /// Runs `change` in one transaction: committed when it succeeds, rolled back otherwise.
    Status inTransaction(const std::function<Status()>& change);

private:
    explicit Journal(SqliteDatabase db) : m_db(std::move(db)) {}
    enum class Examine
    {
        Open,        // check and open
        OpenChecked, // open a file that passed LookOnly just now
        LookOnly,    // refuse what open would refuse, quick_check included; keep nothing open
    };
    /// openChecked() on one connection opened in `mode`.
    static CheckedJournal examine(const std::filesystem::path& path, SqliteDatabase::Mode mode,
                                  Access access, JournalCheck* check, Examine how);
    /// A read-only journal of the older format `version`, from `file` (Journal.cpp).
    static CheckedJournal readOlderFormat(const SqliteDatabase& file,
                                          const std::filesystem::path& path, int version);
    Result<std::int64_t> insertIntake(const Intake& intake, std::optional<std::int64_t> presetId);
    // The bodies of updateIntake() and savePreset(), for a caller's open transaction.
    Status updateIntakeInTransaction(std::int64_t id, const Intake& intake);
    Result<std::int64_t> savePresetInTransaction(const SupplementPreset& preset,
                                                 std::optional<std::int64_t> id);
    Result<MergeSummary> mergeInOpenTransaction(const JournalRecords& records);
    /// The experiments row of saveExperiment(), inside its transaction.
    Status insertPlan(const ExperimentPlan& plan);
    /// Upserts weekly check-ins by week_ending inside merge()'s transaction, counting them.
    Status mergeWeeksInOpenTransaction(const std::vector<WeeklyIrls>& weeks, MergeSummary& summary);
    /// merge() into a journal without nights, intakes, daily rows or labs, of records without
    /// a repeated key: every entry is added.
    Result<MergeSummary> insertIntoEmptyJournal(const JournalRecords& records);

    SqliteDatabase m_db;
    bool m_readOnly = false;
    int m_olderFormat = 0;
};

/// What Journal::openChecked found: the journal, or the problem and its message.
struct CheckedJournal
{
    std::optional<Journal> journal;
    JournalProblem problem = JournalProblem::None;
    Error error;
};

} // namespace quietlegs
