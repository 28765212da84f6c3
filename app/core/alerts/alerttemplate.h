#pragma once

#include "alerts/alertevent.h"

#include <QCoreApplication>
#include <QString>

namespace Weir {

// The words of an alert: the default title and text per rule, and user templates with
// ${job.name} ${job.id} ${job.status} ${cluster} ${time} ${error} ${rule} ${title} ${message}
// placeholders (a JSON body template gets every value JSON-escaped). Stateless; any thread.
class AlertTemplate
{
    Q_DECLARE_TR_FUNCTIONS(AlertTemplate)

public:
    enum class Escape { None, Json };

    // Replaces the placeholders; unknown ones stay as written, so a typo shows in the alert.
    static QString render(const QString &text, const AlertEvent &event,
                          Escape escape = Escape::None);
    // "Flink job failed: orders" — a subject line.
    static QString defaultTitle(const AlertEvent &event);
    // One line: what happened, to which job on which cluster, and why when known.
    static QString defaultMessage(const AlertEvent &event);
    // Several lines of Markdown for the robots and of plain text for mail.
    static QString defaultMarkdown(const AlertEvent &event);
    static QString defaultPlainText(const AlertEvent &event);
    // The time as the alerts show it: local, ISO 8601 with the UTC offset.
    static QString formatTime(qint64 timeMs);
    // The contents of a JSON string literal for `text` (no surrounding quotes).
    static QString jsonEscaped(const QString &text);
};

} // namespace Weir
