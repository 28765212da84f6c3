#include "sql/sqlreports.h"

#include "sql/localdiagnostics.h"
#include "sql/statementsplitter.h"

namespace Weir {

QString SqlReports::oneLine(const QString &text, int maxCodePoints)
{
    QString result;
    result.reserve(qMin<qsizetype>(text.size(), qsizetype(maxCodePoints) * 2));
    int codePoints = 0;
    bool inSpace = false;
    for (qsizetype i = 0; i < text.size() && codePoints < maxCodePoints; ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            inSpace = true;
            continue;
        }
        if (inSpace && !result.isEmpty()) {
            result.append(QLatin1Char(' '));
            if (++codePoints == maxCodePoints)
                break;
        }
        inSpace = false;
        result.append(c);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            result.append(text.at(++i));
        ++codePoints;
    }
    return result;
}

QString SqlReports::splitListing(QByteArrayView script, SqlDialect dialect)
{
    QString out;
    const QVector<Statement> statements = StatementSplitter::split(script, dialect);
    for (const Statement &statement : statements) {
        // Decode a bounded prefix only: a statement can be megabytes long.
        const QByteArrayView bytes = statement.bytes(script);
        const QString head = QString::fromUtf8(bytes.first(qMin<qsizetype>(bytes.size(), 4096)));
        out +=
            QStringLiteral("%1:%2\t%3\t%4\n")
                .arg(QString::number(statement.start.line), QString::number(statement.start.column),
                     statementKindName(statement.kind), oneLine(head, 60));
    }
    return out;
}

QString SqlReports::checkListing(const QString &fileName, QByteArrayView script, int *errors,
                                 SqlDialect dialect)
{
    LocalDiagnostics::Options options;
    options.dialect = dialect;
    QString out;
    int count = 0;
    for (const Diagnostic &d : LocalDiagnostics::check(script, options)) {
        const bool error = d.severity == Diagnostic::Severity::Error;
        count += error ? 1 : 0;
        // "error"/"warning" stay untranslated: editors and CI parse this format.
        out += QStringLiteral("%1:%2:%3: %4: %5\n")
                   .arg(fileName, QString::number(d.start.line), QString::number(d.start.column),
                        error ? QStringLiteral("error") : QStringLiteral("warning"), d.message);
    }
    if (errors)
        *errors = count;
    return out;
}

} // namespace Weir
