#include "flinkerrortext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Weir {

namespace {

const QString kServerSidePrefix = QStringLiteral("<Exception on server side:\n");
const QString kServerSideSuffix = QStringLiteral("End of exception on server side>");
// Names of the expected tokens a parse error lists that the summary keeps on its one line.
constexpr int kExpectedShown = 8;

// "<fully.qualified.ClassName>: <message>" or just the class name.
const QRegularExpression &causeHeader()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^((?:[A-Za-z_$][\w$]*\.)+[A-Za-z_$][\w$]*)(?::\s?([\s\S]*))?$)"));
    return re;
}

// Calcite's CalciteContextException (validation): an inclusive range.
const QRegularExpression &rangePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(From line (\d+), column (\d+) to line (\d+), column (\d+))"));
    return re;
}

// Flink's ParseException: the token image Flink stopped at, then where.
const QRegularExpression &encounteredPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"re(Encountered "((?:[^"\\]|\\.)*)" at line (\d+), column (\d+))re"));
    return re;
}

// Anything else that names a place (TokenMgrError's "Lexical error at line 1, column 11.").
const QRegularExpression &pointPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(at line (\d+), column (\d+))"));
    return re;
}

QString unescapeJavaCc(const QString &image)
{
    QString out;
    out.reserve(image.size());
    for (qsizetype i = 0; i < image.size(); ++i) {
        QChar c = image.at(i);
        if (c == QLatin1Char('\\') && i + 1 < image.size()) {
            c = image.at(++i);
            if (c == QLatin1Char('n'))
                c = QLatin1Char('\n');
            else if (c == QLatin1Char('t'))
                c = QLatin1Char('\t');
        }
        out.append(c);
    }
    return out;
}

// "Was expecting one of:\n    <EOF> \n    \"FROM\" ...\n" as one line with the first few names.
QString condenseExpected(const QString &list)
{
    QStringList names;
    for (const QString &line : list.split(QLatin1Char('\n'))) {
        QString name = line.trimmed();
        if (name.endsWith(QLatin1String("...")))
            name.chop(3);
        name = name.trimmed();
        if (!name.isEmpty())
            names.append(name);
    }
    if (names.size() <= kExpectedShown)
        return names.join(QLatin1String(", "));
    return FlinkErrorText::tr("%1 and %n more", nullptr, int(names.size() - kExpectedShown))
        .arg(names.mid(0, kExpectedShown).join(QLatin1String(", ")));
}

} // namespace

FlinkErrorText FlinkErrorText::parse(const QByteArray &body)
{
    FlinkErrorText text;
    QStringList elements;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QJsonValue errors = document.object().value(QLatin1String("errors"));
    if (error.error == QJsonParseError::NoError && errors.isArray()) {
        text.m_flinkBody = true;
        for (const QJsonValue &element : errors.toArray())
            elements.append(element.toString());
    } else {
        elements.append(QString::fromUtf8(body).trimmed());
    }
    // "Internal server error." only introduces the trace that follows it.
    if (elements.size() > 1 && elements.first() == QLatin1String("Internal server error."))
        elements.removeFirst();
    text.m_fullText = elements.join(QLatin1Char('\n'));

    for (QString element : elements) {
        if (element.startsWith(kServerSidePrefix))
            element.remove(0, kServerSidePrefix.size());
        if (element.endsWith(kServerSideSuffix))
            element.chop(kServerSideSuffix.size());
        text.parseTrace(element);
    }
    text.findPosition();

    static const QRegularExpression missing(QStringLiteral("Session '([^']+)' does not exist"));
    text.m_missingSession = missing.match(text.m_fullText).captured(1);
    for (const Cause &cause : std::as_const(text.m_causes)) {
        if (cause.message.startsWith(QLatin1String("Failed to execute the operation")))
            text.m_statementFailure = true;
    }
    return text;
}

void FlinkErrorText::parseTrace(const QString &trace)
{
    bool inFrames = false;
    bool first = true;
    const auto startCause = [this](const QString &header) {
        const QRegularExpressionMatch match = causeHeader().match(header);
        if (match.hasMatch())
            m_causes.append({match.captured(1), match.captured(2)});
        else
            m_causes.append({QString(), header});
    };
    for (const QString &line : trace.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Caused by: "))) {
            startCause(line.mid(11));
            inFrames = false;
        } else if (first) {
            startCause(line);
        } else if (line.startsWith(QLatin1Char('\t'))) {
            // Stack frames, "... 48 more", and suppressed exceptions (indented) end a message.
            inFrames = true;
        } else if (!inFrames) {
            m_causes.last().message += QLatin1Char('\n') + line;
        }
        first = false;
    }
    for (Cause &cause : m_causes)
        cause.message = cause.message.trimmed();
}

void FlinkErrorText::findPosition()
{
    const auto number = [](const QRegularExpressionMatch &match, int group) {
        return match.captured(group).toInt();
    };
    for (int i = int(m_causes.size()) - 1; i >= 0; --i) {
        const QString &message = m_causes.at(i).message;
        if (const auto match = rangePattern().match(message); match.hasMatch()) {
            m_start = LineColumn{number(match, 1), number(match, 2)};
            m_end = LineColumn{number(match, 3), number(match, 4) + 1}; // Calcite's is inclusive
        } else if (const auto match = encounteredPattern().match(message); match.hasMatch()) {
            m_start = LineColumn{number(match, 2), number(match, 3)};
            const QString token = unescapeJavaCc(match.captured(1)).section(QLatin1Char(' '), 0, 0);
            const bool eof = token.isEmpty() || token == QLatin1String("<EOF>");
            m_end = LineColumn{m_start->line, m_start->column + (eof ? 1 : int(token.size()))};
        } else if (const auto match = pointPattern().match(message); match.hasMatch()) {
            m_start = LineColumn{number(match, 1), number(match, 2)};
            m_end = LineColumn{m_start->line, m_start->column + 1};
        } else {
            continue;
        }
        return;
    }
}

FlinkErrorText::Cause FlinkErrorText::rootCause() const
{
    for (auto it = m_causes.crbegin(); it != m_causes.crend(); ++it) {
        if (!it->message.isEmpty())
            return *it;
    }
    return m_causes.isEmpty() ? Cause() : m_causes.last();
}

QString FlinkErrorText::summary() const
{
    QString text = rootCause().message;
    if (m_start) {
        // The caller shows the position mapped into the script; Flink's is statement-relative.
        static const QRegularExpression rangePrefix(
            QStringLiteral(R"(^From line \d+, column \d+ to line \d+, column \d+: )"));
        static const QRegularExpression at(QStringLiteral(R"( at line \d+, column \d+)"));
        text.remove(rangePrefix);
        text.remove(at);
    }
    static const QRegularExpression expecting(
        QStringLiteral(R"(\s*Was expecting(?: one of)?:\s*\n([\s\S]*)$)"));
    if (const auto match = expecting.match(text); match.hasMatch()) {
        text = text.left(match.capturedStart()) +
               tr(" Was expecting one of: %1.").arg(condenseExpected(match.captured(1)));
    }
    // Name a parse error as such: the innermost ParseException only says "Encountered ...".
    for (const Cause &cause : m_causes) {
        if (cause.className.endsWith(QLatin1String(".SqlParserException")) &&
            cause.message.startsWith(QLatin1String("SQL parse failed.")) &&
            !text.startsWith(QLatin1String("SQL parse failed."))) {
            text.prepend(QLatin1String("SQL parse failed. "));
            break;
        }
    }
    return text;
}

} // namespace Weir
