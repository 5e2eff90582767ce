// JournalSession's data-flow members: imports, backups and noticing other processes' writes.
// Kept apart from JournalSession.cpp so the undoable editing code stays readable.
#include "Conversions.h"
#include "JournalChange.h"
#include "JournalSession.h"
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/storage/JournalFile.h"

#include <QUndoStack>
#include <set>

namespace quietlegs {

Result<ImportSummary> JournalSession::applyImport(const ImportBatch& batch, bool dryRun,
                                                  const QString& undoText)
{
    if (!m_journal)
        return Error{"journal", "", "no journal is open"};
    if (dryRun)
        return quietlegs::applyImport(*m_journal, batch, true);
    // The views hear which dates the import changed from a diff against the baseline, which
    // start-up takes only once it has painted: an import before that takes it now.
    if (m_dataVersion < 0)
        reloadIfChangedElsewhere();
    // The dates the import may change, as they are before and after it: Undo and Redo put
    // them back, intakes under their ids, so the steps below this one on the stack still
    // find what they name.
    const std::set<Date> dates = datesTouchedBy(batch);
    auto before = m_journal->entriesOn(dates);
    if (!before)
        return before.error();
    auto summary = quietlegs::applyImport(*m_journal, batch);
    if (!summary)
        return summary;
    auto after = m_journal->entriesOn(dates);
    const auto notify = [this] {
        if (m_dataVersion < 0) { // no baseline yet: every view reloads
            emit journalOpened();
            emit journalChanged();
        } else {
            emitChangesSinceSeen();
        }
    };
    notify();
    if (!after) { // written, but not undoable: say so rather than keep a wrong step
        m_undoStack->clear();
        report(after.error());
        return summary;
    }
    Journal* journal = m_journal.get();
    m_undoStack->push(new JournalChange(
        undoText.isEmpty() ? tr("Import") : undoText,
        [journal, after = std::move(after).value()] { return journal->restoreEntries(after); },
        [journal, before = std::move(before).value()] { return journal->restoreEntries(before); },
        notify, [this](const Error& e) { report(e); }));
    return summary;
}

Result<JournalFileInfo> JournalSession::writeBackupCopy(const QString& target)
{
    if (!m_journal)
        return Error{"journal", "", "no journal is open"};
    return writeJournalCopy(m_journal->database(), target.toStdString());
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
    return entries;
}

} // namespace

bool JournalSession::reloadIfChangedElsewhere()
{
    if (!m_journal)
        return false;
    auto version = m_journal->dataVersion();
    if (!version) {
        report(version.error());
        return false;
    }
    const bool baseline = m_dataVersion < 0;
    const bool changed = !baseline && *version != m_dataVersion;
    m_dataVersion = *version;
    if (!baseline && !changed)
        return false;
    if (baseline) {
        auto records = m_journal->records();
        if (!records) {
            report(records.error());
            return false;
        }
        // Hashing every entry is pure work on values the worker owns: off the GUI thread.
        m_seenEntriesAhead = std::async(
            std::launch::async, [records = std::move(*records)] { return entriesByDate(records); });
        // The baseline comes after start-up has painted (DataflowMenu): a write made elsewhere
        // since the views read the journal reaches them as a reload of everything.
        if (*version != m_openedDataVersion) {
            emit journalOpened();
            emit journalChanged();
            return true;
        }
        return false;
    }
    return emitChangesSinceSeen();
}

const std::map<std::string, std::size_t>& JournalSession::seenEntries()
{
    if (m_seenEntriesAhead.valid())
        m_seenEntries = m_seenEntriesAhead.get();
    return m_seenEntries;
}

bool JournalSession::emitChangesSinceSeen()
{
    auto records = m_journal->records();
    if (!records) {
        report(records.error());
        return false;
    }
    seenEntries(); // the baseline, if a worker is still hashing it
    auto entries = entriesByDate(*records);
    std::swap(entries, m_seenEntries);

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
        }
    }
    emit labsChanged();
    emit presetsChanged();
    emit foodsChanged();
    emit journalChanged();
    return true;
}

} // namespace quietlegs
