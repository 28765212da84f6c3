#pragma once

// Shared by the tst_gateway* integration tests: drives GatewayClient, GatewaySession and
// StatementRun against the fixture's real SQL Gateway and waits for them (tests may wait in a
// local event loop; product code may not). Header-only; test thread.

#include "flink/gatewayclient.h"
#include "flinkfixture.h"
#include "flink/gatewaysession.h"
#include "flink/statementrun.h"
#include "results/resultstore.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

namespace Weir::Test {

// Everything one StatementRun emitted.
struct CollectedRun
{
    QList<ColumnInfo> columns;
    QList<RowKind> kinds;
    QList<QStringList> rows; // NULL as "<NULL>", the SQL client's tableau marker
    QString jobId;
    QString operation;
    int batches = 0;
    bool finished = false;
    bool cancelled = false;
    std::optional<GatewayError> error;

    bool done() const { return finished || cancelled || error.has_value(); }
    QString describe() const
    {
        return error ? error->describe() + QLatin1Char('\n') + error->details.left(3000)
                     : QStringLiteral("finished=%1 cancelled=%2 rows=%3")
                           .arg(finished)
                           .arg(cancelled)
                           .arg(rows.size());
    }
    QStringList columnTypes() const
    {
        QStringList types;
        for (const ColumnInfo &column : columns)
            types.append(column.type().toString());
        return types;
    }
};

// Collects a StatementRun's signals into a CollectedRun.
inline void collect(StatementRun *run, CollectedRun *out)
{
    QObject::connect(run, &StatementRun::submitted, run,
                     [out](const QString &operation) { out->operation = operation; });
    QObject::connect(run, &StatementRun::columnsReceived, run,
                     [out](const QList<ColumnInfo> &columns) { out->columns = columns; });
    QObject::connect(run, &StatementRun::jobIdReceived, run,
                     [out](const QString &jobId) { out->jobId = jobId; });
    QObject::connect(run, &StatementRun::rowsReceived, run, [out](const RowBatch &batch) {
        ++out->batches;
        for (int row = 0; row < batch.rowCount(); ++row) {
            QStringList fields;
            for (int column = 0; column < batch.columnCount(); ++column)
                fields.append(batch.isNull(row, column) ? QStringLiteral("<NULL>")
                                                        : batch.text(row, column).toString());
            out->kinds.append(batch.kind(row));
            out->rows.append(fields);
        }
    });
    QObject::connect(run, &StatementRun::finished, run, [out] { out->finished = true; });
    QObject::connect(run, &StatementRun::cancelled, run, [out] { out->cancelled = true; });
    QObject::connect(run, &StatementRun::failed, run,
                     [out](const GatewayError &error) { out->error = error; });
}

// Feeds `store` from `run` the way the studio does: begin() on the columns, each page applied.
inline void feed(StatementRun *run, ResultStore *store)
{
    QObject::connect(run, &StatementRun::columnsReceived, store,
                     [store, run](const QList<ColumnInfo> &columns) {
                         store->begin(run->generation(), columns);
                     });
    QObject::connect(run, &StatementRun::rowsReceived, store,
                     [store](const RowBatch &batch) { store->apply(batch); });
}

class GatewayHarness
{
public:
    explicit GatewayHarness(const QUrl &url, int timeoutMs = 30000)
    {
        HttpClient::Options options;
        options.baseUrl = url;
        options.timeoutMs = timeoutMs;
        m_client = std::make_unique<GatewayClient>(options);
    }

    GatewayClient *client() const { return m_client.get(); }

    // Empty on success, else why not.
    QString negotiate()
    {
        QSignalSpy negotiated(m_client.get(), &GatewayClient::negotiated);
        QSignalSpy failed(m_client.get(), &GatewayClient::failed);
        m_client->negotiate();
        if (!QTest::qWaitFor([&] { return !negotiated.isEmpty() || !failed.isEmpty(); }, 60000))
            return QStringLiteral("negotiation timed out");
        return failed.isEmpty() ? QString() : failed.first().first().value<GatewayError>().message;
    }

    // An open session, or nullptr with *why set.
    std::unique_ptr<GatewaySession> openSession(const QMap<QString, QString> &properties,
                                                QString *why)
    {
        auto session = std::make_unique<GatewaySession>(m_client.get());
        QSignalSpy opened(session.get(), &GatewaySession::opened);
        QSignalSpy failed(session.get(), &GatewaySession::openFailed);
        session->open(QStringLiteral("weir-test"), properties);
        (void)QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 60000);
        if (opened.isEmpty()) {
            *why = failed.isEmpty() ? QStringLiteral("open timed out")
                                    : failed.first().first().value<GatewayError>().message;
            return nullptr;
        }
        return session;
    }

    // Runs one statement to its end.
    static CollectedRun run(GatewaySession *session, const QString &statement,
                            const QMap<QString, QString> &config = {}, int timeoutMs = 120000)
    {
        CollectedRun out;
        StatementRun run(session, statement, config);
        collect(&run, &out);
        run.start();
        if (!QTest::qWaitFor([&] { return out.done(); }, timeoutMs)) {
            GatewayError error;
            error.message = QStringLiteral("no end within %1 ms").arg(timeoutMs);
            out.error = error;
            // Cancel rather than drop the operation mid-flight; wait for the close.
            run.cancel();
            (void)QTest::qWaitFor([&] { return out.cancelled; }, 30000);
        }
        return out;
    }

    // configure-session, waited for. Empty on success.
    static QString configure(GatewaySession *session, const QString &statement)
    {
        QSignalSpy configured(session, &GatewaySession::configured);
        QSignalSpy failed(session, &GatewaySession::configureFailed);
        session->configure(statement);
        (void)QTest::qWaitFor([&] { return !configured.isEmpty() || !failed.isEmpty(); }, 60000);
        if (!failed.isEmpty())
            return failed.first().at(1).value<GatewayError>().describe();
        return configured.isEmpty() ? QStringLiteral("configure timed out") : QString();
    }

    static bool close(GatewaySession *session)
    {
        QSignalSpy closed(session, &GatewaySession::closed);
        session->close();
        return QTest::qWaitFor([&] { return !closed.isEmpty(); }, 30000);
    }

private:
    std::unique_ptr<GatewayClient> m_client;
};

// What a gateway test's initTestCase() sets up: the fixture of WEIR_FLINK_FIXTURE_STATE, a
// negotiated client and an open session, closed again on destruction.
struct FixtureSession
{
    FlinkFixture fixture;
    std::unique_ptr<GatewayHarness> harness;
    std::unique_ptr<GatewaySession> session;

    // Empty on success, else why not.
    QString open()
    {
        const auto found = FlinkFixture::fromEnvironment();
        if (!found)
            return found.error();
        fixture = found.value();
        harness = std::make_unique<GatewayHarness>(fixture.gatewayUrl());
        const QString why = harness->negotiate();
        if (!why.isEmpty())
            return why;
        QString openWhy;
        session = harness->openSession({}, &openWhy);
        return session ? QString() : openWhy;
    }
    ~FixtureSession()
    {
        if (session)
            GatewayHarness::close(session.get());
    }
};

} // namespace Weir::Test
