#pragma once

#include "sql/textposition.h"

#include <QString>
#include <QVector>

namespace Weir {

// What a completion candidate is; the editor picks an icon per kind.
enum class CompletionKind : quint8 {
    Keyword,
    DataType,
    Catalog,
    Database,
    Table,
    View,
    Column,
    Function,
    OptionKey,   // a key inside WITH ( ... )
    OptionValue, // a value after 'key' = (also of SET 'key' = )
    ConfigKey,   // a Flink configuration key after SET
    Variable,    // a ${name} script variable
};

const char *completionKindName(CompletionKind kind);

// One ranked completion candidate. Plain value; any thread.
struct CompletionCandidate
{
    QString text;    // what replaces [replaceBegin, replaceEnd): quoted where it must be
    QString display; // what the list shows (the bare name, keyword or key)
    CompletionKind kind = CompletionKind::Keyword;
    QString detail; // type, signature or one-line description; may be empty
    // Where the caret goes inside `text` after insertion, in UTF-16 units; -1 for its end
    // (a function is inserted as NAME() with the caret between the parentheses).
    int caretOffset = -1;
    ByteOffset replaceBegin;
    ByteOffset replaceEnd;
};

// The answer to one completion request: candidates best first, and what they replace. Plain
// value; any thread.
struct CompletionResult
{
    QVector<CompletionCandidate> candidates;
    ByteOffset replaceBegin;
    ByteOffset replaceEnd;
    QString prefix;         // the typed text the candidates were ranked against
    bool truncated = false; // more matched than the result holds
};

} // namespace Weir
