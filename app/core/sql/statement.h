#pragma once

#include "sql/statementkind.h"
#include "sql/textposition.h"

#include <QByteArrayView>
#include <QString>

namespace Weir {

// One statement of a script, as StatementSplitter found it: exact ranges in every unit and its
// kind. Plain value; any thread.
//
// The range [begin, end) runs from the statement's first to its last significant token: leading
// and trailing white space and comments are not part of it (hints are), and neither is the ';'
// that ends it. That is exactly the text to send to Flink, and Flink's line/column in an error
// are relative to `start` (see TextPositions::fromStatementRelative). The extent
// [extentBegin, extentEnd) also covers the comments before it and its ';', so the extents of
// all statements tile the script up to trailing text that holds no statement; an editor uses it
// to find the statement under the caret.
struct Statement
{
    StatementKind kind = StatementKind::Other;
    // Starts like a statement Flink or Weir knows. True for every kind but Other, and for the
    // Other statements Flink or the reference product accept (UPDATE, DELETE, TRUNCATE, CALL,
    // ANALYZE, STOP JOB, COMPILE PLAN, EXECUTE PLAN/JAR, ADD CUSTOMJAR, PRINT, name := value).
    bool recognized = false;
    // EXECUTE STATEMENT SET BEGIN ... without its END: the statement runs to the end of the script.
    bool unclosedBlock = false;

    ByteOffset begin;
    ByteOffset end;
    Utf16Offset utf16Begin;
    Utf16Offset utf16End;
    LineColumn start;  // of begin
    LineColumn finish; // of end (one past the last character)

    ByteOffset extentBegin;
    ByteOffset extentEnd;
    qsizetype terminator = -1; // byte offset of the ';', or -1 when the script ends first

    QByteArrayView bytes(QByteArrayView script) const
    {
        return script.sliced(begin.value, end.value - begin.value);
    }
    // `script` must be the QString the statement's UTF-16 offsets refer to.
    QString text(const QString &script) const
    {
        return script.mid(utf16Begin.value, utf16End.value - utf16Begin.value);
    }
    QString text(QByteArrayView script) const { return QString::fromUtf8(bytes(script)); }
};

} // namespace Weir
