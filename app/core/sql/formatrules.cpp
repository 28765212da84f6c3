#include "sql/formatrules.h"

#include <algorithm>
#include <cstring>

namespace Weir::Internal {

namespace {

struct Named
{
    const char *name;
    Word word;
};

// Sorted by name (binary search; a static_assert below checks the order).
constexpr Named kWords[] = {
    {"ADD", Word::Add},
    {"AFTER", Word::After},
    {"ALL", Word::All},
    {"AND", Word::And},
    {"ANY", Word::Any},
    {"ARRAY", Word::Array},
    {"AS", Word::As},
    {"BEGIN", Word::Begin},
    {"BETWEEN", Word::Between},
    {"BY", Word::By},
    {"CASE", Word::Case},
    {"CREATE", Word::Create},
    {"CROSS", Word::Cross},
    {"CURRENT_DATE", Word::Value},
    {"CURRENT_ROW", Word::Value},
    {"CURRENT_TIME", Word::Value},
    {"CURRENT_TIMESTAMP", Word::Value},
    {"CURRENT_USER", Word::Value},
    {"DEFINE", Word::Define},
    {"DISTINCT", Word::Distinct},
    {"ELSE", Word::Else},
    {"END", Word::End},
    {"EXCEPT", Word::Except},
    {"EXECUTE", Word::Execute},
    {"EXISTS", Word::Exists},
    {"EXPLAIN", Word::Explain},
    {"FALSE", Word::Value},
    {"FETCH", Word::Fetch},
    {"FILTER", Word::Filter},
    {"FOR", Word::For},
    {"FROM", Word::From},
    {"FULL", Word::Full},
    {"GROUP", Word::Group},
    {"HAVING", Word::Having},
    {"IN", Word::In},
    {"INNER", Word::Inner},
    {"INSERT", Word::Insert},
    {"INTERSECT", Word::Intersect},
    {"INTERVAL", Word::Interval},
    {"INTO", Word::Into},
    {"IS", Word::Is},
    {"JOIN", Word::Join},
    {"KEY", Word::Key},
    {"LEFT", Word::Left},
    {"LIKE", Word::Like},
    {"LIMIT", Word::Limit},
    {"LOCALTIME", Word::Value},
    {"LOCALTIMESTAMP", Word::Value},
    {"MAP", Word::Map},
    {"MATCH_RECOGNIZE", Word::MatchRecognize},
    {"MEASURES", Word::Measures},
    {"MINUS", Word::Minus},
    {"MODIFY", Word::Modify},
    {"MULTISET", Word::Multiset},
    {"NATURAL", Word::Natural},
    {"NOT", Word::Not},
    {"NULL", Word::Value},
    {"NULLS", Word::Nulls},
    {"OF", Word::Of},
    {"OFFSET", Word::Offset},
    {"ON", Word::On},
    {"ONE", Word::One},
    {"OR", Word::Or},
    {"ORDER", Word::Order},
    {"OUTER", Word::Outer},
    {"OVER", Word::Over},
    {"PARTITION", Word::Partition},
    {"PATTERN", Word::Pattern},
    {"PRIMARY", Word::Primary},
    {"QUALIFY", Word::Qualify},
    {"RETURN", Word::Return},
    {"RETURNS", Word::Returns},
    {"RIGHT", Word::Right},
    {"ROW", Word::Row},
    {"ROWS", Word::Rows},
    {"SELECT", Word::Select},
    {"SET", Word::Set},
    {"SETS", Word::Sets},
    {"SOME", Word::Some},
    {"STATEMENT", Word::Statement},
    {"SUBSET", Word::Subset},
    {"TABLE", Word::Table},
    {"THEN", Word::Then},
    {"TO", Word::To},
    {"TRUE", Word::Value},
    {"UNION", Word::Union},
    {"UNKNOWN", Word::Value},
    {"USING", Word::Using},
    {"VALUES", Word::Values},
    {"WHEN", Word::When},
    {"WHERE", Word::Where},
    {"WINDOW", Word::Window},
    {"WITH", Word::With},
};

// Non-reserved keywords that change case anyway: Flink statement words that practically never
// name a column. Others (NAME, KEY, DATA, TYPE, FIRST, ...) keep the case they were written in,
// since a case change would rename an identifier. Sorted.
// clang-format off
constexpr const char *kAlwaysCased[] = {
    "ANALYZE", "ASC", "CATALOG", "CDCSOURCE", "CHANGELOG_MODE", "COLUMNS", "COMPILE", "COMPUTE",
    "DATABASE", "DESC", "DESCRIPTOR", "DRAIN", "ENFORCED", "ESTIMATED_COST", "EXCLUDING",
    "FOLLOWING", "HOP", "IF", "ILIKE", "INCLUDING", "JAR", "JARS", "JAVA", "JOB", "JOBS",
    "JSON_EXECUTION_PLAN", "LOAD", "METADATA", "NULLS", "OPTIONS", "OVERWRITE", "OVERWRITING",
    "PARTITIONED", "PARTITIONS", "PLAN", "PLAN_ADVICE", "PRECEDING", "PYTHON", "REMOVE", "REPLACE",
    "RLIKE", "SETS", "STATEMENT", "STATISTICS", "STOP", "TEMPORARY", "TUMBLE", "UNBOUNDED",
    "UNLOAD", "VIEW", "VIRTUAL",
};
// clang-format on

// Upper-cases a word token into `buffer` (size > 24); false when it is too long to matter.
bool upperWord(QByteArrayView script, const Token &token, char *buffer, qsizetype size)
{
    if (token.length >= size || token.offset < 0 || token.offset + token.length > script.size())
        return false;
    const char *text = script.data() + token.offset;
    for (qsizetype i = 0; i < token.length; ++i) {
        const char c = text[i];
        buffer[i] = (c >= 'a' && c <= 'z') ? char(c - 32) : c;
    }
    buffer[token.length] = '\0';
    return true;
}

bool lessName(const char *a, const char *b)
{
    return std::strcmp(a, b) < 0;
}

constexpr bool constLess(const char *a, const char *b)
{
    while (*a && *a == *b)
        ++a, ++b;
    return static_cast<unsigned char>(*a) < static_cast<unsigned char>(*b);
}

template<typename T, size_t N, typename Name> constexpr bool sortedBy(const T (&list)[N], Name name)
{
    for (size_t i = 1; i < N; ++i) {
        if (!constLess(name(list[i - 1]), name(list[i])))
            return false;
    }
    return true;
}

static_assert(sortedBy(kWords, [](const Named &n) { return n.name; }), "kWords must be sorted");
static_assert(sortedBy(kAlwaysCased, [](const char *n) { return n; }),
              "kAlwaysCased must be sorted");

} // namespace

Word FormatRules::wordOf(QByteArrayView script, const Token &token)
{
    if (token.kind != TokenKind::Keyword && token.kind != TokenKind::DataType)
        return Word::None;
    char upper[24];
    if (!upperWord(script, token, upper, sizeof upper))
        return Word::None;
    const auto it =
        std::lower_bound(std::begin(kWords), std::end(kWords), upper,
                         [](const Named &n, const char *w) { return lessName(n.name, w); });
    return it != std::end(kWords) && std::strcmp(it->name, upper) == 0 ? it->word : Word::None;
}

char FormatRules::opener(QByteArrayView script, const Token &token)
{
    if (token.kind != TokenKind::Punctuation || token.length != 1)
        return 0;
    const char c = script[token.offset];
    return c == '(' || c == '[' || c == '{' ? c : 0;
}

char FormatRules::closer(QByteArrayView script, const Token &token)
{
    if (token.kind != TokenKind::Punctuation || token.length != 1)
        return 0;
    const char c = script[token.offset];
    return c == ')' || c == ']' || c == '}' ? c : 0;
}

char FormatRules::closerOf(char opener)
{
    return opener == '(' ? ')' : opener == '[' ? ']' : opener == '{' ? '}' : 0;
}

bool FormatRules::changesCase(QByteArrayView script, const Token &token, const Token *prev,
                              const Token *next)
{
    // Next to a '.', a word is part of a qualified name: `t.value`, `cat.key`.
    if ((prev && isChar(script, *prev, '.')) || (next && isChar(script, *next, '.')))
        return false;
    if (token.isReserved())
        return true;
    char upper[24];
    if (!upperWord(script, token, upper, sizeof upper))
        return false;
    if (token.kind == TokenKind::DataType) {
        // MAP<...>, VARIANT: a type after a column name, after AS (CAST) or before '<'.
        return (next && isChar(script, *next, '<')) ||
               (prev &&
                (prev->kind == TokenKind::Identifier || prev->kind == TokenKind::QuotedIdentifier ||
                 wordOf(script, *prev) == Word::As));
    }
    if (std::binary_search(std::begin(kAlwaysCased), std::end(kAlwaysCased), upper, lessName))
        return true;
    // Words that are keywords right after another one: PRIMARY KEY, NULLS FIRST/LAST.
    if (prev && prev->kind == TokenKind::Keyword) {
        const Word before = wordOf(script, *prev);
        if (before == Word::Primary && std::strcmp(upper, "KEY") == 0)
            return true;
        if (before == Word::Nulls &&
            (std::strcmp(upper, "FIRST") == 0 || std::strcmp(upper, "LAST") == 0))
            return true;
    }
    return false;
}

void FormatRules::applyCase(char *text, qsizetype length, Formatter::KeywordCase keywordCase)
{
    for (qsizetype i = 0; i < length; ++i) {
        char &c = text[i];
        if (keywordCase == Formatter::KeywordCase::Upper && c >= 'a' && c <= 'z')
            c = char(c - 32);
        else if (keywordCase == Formatter::KeywordCase::Lower && c >= 'A' && c <= 'Z')
            c = char(c + 32);
    }
}

bool FormatRules::spaceBeforeParen(Word word)
{
    switch (word) {
    case Word::None:
    case Word::Row:
    case Word::Map:
    case Word::Array:
    case Word::Multiset:
    case Word::Value:
    case Word::Table:
    case Word::Left:
    case Word::Right:
        return false; // ROW(...), TABLE(TUMBLE(...)), LEFT(s, 3): calls
    default:
        return true;
    }
}

bool FormatRules::signFollows(QByteArrayView script, const Token *prev, Word prevWord)
{
    if (!prev)
        return true;
    if (prev->kind == TokenKind::Operator)
        return true;
    if (prev->kind == TokenKind::Punctuation)
        return opener(script, *prev) || isChar(script, *prev, ',');
    switch (prevWord) {
    case Word::Select:
    case Word::Where:
    case Word::And:
    case Word::Or:
    case Word::Not:
    case Word::When:
    case Word::Then:
    case Word::Else:
    case Word::Case:
    case Word::On:
    case Word::Having:
    case Word::By:
    case Word::Between:
    case Word::Interval:
    case Word::Limit:
    case Word::Offset:
    case Word::Return:
    case Word::Like:
    case Word::Distinct:
    case Word::All:
    case Word::Values:
    case Word::In:
        return true;
    default:
        return false;
    }
}

bool FormatRules::endsList(Word word)
{
    switch (word) {
    case Word::Select: // not a list item, and it keeps the look-ahead linear
    case Word::Values:
    case Word::From:
    case Word::Where:
    case Word::Group:
    case Word::Having:
    case Word::Order:
    case Word::Limit:
    case Word::Offset:
    case Word::Fetch:
    case Word::Window:
    case Word::Qualify:
    case Word::Union:
    case Word::Intersect:
    case Word::Except:
    case Word::Minus:
        return true;
    default:
        return false;
    }
}

} // namespace Weir::Internal
