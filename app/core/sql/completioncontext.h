#pragma once

#include "sql/completiontokens.h"
#include "sql/metadatacatalog.h"
#include "sql/textposition.h"

namespace Weir::Internal {

// What a position in a statement expects, as far as completion is concerned.
enum class CompletionExpect : quint8 {
    Nothing,
    Keywords,       // only the keywords listed
    Tables,         // tables, views and CTEs (plus databases and catalogs to qualify them)
    Qualified,      // what lives under a qualifier: alias.column, db.table, catalog.db
    Expression,     // visible columns, aliases and functions
    Columns,        // the columns of one table: INSERT INTO t (...), PRIMARY KEY (...), ...
    DataTypes,      // a column's type, CAST(x AS ...)
    TableFunctions, // FROM TABLE( ... ): the window TVFs
    Databases,
    Catalogs,
    OptionKeys,   // WITH ( ... ) keys of the chosen connector and format
    OptionValues, // WITH ( 'key' = ... )
    ConfigKeys,   // SET ...
    ConfigValues, // SET 'key' = ...
};

// The clause a position is in, within its query block.
enum class CompletionClause : quint8 {
    None,
    Select,
    From,
    Join,
    On,
    Where,
    GroupBy,
    Having,
    OrderBy,
    Limit,
    PartitionBy,
    Values,
    Set,
    Window,
};

// Where the caret is, in completion terms: what is expected there, the typed prefix and the
// range it replaces, and what the expectation needs (qualifier, option key, WITH list, ...).
// Computed from the significant tokens of the statement around the caret. Plain value; any
// thread.
struct CompletionContext
{
    CompletionExpect expect = CompletionExpect::Nothing;
    CompletionClause clause = CompletionClause::None;
    QString prefix;
    ByteOffset replaceBegin;
    ByteOffset replaceEnd;
    bool quotedWord = false;    // the word at the caret is a `quoted` identifier
    bool inString = false;      // inside '...': candidates go in bare
    bool closeString = false;   // ... and the literal is open on this line: add the quote
    QStringList keywords;       // valid keywords, in the order they rank
    QStringList qualifier;      // Qualified: the names before the '.'
    bool tablePosition = false; // Qualified: in a table-name position (db.table, not a.column)
    QStringList columnsOf;      // Columns: the table whose columns are wanted
    QVector<MetadataCatalog::Column> ownColumns; // columns of the CREATE TABLE being written
    QString optionKey;                           // OptionValues / ConfigValues
    QVector<QPair<QString, QString>> options;    // the WITH list as written, key -> value
    bool catalogOptions = false;                 // the WITH list of CREATE CATALOG
    bool functionArguments = false;              // Expression inside a function call's parentheses

    // `tokens`: the statement around the caret; `caret` a byte offset in the script.
    static CompletionContext analyze(const CompletionTokens &tokens, qsizetype caret,
                                     SqlDialect dialect);
};

} // namespace Weir::Internal
