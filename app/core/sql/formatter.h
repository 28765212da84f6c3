#pragma once

#include "sql/textposition.h"
#include "sql/token.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Weir {

// Lays out Flink SQL scripts: one clause per line, select lists, column definitions and
// WITH (...) options one per line with aligned '=', nested queries and statement-set bodies
// indented, statements terminated with ';' and separated by one blank line. A pure function of
// the text; stateless; any thread.
//
// Guarantees (tests/unit/sql/tst_sql_formatter.cpp and the fuzzer in tests/fuzz check them):
// - token-preserving: the non-whitespace tokens (comments and hints included) are those of the
//   input, in order, byte-identical except for the case of keywords; the only token it may add
//   is the ';' after a last statement that had none;
// - idempotent: format(format(x)) == format(x), because the layout depends on the tokens alone
//   (plus where comments started and ended lines, which it keeps);
// - a statement with a lexer error (an unterminated string, comment or quoted identifier, a
//   stray character) or an EXECUTE STATEMENT SET without END is left byte-identical.
// Only reserved keywords and a short list of unambiguous Flink words change case: Flink
// identifiers are case-sensitive, and a non-reserved keyword can name a column (`name`, `key`).
class Formatter
{
public:
    enum class KeywordCase : quint8 { Upper, Lower, Keep };

    struct Options
    {
        KeywordCase keywordCase = KeywordCase::Upper;
        int indentWidth = 2; // spaces per level, 0..16
        SqlDialect dialect = SqlDialect::Latest;
        // After laying out a statement, re-lex the result and keep the statement as it was if
        // its tokens changed. Tests and the fuzzer turn it off to see the layout's own mistakes.
        bool safetyNet = true;
    };

    // What formatRange() returns: replace bytes [begin, end) of the script with `text`.
    struct Replacement
    {
        ByteOffset begin;
        ByteOffset end;
        QByteArray text;
    };

    static QByteArray format(QByteArrayView script, const Options &options);
    static QByteArray format(QByteArrayView script) { return format(script, Options()); }
    // Exact overloads: a QByteArray converts to both QByteArrayView and QString otherwise.
    static QByteArray format(const QByteArray &script, const Options &options)
    {
        return format(QByteArrayView(script), options);
    }
    static QByteArray format(const QByteArray &script) { return format(script, Options()); }
    static QString format(const QString &script, const Options &options);

    // Formats just the statements that the byte range [from, to) of the script touches (with an
    // empty range: the statement under the caret, whose extent holds `from`). The replacement
    // runs from the first such statement's first token to the last one's ';' (or last token);
    // comments around them stay where they are. Nothing to do: an empty replacement at `from`.
    static Replacement formatRange(QByteArrayView script, ByteOffset from, ByteOffset to,
                                   const Options &options);

    static bool isFormatted(QByteArrayView script, const Options &options)
    {
        return format(script, options) == script;
    }
};

} // namespace Weir
