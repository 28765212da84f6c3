// libFuzzer target for the Flink SQL language core (app/core/sql): lexer, statement splitter,
// local diagnostics and formatter, on any bytes. Besides "no crash, no sanitizer report" it
// checks these oracles and aborts when one fails:
// - every byte belongs to exactly one token, and lexing restarted at a line start with that
//   line's state gives the same tokens;
// - statement ranges are ordered and inside the text, end at their ';', and their line/column
//   and UTF-16 offsets agree with TextPositions;
// - diagnostics lie inside the text;
// - the formatter is token-preserving and idempotent, with its safety net off (the layout alone
//   must be right) and the safety net never changes the result; formatting a range and then the
//   whole script gives the whole script formatted.
// Build and run it with scripts/fuzz. Options (keyword case, indent, dialect) and the range come
// from a hash of the input, so that corpus files are plain SQL scripts.
#include "sql/formatter.h"
#include "sql/lexer.h"
#include "sql/localdiagnostics.h"
#include "sql/sqlreports.h"
#include "sql/statementsplitter.h"
#include "sql/textpositions.h"

#include <cstdio>
#include <cstdlib>

using namespace Weir;

namespace {

[[noreturn]] void fail(const char *what, QByteArrayView detail = {})
{
    std::fprintf(stderr, "fuzz_sql: oracle failed: %s\n", what);
    if (!detail.isEmpty())
        std::fprintf(stderr, "---\n%.*s\n---\n", int(qMin<qsizetype>(detail.size(), 4000)),
                     detail.data());
    std::abort();
}

void check(bool ok, const char *what, QByteArrayView detail = {})
{
    if (!ok)
        fail(what, detail);
}

QVector<Token> checkLexer(QByteArrayView text, SqlDialect dialect)
{
    const QVector<Token> tokens = Lexer::tokenize(text, dialect);
    qsizetype end = 0;
    for (const Token &t : tokens) {
        check(t.offset == end && t.length > 0, "tokens tile the text");
        end += t.length;
    }
    check(end == text.size(), "tokens cover the text");

    // Restart at up to 8 line starts spread over the text.
    const QVector<LexState> states = Lexer::lineStartStates(text, dialect);
    const int step = qMax(1, int(states.size() / 8));
    int line = 0;
    for (qsizetype p = 0; p <= text.size() && line < states.size(); ++p) {
        const bool lineStart = p == 0 || text[p - 1] == '\n' ||
                               (text[p - 1] == '\r' && (p == text.size() || text[p] != '\n'));
        if (!lineStart)
            continue;
        if (line++ % step != 0)
            continue;
        Lexer lexer(text, p, states.at(line - 1), dialect);
        Token t;
        int i = 0;
        while (i < tokens.size() && tokens[i].offset + tokens[i].length <= p)
            ++i;
        while (lexer.next(&t)) {
            check(i < tokens.size(), "restarted lexer: too many tokens");
            const Token &full = tokens.at(i++);
            check(t.offset + t.length == full.offset + full.length && t.kind == full.kind,
                  "restarted lexer: same tokens");
        }
        check(i == tokens.size(), "restarted lexer: too few tokens");
    }
    check(line == states.size(), "one state per line");
    return tokens;
}

void checkSplitter(QByteArrayView text, const QVector<Token> &tokens)
{
    const QVector<Statement> statements = StatementSplitter::split(text, tokens);
    const TextPositions positions{text.toByteArray()};
    qsizetype extentEnd = 0;
    for (const Statement &s : statements) {
        check(s.extentBegin.value == extentEnd, "extents follow each other");
        check(s.extentBegin <= s.begin && s.begin < s.end && s.end <= s.extentEnd &&
                  s.extentEnd.value <= text.size(),
              "statement range inside its extent");
        check(s.terminator < 0 || (text[s.terminator] == ';' && s.end.value <= s.terminator &&
                                   s.terminator < s.extentEnd.value),
              "terminator");
        check(positions.lineColumn(s.begin) == s.start && positions.lineColumn(s.end) == s.finish,
              "line/column of a statement");
        check(positions.utf16Offset(s.begin) == s.utf16Begin &&
                  positions.utf16Offset(s.end) == s.utf16End,
              "UTF-16 offsets of a statement");
        extentEnd = s.extentEnd.value;
    }
    (void)SqlReports::splitListing(text);
}

void checkDiagnostics(QByteArrayView text, SqlDialect dialect)
{
    LocalDiagnostics::Options options;
    options.dialect = dialect;
    options.checkVariables = text.size() % 2 == 0;
    options.definedVariables = {QStringLiteral("v"), QStringLiteral("bizdate")};
    for (const Diagnostic &d : LocalDiagnostics::check(text, options)) {
        check(0 <= d.begin.value && d.begin <= d.end && d.end.value <= text.size(),
              "diagnostic inside the text");
        check(d.start.line >= 1 && d.start.column >= 1 && !d.message.isEmpty(),
              "diagnostic position and message");
    }
}

// Non-whitespace tokens of `after` are those of `before`, keywords in any case, plus at most
// one ';' right after the last significant token.
bool tokensPreserved(QByteArrayView before, QByteArrayView after, SqlDialect dialect)
{
    auto significant = [&](QByteArrayView text, int *last) {
        QVector<Token> list;
        for (const Token &t : Lexer::tokenize(text, dialect)) {
            if (t.kind == TokenKind::Whitespace)
                continue;
            if (!t.isTrivia())
                *last = int(list.size());
            list.append(t);
        }
        return list;
    };
    int lastBefore = -1;
    int lastAfter = -1;
    const QVector<Token> a = significant(before, &lastBefore);
    QVector<Token> b = significant(after, &lastAfter);
    if (b.size() == a.size() + 1 && lastBefore + 1 < b.size() &&
        after.sliced(b[lastBefore + 1].offset, b[lastBefore + 1].length) == QByteArrayView(";"))
        b.remove(lastBefore + 1);
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const QByteArrayView x = before.sliced(a[i].offset, a[i].length);
        const QByteArrayView y = after.sliced(b[i].offset, b[i].length);
        const bool keyword = a[i].kind == TokenKind::Keyword || a[i].kind == TokenKind::DataType;
        if (a[i].kind != b[i].kind || (keyword ? x.compare(y, Qt::CaseInsensitive) != 0 : x != y))
            return false;
    }
    return true;
}

void checkFormatter(QByteArrayView text, quint32 hash)
{
    Formatter::Options options;
    options.keywordCase = Formatter::KeywordCase(hash % 3);
    options.indentWidth = int((hash / 3) % 5);
    options.dialect = (hash / 15) % 2 ? SqlDialect::Flink1_20 : SqlDialect::Flink2;
    options.safetyNet = false;

    const QByteArray once = Formatter::format(text, options);
    check(tokensPreserved(text, once, options.dialect), "formatter preserves tokens", once);
    const QByteArray twice = Formatter::format(QByteArrayView(once), options);
    check(twice == once, "formatter is idempotent", once + "\n=== second pass ===\n" + twice);

    Formatter::Options net = options;
    net.safetyNet = true;
    check(Formatter::format(text, net) == once, "the safety net never steps in", once);

    // A range derived from the hash; applying its replacement, then formatting everything.
    const qsizetype size = text.size();
    const qsizetype from = qsizetype((hash >> 8) % quint32(size + 1));
    const qsizetype to = from + qsizetype((hash >> 20) % quint32(size - from + 1));
    const Formatter::Replacement r =
        Formatter::formatRange(text, ByteOffset{from}, ByteOffset{to}, options);
    check(0 <= r.begin.value && r.begin <= r.end && r.end.value <= size, "range inside the text");
    QByteArray applied = text.toByteArray();
    applied.replace(r.begin.value, r.end.value - r.begin.value, r.text);
    check(tokensPreserved(text, applied, options.dialect), "range formatting preserves tokens",
          applied);
    const QByteArray whole = Formatter::format(QByteArrayView(applied), options);
    check(whole == once, "formatting a range, then everything, is formatting everything",
          QByteArray::number(r.begin.value) + ".." + QByteArray::number(r.end.value) +
              " replaced by:\n" + r.text + "\n=== then everything:\n" + whole +
              "\n=== instead of:\n" + once);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    quint32 hash = 2166136261u; // FNV-1a
    for (size_t i = 0; i < size; ++i)
        hash = (hash ^ data[i]) * 16777619u;
    const SqlDialect dialect = hash % 2 ? SqlDialect::Flink1_20 : SqlDialect::Flink2;

    const QVector<Token> tokens = checkLexer(text, dialect);
    checkSplitter(text, tokens);
    checkDiagnostics(text, dialect);
    checkFormatter(text, hash);
    return 0;
}
