// JournalSession's data-flow members: imports, backups and noticing other processes' writes.
// Kept apart from JournalSession.cpp so the undoable editing code stays readable.
#include "Conversions.h"
#include "JournalSession.h"
#include "quietlegs/storage/JournalFile.h"

#include <QUndoStack>

namespace quietlegs {

Result<ImportSummary> JournalSession::applyImport(const ImportBatch& batch, bool dryRun)
{
    if (!m_journal)
        return Error{"journal", "", "no journal is open"};
    auto summary = quietlegs::applyImport(*m_journal, batch, dryRun);
    if (!summary || dryRun)
        return summary;
    m_undoStack->clear();
    // Our own commit does not change data_version; read it anyway so that a concurrent
    // writer's commit is not mistaken for ours later.
    if (auto version = m_journal->dataVersion())
        m_dataVersion = *version;
    emit journalOpened();
    emit journalChanged();
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

bool JournalSession::reloadIfChangedElsewhere()
{
    if (!m_journal)
        return false;
    auto version = m_journal->dataVersion();
    if (!version) {
        report(version.error());
        return false;
    }
    const bool changed = m_dataVersion >= 0 && *version != m_dataVersion;
    m_dataVersion = *version;
    if (changed) {
        emit journalOpened();
        emit journalChanged();
    }
    return changed;
}

} // namespace quietlegs
