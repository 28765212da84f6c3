#pragma once

#include "fetchbackoff.h"
#include "gatewayerror.h"
#include "httpclient.h"
#include "resultpageparser.h"
#include "results/columninfo.h"
#include "results/rowbatch.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <functional>

namespace Weir {

class GatewaySession;

// One statement on a SQL Gateway session: submits it, follows the result pages
// (`nextResultUri` verbatim) until the end of the stream, and closes the operation. Pages are
// parsed off the GUI thread and arrive as immutable RowBatches tagged with generation(); idle
// pages (NOT_READY, empty streaming pages) back off from 10 ms to 500 ms, but at most
// ActiveCeilingMs while rows came in the last ActiveWindowMs. Lives on the GUI thread.
// Receivers must not delete it synchronously from its signals (use deleteLater()).
//
// Throughput: the gateway buffers at most 5,000 rows and stops the job's collect sink while the
// buffer is full, so every millisecond the buffer sits full is lost. Hence the next page of a
// page with rows is requested as soon as that page arrives (its nextResultUri is found without
// parsing it), while it is parsed; and a stream that just delivered rows is polled often.
//
// Lifecycle: start() → submitted() → [columnsReceived() → jobIdReceived()? → rowsReceived()*]
// → exactly one of finished(), cancelled(), failed(). The operation is closed on the gateway
// before any of the three is emitted (closing a SELECT's operation cancels its job), except
// after a lost session, whose operations are gone anyway.
class StatementRun : public QObject
{
    Q_OBJECT

public:
    static constexpr int ActiveCeilingMs = 10;
    static constexpr int ActiveWindowMs = 2000;

    enum class State {
        Idle,
        Submitting,
        Fetching,
        Cancelling,
        Closing, // the end of the stream arrived; closing the operation
        Finished,
        Cancelled,
        Failed,
    };
    Q_ENUM(State)

    // `session` must be open when start() is called. `executionConfig` overrides the session
    // configuration for this statement only (e.g. execution.runtime-mode).
    StatementRun(GatewaySession *session, const QString &statement,
                 const QMap<QString, QString> &executionConfig = QMap<QString, QString>(),
                 QObject *parent = nullptr);
    // A still-open operation is closed on the gateway without waiting for the answer.
    ~StatementRun() override;

    void start();
    // Stops fetching, asks the gateway to cancel, closes the operation; then cancelled().
    void cancel();
    // For tests: a different backoff schedule.
    void setBackoff(const FetchBackoff &backoff) { m_backoff = backoff; }

    State state() const { return m_state; }
    bool isActive() const;
    // Unique per run in this process; every RowBatch of this run carries it.
    quint64 generation() const { return m_generation; }
    const QString &statement() const { return m_statement; }
    const QString &operationHandle() const { return m_operation; }
    const QString &jobId() const { return m_jobId; }
    bool isQueryResult() const { return m_isQueryResult; }
    const QString &resultKind() const { return m_resultKind; }
    const QList<ColumnInfo> &columns() const { return m_columns; }
    qint64 rowCount() const { return m_rowCount; }
    // Pages fetched so far, NOT_READY and empty ones included.
    int pageCount() const { return m_pageCount; }

signals:
    void submitted(const QString &operationHandle);
    void columnsReceived(const QList<Weir::ColumnInfo> &columns);
    void rowsReceived(const Weir::RowBatch &rows);
    void jobIdReceived(const QString &jobId);
    void finished();
    void cancelled();
    void failed(const Weir::GatewayError &error);

private:
    void onSubmitted(const HttpClient::Response &response);
    void fetch();
    void onFetched(const HttpClient::Response &response);
    void onParsed();
    void parseNext();
    void scheduleIdleFetch();
    void requestCancel();
    void fail(const GatewayError &error);
    // DELETE .../close (once), then `then`.
    void closeOperation(std::function<void()> then);
    void finish(State state);
    QString operationPath() const;
    HttpClient *http() const;

    QPointer<GatewaySession> m_session;
    QString m_statement;
    QMap<QString, QString> m_executionConfig;
    State m_state = State::Idle;
    quint64 m_generation;
    QString m_sessionPath; // fixed at submission
    QString m_operation;
    bool m_operationClosed = false;
    QString m_nextUri;
    struct FetchedPage
    {
        QByteArray body;
        QUrl url;            // for error messages
        QString fetchedNext; // the page after it was requested already (from this URI)
    };
    QList<FetchedPage> m_fetched; // waiting for the parser, in order
    QUrl m_fetchUrl;              // of the page being parsed
    QString m_parsingFetchedNext;
    bool m_parsing = false;
    QElapsedTimer m_sinceRows; // since the last page with rows
    QString m_jobId;
    bool m_isQueryResult = false;
    QString m_resultKind;
    QList<ColumnInfo> m_columns;
    bool m_columnsEmitted = false;
    qint64 m_rowCount = 0;
    int m_pageCount = 0;
    FetchBackoff m_backoff;
    QTimer m_fetchTimer;
    quint64 m_request = 0; // the outstanding fetch, for abort on cancel
    QFutureWatcher<ResultPageParser::Page> m_parser;
};

} // namespace Weir
