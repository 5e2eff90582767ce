#pragma once

#include "Preferences.h"
#include "quietlegs/analysis/PrimaryQuestion.h"
#include "quietlegs/io/ImportBatch.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalFile.h"

#include <QDate>
#include <QObject>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace quietlegs {

class JournalCheck;

/// The open journal as the windows see it: reads, undoable changes, and signals naming what
/// changed. Every view (Today, History, Labs, and later Trends and Insights) reads through
/// it and refreshes from its signals, never from each other.
///
/// Every change method is one undo step on undoStack(), applied at once in one transaction;
/// it returns false and emits errorOccurred() when storage refuses it (nothing changes then).
/// Group several changes into one step with undoStack()->beginMacro()/endMacro().
class JournalSession : public QObject
{
    Q_OBJECT

public:
    explicit JournalSession(QObject* parent = nullptr);
    ~JournalSession() override;

    /// Opens (creating when absent) the journal at `path`; read-only when the file or its
    /// folder cannot be written (isReadOnly()). On failure the journal open
    /// before stays open. Clears the undo stack and emits journalOpened(). `check`: the file's
    /// quick check started ahead (see JournalCheck), if any.
    Status open(const QString& path, JournalCheck* check = nullptr);
    bool isOpen() const { return m_journal != nullptr; }
    /// The journal could only be opened for reading (read-only media or permissions): every
    /// change method refuses, emitting errorOccurred(readOnlyMessage()).
    bool isReadOnly() const { return m_journal && m_journal->isReadOnly(); }
    static QString readOnlyMessage();
    QString path() const;
    /// Direct read access for models that need more than the helpers below (precondition:
    /// isOpen()). Changes must go through the change methods, never through this.
    const Journal& journal() const { return *m_journal; }
    QUndoStack* undoStack() const { return m_undoStack; }
    /// Edit > Undo and Redo (JournalSessionUndo.cpp): the step's journal changes (a macro's
    /// too) in one transaction; when the journal refuses it (a full disk) the stack stays
    /// where it was, the journal is unchanged and errorOccurred() says why. False then, or
    /// when there is nothing to undo or redo.
    bool undo();
    bool redo();

    Preferences preferences() const { return m_preferences; }
    /// Stores the preferences in QSettings and emits preferencesChanged().
    void setPreferences(const Preferences& preferences);

    // Reads; a storage failure is reported through errorOccurred() and reads as empty.
    std::optional<Night> night(QDate date) const;
    std::vector<StoredIntake> intakes(QDate date) const;
    std::optional<DailyFactors> dailyFactors(QDate date) const;
    std::vector<StoredLabResult> labResults() const;
    std::vector<StoredPreset> presets() const;
    std::vector<StoredFood> customFoods() const;
    std::vector<StoredFoodPortion> foodPortions() const;
    JournalCounts counts() const;
    /// The journal's primary question, or the default for what its settings do not set.
    PrimaryQuestion primaryQuestion() const;
    /// The exposures and outcomes of this journal (the variable table the analysis uses).
    VariableCatalogue variables() const;

    // Changes (one undo step each).
    bool saveNight(const Night& night);
    bool deleteNight(QDate date);
    /// Saves the day's factors; empty factors delete the row.
    bool saveDailyFactors(const DailyFactors& factors);
    bool addIntakes(const std::vector<Intake>& intakes, const QString& description,
                    std::optional<std::int64_t> presetId = std::nullopt);
    bool deleteIntake(std::int64_t id);
    /// Replaces a stored intake (e.g. a corrected time or amount); its id stays.
    bool updateIntake(std::int64_t id, const Intake& intake);
    bool saveLabResult(const LabResult& result);
    bool deleteLabResult(std::int64_t id);
    Result<std::int64_t> savePreset(const SupplementPreset& preset,
                                    std::optional<std::int64_t> id = std::nullopt);
    bool deletePreset(std::int64_t id);
    bool saveCustomFood(const Food& food);
    /// Stores the primary question (statistics-v2.md section 3) in the journal's settings:
    /// `primary_question` and `primary_mid` in one transaction, one undo step. Emits
    /// settingsChanged().
    bool savePrimaryQuestion(const PrimaryQuestion& question);
    bool saveFoodPortion(const FoodPortion& portion);
    // Self-experiments: saving pre-registers a plan and ending early is recorded for good, so
    // neither is an undo step (JournalSessionExperiments.cpp).
    Status saveExperiment(const ExperimentPlan& plan);
    Status endExperimentEarly(const std::string& id, const std::string& when);
    /// The saved plans, oldest first, each with its packs taken.
    std::vector<ExperimentPlan> experiments() const;
    /// Logs (or takes back) that the person of blinded plan `id` took `date`'s pack: one undo
    /// step; emits journalChanged().
    bool setPackTaken(const std::string& id, QDate date, bool taken);
    // Weekly IRLS check-ins and the journal's score_ten_areas_nightly (JournalSessionWeeks.cpp).
    std::vector<WeeklyIrls> weeks() const;
    std::optional<WeeklyIrls> week(QDate weekEnding) const;
    /// Saves (or replaces) the check-in of its week: one undo step; emits weeksChanged().
    bool saveWeek(const WeeklyIrls& week);
    bool deleteWeek(QDate weekEnding);
    /// The journal's week_start setting, else the desktop preference's first day.
    WeekStart weekStart() const;
    /// The week_ending of the week holding `date` (per weekStart()).
    QDate weekEndingOf(QDate date) const;
    /// Whether the night form shows the ten IRLS areas (journal setting, default off).
    bool scoresTenAreasNightly() const;
    /// Stores score_ten_areas_nightly in the journal: one undo step; emits settingsChanged().
    bool setScoresTenAreasNightly(bool on);

    // The person's own factors (JournalSessionFactors.cpp); each change one undo step.
    std::vector<FactorDefinition> factors() const;
    std::vector<FactorValue> factorValues(QDate date) const;
    int factorValueCount(const std::string& name) const;
    bool defineFactor(const FactorDefinition& factor);
    /// A new name (its values follow), unit or kind for the factor called `name`.
    bool updateFactor(const std::string& name, const FactorDefinition& factor);
    /// Deletes the factor with all its values; undo brings both back.
    bool deleteFactor(const std::string& name);
    /// Makes `date` hold exactly `values` of the person's factors.
    bool saveFactorValues(QDate date, const std::vector<FactorValue>& values);
    /// "Same as yesterday": copies `from`'s supplements and factor values into `to`
    /// (Journal::copyDay) as one undo step. Nothing is written, and no step pushed, when
    /// there is nothing to copy: the result says whether `from` held anything.
    Result<DayCopy> copyDay(QDate from, QDate to);

    // RLS medicines and their presets (JournalSessionMedicines.cpp); changes are one undo step
    // each. The app records doses; it never suggests one.
    std::vector<StoredMedicineDose> medicines(QDate date) const;
    std::vector<StoredMedicinePreset> medicinePresets() const;
    bool addMedicine(const MedicineDose& dose, const QString& description);
    bool deleteMedicine(std::int64_t id);
    Result<std::int64_t> saveMedicinePreset(const MedicinePreset& preset);
    bool deleteMedicinePreset(std::int64_t id);

    // Data flow in and out (JournalSessionDataflow.cpp).
    /// Writes an import in one transaction (or, with dryRun, only tells what it would do).
    /// One undo step (`undoText`, default "Import"): undoing puts every date the import
    /// touched back as it was, redoing as the import left it. The change signals name each
    /// date the import changed, so views refresh those.
    /// `replaceManual`: a third-party import may replace values typed by hand.
    Result<ImportSummary> applyImport(const ImportBatch& batch, bool dryRun = false,
                                      const QString& undoText = {}, bool replaceManual = false);
    /// A verified copy of the open journal at `target` (temporary file, verified, renamed);
    /// refuses a target that checkSaveTarget() refuses.
    Result<JournalFileInfo> writeBackupCopy(const QString& target);
    /// Refuses, with a message for the user, a file chosen to save an export, report or copy
    /// to that would clobber the open journal: the journal itself (also through a link), its
    /// -wal/-shm, or anything in its backups folder (storage's checkOutputTarget).
    Status checkSaveTarget(const QString& path) const;
    /// Compares PRAGMA data_version with the last value seen. When another process (such as
    /// quietlegs-cli) committed in between, or on the first look, starts reading the journal
    /// on a worker with a connection of its own; back on this thread the session then emits
    /// the change signals for the dates whose entries differ from what was seen last, and
    /// labs/presets/foods/journalChanged, so the views refresh without losing unsaved edits of
    /// other nights. Returns whether it started a reading (or one is still under way).
    bool reloadIfChangedElsewhere();
    /// Waits for a reading reloadIfChangedElsewhere() started and tells the views now, rather
    /// than when the event loop gets to it. Returns whether the views were told of changes.
    bool finishLookingElsewhere();

signals:
    /// Another journal file is open now (or the first one): reload everything.
    void journalOpened();
    /// The night of this journal date was saved, replaced or deleted (or a change undone).
    void nightChanged(QDate date);
    /// Intakes belonging to this journal date (04:00 rule) were added or removed.
    void intakesChanged(QDate date);
    void dailyFactorsChanged(QDate date);
    void labsChanged();
    /// Medicine doses of this journal date were added or removed.
    void medicinesChanged(QDate date);
    void presetsChanged();
    void foodsChanged();
    /// The person's own factors were defined, changed or deleted.
    void factorsChanged();
    /// The values of the person's factors on this journal date changed.
    void factorValuesChanged(QDate date);
    /// The journal's own settings changed (for example its primary question).
    void settingsChanged();
    /// A weekly check-in was saved, replaced or deleted.
    void weeksChanged();
    /// After any of the above: for summaries such as the status bar's counts.
    void journalChanged();
    void preferencesChanged();
    /// A read or change failed; the message names what and why.
    void errorOccurred(const QString& message);

private:
    bool apply(const QString& text, std::function<Status()> apply, std::function<Status()> revert,
               std::function<void()> notify);
    void report(const Error& error) const;
    bool undoOrRedo(bool back);
    /// Each journal date's entries as a hash of their JSON, keyed "n|d|i:DATE".
    using EntryHashes = std::map<std::string, std::size_t>;
    /// A reading of the journal on a worker, for reloadIfChangedElsewhere().
    struct OutsideLook
    {
        std::future<Result<EntryHashes>> entries;
        /// This connection's data_version before the worker's snapshot began: the snapshot
        /// holds at least every outside write up to it.
        std::int64_t dataVersion = -1;
        /// m_seenGeneration at the start: a reading overtaken by a newer one is dropped.
        std::uint64_t generation = 0;
    };

    /// Emits change signals for every date whose entries differ from m_seenEntries, then
    /// remembers the journal as it is now (JournalSessionDataflow.cpp).
    bool emitChangesSinceSeen();
    /// Emits the change signals for `entries` against m_seenEntries and keeps them as seen.
    bool emitChangesTo(EntryHashes entries);

    std::unique_ptr<Journal> m_journal;
    QUndoStack* m_undoStack = nullptr;
    Preferences m_preferences;
    /// data_version as of the entries last seen; -1 before the first look (no baseline).
    std::int64_t m_dataVersion = -1;
    /// data_version when the journal was opened: the first reloadIfChangedElsewhere(), which
    /// runs after start-up has painted, tells apart a write made elsewhere in between.
    std::int64_t m_openedDataVersion = -1;
    /// What reloadIfChangedElsewhere() last saw, to tell the views which dates another
    /// process changed (without discarding Today's edits). A hash, not the text: ten years of
    /// entries would keep megabytes alive.
    EntryHashes m_seenEntries;
    /// Bumped whenever m_seenEntries is replaced here or another journal opens.
    std::uint64_t m_seenGeneration = 0;
    /// Reading and hashing ten years of entries takes 12-40 ms: done on a worker, so neither
    /// the first look after start-up nor a `quietlegs-cli` write freezes the window.
    OutsideLook m_outsideLook;
};

} // namespace quietlegs
