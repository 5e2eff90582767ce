// JournalSession's data-flow members: imports, backups and noticing other processes' writes.
// Kept apart from JournalSession.cpp so the undoable editing code stays readable.
#include "Conversions.h"
#include "JournalSession.h"
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/storage/JournalFile.h"

#include <QUndoStack>
#include <set>

namespace quietlegs {

Result<ImportSummary> JournalSession::applyImport(const ImportBatch& batch, bool dryRun)
{
    if (!m_journal)
        return Error{"journal", "", "no journal is open"};
    auto summary = quietlegs::applyImport(*m_journal, batch, dryRun);
    if (!summary || dryRun)
        return summary;
    m_undoStack->clear();
    if (m_dataVersion < 0) { // no baseline yet: every view reloads
        emit journalOpened();
        emit journalChanged();
    } else {
        emitChangesSinceSeen();
    }
    return summary;
}

Result<JournalFileInfo> JournalSession::writeBackupCopy(const QString& target)
{
    if (!m_journal)
        return Error{"journal", "", "no journal is open"};
    return writeJournalCopy(m_journal->database(), target.toStdString());
}

Result<std::optional<JournalBackup>> JournalSession::ensureDailyBackup()
{
    if (!m_journal)
        return Error{"journal", "", "no journal is open"};
    JournalBackups backups(m_journal->path());
    return backups.ensureDaily(*m_journal, localNowSeconds());
}

namespace {

/// Each journal date's entries as JSON text, keyed by kind and date, to diff two readings.
std::map<std::string, std::string> entriesByDate(const JournalRecords& records)
{
    std::map<std::string, std::string> entries;
    for (const Night& night : records.nights)
        entries["n:" + formatDate(night.date())] = nightToJson(night).dump();
    for (const DailyFactors& factors : records.daily)
        entries["d:" + formatDate(factors.date())] = dailyFactorsToJson(factors).dump();
    for (const Intake& intake : records.intakes)
        entries["i:" + formatDate(intake.journalDate())] += intakeToJson(intake).dump();
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
        m_seenEntries = entriesByDate(*records);
        return false;
    }
    return emitChangesSinceSeen();
}

bool JournalSession::emitChangesSinceSeen()
{
    auto records = m_journal->records();
    if (!records) {
        report(records.error());
        return false;
    }
    auto entries = entriesByDate(*records);
    std::swap(entries, m_seenEntries);

    // Dates whose entries were added, changed or removed (our own earlier writes may show up
    // here too; refreshing them again is harmless).
    std::set<std::string> dates;
    for (const auto& [key, text] : m_seenEntries)
        if (auto before = entries.find(key); before == entries.end() || before->second != text)
            dates.insert(key);
    for (const auto& [key, text] : entries)
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
