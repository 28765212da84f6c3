#pragma once

#include "sql/token.h"

#include <QStringList>
#include <QStringView>

namespace Weir {

// The Flink SQL keyword table: reserved and non-reserved keywords, data type names and the
// Flink/Weir-specific words, each with the dialect that introduced it. Lookup is a hash over the
// upper-cased ASCII word in a static open-addressing table (no allocation). Any thread; the
// table is built once on first use (thread-safe static initialization).
//
// Sources: Calcite's keyword list (site/_docs/reference.md, reserved words in bold) and Flink's
// flink-table/flink-sql-parser/src/main/codegen/data/Parser.tdd (its `keywords`,
// `nonReservedKeywords` and `nonReservedKeywordsToAdd`). Words that only Flink 2.x knows are
// marked Flink2: the MODEL and CONNECTION statements and structured types of Flink 2.x, and
// the words the newer Calcite under Flink 2.x adds (ASOF, SAFE_CAST, weekday names, ...).
// CDCSOURCE is the reference product's whole-database sync (EXECUTE CDCSOURCE).
class Keywords
{
public:
    struct Entry
    {
        TokenKind kind = TokenKind::Keyword; // Keyword or DataType
        bool reserved = false;
    };

    // `word` is ASCII in any case. Returns false when it is not a keyword in `dialect`.
    static bool lookup(const char *word, qsizetype length, SqlDialect dialect, Entry *entry);
    static bool lookup(QStringView word, SqlDialect dialect, Entry *entry);

    static bool isKeyword(QStringView word, SqlDialect dialect = SqlDialect::Latest);
    // True when `word` cannot serve as a plain identifier and needs backticks.
    static bool isReserved(QStringView word, SqlDialect dialect = SqlDialect::Latest);

    // All words of one kind (Keyword or DataType) in `dialect`, upper case, sorted.
    static QStringList words(TokenKind kind, SqlDialect dialect = SqlDialect::Latest);

    static constexpr int MaxLength = 40;
};

} // namespace Weir
