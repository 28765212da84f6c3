#include "journalwriter.h"

#include "sqlconnection.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QTimer>

namespace Weir::Internal {

JournalWriter::JournalWriter(const QString &filePath, int delayMs)
    : m_filePath(filePath), m_delayMs(delayMs), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &JournalWriter::writePending);
}

JournalWriter::~JournalWriter() = default;

void JournalWriter::setDelay(int delayMs)
{
    m_delayMs = delayMs;
}

void JournalWriter::record(qint64 scriptId, const QString &text)
{
    m_pending.insert(scriptId, text);
    // Not restarted on every edit: continuous typing must still reach the disk within
    // one delay, which a plain debounce would postpone forever.
    if (!m_timer->isActive())
        m_timer->start(m_delayMs);
}

void JournalWriter::discard(qint64 scriptId)
{
    m_pending.remove(scriptId);
    if (!ensureOpen())
        return;
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("DELETE FROM edit_journal WHERE script_id = ?"));
    query.addBindValue(scriptId);
    if (const Status status = SqlUtil::exec(query); !status)
        emit writeFailed(status.error());
}

void JournalWriter::flush()
{
    m_timer->stop();
    writePending();
}

void JournalWriter::shutdown()
{
    flush();
    m_connection.reset();
}

bool JournalWriter::ensureOpen()
{
    if (m_connection && m_connection->isOpen())
        return true;
    m_connection = std::make_unique<SqlConnection>(QStringLiteral("journal"));
    // A longer wait than the GUI's: this thread may block, and giving up loses typing.
    const Status status = m_connection->open(m_filePath, SqlConnection::Mode::ReadWrite, 5000);
    if (!status) {
        m_connection.reset();
        emit writeFailed(status.error());
        return false;
    }
    return true;
}

void JournalWriter::writePending()
{
    if (m_pending.isEmpty() || !ensureOpen())
        return;

    const QSqlDatabase db = m_connection->database();
    Transaction transaction(db);
    Status status = transaction.begin();
    const qint64 now = SqlUtil::toStored(QDateTime::currentDateTimeUtc());
    // A script deleted meanwhile has no journal to keep; EXISTS avoids a foreign key error.
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO edit_journal (script_id, text, saved_at) "
                       "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM scripts WHERE id = ?)"));
    for (auto it = m_pending.cbegin(); status.ok() && it != m_pending.cend(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(SqlUtil::nonNull(it.value()));
        query.addBindValue(now);
        query.addBindValue(it.key());
        status = SqlUtil::exec(query);
    }
    if (status.ok())
        status = transaction.commit();
    if (!status) {
        // Keep the texts and try again later: they exist nowhere else.
        emit writeFailed(status.error());
        m_timer->start(m_delayMs);
        return;
    }
    m_pending.clear();
}

} // namespace Weir::Internal
