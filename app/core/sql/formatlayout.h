#pragma once

#include "sql/formatclauses.h"
#include "sql/formatframe.h"
#include "sql/formatter.h"
#include "sql/formattokens.h"
#include "sql/formatwriter.h"
#include "sql/statementkind.h"

#include <QVector>

namespace Weir::Internal {

// Lays out one statement. Every decision (does this token start a line, how deep, a space
// before it or not) is a function of the significant tokens alone; comments keep their place
// among the tokens and whether they started or ended a line. That is what makes the formatter
// idempotent. Single use; any thread.
class FormatLayout
{
public:
    FormatLayout(QByteArrayView script, const Formatter::Options &options, QByteArrayView newline);

    // `tokens`: the statement from its first significant token to its ';' (or its last token),
    // white space and comments included.
    QByteArray layout(const Token *tokens, qsizetype count, StatementKind kind);

private:
    using Frame = FormatFrame;
    using Gap = FormatGap;

    void place(int k);
    Gap decide(int k);
    Frame::Kind openerKind(int k) const;
    void decideOpenerSpace(int k, Frame::Kind kind, Gap &g) const;
    void after(int k);
    void writeComments(const Gap &g, int k);
    void writeToken(int k, bool space);

    QByteArrayView m_script;
    Formatter::Options m_options;
    FormatWriter m_writer;
    const FormatTokens *m_tokens = nullptr;
    FormatClauses::Statement m_statement; // what the clause keywords learnt about it

    QVector<Frame> m_frames;
    QVector<int> m_pendingComments; // item indices, written before the next significant token
    int m_logicalIndent = 0;        // indent of the last line the layout (not a comment) began
    bool m_glueNext = false;        // after '.', '(', a sign or '<' of a type
    bool m_sawTable = false;        // CREATE ... TABLE seen: its first '(' holds the columns
    bool m_columnsDone = false;
    Frame::Kind m_push = Frame::Inline; // what the opener just placed pushes
    bool m_pushing = false;
    bool m_mustBreak = false;    // the last written item ends its line (a line comment)
    bool m_commentLeads = false; // the comments before the token began a line
};

} // namespace Weir::Internal
