// JournalSession's data-flow members: imports, backups and noticing other processes' writes.
// Kept apart from JournalSession.cpp so the undoable editing code stays readable.
#include "Conversions.h"
#include "JournalChange.h"
#include "JournalSession.h"
#include "quietlegs/io/MedicineJson.h"
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/storage/JournalFile.h"
#include "quietlegs/storage/OutputTarget.h"
#include "quietlegs/storage/WorkerThread.h"

#include <QMetaObject>
#include <QUndoStack>
#include <set>

namespace quietlegs {

Result<ImportSummary> JournalSession::applyImport(const ImportBatch& batch, bool dryRun,
                                                  const QString& undoText, bool replaceManual)
{
    if (!m_journal)
        return Error{"journal", "", "no journal is open"};
    if (dryRun)
        return quietlegs::applyImport(*m_journal, batch, ImportOptions{true, replaceManual});
    if (isReadOnly())
        return Error{"journal", path().toStdString(), readOnlyMessage().toStdString()};
    // The views hear which dates the import changed from a diff against the entries last
    // seen, so none has to start over (Today keeps its edits): those entries are brought up
    // to date first, by the first look if start-up has not taken it yet.
    reloadIfChangedElsewhere();
    finishLookingElsewhere();
    // The dates the import may change, as they are before and after it: Undo and Redo put
    // them back, intakes under their ids, so the steps below this one on the stack still
    // find what they name.
    const std::set<Date> dates = datesTouchedBy(batch);
    auto before = m_journal->entriesOn(dates);
    if (!before)
        return before.error();
    // An interchange file may bring the journal's settings (primary question, week start...):
    // Undo puts those back too.
    const bool bringsSettings = !batch.records.settings.empty();
    auto settingsBefore = m_journal->settings();
    if (!settingsBefore)
        return settingsBefore.error();
    // ... and its self-experiment plans and the packs logged for them.
    const bool bringsPlans = !batch.records.experiments.empty();
    auto plansBefore = m_journal->experiments();
    if (!plansBefore)
        return plansBefore.error();
    auto summary = quietlegs::applyImport(*m_journal, batch, ImportOptions{false, replaceManual});
    if (!summary)
        return summary;
    auto after = m_journal->entriesOn(dates);
    auto settingsAfter = m_journal->settings();
    auto plansAfter = m_journal->experiments();
    const auto notify = [this, bringsSettings] {
        if (m_dataVersion < 0) { // no baseline yet: every view reloads
            emit journalOpened();
            emit journalChanged();
        } else {
            emitChangesSinceSeen();
        }
        if (bringsSettings)
            emit settingsChanged();
    };
    notify();
    if (!after || !settingsAfter || !plansAfter) { // written, but not undoable: say so
        m_undoStack->clear();
        report(!after           ? after.error()
               : !settingsAfter ? settingsAfter.error()
                                : plansAfter.error());
        return summary;
    }
    Journal* journal = m_journal.get();
    // One transaction: an Undo that fails half-way leaves the journal as it was.
    const auto restore = [journal, bringsSettings, bringsPlans](
                             const DatedEntries& entries, const JournalSettings& settings,
                             const std::vector<ExperimentPlan>& plans) -> Status {
        return journal->inTransaction([&]() -> Status {
            if (auto status = journal->restoreEntries(entries); !status)
                return status;
            if (bringsSettings)
                if (auto status = journal->restoreSettings(settings); !status)
                    return status;
            return bringsPlans ? journal->restoreExperiments(plans) : Status::success();
        });
    };
    m_undoStack->push(new JournalChange(
        undoText.isEmpty() ? tr("Import") : undoText,
        [restore, after = std::move(after).value(), settings = *settingsAfter,
         plans = std::move(plansAfter).value()] { return restore(after, settings, plans); },
        [restore, before = std::move(before).value(), settings = *settingsBefore,
         plans = std::move(plansBefore).value()] { return restore(before, settings, plans); },
        notify, [this](const Error& e) { report(e); }));
    return summary;
}

Result<JournalFileInfo> JournalSession::writeBackupCopy(const QString& target)
{
    if (!m_journal)
        return Error{"journal", "", "no journal is open"};
    if (auto refused = checkSaveTarget(target); !refused)
        return refused.error();
    return writeJournalCopy(m_journal->database(), target.toStdString());
}

Status JournalSession::checkSaveTarget(const QString& path) const
{
    if (!m_journal)
        return {};
    if (auto status = checkOutputTarget(m_journal->path(), path.toStdString(), "file"); !status)
        return Error{"", "",
                     tr("%1 %2. Choose another file or folder.")
                         .arg(path, QString::fromStdString(status.error().rule))
                         .toStdString()};
    return {};
}

namespace {

/// Each journal date's entries as a hash of their JSON text, keyed by kind and date, to diff
/// two readings.
std::map<std::string, std::size_t> entriesByDate(const JournalRecords& records)
{
    const std::hash<std::string> hash;
    std::map<std::string, std::size_t> entries;
    for (const Night& night : records.nights)
        entries["n:" + formatDate(night.date())] = hash(nightToJson(night).dump());
    for (const DailyFactors& factors : records.daily)
        entries["d:" + formatDate(factors.date())] = hash(dailyFactorsToJson(factors).dump());
    for (const Intake& intake : records.intakes) {
        // Order-sensitive, as the concatenated text was: intakes come sorted by time.
        std::size_t& combined = entries["i:" + formatDate(intake.journalDate())];
        combined = combined * 1000003u ^ hash(intakeToJson(intake).dump());
    }
    for (const MedicineDose& dose : records.meds) {
        std::size_t& combined = entries["m:" + formatDate(dose.journalDate())];
        combined = combined * 1000003u ^ hash(medicineToJson(dose).dump());
    }
    return entries;
}

/// The journal's entries as hashes, read on a read-only connection of this thread's own (one
/// snapshot; WAL readers never hold the app's writes up).
Result<std::map<std::string, std::size_t>> readEntriesByDate(const std::filesystem::path& path)
{
    yieldToTheWindow();
    auto journal = Journal::open(path, Journal::Access::ReadOnly);
    if (!journal)
        return journal.error();
    auto records = journal->records();
    if (!records)
        return records.error();
    return entriesByDate(*records);
}

} // namespace

bool JournalSession::reloadIfChangedElsewhere()
{
    if (!m_journal)
        return false;
    if (m_outsideLook.entries.valid())
        return true; // a reading is under way; it is looked at again once it is done
    auto version = m_journal->dataVersion();
    if (!version) {
        report(version.error());
        return false;
    }
    if (m_dataVersion >= 0 && *version == m_dataVersion)
        return false;
    m_outsideLook.dataVersion = *version;
    m_outsideLook.generation = m_seenGeneration;
    m_outsideLook.entries = std::async(std::launch::async, [this, path = m_journal->path()] {
        auto entries = readEntriesByDate(path);
        // The destructor and open() wait for this reading, so `this` outlives the call,
        // which Qt drops anyway should the session be gone when the loop gets to it.
        QMetaObject::invokeMethod(
            this, [this] { finishLookingElsewhere(); }, Qt::QueuedConnection);
        return entries;
    });
    return true;
}

bool JournalSession::finishLookingElsewhere()
{
    if (!m_outsideLook.entries.valid())
        return false; // collected already
    auto entries = m_outsideLook.entries.get();
    if (!m_journal || m_outsideLook.generation != m_seenGeneration)
        return false; // another journal, or a newer reading was taken meanwhile
    if (!entries) {
        report(entries.error());
        return false;
    }
    auto version = m_journal->dataVersion();
    if (!version) {
        report(version.error());
        return false;
    }
    // A write elsewhere while the worker read may or may not be in its snapshot.
    const bool writtenDuringReading = *version != m_outsideLook.dataVersion;
    bool told = false;
    if (m_dataVersion < 0) {
        // The first look: the views read the journal as it was opened. When another process
        // wrote since (or while reading), every view reloads: they then hold at least what
        // the baseline holds.
        m_seenEntries = std::move(entries).value();
        ++m_seenGeneration;
        if (m_outsideLook.dataVersion != m_openedDataVersion || writtenDuringReading) {
            emit journalOpened();
            emit journalChanged();
            told = true;
        }
    } else {
        told = emitChangesTo(std::move(entries).value());
    }
    // As of this version the entries are seen; anything later is looked for again.
    m_dataVersion = m_outsideLook.dataVersion;
    if (writtenDuringReading)
        reloadIfChangedElsewhere();
    return told;
}

bool JournalSession::emitChangesSinceSeen()
{
    auto records = m_journal->records();
    if (!records) {
        report(records.error());
        return false;
    }
    return emitChangesTo(entriesByDate(*records));
}

bool JournalSession::emitChangesTo(EntryHashes entries)
{
    std::swap(entries, m_seenEntries);
    ++m_seenGeneration;

    // Dates whose entries were added, changed or removed (our own earlier writes may show up
    // here too; refreshing them again is harmless).
    std::set<std::string> dates;
    for (const auto& [key, hash] : m_seenEntries)
        if (auto before = entries.find(key); before == entries.end() || before->second != hash)
            dates.insert(key);
    for (const auto& [key, hash] : entries)
        if (!m_seenEntries.contains(key))
            dates.insert(key);
    for (const std::string& key : dates) {
        const QDate date = QDate::fromString(QString::fromStdString(key.substr(2)), Qt::ISODate);
        switch (key[0]) {
        case 'n':
            emit nightChanged(date);
            break;
        case 'd':
            emit dailyFactorsChanged(date);
            break;
        case 'i':
            emit intakesChanged(date);
            break;
        case 'm':
            emit medicinesChanged(date);
            break;
        }
    }
    emit labsChanged();
    emit presetsChanged();
    emit foodsChanged();
    emit factorsChanged(); // own factors and their values are not hashed by date: reread
    emit journalChanged();
    return true;
}

} // namespace quietlegs
