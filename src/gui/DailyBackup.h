#pragma once

#include <QObject>
#include <QString>
#include <future>

namespace quietlegs {

/// The once-a-day automatic backup (JournalBackups::ensureDaily), made on a thread and a
/// connection of its own. With ten years of entries the copy, its integrity check and its
/// fsyncs take 50 ms on a fast disk and far longer on a slow one; on the GUI thread they froze
/// the window at the day's first start, as the user began to type (docs/performance.md).
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    explicit DailyBackup(QObject* parent = nullptr);
    /// Waits for a backup under way: quitting never leaves a half-written copy behind.
    ~DailyBackup() override;

    /// Makes today's backup of the journal at `journalPath` unless one exists. A backup of
    /// another journal still under way is finished first.
    void start(const QString& journalPath);
    /// Blocks until a backup under way has finished, e.g. before a restore replaces the
    /// journal and before the backups folder is listed.
    void waitForFinished();

signals:
    /// A backup run ended; `error` is empty when it succeeded or none was due.
    void finished(const QString& error);

private:
    std::future<void> m_run;
};

} // namespace quietlegs
