#pragma once

#include "sql/textposition.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Weir {

namespace Internal {
// Length of the UTF-8 sequence at p (1 for an invalid byte) and its UTF-16 units in *units.
// Shared by the position conversions so that they all count alike. Requires p < end.
int utf8Sequence(const unsigned char *p, const unsigned char *end, int *units);
} // namespace Internal

// The one conversion module between UTF-8 byte offsets (Scintilla), UTF-16 offsets (QString)
// and 1-based line/column (people and Flink; columns in UTF-16 code units, see LineColumn).
// Indexes the line starts of one text once; each conversion is then a binary search plus a
// scan of at most one line. Value type (owns an implicitly shared copy of the text); any thread.
//
// Offsets are clamped into the text. An offset inside a multi-byte character, or between the
// two halves of a surrogate pair, rounds down to the start of that character. A column past the
// end of its line clamps to the end of the line (before its line break). Invalid UTF-8 bytes
// count as one UTF-16 unit each, as if each were replaced by U+FFFD.
class TextPositions
{
public:
    TextPositions();
    explicit TextPositions(const QByteArray &utf8);
    static TextPositions fromString(const QString &text);

    const QByteArray &text() const { return m_text; }
    int lineCount() const { return int(m_lineStarts.size()); }
    ByteOffset byteSize() const { return {m_text.size()}; }
    Utf16Offset utf16Size() const { return {m_utf16Size}; }

    // Lines are 1-based; out-of-range lines clamp to the first or last line.
    ByteOffset lineStart(int line) const;
    ByteOffset lineEnd(int line) const; // before the line break
    int lineAt(ByteOffset offset) const;

    LineColumn lineColumn(ByteOffset offset) const;
    LineColumn lineColumn(Utf16Offset offset) const;
    ByteOffset byteOffset(LineColumn position) const;
    ByteOffset byteOffset(Utf16Offset offset) const;
    Utf16Offset utf16Offset(ByteOffset offset) const;
    Utf16Offset utf16Offset(LineColumn position) const;

    // Flink reports line/column relative to the statement it was sent. Given where that
    // statement starts in the script, returns the position in the script (and back).
    static LineColumn fromStatementRelative(LineColumn statementStart, LineColumn relative);
    static LineColumn toStatementRelative(LineColumn statementStart, LineColumn absolute);

    // UTF-16 code units in a run of UTF-8 bytes (see the class comment for invalid bytes).
    static qsizetype utf16Length(const char *data, qsizetype size);

private:
    qsizetype clampByte(ByteOffset offset) const;
    // The byte offset reached after `units` UTF-16 units from `from`, not beyond `limit`.
    qsizetype advanceUtf16(qsizetype from, qsizetype limit, qsizetype units) const;
    int lineIndexAtUtf16(qsizetype utf16) const;

    QByteArray m_text;
    QVector<qsizetype> m_lineStarts;      // byte offset of each line start
    QVector<qsizetype> m_lineStartsUtf16; // UTF-16 offset of each line start
    QVector<qsizetype> m_lineEnds;        // byte offset of each line's end (before its break)
    qsizetype m_utf16Size = 0;
};

} // namespace Weir
