#pragma once

#include <QtGlobal>

namespace Weir::Internal {

// The lexer's byte classes: table lookups instead of branches keep it at hundreds of MB/s.
// Constant data; any thread.

// What a byte can start (first table) and whether it continues a word (second table).
enum CharClass : quint8 {
    C_Error, // control characters, '#', '\'
    C_Space,
    C_Letter, // A-Z a-z _
    C_Dollar,
    C_Digit,
    C_High, // >= 0x80: a Unicode letter, or something Flink rejects
    C_Quote,
    C_Backtick,
    C_DoubleQuote,
    C_Minus,
    C_Slash,
    C_Dot,
    C_Punct,
    C_Op,
};

struct Tables
{
    quint8 cls[256];
    bool word[256]; // ASCII letters, digits and '_' ('$' and bytes >= 0x80 are checked apart)

    constexpr Tables() : cls(), word()
    {
        for (int c = 0; c < 256; ++c) {
            cls[c] = C_Error;
            word[c] = false;
        }
        for (int c : {' ', '\t', '\n', '\v', '\f', '\r'})
            cls[c] = C_Space;
        for (int c = 'A'; c <= 'Z'; ++c)
            cls[c] = cls[c + 32] = C_Letter, word[c] = word[c + 32] = true;
        cls[int('_')] = C_Letter, word[int('_')] = true;
        for (int c = '0'; c <= '9'; ++c)
            cls[c] = C_Digit, word[c] = true;
        for (int c = 0x80; c < 256; ++c)
            cls[c] = C_High;
        cls[int('$')] = C_Dollar;
        cls[int('\'')] = C_Quote;
        cls[int('`')] = C_Backtick;
        cls[int('"')] = C_DoubleQuote;
        cls[int('-')] = C_Minus;
        cls[int('/')] = C_Slash;
        cls[int('.')] = C_Dot;
        for (int c : {'(', ')', '[', ']', '{', '}', ',', ';'})
            cls[c] = C_Punct;
        for (int c : {'+', '*', '%', '=', '<', '>', '!', '|', '&', '^', '~', '?', ':', '@'})
            cls[c] = C_Op;
    }
};

inline constexpr Tables kTables;

inline quint8 byteAt(const char *data, qsizetype pos)
{
    return quint8(data[pos]);
}

// Classifies the UTF-8 character at `p` (its first byte is >= 0x80; `available` bytes remain).
// Returns its length in bytes (1 for an invalid or truncated sequence, which is `unexpected`).
// `unexpected`: Flink rejects it outside literals (full-width punctuation typed with a Chinese
// input method, typographic quotes, unusual spaces). `ignorable`: a byte order mark.
int nonAsciiCharAt(const char *p, qsizetype available, bool *unexpected, bool *ignorable);

} // namespace Weir::Internal
