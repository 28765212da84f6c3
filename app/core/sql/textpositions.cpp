#include "sql/textpositions.h"

#include <algorithm>

namespace Weir {

namespace Internal {

int utf8Sequence(const unsigned char *p, const unsigned char *end, int *units)
{
    const unsigned char b = *p;
    int length = 1;
    if (b >= 0xC2 && b <= 0xDF)
        length = 2;
    else if (b >= 0xE0 && b <= 0xEF)
        length = 3;
    else if (b >= 0xF0 && b <= 0xF4)
        length = 4;
    if (length > 1) {
        if (end - p < length) {
            length = 1;
        } else {
            for (int i = 1; i < length; ++i) {
                if ((p[i] & 0xC0) != 0x80) {
                    length = 1;
                    break;
                }
            }
        }
    }
    *units = length == 4 ? 2 : 1;
    return length;
}

} // namespace Internal

using Internal::utf8Sequence;

TextPositions::TextPositions() : TextPositions(QByteArray()) {}

TextPositions::TextPositions(const QByteArray &utf8) : m_text(utf8)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(m_text.constData());
    const auto *end = begin + m_text.size();
    const auto *p = begin;
    qsizetype utf16 = 0;
    m_lineStarts.append(0);
    m_lineStartsUtf16.append(0);
    while (p < end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            if (b == '\n' || b == '\r') {
                m_lineEnds.append(p - begin);
                p += (b == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
                utf16 += (p - begin) - m_lineEnds.constLast();
                m_lineStarts.append(p - begin);
                m_lineStartsUtf16.append(utf16);
            } else {
                ++p;
                ++utf16;
            }
            continue;
        }
        int units = 1;
        p += utf8Sequence(p, end, &units);
        utf16 += units;
    }
    m_lineEnds.append(m_text.size());
    m_utf16Size = utf16;
}

TextPositions TextPositions::fromString(const QString &text)
{
    return TextPositions(text.toUtf8());
}

qsizetype TextPositions::utf16Length(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    qsizetype units = 0;
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            ++units;
            continue;
        }
        int u = 1;
        p += utf8Sequence(p, end, &u);
        units += u;
    }
    return units;
}

qsizetype TextPositions::clampByte(ByteOffset offset) const
{
    return std::clamp<qsizetype>(offset.value, 0, m_text.size());
}

qsizetype TextPositions::advanceUtf16(qsizetype from, qsizetype limit, qsizetype units) const
{
    const auto *begin = reinterpret_cast<const unsigned char *>(m_text.constData());
    const auto *p = begin + from;
    const auto *end = begin + limit;
    while (p < end && units > 0) {
        int u = 1;
        const int length = *p < 0x80 ? 1 : utf8Sequence(p, begin + m_text.size(), &u);
        if (u > units)
            break; // would land between the halves of a surrogate pair: round down
        p += length;
        units -= u;
    }
    return p - begin;
}

ByteOffset TextPositions::lineStart(int line) const
{
    return {m_lineStarts.at(std::clamp(line, 1, lineCount()) - 1)};
}

ByteOffset TextPositions::lineEnd(int line) const
{
    return {m_lineEnds.at(std::clamp(line, 1, lineCount()) - 1)};
}

int TextPositions::lineAt(ByteOffset offset) const
{
    const qsizetype byte = clampByte(offset);
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), byte);
    return int(it - m_lineStarts.cbegin()); // 1-based: the number of line starts <= byte
}

int TextPositions::lineIndexAtUtf16(qsizetype utf16) const
{
    const auto it = std::upper_bound(m_lineStartsUtf16.cbegin(), m_lineStartsUtf16.cend(), utf16);
    return int(it - m_lineStartsUtf16.cbegin()) - 1;
}

Utf16Offset TextPositions::utf16Offset(ByteOffset offset) const
{
    const int index = lineAt(offset) - 1;
    const qsizetype lineByte = m_lineStarts.at(index);
    const qsizetype byte = clampByte(offset);
    // Round down to a character start: advance whole characters while they fit.
    const auto *begin = reinterpret_cast<const unsigned char *>(m_text.constData());
    const auto *p = begin + lineByte;
    const auto *target = begin + byte;
    qsizetype units = 0;
    while (p < target) {
        int u = 1;
        const int length = *p < 0x80 ? 1 : utf8Sequence(p, begin + m_text.size(), &u);
        if (p + length > target)
            break;
        p += length;
        units += u;
    }
    return {m_lineStartsUtf16.at(index) + units};
}

ByteOffset TextPositions::byteOffset(Utf16Offset offset) const
{
    const qsizetype utf16 = std::clamp<qsizetype>(offset.value, 0, m_utf16Size);
    const int index = lineIndexAtUtf16(utf16);
    const qsizetype nextStart =
        index + 1 < lineCount() ? m_lineStarts.at(index + 1) : m_text.size();
    return {advanceUtf16(m_lineStarts.at(index), nextStart, utf16 - m_lineStartsUtf16.at(index))};
}

LineColumn TextPositions::lineColumn(ByteOffset offset) const
{
    const int line = lineAt(offset);
    const qsizetype units = utf16Offset(offset).value - m_lineStartsUtf16.at(line - 1);
    return {line, int(units) + 1};
}

LineColumn TextPositions::lineColumn(Utf16Offset offset) const
{
    const qsizetype utf16 = std::clamp<qsizetype>(offset.value, 0, m_utf16Size);
    const int index = lineIndexAtUtf16(utf16);
    // Round down inside a surrogate pair by going through bytes.
    const ByteOffset byte = byteOffset(Utf16Offset{utf16});
    return {index + 1, int(utf16Offset(byte).value - m_lineStartsUtf16.at(index)) + 1};
}

ByteOffset TextPositions::byteOffset(LineColumn position) const
{
    const int index = std::clamp(position.line, 1, lineCount()) - 1;
    const qsizetype units = std::max(position.column, 1) - 1;
    return {advanceUtf16(m_lineStarts.at(index), m_lineEnds.at(index), units)};
}

Utf16Offset TextPositions::utf16Offset(LineColumn position) const
{
    return utf16Offset(byteOffset(position));
}

LineColumn TextPositions::fromStatementRelative(LineColumn statementStart, LineColumn relative)
{
    if (relative.line <= 1)
        return {statementStart.line, statementStart.column + std::max(relative.column, 1) - 1};
    return {statementStart.line + relative.line - 1, relative.column};
}

LineColumn TextPositions::toStatementRelative(LineColumn statementStart, LineColumn absolute)
{
    if (absolute.line <= statementStart.line)
        return {1, std::max(absolute.column - statementStart.column + 1, 1)};
    return {absolute.line - statementStart.line + 1, absolute.column};
}

} // namespace Weir
