#pragma once

#include <QtGlobal>

namespace Weir {

// Typed text positions (STYLE.md, habit 6): Scintilla speaks UTF-8 bytes, QString speaks UTF-16
// code units, people and Flink speak line/column. Distinct types so that units cannot be mixed
// by accident; TextPositions converts between them. Plain values; any thread.

// An offset in UTF-8 bytes from the start of a text (what Scintilla calls a position).
struct ByteOffset
{
    qsizetype value = 0;

    friend constexpr bool operator==(ByteOffset a, ByteOffset b) { return a.value == b.value; }
    friend constexpr bool operator!=(ByteOffset a, ByteOffset b) { return a.value != b.value; }
    friend constexpr bool operator<(ByteOffset a, ByteOffset b) { return a.value < b.value; }
    friend constexpr bool operator<=(ByteOffset a, ByteOffset b) { return a.value <= b.value; }
    friend constexpr bool operator>(ByteOffset a, ByteOffset b) { return a.value > b.value; }
    friend constexpr bool operator>=(ByteOffset a, ByteOffset b) { return a.value >= b.value; }
};

// An offset in UTF-16 code units from the start of a text (a QString index).
struct Utf16Offset
{
    qsizetype value = 0;

    friend constexpr bool operator==(Utf16Offset a, Utf16Offset b) { return a.value == b.value; }
    friend constexpr bool operator!=(Utf16Offset a, Utf16Offset b) { return a.value != b.value; }
    friend constexpr bool operator<(Utf16Offset a, Utf16Offset b) { return a.value < b.value; }
    friend constexpr bool operator<=(Utf16Offset a, Utf16Offset b) { return a.value <= b.value; }
};

// A 1-based line and a 1-based column. The column counts UTF-16 code units from the line start,
// as Flink does when it reports errors (its parser reads Java strings and counts a tab as one
// column); a character outside the BMP (an emoji) therefore takes two columns. Lines end at
// "\n", "\r\n" or a lone "\r", as in Scintilla and in Flink's parser.
struct LineColumn
{
    int line = 1;
    int column = 1;

    friend constexpr bool operator==(LineColumn a, LineColumn b)
    {
        return a.line == b.line && a.column == b.column;
    }
    friend constexpr bool operator!=(LineColumn a, LineColumn b) { return !(a == b); }
    friend constexpr bool operator<(LineColumn a, LineColumn b)
    {
        return a.line < b.line || (a.line == b.line && a.column < b.column);
    }
};

} // namespace Weir
