#include "sql/formatlayout.h"

namespace Weir::Internal {

namespace {

bool isWordKind(TokenKind kind)
{
    return kind == TokenKind::Identifier || kind == TokenKind::QuotedIdentifier ||
           kind == TokenKind::Keyword || kind == TokenKind::DataType;
}

// `<` after ROW, MAP, ARRAY or MULTISET opens type parameters: ROW<a INT, b STRING>.
bool opensAngle(const FormatTokens &v, int k)
{
    if (!v.isChar(k, '<') || k == 0 || v.token(k - 1).kind != TokenKind::DataType)
        return false;
    const Word type = v.word(k - 1);
    return type == Word::Row || type == Word::Map || type == Word::Array || type == Word::Multiset;
}

} // namespace

FormatLayout::FormatLayout(QByteArrayView script, const Formatter::Options &options,
                           QByteArrayView newline)
    : m_script(script), m_options(options),
      m_writer(qBound(0, options.indentWidth, 16), newline, options.dialect)
{}

QByteArray FormatLayout::layout(const Token *tokens, qsizetype count, StatementKind kind)
{
    const FormatTokens view(m_script, tokens, count);
    m_tokens = &view;
    m_statement.kind = kind;
    m_statement.ddlHead = kind == StatementKind::Create || kind == StatementKind::CreateFunction ||
                          kind == StatementKind::Insert || kind == StatementKind::Alter;
    m_frames = {Frame()};
    m_frames.first().query = kind == StatementKind::Query;

    const auto &items = view.items();
    int k = 0;
    for (int i = 0; i < items.size(); ++i) {
        if (FormatTokens::isComment(items.at(i)))
            m_pendingComments.append(i);
        else
            place(k++);
    }
    writeComments(Gap(), view.count()); // none: a statement ends with a token
    m_tokens = nullptr;
    return m_writer.take();
}

void FormatLayout::place(int k)
{
    const Gap g = decide(k);
    const bool comments = !m_pendingComments.isEmpty();
    m_commentLeads = false;
    writeComments(g, k);
    bool space = g.space;
    if (g.lineBreak) {
        // A comment that began the line leads the token: "/* note */ b".
        if (!m_commentLeads || m_mustBreak || m_tokens->closer(k))
            m_writer.lineBreak(g.indent);
        else
            space = true;
        m_logicalIndent = g.indent;
    } else if (m_mustBreak) {
        // A line comment ended the line the layout wanted to go on with.
        m_writer.lineBreak(m_tokens->isChar(k, ';') ? m_frames.last().base : m_logicalIndent + 1);
    } else if (comments) {
        space = !(m_tokens->closer(k) || m_tokens->isChar(k, ',') || m_tokens->isChar(k, ';'));
    }
    m_mustBreak = false;
    writeToken(k, space);
    after(k);
}

void FormatLayout::writeComments(const Gap &g, int k)
{
    if (m_pendingComments.isEmpty())
        return;
    const FormatTokens &v = *m_tokens;
    int indent = m_logicalIndent + 1;
    if (g.lineBreak)
        indent = g.commentIndent >= 0 ? g.commentIndent : g.indent;
    else if (v.isChar(k, ';'))
        indent = m_frames.last().base;
    bool space = !(k > 0 && k <= v.count() && v.opener(k - 1));
    m_commentLeads = false;
    for (int i : qAsConst(m_pendingComments)) {
        const FormatTokens::Item &c = v.items().at(i);
        if (c.lineBefore || m_mustBreak) {
            m_writer.lineBreak(indent);
            m_commentLeads = true;
        }
        m_writer.write(m_script.sliced(c.token.offset, c.token.length), space);
        space = true;
        m_mustBreak = c.lineAfter;
    }
    m_pendingComments.clear();
}

void FormatLayout::writeToken(int k, bool space)
{
    const FormatTokens &v = *m_tokens;
    const Token &t = v.token(k);
    const QByteArrayView text = m_script.sliced(t.offset, t.length);
    if ((t.kind == TokenKind::Keyword || t.kind == TokenKind::DataType) &&
        m_options.keywordCase != Formatter::KeywordCase::Keep &&
        FormatRules::changesCase(m_script, t, v.tokenOrNull(k - 1), v.tokenOrNull(k + 1))) {
        QByteArray cased = text.toByteArray();
        FormatRules::applyCase(cased.data(), cased.size(), m_options.keywordCase);
        m_writer.write(cased, space);
        return;
    }
    m_writer.write(text, space);
}

FormatLayout::Gap FormatLayout::decide(int k)
{
    const FormatTokens &v = *m_tokens;
    const Token &t = v.token(k);
    const Word w = v.word(k);
    Gap g;
    g.space = !m_glueNext;
    m_glueNext = m_pushing = m_statement.openSetBody = false;

    if (const char c = v.closer(k)) {
        g.space = false;
        if (m_frames.size() > 1 && m_frames.last().closer == c) {
            const Frame closed = m_frames.takeLast();
            if (closed.kind != Frame::Inline) {
                g.breakAt(closed.closeIndent);
                g.commentIndent = closed.base;
            }
        }
        return g;
    }
    Frame &f = m_frames.last();
    if (f.breakNext) {
        g.breakAt(f.breakIndent);
        f.breakNext = false;
    }
    if (f.kind == Frame::SetBody && f.innerStart) {
        f.innerStart = false;
        if (w == Word::End) { // EXECUTE STATEMENT SET BEGIN ... END
            const Frame body = m_frames.takeLast();
            g.breakAt(body.closeIndent);
            g.commentIndent = body.base;
            return g;
        }
    }
    if (v.isChar(k, ',') || v.isChar(k, ';') || v.isChar(k, '.')) {
        g.space = false;
        return g;
    }
    const bool queryLike = f.kind == Frame::Query || f.kind == Frame::SetBody;
    const bool word = t.kind == TokenKind::Keyword || t.kind == TokenKind::DataType;
    if (f.listHead && t.kind != TokenKind::Hint && w != Word::Distinct && w != Word::All) {
        f.listHead = false;
        if (f.listMulti) {
            g.breakAt(f.base + 1);
            f.listBreaks = true;
            f.listIndent = f.base + 1;
        }
    }
    if (queryLike && f.afterSetOp && w != Word::All && w != Word::Distinct) {
        f.afterSetOp = false;
        g.breakAt(f.base);
    }
    if (queryLike && word) {
        m_statement.outermost = m_frames.size() == 1;
        FormatClauses::queryWord(v, k, f, g, m_statement);
    } else if (f.kind == Frame::Recognize && word) {
        FormatClauses::recognizeWord(v, k, f, g);
    }

    if (v.opener(k)) {
        m_push = openerKind(k);
        m_pushing = true;
        decideOpenerSpace(k, m_push, g);
        if (f.pattern && v.opener(k) == '{')
            g.space = false; // A{2,3}
    } else if (opensAngle(v, k) || (v.isChar(k, '>') && f.angle > 0)) {
        g.space = false;
    } else if (f.pattern && (v.isChar(k, '+') || v.isChar(k, '*') || v.isChar(k, '?'))) {
        g.space = false; // PATTERN (A B+ C*?)
    }

    // ${var} glued to a neighbour builds one name (ods_${day}); X'00' is a literal.
    const Token *prev = v.tokenOrNull(k - 1);
    const bool adjacent = v.at(k).adjacent;
    if (prev && (t.kind == TokenKind::Variable || prev->kind == TokenKind::Variable))
        g.space = !adjacent;
    else if (prev && adjacent && t.kind == TokenKind::String && isWordKind(prev->kind))
        g.space = false;
    return g;
}

FormatLayout::Frame::Kind FormatLayout::openerKind(int k) const
{
    const FormatTokens &v = *m_tokens;
    if (v.opener(k) != '(' || v.match(k) == k + 1)
        return Frame::Inline;
    if (v.word(k - 1) == Word::MatchRecognize)
        return Frame::Recognize;
    const Word next = v.word(k + 1);
    if (next == Word::Select || next == Word::Values ||
        (next == Word::With && !v.isChar(k + 2, '(')))
        return Frame::Query;
    if (m_frames.size() == 1 && m_statement.kind == StatementKind::Create && m_sawTable &&
        !m_columnsDone)
        return Frame::Block;
    const Word before = v.word(k - 1);
    if ((before == Word::With || before == Word::Set) && k + 1 < v.count() &&
        v.token(k + 1).kind == TokenKind::String)
        return Frame::Options;
    return Frame::Inline;
}

void FormatLayout::decideOpenerSpace(int k, Frame::Kind kind, Gap &g) const
{
    const FormatTokens &v = *m_tokens;
    if (!g.space || k == 0 || kind == Frame::Block || kind == Frame::Options ||
        kind == Frame::Recognize)
        return;
    const Token &prev = v.token(k - 1);
    const bool head =
        m_statement.ddlHead && m_frames.size() == 1; // INSERT INTO t (a, b), not calls
    switch (v.opener(k)) {
    case '(':
        if (prev.kind == TokenKind::Identifier || prev.kind == TokenKind::QuotedIdentifier ||
            prev.kind == TokenKind::Variable)
            g.space = head;
        else if (prev.kind == TokenKind::Keyword || prev.kind == TokenKind::DataType)
            g.space = head || FormatRules::spaceBeforeParen(v.word(k - 1));
        return;
    case '[':
        g.space = !(isWordKind(prev.kind) || prev.kind == TokenKind::Variable || v.closer(k - 1));
        return;
    default:
        return;
    }
}

void FormatLayout::after(int k)
{
    const FormatTokens &v = *m_tokens;
    const Token &t = v.token(k);
    const Word w = v.word(k);
    Frame &f = m_frames.last();
    const bool wasFirst = f.first;
    f.first = false;
    if (f.kind == Frame::Options && f.entryStart && t.kind == TokenKind::String &&
        v.isChar(k + 1, '=') && f.keyWidth > 0)
        m_writer.pad(f.keyWidth - v.width(k)); // align the '=' of the options
    f.entryStart = false;

    if (m_frames.size() == 1 && m_statement.kind == StatementKind::Create) {
        if (w == Word::Table)
            m_sawTable = true;
        else if (w == Word::As || w == Word::Like || w == Word::With || v.opener(k))
            m_columnsDone = true;
    }

    if (v.isChar(k, ',')) {
        if ((f.kind == Frame::Block || f.kind == Frame::Options) && f.angle == 0) {
            f.breakNext = f.entryStart = true;
            f.breakIndent = f.base;
        } else if (f.listBreaks && f.angle == 0) {
            f.breakNext = true;
            f.breakIndent = f.listIndent;
        }
    } else if (v.isChar(k, ';')) {
        if (f.kind == Frame::SetBody) { // the next inner statement starts afresh
            Frame body;
            body.kind = Frame::SetBody;
            body.base = f.base;
            body.closeIndent = f.closeIndent;
            body.innerStart = body.breakNext = true;
            body.breakIndent = body.base;
            f = body;
        }
    } else if (v.isChar(k, '.') || v.isChar(k, '~')) {
        m_glueNext = true;
    } else if (opensAngle(v, k)) {
        ++f.angle;
        m_glueNext = true;
    } else if (v.isChar(k, '>') && f.angle > 0) {
        --f.angle;
    } else if ((v.isChar(k, '-') || v.isChar(k, '+')) && !f.pattern &&
               FormatRules::signFollows(m_script, v.tokenOrNull(k - 1), v.word(k - 1))) {
        m_glueNext = true;
    }

    if (m_pushing) {
        Frame inner;
        inner.kind = m_push;
        inner.closer = FormatRules::closerOf(v.opener(k));
        inner.closeIndent = m_writer.lineIndent();
        inner.base = inner.closeIndent + 1;
        inner.query = m_push == Frame::Query;
        inner.pattern =
            m_push == Frame::Inline &&
            (f.pattern || (f.kind == Frame::Recognize && v.word(k - 1) == Word::Pattern));
        if (m_push == Frame::Query && wasFirst)
            f.query = true; // (SELECT ...) UNION (SELECT ...)
        if (m_push == Frame::Inline) {
            m_glueNext = true;
        } else {
            inner.breakNext = true;
            inner.breakIndent = inner.base;
        }
        if (m_push == Frame::Options) {
            inner.entryStart = true;
            inner.keyWidth = v.optionKeyWidth(k);
        }
        m_frames.append(inner); // invalidates f
    } else if (m_statement.openSetBody) {
        Frame body;
        body.kind = Frame::SetBody;
        body.closeIndent = m_writer.lineIndent();
        body.base = body.closeIndent + 1;
        body.innerStart = body.breakNext = true;
        body.breakIndent = body.base;
        m_frames.append(body);
    }
}

} // namespace Weir::Internal
