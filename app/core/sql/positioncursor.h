#pragma once

#include "sql/textposition.h"

#include <QByteArrayView>

namespace Weir::Internal {

// Converts increasing byte offsets of one UTF-8 text to UTF-16 offsets and line/column in a
// single forward pass, so that splitting a large script scans its bytes once instead of
// building a line index. Counts exactly as TextPositions does. Value type over a view; any thread.
class PositionCursor
{
public:
    explicit PositionCursor(QByteArrayView text) : m_text(text) {}

    // Moves to `offset` (never backwards: a smaller offset is ignored) and reports there.
    void advanceTo(ByteOffset offset);
    Utf16Offset utf16() const { return {m_utf16}; }
    LineColumn lineColumn() const { return {m_line, int(m_utf16 - m_lineStartUtf16) + 1}; }

private:
    QByteArrayView m_text;
    qsizetype m_byte = 0;
    qsizetype m_utf16 = 0;
    qsizetype m_lineStartUtf16 = 0;
    int m_line = 1;
};

} // namespace Weir::Internal
