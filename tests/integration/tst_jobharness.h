#pragma once

// Shared by the tests that operate jobs (tst_jobmanager, tests/ui/tst_jobspanel): submits the
// test INSERT job through the fixture's SQL Gateway and waits on JobManagerClient calls (tests
// may wait in a local event loop; product code may not). Header-only; test thread.

#include "flink/jobmanagerclient.h"
#include "flinkfixture.h"
#include "tst_gatewayharness.h"

#include <QElapsedTimer>
#include <QTest>
#include <optional>

namespace Weir::Test {

// The job every test runs: a keyed count over datagen with a watermark (two vertices joined by
// a HASH edge), checkpointing every second, into blackhole.
inline const QString kTestJobName =
    QStringLiteral("insert-into_default_catalog.default_database.snk");

// The fixture's Flink as the job tests use it: the SQL Gateway (negotiated) to submit jobs, a
// JobManagerClient to watch and operate them.
struct JobCluster
{
    FlinkFixture fixture;
    std::unique_ptr<GatewayHarness> gateway;
    std::unique_ptr<JobManagerClient> client;

    // From WEIR_FLINK_FIXTURE_STATE; empty on success, else why not.
    QString open()
    {
        const auto found = FlinkFixture::fromEnvironment();
        if (!found)
            return found.error();
        fixture = found.value();
        gateway = std::make_unique<GatewayHarness>(fixture.gatewayUrl());
        if (const QString why = gateway->negotiate(); !why.isEmpty())
            return why;
        HttpClient::Options options;
        options.baseUrl = fixture.jobManagerUrl();
        options.timeoutMs = 15000;
        client = std::make_unique<JobManagerClient>(options);
        return {};
    }
};

// Waits for one asynchronous client call; a failure when nothing arrives in time.
template<typename T, typename Call> Result<T> await(Call call, int timeoutMs = 30000)
{
    std::optional<Result<T>> result;
    QObject context;
    call(&context, [&result](const Result<T> &value) { result = value; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return Result<T>::failure(QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    return *result;
}

// Submits the test job (restoring from `savepointPath` if given); its id, or empty with *why.
inline QString submitTestJob(GatewayHarness &gateway, const QString &savepointPath, QString *why)
{
    auto session = gateway.openSession(
        {{QStringLiteral("execution.checkpointing.interval"), QStringLiteral("1s")}}, why);
    if (!session)
        return {};
    QStringList setup{
        QStringLiteral("CREATE TABLE src (id BIGINT, k INT, ts TIMESTAMP(3), WATERMARK FOR ts AS "
                       "ts - INTERVAL '1' SECOND) WITH ('connector'='datagen', "
                       "'rows-per-second'='20', 'fields.k.min'='0', 'fields.k.max'='9')"),
        QStringLiteral("CREATE TABLE snk (k INT, c BIGINT) WITH ('connector'='blackhole')")};
    if (!savepointPath.isEmpty())
        setup.append(QStringLiteral("SET 'execution.savepoint.path' = '%1'").arg(savepointPath));
    for (const QString &statement : std::as_const(setup)) {
        *why = GatewayHarness::configure(session.get(), statement);
        if (!why->isEmpty())
            return {};
    }
    const CollectedRun run = GatewayHarness::run(
        session.get(), QStringLiteral("INSERT INTO snk SELECT k, COUNT(*) FROM src GROUP BY k"));
    GatewayHarness::close(session.get());
    if (run.error || run.jobId.isEmpty()) {
        *why = run.describe();
        return {};
    }
    return run.jobId;
}

// Polls the job until it is in `state` (for RUNNING: with every vertex running, as a savepoint
// needs); returns the last state seen.
inline QString waitForJobState(JobManagerClient &client, const QString &jobId, const QString &state,
                               int timeoutMs = 60000)
{
    QString last;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const auto detail =
            await<JobDetail>([&](QObject *c, auto done) { client.job(jobId, c, done); });
        last = detail ? detail->summary.state : detail.error();
        if (detail && last == state &&
            (state != QLatin1String("RUNNING") ||
             std::all_of(detail->vertices.begin(), detail->vertices.end(),
                         [](const JobVertex &v) { return v.status == QLatin1String("RUNNING"); })))
            return last;
        QTest::qWait(250);
    }
    return last;
}

// Cancels the job unless it already ended, and waits for CANCELED.
inline void cancelTestJob(JobManagerClient &client, const QString &jobId)
{
    const auto detail =
        await<JobDetail>([&](QObject *c, auto done) { client.job(jobId, c, done); });
    if (!detail || detail->summary.isTerminal())
        return;
    std::optional<Status> cancelled;
    QObject context;
    client.cancel(jobId, &context, [&](const Status &s) { cancelled = s; });
    (void)QTest::qWaitFor([&] { return cancelled.has_value(); }, 15000);
    (void)waitForJobState(client, jobId, QStringLiteral("CANCELED"), 30000);
}

} // namespace Weir::Test
