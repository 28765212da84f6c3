#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <memory>

class QTimer;

namespace Weir::Internal {

class SqlConnection;

// Writes the edit journal through its own connection, keeping only the newest text per
// script until the timer fires. Lives on EditJournal's worker thread; only called there.
class JournalWriter : public QObject
{
    Q_OBJECT

public:
    JournalWriter(const QString &filePath, int delayMs);
    ~JournalWriter() override;

    void setDelay(int delayMs);
    void record(qint64 scriptId, const QString &text);
    void discard(qint64 scriptId);
    // Writes what is pending now.
    void flush();
    // Writes what is pending and closes the connection; the thread ends after this.
    void shutdown();

signals:
    void writeFailed(const QString &message);

private:
    bool ensureOpen();
    void writePending();

    QString m_filePath;
    int m_delayMs;
    QTimer *m_timer;
    QHash<qint64, QString> m_pending;
    // Created on first use so that the Qt SQL connection belongs to the worker thread.
    std::unique_ptr<SqlConnection> m_connection;
};

} // namespace Weir::Internal
