#include "statementrun.h"

#include "gatewayclient.h"
#include "gatewaysession.h"

#include <QJsonObject>
#include <QtConcurrent>
#include <atomic>

namespace Weir {

namespace {

quint64 nextGeneration()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

} // namespace

StatementRun::StatementRun(GatewaySession *session, const QString &statement,
                           const QMap<QString, QString> &executionConfig, QObject *parent)
    : QObject(parent), m_session(session), m_statement(statement),
      m_executionConfig(executionConfig), m_generation(nextGeneration())
{
    m_fetchTimer.setSingleShot(true);
    connect(&m_fetchTimer, &QTimer::timeout, this, &StatementRun::fetch);
    connect(&m_parser, &QFutureWatcher<ResultPageParser::Page>::finished, this,
            &StatementRun::onParsed);
}

StatementRun::~StatementRun()
{
    HttpClient *client = http();
    if (client && m_request != 0)
        client->abort(m_request);
    if (client && !m_operation.isEmpty() && !m_operationClosed &&
        m_session->state() == GatewaySession::State::Open)
        client->deleteResource(operationPath() + QStringLiteral("/close"), nullptr, nullptr);
}

HttpClient *StatementRun::http() const
{
    return m_session ? m_session->http() : nullptr;
}

QString StatementRun::operationPath() const
{
    return m_sessionPath + QStringLiteral("/operations/") + m_operation;
}

bool StatementRun::isActive() const
{
    return m_state == State::Submitting || m_state == State::Fetching ||
           m_state == State::Cancelling || m_state == State::Closing;
}

void StatementRun::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_session || !m_session->isOpen() || !http()) {
        GatewayError error;
        error.kind = GatewayError::Kind::Protocol;
        error.message = tr("The SQL Gateway session is not open.");
        m_state = State::Failed;
        QTimer::singleShot(0, this, [this, error] { emit failed(error); });
        return;
    }
    m_state = State::Submitting;
    m_sessionPath = m_session->path();
    // No executionTimeout: the gateway rejects every positive value.
    QJsonObject body{{QLatin1String("statement"), m_statement}};
    if (!m_executionConfig.isEmpty()) {
        QJsonObject config;
        for (auto it = m_executionConfig.cbegin(); it != m_executionConfig.cend(); ++it)
            config.insert(it.key(), it.value());
        body.insert(QLatin1String("executionConfig"), config);
    }
    http()->post(m_sessionPath + QStringLiteral("/statements"), body, this,
                 [this](const HttpClient::Response &response) { onSubmitted(response); });
}

void StatementRun::onSubmitted(const HttpClient::Response &response)
{
    if (!response.ok()) {
        // Nothing to close: the gateway created no operation.
        m_operationClosed = true;
        if (m_state == State::Cancelling)
            finish(State::Cancelled);
        else
            fail(*response.error);
        return;
    }
    m_operation = response.json().value(QLatin1String("operationHandle")).toString();
    if (m_operation.isEmpty()) {
        fail(GatewayError::protocol(response.url, tr("no \"operationHandle\" in the answer")));
        return;
    }
    if (m_state == State::Cancelling) { // cancel() came while the POST was on its way
        requestCancel();
        return;
    }
    emit submitted(m_operation);
    if (m_state != State::Submitting)
        return;
    m_state = State::Fetching;
    // PLAIN_TEXT: exact values in Flink's own rendering (see ResultPageParser for the evidence).
    m_nextUri = operationPath() + QStringLiteral("/result/0?rowFormat=PLAIN_TEXT");
    fetch();
}

void StatementRun::fetch()
{
    if (m_state != State::Fetching || !http())
        return;
    m_request = http()->get(m_nextUri, this,
                            [this](const HttpClient::Response &response) { onFetched(response); });
}

void StatementRun::onFetched(const HttpClient::Response &response)
{
    m_request = 0;
    if (m_state != State::Fetching)
        return;
    if (!response.ok()) {
        fail(*response.error);
        return;
    }
    FetchedPage fetched{response.body, response.url, QString()};
    // Rows came: ask for the next page now, while this one is parsed (a couple of pages ahead at
    // most, should parsing ever fall behind).
    if (m_fetched.size() < 2) {
        fetched.fetchedNext = ResultPageParser::peekNextResultUri(response.body);
        if (!fetched.fetchedNext.isEmpty()) {
            m_nextUri = fetched.fetchedNext;
            fetch();
        }
    }
    m_fetched.append(std::move(fetched));
    // Not m_parser.isRunning(): that turns false before finished() is delivered, and a new
    // future set in between would drop the parsed page.
    if (!m_parsing)
        parseNext();
}

void StatementRun::parseNext()
{
    if (m_fetched.isEmpty() || m_state != State::Fetching)
        return;
    FetchedPage fetched = m_fetched.takeFirst();
    m_parsing = true;
    m_fetchUrl = fetched.url;
    m_parsingFetchedNext = fetched.fetchedNext;
    // Pages hold up to ~5,000 rows: parse them on the thread pool, never on the GUI thread.
    m_parser.setFuture(QtConcurrent::run(&ResultPageParser::parse, std::move(fetched.body),
                                         m_generation, qint64(m_pageCount)));
}

void StatementRun::onParsed()
{
    m_parsing = false;
    if (m_state != State::Fetching)
        return; // cancelled while parsing: the page is dropped
    const ResultPageParser::Page page = m_parser.result();
    ++m_pageCount;
    if (!page.error.isEmpty()) {
        fail(GatewayError::protocol(m_fetchUrl, page.error));
        return;
    }
    const bool fetchedAhead = !m_parsingFetchedNext.isEmpty();
    if (fetchedAhead && page.nextResultUri != m_parsingFetchedNext) {
        fail(GatewayError::protocol(
            m_fetchUrl,
            tr("the page's nextResultUri \"%1\" differs from the one found in it (\"%2\")")
                .arg(page.nextResultUri, m_parsingFetchedNext)));
        return;
    }
    if (!fetchedAhead && !page.nextResultUri.isEmpty())
        m_nextUri = page.nextResultUri;
    if (page.type == ResultPageParser::Page::Type::NotReady) {
        m_fetchTimer.start(m_backoff.nextDelay());
        return;
    }

    m_isQueryResult = page.isQueryResult;
    m_resultKind = page.resultKind;
    if (!m_columnsEmitted) {
        m_columnsEmitted = true;
        m_columns = page.columns;
        emit columnsReceived(m_columns);
    }
    if (m_state == State::Fetching && m_jobId.isEmpty() && !page.jobId.isEmpty()) {
        m_jobId = page.jobId;
        emit jobIdReceived(m_jobId);
    }
    if (m_state == State::Fetching && !page.rows.isEmpty()) {
        m_rowCount += page.rows.rowCount();
        m_sinceRows.start();
        emit rowsReceived(page.rows);
    }
    if (m_state != State::Fetching)
        return; // a receiver cancelled

    if (fetchedAhead) {
        // The next page is on its way or waiting for the parser already.
        m_backoff.reset();
        parseNext();
        return;
    }
    if (page.type == ResultPageParser::Page::Type::EndOfStream || page.nextResultUri.isEmpty()) {
        m_state = State::Closing; // too late to cancel: nothing runs any more
        closeOperation([this] { finish(State::Finished); });
        return;
    }
    if (page.rows.isEmpty()) {
        scheduleIdleFetch();
    } else {
        // More may be buffered already: ask again at once.
        m_backoff.reset();
        m_fetchTimer.start(0);
    }
}

void StatementRun::scheduleIdleFetch()
{
    int delay = m_backoff.nextDelay();
    // Rows came a moment ago: the stream delivers in bursts, and a long wait now would leave
    // the gateway's buffer full (and the job stopped) for most of it.
    if (m_sinceRows.isValid() && m_sinceRows.elapsed() < ActiveWindowMs)
        delay = qMin(delay, int(ActiveCeilingMs));
    m_fetchTimer.start(delay);
}

void StatementRun::cancel()
{
    switch (m_state) {
    case State::Idle:
        m_state = State::Cancelled;
        QTimer::singleShot(0, this, &StatementRun::cancelled);
        return;
    case State::Submitting:
        m_state = State::Cancelling; // onSubmitted() continues once the handle is known
        return;
    case State::Fetching:
        m_fetchTimer.stop();
        m_fetched.clear();
        if (m_request != 0 && http())
            http()->abort(m_request);
        m_request = 0;
        m_state = State::Cancelling;
        requestCancel();
        return;
    default:
        return;
    }
}

void StatementRun::requestCancel()
{
    if (!http()) {
        finish(State::Cancelled);
        return;
    }
    // POST cancel stops an operation still planning or submitting. A SELECT's operation is
    // FINISHED as soon as its job is submitted, and then Flink (1.20.3 and 2.3.0 alike) answers
    // 500 "Failed to convert the Operation Status from FINISHED to CANCELED"; closing the
    // operation is what cancels that job. So the answer does not matter: close follows.
    http()->post(operationPath() + QStringLiteral("/cancel"), QJsonObject(), this,
                 [this](const HttpClient::Response &) {
                     closeOperation([this] { finish(State::Cancelled); });
                 });
}

void StatementRun::fail(const GatewayError &error)
{
    m_fetchTimer.stop();
    m_fetched.clear();
    if (m_request != 0 && http())
        http()->abort(m_request); // a page fetched ahead
    m_request = 0;
    if (error.kind == GatewayError::Kind::SessionLost) {
        // The session and its operations are gone; nothing to close.
        m_operationClosed = true;
        if (m_session)
            m_session->reportLost(error);
    }
    m_state = State::Failed;
    closeOperation([this, error] { emit failed(error); });
}

void StatementRun::closeOperation(std::function<void()> then)
{
    if (m_operation.isEmpty() || m_operationClosed || !http()) {
        then();
        return;
    }
    m_operationClosed = true;
    http()->deleteResource(operationPath() + QStringLiteral("/close"), this,
                           [then = std::move(then)](const HttpClient::Response &) { then(); });
}

void StatementRun::finish(State state)
{
    m_state = state;
    if (state == State::Finished)
        emit finished();
    else if (state == State::Cancelled)
        emit cancelled();
}

} // namespace Weir
