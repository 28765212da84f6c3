#pragma once

#include "sql/formatter.h"
#include "sql/token.h"

#include <QByteArrayView>

namespace Weir::Internal {

// The words the formatter's layout decides on, so that it compares small integers instead of
// text. Everything else is Word::None.
// clang-format off
enum class Word : quint8 {
    None,
    // Clauses and query structure.
    Select, From, Where, Group, Order, By, Having, Limit, Offset, Fetch, Window, Qualify,
    Union, Intersect, Except, Minus, All, Distinct, Values, With, As,
    Join, Inner, Left, Right, Full, Cross, Natural, Outer,
    // Expressions. Value: NULL, TRUE, CURRENT_TIMESTAMP, ... (a '-' after them is no sign).
    On, And, Or, Not, Between, Case, When, Then, Else, End, In, Is, Exists, Like, Interval,
    Any, Some, Over, Using, Value, Filter, Sets,
    // Statements.
    Insert, Into, Execute, Statement, Set, Begin, Create, Table, Partition, Returns, Return,
    Pattern, For, To, Of, Explain, Add, Modify, Primary, Key, Nulls,
    // MATCH_RECOGNIZE (...) and its clauses.
    MatchRecognize, Measures, Define, One, Rows, After, Subset,
    // Types with angle-bracket parameters.
    Row, Map, Array, Multiset,
};
// clang-format on

// Word tests and token-level rules of the formatter: which word a token is, whether a keyword
// changes case, spacing before '(' and after '-'. Stateless; any thread.
class FormatRules
{
public:
    // The word of a Keyword or DataType token (Word::None for anything else).
    static Word wordOf(QByteArrayView script, const Token &token);
    static bool isChar(QByteArrayView script, const Token &token, char c)
    {
        return token.length == 1 &&
               (token.kind == TokenKind::Punctuation || token.kind == TokenKind::Operator) &&
               script[token.offset] == c;
    }
    static char opener(QByteArrayView script, const Token &token); // '(', '[', '{' or 0
    static char closer(QByteArrayView script, const Token &token); // ')', ']', '}' or 0
    static char closerOf(char opener);

    // Whether `token` (a Keyword or DataType) is written in the chosen case. `prev` and `next`
    // are its significant neighbours, or nullptr.
    static bool changesCase(QByteArrayView script, const Token &token, const Token *prev,
                            const Token *next);
    static void applyCase(char *text, qsizetype length, Formatter::KeywordCase keywordCase);

    // A keyword after which '(' opens a list or a query rather than a function's arguments.
    static bool spaceBeforeParen(Word word);
    // A '-' or '+' after this token is a sign (written without a space after it).
    static bool signFollows(QByteArrayView script, const Token *prev, Word prevWord);
    // A clause keyword that ends a select list or a VALUES row list.
    static bool endsList(Word word);
};

} // namespace Weir::Internal
