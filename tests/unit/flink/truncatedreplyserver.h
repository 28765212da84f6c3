#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace Weir::Test {

// A fault-injecting HTTP server for unit tests, and nothing else: it answers every request with
// a broken reply so that HttpClient's handling of truncated answers and timeouts can be tested
// without a real gateway. It never answers correctly. Test thread (QTcpServer).
class TruncatedReplyServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Fault {
        TruncatedBody, // headers promise a body, half of it arrives, the connection closes
        NoAnswer,      // reads the request and never writes a byte (a hung server)
        StalledBody,   // headers and half the body, then silence with the connection open
    };

    explicit TruncatedReplyServer(Fault fault, QObject *parent = nullptr);

    bool listenOnLoopback();
    QUrl url() const;
    // Connections accepted so far (one per HttpClient attempt).
    int connectionCount() const { return m_connections; }
    // The raw request bytes of the last connection.
    QByteArray lastRequest() const { return m_lastRequest; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    Fault m_fault;
    int m_connections = 0;
    QByteArray m_lastRequest;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace Weir::Test
