#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

namespace Weir {
class GatewayClient;
class GatewaySession;
} // namespace Weir

namespace Weir::Bench {

// Submits many INSERT jobs through the real SQL Gateway quickly: several sessions side by side
// (the gateway runs the statements of one session one after the other), each set up with the
// same DDL and then taking the next INSERT from a shared queue as soon as its previous one
// has its job id. Asynchronous; emits finished() once the queue is empty and every session
// is idle. Main (GUI) thread.
class BenchJobSubmitter : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        QString name; // pipeline.name, to tell the jobs apart in the overview
        QString statement;
    };

    // `client` must be negotiated and outlive the submitter.
    BenchJobSubmitter(GatewayClient *client, const QStringList &setup, QObject *parent = nullptr);
    ~BenchJobSubmitter() override;

    void submit(const QList<Job> &jobs, int sessions);
    bool isDone() const { return m_idleSessions == m_sessions.size() && m_queue.isEmpty(); }
    // Job ids in the order they arrived, and one line per statement that failed.
    const QStringList &jobIds() const { return m_jobIds; }
    const QStringList &failures() const { return m_failures; }

signals:
    void finished();

private:
    void configureNext(GatewaySession *session, int index);
    void runNext(GatewaySession *session);

    GatewayClient *m_client;
    QStringList m_setup;
    QList<Job> m_queue;
    QList<GatewaySession *> m_sessions;
    int m_idleSessions = 0;
    QStringList m_jobIds;
    QStringList m_failures;
};

} // namespace Weir::Bench
