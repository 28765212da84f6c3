#include "sql/formatter.h"

#include "sql/formatlayout.h"
#include "sql/lexer.h"
#include "sql/statementsplitter.h"

namespace Weir {

namespace {

// A piece of the script at the top level: a statement (from its first token to its ';'), or
// what lies between statements: a comment, or a ';' that ends an empty statement.
struct Unit
{
    enum Kind : quint8 { Statement, Comment, Semicolon };
    Kind kind = Statement;
    qsizetype firstToken = 0; // [firstToken, lastToken) in the script's tokens
    qsizetype lastToken = 0;
    int statement = -1;
    int linesBefore = 0; // line breaks in the white space before it, up to 2
    bool lineComment = false;
    bool verbatim = false; // a statement with a lexer error or an unclosed statement set
};

struct Script
{
    QByteArrayView text;
    QVector<Token> tokens;
    QVector<Statement> statements;
    QVector<Unit> units;
    QByteArray newline;
};

int lineBreaks(QByteArrayView text, const Token &t)
{
    int count = 0;
    for (qsizetype i = t.offset; i < t.offset + t.length; ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
            ++count;
    }
    return count;
}

// CRLF when the line breaks that formatting keeps or rewrites in place (in comments, strings and
// statements left as they are; between statements; before the first and after the last) are
// CRLF, with no lone LF among them. Breaks inside statements that get laid out do not count:
// they disappear. So the choice holds for the output too (idempotence), and formatting a
// range of statements, which rewrites only such breaks and gaps in the chosen style, cannot
// change it.
QByteArray newlineOf(const Script &s)
{
    QVector<bool> counts(s.tokens.size(), true);
    for (const Unit &u : s.units) {
        for (qsizetype i = u.firstToken;
             u.kind == Unit::Statement && !u.verbatim && i < u.lastToken; ++i)
            counts[i] = s.tokens.at(i).kind != TokenKind::Whitespace;
    }
    bool crlf = false;
    for (qsizetype i = 0; i < s.tokens.size(); ++i) {
        const Token &t = s.tokens.at(i);
        if (!counts.at(i))
            continue;
        const QByteArrayView text = s.text.sliced(t.offset, t.length);
        for (qsizetype p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) {
            if (p == 0 || text[p - 1] != '\r')
                return QByteArrayLiteral("\n");
            crlf = true;
        }
    }
    return crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

Script analyze(QByteArrayView text, SqlDialect dialect)
{
    Script s;
    s.text = text;
    s.tokens = Lexer::tokenize(text, dialect);
    s.statements = StatementSplitter::split(text, s.tokens);
    int lines = 0;
    int next = 0; // the next statement
    for (qsizetype i = 0; i < s.tokens.size();) {
        const Token &t = s.tokens.at(i);
        Unit u;
        u.firstToken = i;
        u.linesBefore = qMin(lines, 2);
        if (next < s.statements.size() && t.offset == s.statements.at(next).begin.value) {
            const Statement &st = s.statements.at(next);
            const qsizetype end = st.terminator >= 0 ? st.terminator + 1 : st.end.value;
            while (i < s.tokens.size() && s.tokens.at(i).offset < end)
                ++i;
            u.kind = Unit::Statement;
            u.statement = next++;
            u.verbatim = st.unclosedBlock;
            for (qsizetype k = u.firstToken; k < i; ++k)
                u.verbatim = u.verbatim || s.tokens.at(k).kind == TokenKind::Error;
        } else if (t.kind == TokenKind::Whitespace) {
            lines += lineBreaks(text, t);
            ++i;
            continue;
        } else {
            // Comments and stray ';' (anything else cannot lie outside a statement, but would
            // be kept as it is, like a comment).
            u.kind = t.kind == TokenKind::Punctuation && text[t.offset] == ';' ? Unit::Semicolon
                                                                               : Unit::Comment;
            u.lineComment = t.kind == TokenKind::LineComment;
            ++i;
        }
        u.lastToken = i;
        s.units.append(u);
        lines = 0;
    }
    s.newline = newlineOf(s);
    return s;
}

bool isUnterminated(const Token &t)
{
    return t.kind == TokenKind::Error && t.error != LexError::UnexpectedCharacter;
}

// The non-whitespace tokens of `text` are `expected` (keywords in any case).
bool sameTokens(QByteArrayView original, const QVector<Token> &expected, QByteArrayView text,
                SqlDialect dialect)
{
    Lexer lexer(text, dialect);
    Token t;
    qsizetype i = 0;
    while (lexer.next(&t)) {
        if (t.kind == TokenKind::Whitespace)
            continue;
        while (i < expected.size() && expected.at(i).kind == TokenKind::Whitespace)
            ++i;
        if (i == expected.size())
            return false;
        const Token &e = expected.at(i++);
        const QByteArrayView got = text.sliced(t.offset, t.length);
        const QByteArrayView want = original.sliced(e.offset, e.length);
        const bool keyword = e.kind == TokenKind::Keyword || e.kind == TokenKind::DataType;
        if (t.kind != e.kind || t.flags != e.flags ||
            (keyword ? got.compare(want, Qt::CaseInsensitive) != 0 : got != want))
            return false;
    }
    while (i < expected.size() && expected.at(i).kind == TokenKind::Whitespace)
        ++i;
    return i == expected.size();
}

QByteArray formatStatement(const Script &s, const Unit &u, const Formatter::Options &options)
{
    const Statement &st = s.statements.at(u.statement);
    const Token &first = s.tokens.at(u.firstToken);
    const Token &last = s.tokens.at(u.lastToken - 1);
    const QByteArrayView original =
        s.text.sliced(first.offset, last.offset + last.length - first.offset);
    if (u.verbatim)
        return original.toByteArray();
    // The statement on its own (tokens never look behind their start), with the ';' it lacks,
    // so that the layout places that ';' exactly as it would place a written one.
    QByteArray terminated;
    QByteArrayView text = original;
    if (st.terminator < 0) {
        terminated = original.toByteArray() + ';';
        text = terminated;
    }
    const QVector<Token> tokens = Lexer::tokenize(text, options.dialect);
    Internal::FormatLayout layout(text, options, s.newline);
    QByteArray out = layout.layout(tokens.constData(), tokens.size(), st.kind);
    if (options.safetyNet && !sameTokens(text, tokens, out, options.dialect))
        return original.toByteArray();
    return out;
}

// The units [from, to) laid out, without white space before the first or after the last.
QByteArray assemble(const Script &s, int from, int to, const Formatter::Options &options)
{
    QByteArray out;
    const QByteArray blank = s.newline + s.newline;
    bool trailing = false; // the previous unit trails a statement on its last line
    for (int i = from; i < to; ++i) {
        const Unit &u = s.units.at(i);
        if (i > from) {
            const Unit &p = s.units.at(i - 1);
            // A comment before a statement gets a line of its own.
            const bool ownLine =
                p.lineComment || (p.kind == Unit::Comment && u.kind == Unit::Statement);
            const int lines = ownLine ? qMax(1, u.linesBefore) : u.linesBefore;
            const bool afterStatement = p.kind == Unit::Statement || trailing;
            if (u.kind == Unit::Statement && afterStatement) {
                out += blank;
            } else if (lines == 0) {
                trailing = afterStatement;
                const bool glue = u.kind == Unit::Semicolon && p.kind != Unit::Comment;
                if (!glue)
                    out += ' ';
            } else {
                trailing = false;
                out += lines == 1 && !afterStatement ? s.newline : blank;
            }
        }
        if (u.kind == Unit::Statement) {
            trailing = false;
            out += formatStatement(s, u, options);
        } else {
            const Token &t = s.tokens.at(u.firstToken);
            out += s.text.sliced(t.offset, t.length);
        }
    }
    return out;
}

} // namespace

QByteArray Formatter::format(QByteArrayView script, const Options &options)
{
    const Script s = analyze(script, options.dialect);
    QByteArray out = assemble(s, 0, int(s.units.size()), options);
    // End with a line break, unless the script ends inside an unterminated string or comment.
    if (!out.isEmpty() && !isUnterminated(s.tokens.constLast()))
        out += s.newline;
    // A byte order mark lexes as white space; an editor that wrote one wants it back.
    const QByteArrayView bom("\xEF\xBB\xBF");
    if (script.startsWith(bom))
        out.prepend(bom);
    return out;
}

QString Formatter::format(const QString &script, const Options &options)
{
    return QString::fromUtf8(format(QByteArrayView(script.toUtf8()), options));
}

Formatter::Replacement Formatter::formatRange(QByteArrayView script, ByteOffset from, ByteOffset to,
                                              const Options &options)
{
    if (to < from)
        std::swap(from, to);
    const Script s = analyze(script, options.dialect);
    int first = -1;
    int last = -1;
    for (int i = 0; i < s.units.size(); ++i) {
        const Unit &u = s.units.at(i);
        if (u.kind != Unit::Statement)
            continue;
        const Token &a = s.tokens.at(u.firstToken);
        const Token &b = s.tokens.at(u.lastToken - 1);
        if (a.offset < to.value && b.offset + b.length > from.value) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first < 0) { // nothing selected, or only white space and comments: the caret's statement
        const int statement = StatementSplitter::indexAt(s.statements, from);
        for (int i = 0; statement >= 0 && i < s.units.size(); ++i) {
            if (s.units.at(i).statement == statement)
                first = last = i;
        }
    }
    if (first < 0)
        return Replacement{from, from, QByteArray()};
    const Token &a = s.tokens.at(s.units.at(first).firstToken);
    const Token &b = s.tokens.at(s.units.at(last).lastToken - 1);
    return Replacement{a.begin(), b.end(), assemble(s, first, last + 1, options)};
}

} // namespace Weir
