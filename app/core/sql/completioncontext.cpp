#include "sql/completioncontext.h"

#include "sql/completionframes.h"
#include "sql/completionkeywords.h"
#include "sql/scriptcatalog.h"

namespace Weir::Internal {

namespace {

using Expect = CompletionExpect;
using Clause = CompletionClause;
using Frame = CompletionFrames::Frame;
using FrameKind = CompletionFrames::Kind;
using Shape = CompletionFrames::Shape;

bool isExpressionStart(const CompletionTokens &t, int last, int start)
{
    if (last < start || t.isPunct(last, '(') || t.isPunct(last, ','))
        return true;
    if (t.at(last).kind == TokenKind::Operator) {
        // SELECT * / t.* are complete items, not an operator waiting for its operand.
        if (t.isOperator(last, "*") &&
            (t.isWord(last - 1, "SELECT") || t.isPunct(last - 1, ',') || t.isPunct(last - 1, '.')))
            return false;
        return true;
    }
    return t.isAnyWord(last, {"SELECT",   "WHERE", "ON",      "AND",  "OR",     "NOT",     "BY",
                              "HAVING",   "WHEN",  "THEN",    "ELSE", "CASE",   "BETWEEN", "LIKE",
                              "DISTINCT", "ALL",   "QUALIFY", "SET",  "VALUES", "RETURN"});
}

// The start of the item the caret is in within a frame: index after its last ',' or '('.
int itemStart(const CompletionTokens &t, const Frame &frame, int n)
{
    for (int j = n - 1; j > frame.open; --j) {
        if (t.isPunct(j, ')')) {
            const int open = t.opening(j);
            if (open > frame.open) {
                j = open;
                continue;
            }
        }
        if (t.isPunct(j, ','))
            return j + 1;
    }
    return frame.open + 1;
}

void analyzeColumnDefinitions(const CompletionTokens &t, const Frame &frame, int n,
                              CompletionContext *c)
{
    const int first = itemStart(t, frame, n);
    const int count = n - first;
    const int last = n - 1;
    c->ownColumns = ScriptCatalog::columnDefinitions(t, frame.open);
    if (count == 0) {
        c->expect = Expect::Keywords;
        c->keywords = CompletionKeywords::columnDefinitionStart();
        return;
    }
    c->expect = Expect::Keywords;
    if (t.isWord(first, "WATERMARK")) {
        if (count == 1) {
            c->keywords = {QStringLiteral("FOR")};
        } else if (count == 2) {
            c->expect = Expect::Columns;
        } else if (count == 3) {
            c->keywords = {QStringLiteral("AS")};
        } else {
            c->expect = Expect::Expression;
        }
        return;
    }
    if (t.isWord(first, "PRIMARY") || t.isWord(first, "CONSTRAINT")) {
        if (t.isWord(last, "PRIMARY"))
            c->keywords = {QStringLiteral("KEY")};
        else if (t.isPunct(last, ')'))
            c->keywords = {QStringLiteral("NOT ENFORCED")};
        else if (t.isWord(last, "NOT"))
            c->keywords = {QStringLiteral("ENFORCED")};
        else if (t.isWord(first, "CONSTRAINT") && count == 2)
            c->keywords = {QStringLiteral("PRIMARY KEY")};
        else
            c->expect = Expect::Nothing;
        return;
    }
    if (count == 1) {
        c->expect = Expect::DataTypes;
        return;
    }
    if (t.isWord(first + 1, "AS")) {
        c->expect = Expect::Expression;
        return;
    }
    if (t.isWord(last, "NOT"))
        c->keywords = {QStringLiteral("NULL"), QStringLiteral("ENFORCED")};
    else if (t.isWord(last, "METADATA"))
        c->keywords = {QStringLiteral("FROM"), QStringLiteral("VIRTUAL")};
    else if (t.isWord(last, "PRIMARY"))
        c->keywords = {QStringLiteral("KEY")};
    else
        c->keywords = CompletionKeywords::afterColumnType();
}

// The WITH list's 'key' = 'value' pairs, but the one whose key is being edited at `caret`.
void readOptions(const CompletionTokens &t, const Frame &frame, qsizetype caret,
                 CompletionContext *c)
{
    const int close = t.closing(frame.open);
    for (int i = frame.open + 1; i + 2 <= close && i + 2 < t.size(); ++i) {
        if (t.isString(i) && t.isOperator(i + 1, "=") && t.isString(i + 2)) {
            const Token &key = t.at(i);
            if (!(key.offset < caret && caret <= key.offset + key.length))
                c->options.append({t.stringValue(i), t.stringValue(i + 2)});
            i += 2;
        }
    }
}

// The TABLE argument of the window TVF whose parentheses open at `open`.
QStringList tvfTable(const CompletionTokens &t, int open, int n)
{
    for (int k = open + 1; k < n; ++k) {
        if (t.isWord(k, "TABLE") && t.isName(k + 1))
            return t.path(k + 1, nullptr);
    }
    return {};
}

} // namespace

CompletionContext CompletionContext::analyze(const CompletionTokens &t, qsizetype caret,
                                             SqlDialect dialect)
{
    CompletionContext c;
    c.replaceBegin = c.replaceEnd = ByteOffset{caret};
    const QByteArrayView script = t.script();

    // The token at the caret: a word being typed, a literal, or nothing.
    int n = t.indexAfter(caret - 1);
    if (n < t.size() && t.at(n).offset < caret) {
        const Token &token = t.at(n);
        const bool backtick =
            token.kind == TokenKind::QuotedIdentifier
                ? !(token.flags & Token::DoubleQuoted)
                : (token.kind == TokenKind::Error && token.error == LexError::UnterminatedBacktick);
        if (t.isString(n)) {
            const bool terminated = token.kind == TokenKind::String;
            const qsizetype close = terminated ? token.offset + token.length - 1 : script.size();
            if (terminated && caret > close)
                return c; // just after the closing quote
            qsizetype lineEnd = caret;
            while (lineEnd < close && script.at(lineEnd) != '\n' && script.at(lineEnd) != '\r')
                ++lineEnd;
            c.inString = true;
            c.replaceBegin = ByteOffset{token.offset + 1};
            if (terminated && lineEnd == close) {
                c.replaceEnd = ByteOffset{close};
            } else {
                qsizetype end = caret;
                while (end < lineEnd && script.at(end) != ' ' && script.at(end) != '\t' &&
                       script.at(end) != ',' && script.at(end) != ')')
                    ++end;
                c.replaceEnd = ByteOffset{end};
                c.closeString = true;
            }
            c.prefix = QString::fromUtf8(script.sliced(token.offset + 1, caret - token.offset - 1));
        } else if (token.kind == TokenKind::Identifier || token.kind == TokenKind::Keyword ||
                   token.kind == TokenKind::DataType || backtick) {
            const qsizetype from = token.offset + (backtick ? 1 : 0);
            c.prefix = QString::fromUtf8(script.sliced(from, caret - from));
            c.prefix.replace(QLatin1String("``"), QLatin1String("`"));
            c.quotedWord = backtick;
            c.replaceBegin = ByteOffset{token.offset};
            c.replaceEnd =
                ByteOffset{token.kind == TokenKind::Error ? caret : token.offset + token.length};
        } else if (token.offset + token.length == caret &&
                   (token.kind == TokenKind::Punctuation || token.kind == TokenKind::Operator)) {
            ++n; // just after '.', '(', ',' or '=': the token is before the caret
        } else {
            return c; // inside a number, an operator, a variable
        }
    }

    int start = 0;
    if (t.isWord(0, "EXECUTE") && t.isWord(1, "STATEMENT") && t.isWord(2, "SET") &&
        t.isWord(3, "BEGIN") && n > 3)
        start = 4;
    const CompletionFrames scan(t, start, n);
    const Shape &shape = scan.shape();
    const QVector<Frame> &frames = scan.frames();
    const Frame &frame = frames.last();
    const int last = n - 1 >= start ? n - 1 : -1;
    c.clause = frame.clause;
    auto expectKeywords = [&](const QStringList &keywords) {
        c.expect = keywords.isEmpty() ? Expect::Nothing : Expect::Keywords;
        c.keywords = keywords;
    };

    // Literals only complete option keys and values and configuration keys and values.
    auto finish = [&]() {
        if (c.inString && c.expect != Expect::OptionKeys && c.expect != Expect::OptionValues &&
            c.expect != Expect::ConfigKeys && c.expect != Expect::ConfigValues) {
            c.expect = Expect::Nothing;
            c.keywords.clear();
        }
        return c;
    };

    // alias. / db. / catalog.db.
    if (last >= 0 && t.isPunct(last, '.') && !c.inString) {
        int j = last - 1;
        if (!t.isName(j) && !(t.at(j).kind == TokenKind::QuotedIdentifier))
            return c;
        c.qualifier.prepend(t.name(j));
        while (t.isPunct(j - 1, '.') && t.isName(j - 2)) {
            j -= 2;
            c.qualifier.prepend(t.name(j));
        }
        const int before = j - 1;
        c.tablePosition = t.isAnyWord(before, {"FROM", "JOIN", "INTO", "OVERWRITE", "TABLE",
                                               "UPDATE", "DESCRIBE", "DESC", "USE"}) ||
                          (t.isPunct(before, ',') && frame.clause == Clause::From);
        c.expect = Expect::Qualified;
        return c;
    }

    switch (frame.kind) {
    case FrameKind::WithOptions:
        readOptions(t, frame, caret, &c);
        c.catalogOptions = shape.createCatalog;
        if (shape.columnsParen >= 0)
            c.ownColumns = ScriptCatalog::columnDefinitions(t, shape.columnsParen);
        if (last == frame.open || t.isPunct(last, ',')) {
            c.expect = Expect::OptionKeys;
        } else if (t.isOperator(last, "=")) {
            c.expect = Expect::OptionValues;
            if (t.isString(last - 1))
                c.optionKey = t.stringValue(last - 1);
        }
        return finish();
    case FrameKind::ColumnDefs:
        analyzeColumnDefinitions(t, frame, n, &c);
        return finish();
    case FrameKind::OwnColumns:
        c.ownColumns = ScriptCatalog::columnDefinitions(t, shape.columnsParen);
        c.expect = Expect::Columns;
        return finish();
    case FrameKind::InsertColumns:
        c.columnsOf = shape.insertPath;
        c.expect = Expect::Columns;
        return finish();
    case FrameKind::Function: {
        const QString &f = frame.function;
        c.functionArguments = true;
        if ((f == QLatin1String("CAST") || f == QLatin1String("TRY_CAST")) &&
            t.isWord(last, "AS")) {
            c.expect = Expect::DataTypes;
            return finish();
        }
        if (f == QLatin1String("DESCRIPTOR") && frames.size() >= 2) {
            c.columnsOf = tvfTable(t, frames.at(frames.size() - 2).open, n);
            c.expect = Expect::Columns;
            return finish();
        }
        if (f == QLatin1String("TABLE")) {
            if (last == frame.open)
                c.expect = Expect::TableFunctions;
            return finish();
        }
        const bool tvf = f == QLatin1String("TUMBLE") || f == QLatin1String("HOP") ||
                         f == QLatin1String("CUMULATE") || f == QLatin1String("SESSION");
        if (tvf && frames.size() >= 2 &&
            frames.at(frames.size() - 2).function == QLatin1String("TABLE")) {
            if (t.isWord(last, "TABLE")) {
                c.expect = Expect::Tables;
            } else if (last == frame.open) {
                expectKeywords({QStringLiteral("TABLE")});
            } else if (t.isPunct(last, ',') && tvfTable(t, frame.open, n).size() &&
                       !t.isWord(last - 1, "DESCRIPTOR") && t.isName(last - 1)) {
                expectKeywords({QStringLiteral("DESCRIPTOR")});
            } else if (isExpressionStart(t, last, start)) {
                c.expect = Expect::Expression;
                c.keywords = {QStringLiteral("INTERVAL")};
            }
            return finish();
        }
        if ((f == QLatin1String("EXTRACT") || f == QLatin1String("TIMESTAMPDIFF") ||
             f == QLatin1String("TIMESTAMPADD")) &&
            last == frame.open) {
            expectKeywords(CompletionKeywords::timeUnits());
            return finish();
        }
        break;
    }
    case FrameKind::Over:
        if (last == frame.open) {
            expectKeywords({QStringLiteral("PARTITION BY"), QStringLiteral("ORDER BY")});
            return finish();
        }
        break;
    case FrameKind::Top:
    case FrameKind::Query:
        break;
    }

    if (frame.kind == FrameKind::Top) {
        bool onlyKeywords = true;
        QStringList words;
        for (int i = start; i < n; ++i) {
            if (!t.isKeyword(i)) {
                onlyKeywords = false;
                break;
            }
            words.append(t.text(i).toUpper());
        }
        CompletionKeywords::Follow follow;
        if (onlyKeywords &&
            CompletionKeywords::afterLeadingWords(words.join(QLatin1Char(' ')), dialect, &follow)) {
            c.expect = follow.expect;
            c.keywords = follow.keywords;
            return finish();
        }
        if (t.isAnyWord(start, {"SET", "RESET"})) {
            if (n == start + 1) {
                c.expect = Expect::ConfigKeys;
            } else if (t.isOperator(last, "=") && t.isString(last - 1)) {
                c.expect = Expect::ConfigValues;
                c.optionKey = t.stringValue(last - 1);
            }
            return finish();
        }
        if (shape.createTable || shape.createView) {
            if (t.isWord(last, "LIKE") && shape.createTable) {
                c.expect = Expect::Tables;
                return finish();
            }
            if (n == shape.nameEnd) {
                expectKeywords(shape.createTable ? CompletionKeywords::afterCreateTable(false)
                                                 : QStringList{QStringLiteral("AS")});
                return finish();
            }
            if (t.isPunct(last, ')') && frame.clause == Clause::None) {
                const int open = t.opening(last);
                if (open == shape.columnsParen)
                    expectKeywords(CompletionKeywords::afterCreateTable(true));
                else if (shape.createView && open == shape.nameEnd)
                    expectKeywords({QStringLiteral("AS")});
                else if (t.isWord(open - 1, "WITH"))
                    expectKeywords({QStringLiteral("LIKE"), QStringLiteral("AS")});
                return finish();
            }
        }
        if (shape.insertNameEnd >= 0 &&
            (n == shape.insertNameEnd ||
             (t.isPunct(last, ')') && t.opening(last) == shape.insertParen))) {
            expectKeywords({QStringLiteral("SELECT"), QStringLiteral("VALUES"),
                            QStringLiteral("WITH"), QStringLiteral("PARTITION")});
            return finish();
        }
    }

    // Phrases: GROUP -> BY, LEFT -> JOIN, IS -> NULL, ...
    if (last >= 0 && t.isKeyword(last)) {
        const QStringList next = CompletionKeywords::afterWord(t.text(last).toUpper());
        if (!next.isEmpty()) {
            expectKeywords(next);
            return finish();
        }
    }
    if (last >= 0 && t.isString(last) && t.isWord(last - 1, "INTERVAL")) {
        expectKeywords(CompletionKeywords::timeUnits());
        return finish();
    }

    const Clause clause = frame.clause;
    const bool relational = frame.kind == FrameKind::Top || frame.kind == FrameKind::Query;
    if (relational && ((t.isAnyWord(last, {"FROM", "JOIN"}) && !t.isWord(last - 1, "DISTINCT")) ||
                       (t.isPunct(last, ',') && clause == Clause::From))) {
        c.expect = Expect::Tables;
        c.keywords = {QStringLiteral("LATERAL"), QStringLiteral("TABLE"), QStringLiteral("UNNEST")};
        return finish();
    }
    if (t.isWord(last, "AS") &&
        (clause == Clause::From || clause == Clause::Join || clause == Clause::Select))
        return finish(); // a new alias
    if (relational && (clause == Clause::From || clause == Clause::Join)) {
        if (t.isName(last) || t.isPunct(last, ')'))
            expectKeywords(CompletionKeywords::afterTableReference(clause == Clause::Join));
        return finish();
    }
    if (clause == Clause::None && frame.kind != FrameKind::Function) {
        if (last < 0) {
            CompletionKeywords::Follow follow;
            CompletionKeywords::afterLeadingWords(QString(), dialect, &follow);
            expectKeywords(follow.keywords);
        }
        return finish();
    }
    if (isExpressionStart(t, last, start)) {
        c.expect = Expect::Expression;
        c.keywords = CompletionKeywords::expressionStart();
        if (t.isWord(last, "SELECT") || (frame.kind == FrameKind::Function && last == frame.open))
            c.keywords.prepend(QStringLiteral("DISTINCT"));
        return finish();
    }
    if (frame.kind == FrameKind::Function) {
        if (frame.function == QLatin1String("CAST") || frame.function == QLatin1String("TRY_CAST"))
            expectKeywords({QStringLiteral("AS")});
        return finish();
    }
    expectKeywords(CompletionKeywords::afterExpression(clause));
    return finish();
}

} // namespace Weir::Internal
