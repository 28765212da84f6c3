#include "alerttemplate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Weir {

QString AlertTemplate::jsonEscaped(const QString &text)
{
    // QJsonDocument does the escaping (quotes, backslashes, control characters); strip the
    // array brackets and the quotes around the one string.
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(2, json.size() - 4));
}

QString AlertTemplate::formatTime(qint64 timeMs)
{
    return QDateTime::fromMSecsSinceEpoch(timeMs)
        .toOffsetFromUtc(QDateTime::fromMSecsSinceEpoch(timeMs).offsetFromUtc())
        .toString(Qt::ISODate);
}

QString AlertTemplate::render(const QString &text, const AlertEvent &event, Escape escape)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\$\{([a-z.]+)\})"));
    QString out;
    out.reserve(text.size() + 64);
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        QString value;
        bool known = true;
        if (name == QLatin1String("job.name"))
            value = event.jobName;
        else if (name == QLatin1String("job.id"))
            value = event.jobId;
        else if (name == QLatin1String("job.status"))
            value = event.status;
        else if (name == QLatin1String("cluster"))
            value = event.clusterName;
        else if (name == QLatin1String("time"))
            value = formatTime(event.timeMs);
        else if (name == QLatin1String("error"))
            value = event.error;
        else if (name == QLatin1String("rule"))
            value = AlertEvent::ruleName(event.rule);
        else if (name == QLatin1String("title"))
            value = defaultTitle(event);
        else if (name == QLatin1String("message"))
            value = event.message.isEmpty() ? defaultMessage(event) : event.message;
        else
            known = false;
        out += QStringView(text).mid(last, match.capturedStart() - last);
        if (known)
            out += escape == Escape::Json ? jsonEscaped(value) : value;
        else
            out += match.captured(0);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString AlertTemplate::defaultTitle(const AlertEvent &event)
{
    switch (event.rule) {
    case AlertEvent::Rule::JobFailed:
        return tr("Flink job failed: %1").arg(event.jobName);
    case AlertEvent::Rule::JobRestarting:
        return tr("Flink job restarting repeatedly: %1").arg(event.jobName);
    case AlertEvent::Rule::CheckpointFailed:
        return tr("Checkpoints failing: %1").arg(event.jobName);
    case AlertEvent::Rule::StreamingFinished:
        return tr("Streaming job finished unexpectedly: %1").arg(event.jobName);
    case AlertEvent::Rule::ClusterUnreachable:
        return tr("Flink cluster unreachable: %1").arg(event.clusterName);
    }
    return QString();
}

QString AlertTemplate::defaultMessage(const AlertEvent &event)
{
    QString line;
    if (event.rule == AlertEvent::Rule::ClusterUnreachable)
        line = tr("Cluster %1 has not answered since %2.")
                   .arg(event.clusterName, formatTime(event.timeMs));
    else
        line = tr("%1 (job %2 on %3) is %4.")
                   .arg(defaultTitle(event), event.jobId, event.clusterName, event.status);
    if (!event.error.isEmpty())
        line +=
            QLatin1Char(' ') + tr("Cause: %1").arg(event.error.section(QLatin1Char('\n'), 0, 0));
    return line;
}

QString AlertTemplate::defaultMarkdown(const AlertEvent &event)
{
    QStringList lines{QStringLiteral("### ") + defaultTitle(event), QString()};
    if (!event.jobName.isEmpty())
        lines << QStringLiteral("- ") + tr("Job: %1 (%2)").arg(event.jobName, event.jobId);
    lines << QStringLiteral("- ") + tr("Status: %1").arg(event.status)
          << QStringLiteral("- ") + tr("Cluster: %1").arg(event.clusterName)
          << QStringLiteral("- ") + tr("Time: %1").arg(formatTime(event.timeMs));
    if (!event.error.isEmpty())
        lines << QStringLiteral("- ") + tr("Error: %1").arg(event.error.left(1000));
    if (event.repeat > 0)
        lines << QStringLiteral("- ") +
                     tr("Reminder %1: the condition has not cleared.").arg(event.repeat);
    return lines.join(QLatin1Char('\n'));
}

QString AlertTemplate::defaultPlainText(const AlertEvent &event)
{
    QString text = defaultMarkdown(event);
    text.remove(0, 4); // "### "
    return text;
}

} // namespace Weir
