#pragma once

// A real HTTP/1.1 peer on 127.0.0.1 standing in for the chat robots' and any webhook's
// endpoints: it parses each request (method, path, query, headers, body), keeps it, and answers
// with the status and JSON the test chose (DingTalk's {"errcode":0}, a refusal, a 500).
// Header-only; test thread.

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace Weir::Test {

class WebhookReceiver : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    WebhookReceiver()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url(const QString &pathAndQuery) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(pathAndQuery);
    }
    // The answer to every following request.
    void answer(int status, const QByteArray &json)
    {
        m_status = status;
        m_answer = json;
    }
    const QList<Request> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            Request request;
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            if (requestLine.size() < 2)
                return;
            request.method = requestLine.at(0);
            const QUrl target(QString::fromLatin1(requestLine.at(1)));
            request.path = target.path();
            request.query = QUrlQuery(target);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return; // the body is still on its way
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            m_requests.append(request);
            socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                          (m_status < 300 ? " OK" : " Error") +
                          "\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(m_answer.size()) + "\r\n\r\n" + m_answer);
        }
    }

    QTcpServer m_server;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    int m_status = 200;
    QByteArray m_answer = R"({"errcode":0,"errmsg":"ok"})";
};

} // namespace Weir::Test
