#include "sql/charclass.h"

namespace Weir::Internal {

int nonAsciiCharAt(const char *data, qsizetype available, bool *unexpected, bool *ignorable)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    *unexpected = false;
    *ignorable = false;
    int length = 0;
    char32_t cp = 0;
    if (p[0] >= 0xC2 && p[0] <= 0xDF) {
        length = 2;
        cp = p[0] & 0x1F;
    } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
        length = 3;
        cp = p[0] & 0x0F;
    } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
        length = 4;
        cp = p[0] & 0x07;
    }
    if (length == 0 || available < length) {
        *unexpected = true; // not UTF-8
        return 1;
    }
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80) {
            *unexpected = true;
            return 1;
        }
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp == 0xFEFF) {
        *ignorable = true; // a byte order mark
    } else if (cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 ||
               (cp >= 0x2018 && cp <= 0x201F)    // typographic quotes
               || (cp >= 0x3000 && cp <= 0x303F) // ideographic space, CJK punctuation
               || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
               (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65)) {
        // Full-width punctuation typed with a Chinese input method: Flink rejects it.
        *unexpected = true;
    }
    return length;
}

} // namespace Weir::Internal
