#include "editjournal.h"

#include "journalwriter.h"
#include "sqlconnection.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace Weir {

using namespace Internal;

EditJournal::EditJournal(const QString &filePath, const SqlConnection &reader, QObject *parent)
    : QObject(parent), m_reader(reader), m_writer(new JournalWriter(filePath, defaultDelayMs))
{
    m_thread.setObjectName(QStringLiteral("weir-edit-journal"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &JournalWriter::writeFailed, this, &EditJournal::writeFailed);
    m_thread.start();
}

EditJournal::~EditJournal()
{
    JournalWriter *writer = m_writer;
    // Blocking is the point here: the last edits must be on disk before the app exits.
    QMetaObject::invokeMethod(
        m_writer, [writer] { writer->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void EditJournal::record(qint64 scriptId, const QString &text)
{
    JournalWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        m_writer, [writer, scriptId, text] { writer->record(scriptId, text); },
        Qt::QueuedConnection);
}

void EditJournal::discard(qint64 scriptId)
{
    JournalWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        m_writer, [writer, scriptId] { writer->discard(scriptId); }, Qt::QueuedConnection);
}

void EditJournal::flush()
{
    JournalWriter *writer = m_writer;
    // A blocking call, allowed only because flush() is documented for exit and tests.
    QMetaObject::invokeMethod(
        m_writer, [writer] { writer->flush(); }, Qt::BlockingQueuedConnection);
}

void EditJournal::setDelayMs(int delayMs)
{
    m_delayMs = qMax(0, delayMs);
    JournalWriter *writer = m_writer;
    const int delay = m_delayMs;
    QMetaObject::invokeMethod(
        m_writer, [writer, delay] { writer->setDelay(delay); }, Qt::QueuedConnection);
}

QList<JournalEntry> EditJournal::pending() const
{
    QList<JournalEntry> entries;
    QSqlQuery query(m_reader.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT j.script_id, j.text, j.saved_at FROM edit_journal j "
        "JOIN scripts s ON s.id = j.script_id WHERE j.text <> s.text ORDER BY j.script_id"));
    if (const Status status = SqlUtil::exec(query); !status) {
        qWarning("EditJournal::pending: %s", qUtf8Printable(status.error()));
        return entries;
    }
    while (query.next())
        entries.append({query.value(0).toLongLong(), query.value(1).toString(),
                        SqlUtil::fromStored(query.value(2))});
    return entries;
}

} // namespace Weir
