#pragma once

namespace Weir {

// The styles SqlLexerBridge gives the editor's bytes (Scintilla style numbers; QScintilla's brace
// matching reads them through a five-bit mask, so they stay below 32).
enum class SqlStyle : int {
    Default,          // white space, and what no other style claims
    Keyword,          // SELECT, WITH, WATERMARK, ...
    DataType,         // INT, STRING, TIMESTAMP_LTZ, ...
    Function,         // a name called with '(' (or a catalog function)
    Identifier,       // plain identifiers
    QuotedIdentifier, // `name`
    String,           // 'text'
    Number,           // 42, 1.5e3
    Operator,         // operators and punctuation, parentheses included
    Comment,          // -- and /* */
    Hint,             // /*+ OPTIONS(...) */
    Variable,         // ${name}
    OptionKey,        // 'connector' in WITH ('connector' = 'kafka'), the key of SET 'key' = ...
    Error,            // a character Flink rejects outside literals
    Count
};

} // namespace Weir
