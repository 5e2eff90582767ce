#pragma once

#include <QObject>

class QAction;
class QTimer;

namespace quietlegs {

class DailyBackup;
class ImportFlow;
class MainWindow;

/// The File menu's data-flow items (Import…, Export…, Export report…, Backup…, Restore from
/// backup…), placed before Quit, and the watch for other processes' writes: when the window
/// becomes active and every two seconds the session compares PRAGMA data_version, so a
/// `quietlegs-cli log` while the app is open shows up in History without a restart. It also
/// keeps the once-a-day backup: at start, on opening another journal, and every hour, so an
/// app left open for days still backs up each day.
class DataflowMenu : public QObject
{
    Q_OBJECT

public:
    static constexpr int kExternalCheckIntervalMs = 2000;
    /// The first look at the journal for writes made elsewhere: this long after the window's
    /// first paint, so start-up never waits for it.
    static constexpr int kBaselineDelayMs = 500;
    static constexpr int kDailyBackupCheckIntervalMs = 60 * 60 * 1000;

    explicit DataflowMenu(MainWindow* window);

    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    QAction* reportAction() const { return m_report; }
    QAction* backupAction() const { return m_backup; }
    QAction* restoreAction() const { return m_restore; }
    ImportFlow* importFlow() const { return m_importFlow; }
    DailyBackup* dailyBackup() const { return m_dailyBackup; }

    void exportJournal();
    void exportReport();
    void backUp();
    void restore();
    /// Starts today's automatic backup (on a worker) unless there is one; a failure goes to
    /// the status bar.
    void backUpDailyIfDue();

protected:
    /// Watches the window for its first paint, after which the outside-write checks start.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MainWindow* m_window;
    ImportFlow* m_importFlow = nullptr;
    QTimer* m_externalCheck = nullptr;
    QTimer* m_dailyBackupCheck = nullptr;
    DailyBackup* m_dailyBackup = nullptr;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    QAction* m_report = nullptr;
    QAction* m_backup = nullptr;
    QAction* m_restore = nullptr;
};

} // namespace quietlegs
