#include "sql/formatwriter.h"

#include "sql/lexer.h"

namespace Weir::Internal {

FormatWriter::FormatWriter(int indentWidth, QByteArrayView newline, SqlDialect dialect)
    : m_indentWidth(indentWidth), m_newline(newline.toByteArray()), m_dialect(dialect)
{}

void FormatWriter::lineBreak(int indent)
{
    m_breakPending = true;
    // Deeper nesting stays at the deepest indent: output grows linearly with the input.
    m_pendingIndent = qBound(0, indent, MaxIndent);
}

void FormatWriter::write(QByteArrayView text, bool space)
{
    if (m_breakPending) {
        m_out.append(m_newline);
        m_out.append(qsizetype(m_pendingIndent) * m_indentWidth, ' ');
        m_lineIndent = m_pendingIndent;
        m_breakPending = false;
        m_lastStart = -1;
        m_pad = 0;
    }
    if (m_lastStart >= 0 && (space || m_pad > 0)) {
        m_out.append(1 + m_pad, ' ');
        m_pad = 0;
        m_lastStart = -1; // white space separates any two tokens
    }
    const qsizetype start = m_out.size();
    m_out.append(text);
    if (m_lastStart >= 0 && !gluedPairLexesApart(start)) {
        m_out.insert(start, ' ');
        m_lastStart = start + 1;
        return;
    }
    m_lastStart = start;
}

bool FormatWriter::gluedPairLexesApart(qsizetype secondStart) const
{
    // Tokens do not look behind their start, so lexing from the first one's start tells
    // whether the two still come out as the same two tokens.
    Lexer lexer(QByteArrayView(m_out), m_lastStart, LexState::Normal, m_dialect);
    Token first;
    Token second;
    if (!lexer.next(&first) || first.offset + first.length != secondStart)
        return false;
    if (!lexer.next(&second) || second.offset + second.length != m_out.size())
        return false;
    return true;
}

} // namespace Weir::Internal
