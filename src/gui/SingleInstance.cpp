#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace quietlegs {

SingleInstance::SingleInstance(const QString& journalPath, QObject* parent)
    : QObject(parent), m_name(serverName(journalPath))
{}

QString SingleInstance::serverName(const QString& journalPath)
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

bool SingleInstance::sendToRunning(const QByteArray& message, int timeoutMs) const
{
    return send(m_name, message, timeoutMs);
}

bool SingleInstance::send(const QString& name, const QByteArray& message, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(message + '\n');
    socket.flush();
    socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    // Qt's listen() replaces an existing socket file without asking whether someone still
    // listens on it, so ask first: an answer means another instance has this journal. A file
    // nobody answers on was left by a crashed or killed instance and is ours to replace.
    if (sendToRunning(QByteArrayLiteral("ping"), 300))
        return false;
    QLocalServer::removeServer(m_name);
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                while (socket->canReadLine()) {
                    const QByteArray line = socket->readLine().trimmed();
                    if (line != "ping")
                        emit messageReceived(line);
                }
            });
        }
    });
    return true;
}

bool SingleInstance::switchTo(const QString& journalPath)
{
    const QString name = serverName(journalPath);
    if (name == m_name)
        return true;
    if (send(name, QByteArrayLiteral("ping"), 300))
        return false;
    const bool wasListening = m_server != nullptr;
    delete m_server; // closing removes the old socket file
    m_server = nullptr;
    m_name = name;
    return !wasListening || listen();
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

} // namespace quietlegs
