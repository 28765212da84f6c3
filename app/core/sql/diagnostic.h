#pragma once

#include "sql/textposition.h"

#include <QString>

namespace Weir {

// A problem in a script with its exact range in every unit and a message for the user (already
// translated). LocalDiagnostics makes these without Flink; errors that Flink reports can use the
// same type (code FlinkError) so that the editor renders both alike. Plain value; any thread.
struct Diagnostic
{
    enum class Severity : quint8 { Error, Warning };
    enum class Code : quint8 {
        UnterminatedString,
        UnterminatedBlockComment,
        UnterminatedHint,
        UnterminatedBacktick,
        UnterminatedDoubleQuote,
        UnexpectedCharacter,
        DoubleQuotedIdentifier,
        UnclosedParenthesis,
        UnexpectedClosingParenthesis,
        UnknownStatement,
        UnclosedStatementSet,
        UndefinedVariable,
        FlinkError, // reported by Flink for a statement it was sent
    };

    Code code = Code::FlinkError;
    Severity severity = Severity::Error;
    ByteOffset begin; // [begin, end) in UTF-8 bytes
    ByteOffset end;
    Utf16Offset utf16Begin;
    Utf16Offset utf16End;
    LineColumn start;  // of begin
    LineColumn finish; // of end
    QString message;
};

} // namespace Weir
