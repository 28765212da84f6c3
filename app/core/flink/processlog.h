#pragma once

#include <QByteArray>
#include <QStringList>

namespace Weir {

// Splits a child process's output into lines and keeps the last N of them, so that a failure
// can quote the process's final words. Value type; used on the thread that reads the process.
class ProcessLog
{
public:
    explicit ProcessLog(int capacity = 200);

    // Feeds raw output; returns the lines it completed (without line terminators).
    QStringList append(const QByteArray &data);
    // Returns the pending partial line, if any, as a final line (call when the process ended).
    QStringList flush();

    QStringList tail(int count) const;
    // The last `count` lines joined with '\n', each indented for quoting in a message.
    QString quotedTail(int count) const;
    void clear();

private:
    void keep(const QString &line);

    int m_capacity;
    QStringList m_lines;
    QByteArray m_partial;
};

} // namespace Weir
