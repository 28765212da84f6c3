#include "processlog.h"

namespace Weir {

ProcessLog::ProcessLog(int capacity) : m_capacity(qMax(1, capacity)) {}

QStringList ProcessLog::append(const QByteArray &data)
{
    QStringList completed;
    m_partial += data;
    qsizetype start = 0;
    for (qsizetype nl = m_partial.indexOf('\n'); nl >= 0; nl = m_partial.indexOf('\n', start)) {
        qsizetype end = nl;
        if (end > start && m_partial.at(end - 1) == '\r')
            --end;
        const QString line = QString::fromUtf8(m_partial.constData() + start, end - start);
        keep(line);
        completed.append(line);
        start = nl + 1;
    }
    m_partial.remove(0, start);
    // A process that never prints a newline must not grow the buffer without bound.
    if (m_partial.size() > 64 * 1024) {
        const QString line = QString::fromUtf8(m_partial);
        keep(line);
        completed.append(line);
        m_partial.clear();
    }
    return completed;
}

QStringList ProcessLog::flush()
{
    if (m_partial.isEmpty())
        return {};
    const QString line = QString::fromUtf8(m_partial);
    m_partial.clear();
    keep(line);
    return {line};
}

QStringList ProcessLog::tail(int count) const
{
    const qsizetype n = qMin<qsizetype>(qMax(0, count), m_lines.size());
    return m_lines.mid(m_lines.size() - n);
}

QString ProcessLog::quotedTail(int count) const
{
    QString text;
    for (const QString &line : tail(count)) {
        text += QLatin1String("    ");
        text += line;
        text += QLatin1Char('\n');
    }
    return text;
}

void ProcessLog::clear()
{
    m_lines.clear();
    m_partial.clear();
}

void ProcessLog::keep(const QString &line)
{
    m_lines.append(line);
    if (m_lines.size() > m_capacity)
        m_lines.erase(m_lines.begin(), m_lines.begin() + (m_lines.size() - m_capacity));
}

} // namespace Weir
