#pragma once

#include "store/storetypes.h"

#include <QList>
#include <QObject>
#include <QThread>

namespace Weir {

namespace Internal {
class JournalWriter;
class SqlConnection;
} // namespace Internal

// The journal of unsaved edits, so that nothing typed is lost in a crash. Called on the
// GUI thread; writes on its own worker thread with its own connection to the database.
class EditJournal : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultDelayMs = 300;

    // reader is Storage's connection, used by pending(); the writer opens its own.
    EditJournal(const QString &filePath, const Internal::SqlConnection &reader,
                QObject *parent = nullptr);
    // Writes what is still pending before returning.
    ~EditJournal() override;

    // Call on every edit with the full text; cheap and never blocks. The newest text per
    // script reaches the database within delayMs() (plus the write itself).
    void record(qint64 scriptId, const QString &text);
    // Call after the script was saved. Asynchronous like record(); ordered after it.
    void discard(qint64 scriptId);
    // Texts still in the journal that differ from the saved script (crash recovery at
    // start-up). Reads the database, so it does not see what is still waiting in memory.
    QList<JournalEntry> pending() const;
    // Blocks until everything recorded so far is written. For clean exit and tests only.
    void flush();

    // Settings: SettingKeys::journalDelayMs.
    void setDelayMs(int delayMs);
    int delayMs() const { return m_delayMs; }

signals:
    // The journal could not be written (it keeps trying); worth a status bar warning.
    void writeFailed(const QString &message);

private:
    const Internal::SqlConnection &m_reader;
    QThread m_thread;
    Internal::JournalWriter *m_writer; // lives on m_thread, deleted when it finishes
    int m_delayMs = defaultDelayMs;
};

} // namespace Weir
