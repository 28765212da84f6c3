#include "benchjobsubmitter.h"

#include "flink/gatewayclient.h"
#include "flink/gatewaysession.h"
#include "flink/statementrun.h"

namespace Weir::Bench {

BenchJobSubmitter::BenchJobSubmitter(GatewayClient *client, const QStringList &setup,
                                     QObject *parent)
    : QObject(parent), m_client(client), m_setup(setup)
{}

BenchJobSubmitter::~BenchJobSubmitter() = default;

void BenchJobSubmitter::submit(const QList<Job> &jobs, int sessions)
{
    m_queue = jobs;
    for (int i = 0; i < sessions; ++i) {
        auto *session = new GatewaySession(m_client, this);
        m_sessions.append(session);
        connect(session, &GatewaySession::opened, this,
                [this, session] { configureNext(session, 0); });
        connect(session, &GatewaySession::openFailed, this, [this](const GatewayError &error) {
            m_failures.append(QStringLiteral("open session: ") + error.describe());
            if (++m_idleSessions == m_sessions.size())
                emit finished();
        });
        session->open(QStringLiteral("weir-bench-%1").arg(i));
    }
}

void BenchJobSubmitter::configureNext(GatewaySession *session, int index)
{
    if (index >= m_setup.size()) {
        runNext(session);
        return;
    }
    // The answer of this request only: the connections go once it arrived.
    auto *guard = new QObject(this);
    const quint64 request = session->configure(m_setup.at(index));
    connect(session, &GatewaySession::configured, guard,
            [this, session, index, request, guard](quint64 id) {
                if (id != request)
                    return;
                guard->deleteLater();
                configureNext(session, index + 1);
            });
    connect(session, &GatewaySession::configureFailed, guard,
            [this, request, guard](quint64 id, const GatewayError &error) {
                if (id != request)
                    return;
                guard->deleteLater();
                m_failures.append(QStringLiteral("setup: ") + error.describe());
                if (++m_idleSessions == m_sessions.size())
                    emit finished();
            });
}

void BenchJobSubmitter::runNext(GatewaySession *session)
{
    if (m_queue.isEmpty()) {
        if (++m_idleSessions == m_sessions.size())
            emit finished();
        return;
    }
    const Job job = m_queue.takeFirst();
    auto *run = new StatementRun(session, job.statement,
                                 {{QStringLiteral("pipeline.name"), job.name}}, this);
    connect(run, &StatementRun::jobIdReceived, this,
            [this](const QString &jobId) { m_jobIds.append(jobId); });
    connect(run, &StatementRun::finished, this, [this, session, run] {
        run->deleteLater();
        runNext(session);
    });
    connect(run, &StatementRun::cancelled, this, [this, session, run, job] {
        m_failures.append(job.name + QStringLiteral(": cancelled"));
        run->deleteLater();
        runNext(session);
    });
    connect(run, &StatementRun::failed, this, [this, session, run, job](const GatewayError &error) {
        m_failures.append(job.name + QStringLiteral(": ") + error.describe());
        run->deleteLater();
        runNext(session);
    });
    run->start();
}

} // namespace Weir::Bench
