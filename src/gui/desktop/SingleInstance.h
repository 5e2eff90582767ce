#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QFileSystemWatcher;
class QLockFile;

namespace quietlegs {

/// One app window per journal. The first instance holds a lock file named after a hash of
/// the journal's canonical path, in the user's runtime folder (owner-only), and watches an
/// inbox folder beside it; a second launch on the same journal finds the lock held, leaves
/// "raise" in the inbox and exits. A lock left by a crashed or killed instance names a
/// process that no longer runs, and is taken over. Only files: no socket, no network library.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString& journalPath, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// The name for a journal: "quietlegs-" + the first 32 hex digits of the SHA-256 of its
    /// canonical path (so two spellings of one file meet, and the path is not exposed).
    static QString instanceName(const QString& journalPath);

    /// Leaves `message` for an instance already running on this journal; false when none is.
    bool sendToRunning(const QByteArray& message) const;
    /// Takes the journal's lock and watches its inbox; false when another instance holds it.
    bool listen();
    bool isListening() const;
    QString name() const { return m_name; }
    /// After File > Open journal: listens for `journalPath` instead, so a later launch on the
    /// newly opened journal raises this window and one on the old journal starts its own. False
    /// (and nothing changes) when another instance has that journal.
    bool switchTo(const QString& journalPath);

signals:
    /// A later launch said something (the app raises its window).
    void messageReceived(const QByteArray& message);

private:
    static bool send(const QString& name, const QByteArray& message);
    void stopListening();
    void readInbox();

    QString m_name;
    std::unique_ptr<QLockFile> m_lock; // held while listening
    QFileSystemWatcher* m_inboxWatcher = nullptr;
};

} // namespace quietlegs
