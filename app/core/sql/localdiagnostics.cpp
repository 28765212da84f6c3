#include "sql/localdiagnostics.h"

#include "sql/lexer.h"
#include "sql/statementsplitter.h"
#include "sql/textpositions.h"
#include "sql/variables.h"

#include <algorithm>

namespace Weir {

namespace {

struct Finding
{
    Diagnostic::Code code;
    Diagnostic::Severity severity;
    qsizetype begin;
    qsizetype end;
    QString message;
};

// "'，' (U+FF0C)", or just "U+0001" for invisible characters; empty when not UTF-8.
QString characterDescription(QByteArrayView bytes)
{
    if (bytes.size() == 1 && quint8(bytes[0]) >= 0x80)
        return QString(); // a lone byte that is not UTF-8
    const QString text = QString::fromUtf8(bytes);
    if (text.isEmpty() || text == QString(QChar::ReplacementCharacter))
        return QString();
    const uint codePoint = text.toUcs4().value(0);
    const QString code = QStringLiteral("U+") +
                         QStringLiteral("%1").arg(codePoint, 4, 16, QLatin1Char('0')).toUpper();
    if (codePoint < 0x20 || codePoint == 0x7F || QChar::isSpace(codePoint))
        return code;
    return QStringLiteral("'%1' (%2)").arg(text, code);
}

} // namespace

QVector<Diagnostic> LocalDiagnostics::check(QByteArrayView script, const Options &options)
{
    const QVector<Token> tokens = Lexer::tokenize(script, options.dialect);
    const QVector<Statement> statements = StatementSplitter::split(script, tokens);
    QVector<Finding> findings;
    auto add = [&](Diagnostic::Code code, qsizetype begin, qsizetype end, QString message,
                   Diagnostic::Severity severity = Diagnostic::Severity::Error) {
        findings.append({code, severity, begin, end, std::move(message)});
    };
    auto textOf = [&](qsizetype begin, qsizetype end) {
        return QString::fromUtf8(script.sliced(begin, end - begin));
    };

    // Token by token: what the lexer could not make sense of.
    for (const Token &t : tokens) {
        if (t.kind == TokenKind::QuotedIdentifier && (t.flags & Token::DoubleQuoted)) {
            const QString name = textOf(t.offset + 1, t.offset + t.length - 1);
            add(Diagnostic::Code::DoubleQuotedIdentifier, t.offset, t.offset + t.length,
                tr("Flink SQL quotes identifiers with backticks: write `%1` instead of \"%1\".")
                    .arg(name));
        }
        if (t.kind != TokenKind::Error)
            continue;
        switch (t.error) {
        case LexError::UnterminatedString:
            add(Diagnostic::Code::UnterminatedString, t.offset, t.offset + 1,
                tr("Unterminated string literal: the closing ' is missing."));
            break;
        case LexError::UnterminatedBlockComment:
            add(Diagnostic::Code::UnterminatedBlockComment, t.offset, t.offset + 2,
                tr("Unterminated comment: the closing */ is missing."));
            break;
        case LexError::UnterminatedHint:
            add(Diagnostic::Code::UnterminatedHint, t.offset, t.offset + 3,
                tr("Unterminated hint: the closing */ is missing."));
            break;
        case LexError::UnterminatedBacktick:
            add(Diagnostic::Code::UnterminatedBacktick, t.offset, t.offset + 1,
                tr("Unterminated quoted identifier: the closing ` is missing."));
            break;
        case LexError::UnterminatedDoubleQuote:
            add(Diagnostic::Code::UnterminatedDoubleQuote, t.offset, t.offset + 1,
                tr("Unterminated quoted identifier: the closing \" is missing."));
            break;
        case LexError::UnexpectedCharacter:
        case LexError::None: {
            const QString character = characterDescription(script.sliced(t.offset, t.length));
            const QString byte = QStringLiteral("%1")
                                     .arg(quint8(script[t.offset]), 2, 16, QLatin1Char('0'))
                                     .toUpper();
            add(Diagnostic::Code::UnexpectedCharacter, t.offset, t.offset + t.length,
                character.isEmpty() ? tr("Invalid UTF-8 byte 0x%1.").arg(byte)
                                    : tr("Unexpected character %1.").arg(character));
        } break;
        }
    }

    // Statement by statement: parentheses, how it starts, variables.
    QSet<QString> defined = options.definedVariables;
    qsizetype ti = 0;
    for (const Statement &statement : statements) {
        while (ti < tokens.size() && tokens.at(ti).offset < statement.begin.value)
            ++ti;
        // A statement that starts with a lexer error has been reported already.
        if (!statement.recognized && tokens.at(ti).kind != TokenKind::Error) {
            const Token &first = tokens.at(ti);
            add(Diagnostic::Code::UnknownStatement, first.offset, first.offset + first.length,
                tr("'%1' does not start a Flink SQL statement.")
                    .arg(textOf(first.offset, first.offset + first.length)));
        }
        if (statement.unclosedBlock) {
            const Token &first = tokens.at(ti);
            add(Diagnostic::Code::UnclosedStatementSet, first.offset, first.offset + first.length,
                tr("This statement set has no END: it runs to the end of the script."));
        }
        const bool cdcSource = statement.kind == StatementKind::CdcSource;
        QVector<qsizetype> open;
        for (; ti < tokens.size() && tokens.at(ti).offset < statement.end.value; ++ti) {
            const Token &t = tokens.at(ti);
            if (t.kind == TokenKind::Punctuation && script[t.offset] == '(') {
                open.append(t.offset);
            } else if (t.kind == TokenKind::Punctuation && script[t.offset] == ')') {
                if (open.isEmpty())
                    add(Diagnostic::Code::UnexpectedClosingParenthesis, t.offset, t.offset + 1,
                        tr("Unexpected ')': no '(' is open."));
                else
                    open.removeLast();
            } else if (options.checkVariables && t.kind == TokenKind::Variable) {
                const QString name = textOf(t.offset + 2, t.offset + t.length - 1);
                if (!defined.contains(name))
                    add(Diagnostic::Code::UndefinedVariable, t.offset, t.offset + t.length,
                        tr("Undefined variable ${%1}.").arg(name));
            } else if (options.checkVariables && t.kind == TokenKind::String) {
                // Inside literals ${...} may be meant for someone else (CDCSOURCE fills in
                // ${schemaName} and ${tableName} per table), hence only a warning.
                const auto uses = Variables::uses(script, t.offset, t.offset + t.length);
                for (const Variables::Use &use : uses) {
                    if (defined.contains(use.name) ||
                        (cdcSource && (use.name == QLatin1String("schemaName") ||
                                       use.name == QLatin1String("tableName"))))
                        continue;
                    add(Diagnostic::Code::UndefinedVariable, use.begin.value, use.end.value,
                        tr("Undefined variable ${%1} in a string literal: it stays as written.")
                            .arg(use.name),
                        Diagnostic::Severity::Warning);
                }
            }
        }
        for (const qsizetype offset : open)
            add(Diagnostic::Code::UnclosedParenthesis, offset, offset + 1,
                tr("Unclosed '(': the matching ')' is missing."));
        QString name;
        if (statement.kind == StatementKind::Other && statement.recognized &&
            Variables::parseDefinition(statement.bytes(script), &name, nullptr))
            defined.insert(name);
    }

    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.begin < b.begin; });
    const TextPositions positions(QByteArray(script.data(), script.size()));
    QVector<Diagnostic> result;
    result.reserve(findings.size());
    for (Finding &f : findings) {
        Diagnostic d;
        d.code = f.code;
        d.severity = f.severity;
        d.begin = ByteOffset{f.begin};
        d.end = ByteOffset{f.end};
        d.utf16Begin = positions.utf16Offset(d.begin);
        d.utf16End = positions.utf16Offset(d.end);
        d.start = positions.lineColumn(d.begin);
        d.finish = positions.lineColumn(d.end);
        d.message = std::move(f.message);
        result.append(std::move(d));
    }
    return result;
}

QVector<Diagnostic> LocalDiagnostics::check(const QString &script, const Options &options)
{
    const QByteArray utf8 = script.toUtf8();
    return check(QByteArrayView(utf8), options);
}

} // namespace Weir
