#include "truncatedreplyserver.h"

#include <QHostAddress>

namespace Weir::Test {

namespace {

// A plausible result page, cut in the middle by the faults that send a body.
const QByteArray kBody = QByteArrayLiteral(
    R"({"resultType":"PAYLOAD","isQueryResult":true,"resultKind":"SUCCESS_WITH_CONTENT",)"
    R"("results":{"columns":[],"rowFormat":"PLAIN_TEXT","data":[]}})");

} // namespace

TruncatedReplyServer::TruncatedReplyServer(Fault fault, QObject *parent)
    : QTcpServer(parent), m_fault(fault)
{
    connect(this, &QTcpServer::newConnection, this, &TruncatedReplyServer::onNewConnection);
}

bool TruncatedReplyServer::listenOnLoopback()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TruncatedReplyServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    return url;
}

void TruncatedReplyServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        ++m_connections;
        m_lastRequest.clear();
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void TruncatedReplyServer::onReadyRead(QTcpSocket *socket)
{
    m_lastRequest += socket->readAll();
    const qsizetype headerEnd = m_lastRequest.indexOf("\r\n\r\n");
    if (headerEnd < 0 || m_fault == Fault::NoAnswer)
        return;
    // Answer once per connection, as soon as the request headers are in (bodies are small).
    if (socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    const QByteArray headers = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                               "Content-Length: " +
                               QByteArray::number(kBody.size()) + "\r\n\r\n";
    socket->write(headers + kBody.left(kBody.size() / 2));
    socket->flush();
    if (m_fault == Fault::TruncatedBody)
        socket->disconnectFromHost();
}

} // namespace Weir::Test
