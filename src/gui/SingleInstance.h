#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace quietlegs {

/// One app window per journal. The first instance listens on a local socket (a Unix-domain
/// socket, owner-only; never the network) named after a hash of the journal's canonical
/// path; a second launch on the same journal sends "raise" there and exits. A socket left
/// behind by a crashed instance is noticed (nobody answers) and replaced.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString& journalPath, QObject* parent = nullptr);

    /// The socket name for a journal: "quietlegs-" + the first 32 hex digits of the SHA-256
    /// of its canonical path (so two spellings of one file meet, and the path is not exposed).
    static QString serverName(const QString& journalPath);

    /// Sends `message` to an instance already running on this journal; false when none is.
    bool sendToRunning(const QByteArray& message, int timeoutMs = 1000) const;
    /// Starts listening, replacing a stale socket; false when another instance holds it.
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
    static bool send(const QString& name, const QByteArray& message, int timeoutMs);

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace quietlegs
