#pragma once

#include "sql/token.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Weir::Internal {

// The formatter's output buffer: writes tokens with a line break and indentation, one space or
// nothing before them, and never glues two tokens into something that lexes differently (`- -1`
// stays apart, `<` `=` does not become `<=`): a glued token is re-lexed and gets a space when
// the pair changed. Single use; any thread.
class FormatWriter
{
public:
    FormatWriter(int indentWidth, QByteArrayView newline, SqlDialect dialect);

    static constexpr int MaxIndent = 32; // levels

    // The next token starts a new line, `indent` levels deep.
    void lineBreak(int indent);
    // Extra spaces before the next token when it stays on the line (aligns '=' of options).
    void pad(int spaces) { m_pad = qMax(0, spaces); }
    // Writes one token; `space`: one space before it unless a line break is pending.
    void write(QByteArrayView text, bool space);

    // The indentation level of the line being written.
    int lineIndent() const { return m_lineIndent; }
    bool breakPending() const { return m_breakPending; }
    qsizetype size() const { return m_out.size(); }
    QByteArray take() { return std::move(m_out); }

private:
    bool gluedPairLexesApart(qsizetype secondStart) const;

    QByteArray m_out;
    int m_indentWidth = 2;
    QByteArray m_newline;
    SqlDialect m_dialect;
    bool m_breakPending = false;
    int m_pendingIndent = 0;
    int m_lineIndent = 0;
    int m_pad = 0;
    qsizetype m_lastStart = -1; // where the last token starts in m_out, -1 at a line start
};

} // namespace Weir::Internal
