#include "sql/positioncursor.h"

#include "sql/textpositions.h"

namespace Weir::Internal {

void PositionCursor::advanceTo(ByteOffset offset)
{
    const qsizetype target = qMin(offset.value, m_text.size());
    const auto *begin = reinterpret_cast<const unsigned char *>(m_text.data());
    const auto *end = begin + m_text.size();
    const auto *p = begin + m_byte;
    const auto *stop = begin + target;
    while (p < stop) {
        const unsigned char b = *p;
        if (b >= 0x80) {
            int units = 1;
            const int length = utf8Sequence(p, end, &units);
            if (p + length > stop)
                break; // the target is inside this character: stay at its start
            p += length;
            m_utf16 += units;
            continue;
        }
        ++p;
        ++m_utf16;
        // A line break ends after "\n", after "\r\n", or after a lone "\r".
        if (b == '\n' || (b == '\r' && (p == end || *p != '\n'))) {
            ++m_line;
            m_lineStartUtf16 = m_utf16;
        }
    }
    m_byte = p - begin;
}

} // namespace Weir::Internal
