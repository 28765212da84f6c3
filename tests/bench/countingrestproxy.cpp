#include "countingrestproxy.h"

#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <pthread.h>

namespace Weir::Bench {

namespace {

// One client connection and its upstream twin; parses the client's side into requests (HTTP/1.1
// keep-alive: headers, then Content-Length bytes of body).
class Pipe : public QObject
{
public:
    Pipe(QTcpSocket *client, const QUrl &upstream, CountingRestProxy *counter)
        : m_client(client), m_upstream(new QTcpSocket(this)), m_counter(counter)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &Pipe::fromClient);
        connect(m_upstream, &QTcpSocket::readyRead, this,
                [this] { m_client->write(m_upstream->readAll()); });
        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_upstream->write(m_waiting);
            m_waiting.clear();
        });
        connect(client, &QTcpSocket::disconnected, this, &Pipe::close);
        connect(m_upstream, &QTcpSocket::disconnected, this, &Pipe::close);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, &Pipe::close);
        m_upstream->connectToHost(upstream.host(), quint16(upstream.port()));
    }

private:
    void fromClient()
    {
        const QByteArray bytes = m_client->readAll();
        parse(bytes);
        if (m_upstream->state() == QAbstractSocket::ConnectedState)
            m_upstream->write(bytes);
        else
            m_waiting += bytes;
    }

    void parse(const QByteArray &bytes)
    {
        m_parse += bytes;
        for (;;) {
            if (m_bodyLeft > 0) {
                const qsizetype take = qMin<qsizetype>(m_bodyLeft, m_parse.size());
                m_parse.remove(0, take);
                m_bodyLeft -= take;
                if (m_bodyLeft > 0)
                    return;
            }
            const qsizetype end = m_parse.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = m_parse.left(end).split('\n');
            m_parse.remove(0, end + 4);
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QByteArray target = requestLine.value(1);
            if (const qsizetype query = target.indexOf('?'); query >= 0)
                target.truncate(query);
            m_counter->record(QString::fromLatin1(target));
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    m_bodyLeft = line.mid(15).trimmed().toLongLong();
            }
        }
    }

    void close()
    {
        m_client->disconnect(this);
        m_upstream->disconnect(this);
        m_client->close();
        m_upstream->close();
        deleteLater();
    }

    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    CountingRestProxy *m_counter;
    QByteArray m_waiting; // client bytes before upstream connected
    QByteArray m_parse;
    qint64 m_bodyLeft = 0;
};

} // namespace

CountingRestProxy::CountingRestProxy(const QUrl &upstream)
{
    m_thread.setObjectName(QStringLiteral("counting-rest-proxy"));
    m_thread.start();
    auto *server = new QTcpServer;
    server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
    QSemaphore listening;
    quint16 port = 0;
    QMetaObject::invokeMethod(server, [&, server, upstream] {
        clockid_t clock = 0;
        if (pthread_getcpuclockid(pthread_self(), &clock) == 0) {
            m_threadClock = clock;
            m_hasClock = true;
        }
        QObject::connect(server, &QTcpServer::newConnection, server, [this, server, upstream] {
            while (QTcpSocket *client = server->nextPendingConnection())
                (new Pipe(client, upstream, this))->setParent(server);
        });
        if (server->listen(QHostAddress::LocalHost, 0))
            port = server->serverPort();
        listening.release();
    });
    listening.acquire();
    if (port != 0)
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

CountingRestProxy::~CountingRestProxy()
{
    m_thread.quit();
    m_thread.wait();
}

QHash<QString, quint64> CountingRestProxy::counts() const
{
    const QMutexLocker lock(&m_mutex);
    return m_counts;
}

double CountingRestProxy::cpuSeconds() const
{
    if (!m_hasClock)
        return 0;
    timespec now{};
    if (clock_gettime(m_threadClock, &now) != 0)
        return 0;
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

void CountingRestProxy::record(const QString &path)
{
    const QMutexLocker lock(&m_mutex);
    ++m_counts[path];
}

} // namespace Weir::Bench
