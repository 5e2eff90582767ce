#pragma once

#include "quietlegs/storage/JournalBackups.h"

#include <QDialog>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace quietlegs {

class JournalCheck;

class JournalSession;

/// File > Restore from backup…: the journal's backups folder, newest first, with when each
/// was taken, why, how many nights it holds and whether it is sound. Restoring asks first;
/// the storage layer backs the current journal up before replacing it, then the app reopens.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(JournalSession* session, QWidget* parent = nullptr);

    const std::vector<JournalBackup>& backups() const { return m_backups; }
    QTreeWidget* list() const { return m_list; }
    /// Restores the selected backup (asking first unless `confirmFirst` is false) and
    /// reopens the journal; the error names what failed.
    Status restoreSelected(bool confirmFirst = true);

    /// The app's start: opens the journal in `session`; when that fails because the file is
    /// damaged, offers its newest good backup (offerRestoreOfDamagedJournal) and opens the
    /// restored journal; any other failure is shown in a dialog. True when a journal is open.
    /// `check`: the journal's quick check started ahead, if any (JournalCheck).
    static bool openAtStartup(JournalSession* session, const QString& journalPath,
                              QWidget* parent = nullptr, JournalCheck* check = nullptr);

    /// At start-up, for a journal that failed its integrity check: says so (nothing has been
    /// written to it) and offers the newest good backup. True when it was restored.
    static bool offerRestoreOfDamagedJournal(const QString& journalPath, const QString& problem,
                                             QWidget* parent = nullptr);

private:
    void reload();
    void updateState();

    JournalSession* m_session;
    std::vector<JournalBackup> m_backups;
    QTreeWidget* m_list = nullptr;
    QLabel* m_folder = nullptr;
    QPushButton* m_restore = nullptr;
};

/// "2026-11-24 08:15" for a backup's local time.
QString backupTimeText(const JournalBackup& backup);

} // namespace quietlegs
