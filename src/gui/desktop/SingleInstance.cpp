#include "SingleInstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace quietlegs {
namespace {

// The user's runtime folder ($XDG_RUNTIME_DIR, owner-only), else the temporary folder.
QString folder()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::tempPath() : runtime;
}

QString lockPath(const QString& name)
{
    return folder() + QLatin1Char('/') + name + QStringLiteral(".lock");
}

QString inboxPath(const QString& name)
{
    return folder() + QLatin1Char('/') + name + QStringLiteral(".inbox");
}

const QString kMessageSuffix = QStringLiteral(".message");

// True when a live process holds the lock. A lock whose process is gone is stale: trying the
// lock removes it (QLockFile compares the process id and name written in it).
bool someoneHolds(const QString& name)
{
    QLockFile probe(lockPath(name));
    probe.setStaleLockTime(0); // a held lock never goes stale by age, however long it is held
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

} // namespace

SingleInstance::SingleInstance(const QString& journalPath, QObject* parent)
    : QObject(parent), m_name(instanceName(journalPath))
{}

SingleInstance::~SingleInstance()
{
    stopListening();
}

QString SingleInstance::instanceName(const QString& journalPath)
{
    const QFileInfo info(journalPath);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) // not created yet: its folder may still resolve links
        canonical = QFileInfo(info.absolutePath()).canonicalFilePath().isEmpty()
                        ? info.absoluteFilePath()
                        : QFileInfo(info.absolutePath()).canonicalFilePath() + QLatin1Char('/') +
                              info.fileName();
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("quietlegs-") + QString::fromLatin1(hash.left(32));
}

bool SingleInstance::sendToRunning(const QByteArray& message) const
{
    return send(m_name, message);
}

bool SingleInstance::send(const QString& name, const QByteArray& message)
{
    if (!someoneHolds(name))
        return false;
    const QString inbox = inboxPath(name);
    // One file per message, complete when it appears: QSaveFile writes a temporary file and
    // renames it, and the reader takes only names with the message suffix.
    static int sent = 0;
    QSaveFile file(inbox + QLatin1Char('/') +
                   QStringLiteral("%1-%2-%3")
                       .arg(QDateTime::currentMSecsSinceEpoch())
                       .arg(QCoreApplication::applicationPid())
                       .arg(++sent) +
                   kMessageSuffix);
    if (!QDir().mkpath(inbox) || !file.open(QIODevice::WriteOnly))
        return false;
    file.write(message + '\n');
    return file.commit();
}

bool SingleInstance::listen()
{
    if (m_lock)
        return true;
    auto lock = std::make_unique<QLockFile>(lockPath(m_name));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    // Messages left for an instance that has since gone were not meant for this one.
    QDir inbox(inboxPath(m_name));
    if (!inbox.exists() && !QDir().mkpath(inbox.path()))
        return false;
    for (const QString& old : inbox.entryList(QDir::Files))
        inbox.remove(old);
    m_lock = std::move(lock);
    m_inboxWatcher = new QFileSystemWatcher({inbox.path()}, this);
    connect(m_inboxWatcher, &QFileSystemWatcher::directoryChanged, this,
            &SingleInstance::readInbox);
    return true;
}

void SingleInstance::readInbox()
{
    QDir inbox(inboxPath(m_name));
    const QStringList names =
        inbox.entryList({QLatin1Char('*') + kMessageSuffix}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(inbox.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        inbox.remove(name);
        for (const QByteArray& line : lines) {
            if (!line.trimmed().isEmpty())
                emit messageReceived(line.trimmed());
        }
    }
}

void SingleInstance::stopListening()
{
    if (!m_lock)
        return;
    delete m_inboxWatcher;
    m_inboxWatcher = nullptr;
    QDir(inboxPath(m_name)).removeRecursively();
    m_lock.reset(); // unlocking removes the lock file
}

bool SingleInstance::switchTo(const QString& journalPath)
{
    const QString name = instanceName(journalPath);
    if (name == m_name)
        return true;
    if (someoneHolds(name))
        return false;
    const bool wasListening = isListening();
    stopListening();
    m_name = name;
    return !wasListening || listen();
}

bool SingleInstance::isListening() const
{
    return m_lock && m_lock->isLocked();
}

} // namespace quietlegs
