#include "editcommands.h"

#include "sql/textpositions.h"

#include <Qsci/qsciscintilla.h>
#include <climits>

namespace Weir::Internal {

using Sci = QsciScintillaBase;

namespace {

const char kCommentMarker[] = "--";

long send(QsciScintilla *e, unsigned int message, unsigned long w = 0, long l = 0)
{
    return e->SendScintilla(message, w, l);
}

// Styles are what tells a '(' in code from one in a string or comment; typing outruns painting.
void ensureStyledTo(QsciScintilla *e, long position)
{
    const long styled = send(e, Sci::SCI_GETENDSTYLED);
    if (styled < position)
        send(e, Sci::SCI_COLOURISE, styled, position);
}

QByteArray lineBytes(QsciScintilla *e, int line)
{
    const long begin = send(e, Sci::SCI_POSITIONFROMLINE, line);
    const long end = send(e, Sci::SCI_GETLINEENDPOSITION, line);
    const auto *p =
        reinterpret_cast<const char *>(send(e, Sci::SCI_GETRANGEPOINTER, begin, end - begin));
    return QByteArray(p, end - begin);
}

} // namespace

void EditCommands::toggleLineComments(QsciScintilla *e)
{
    const long anchor = send(e, Sci::SCI_GETANCHOR);
    const long caret = send(e, Sci::SCI_GETCURRENTPOS);
    const int first = int(send(e, Sci::SCI_LINEFROMPOSITION, qMin(anchor, caret)));
    int last = int(send(e, Sci::SCI_LINEFROMPOSITION, qMax(anchor, caret)));
    // A selection that ends at the start of a line does not take that line along.
    if (last > first && send(e, Sci::SCI_POSITIONFROMLINE, last) == qMax(anchor, caret))
        --last;

    bool allCommented = true;
    bool anyText = false;
    int indent = INT_MAX;
    for (int line = first; line <= last; ++line) {
        const QByteArray text = lineBytes(e, line).trimmed();
        if (text.isEmpty())
            continue;
        anyText = true;
        allCommented = allCommented && text.startsWith(kCommentMarker);
        indent = qMin(indent, int(send(e, Sci::SCI_GETLINEINDENTATION, line)));
    }
    if (!anyText) {
        // Only blank lines: start a comment where the caret is.
        e->SendScintilla(Sci::SCI_ADDTEXT, 3UL, "-- ");
        return;
    }
    // Scintilla collapses the selection when text is inserted before it: keep it by hand, as
    // (line, column) moved by what each line gained or lost left of it.
    struct Edit
    {
        long column = 0;
        long delta = 0;
    };
    QVector<Edit> edits(last - first + 1);
    const int anchorLine = int(send(e, Sci::SCI_LINEFROMPOSITION, anchor));
    const long anchorColumn = anchor - send(e, Sci::SCI_POSITIONFROMLINE, anchorLine);
    const int caretLine = int(send(e, Sci::SCI_LINEFROMPOSITION, caret));
    const long caretColumn = caret - send(e, Sci::SCI_POSITIONFROMLINE, caretLine);
    e->beginUndoAction();
    for (int line = first; line <= last; ++line) {
        if (lineBytes(e, line).trimmed().isEmpty())
            continue;
        const long start = send(e, Sci::SCI_POSITIONFROMLINE, line);
        if (allCommented) {
            const long at = send(e, Sci::SCI_GETLINEINDENTPOSITION, line);
            const long length = send(e, Sci::SCI_GETCHARAT, at + 2) == ' ' ? 3 : 2;
            send(e, Sci::SCI_DELETERANGE, at, length);
            edits[line - first] = {at - start, -length};
        } else {
            const long at = send(e, Sci::SCI_FINDCOLUMN, line, indent);
            e->SendScintilla(Sci::SCI_INSERTTEXT, at, "-- ");
            edits[line - first] = {at - start, 3};
        }
    }
    e->endUndoAction();
    auto moved = [&](int line, long column) {
        const Edit edit = line >= first && line <= last ? edits[line - first] : Edit();
        if (column >= edit.column + (edit.delta < 0 ? -edit.delta : 0))
            column += edit.delta;
        else if (column > edit.column)
            column = edit.column;
        return send(e, Sci::SCI_POSITIONFROMLINE, line) + column;
    };
    send(e, Sci::SCI_SETSEL, moved(anchorLine, anchorColumn), moved(caretLine, caretColumn));
}

void EditCommands::autoIndent(QsciScintilla *e, int character, int operatorStyle)
{
    const long caret = send(e, Sci::SCI_GETCURRENTPOS);
    const int line = int(send(e, Sci::SCI_LINEFROMPOSITION, caret));
    if ((character == '\n' || character == '\r') && line > 0) {
        // Typing \r\n reports '\r' then '\n'; indent once, on the line that now holds the caret.
        const int previous = line - 1;
        ensureStyledTo(e, send(e, Sci::SCI_GETLINEENDPOSITION, previous));
        int indent = int(send(e, Sci::SCI_GETLINEINDENTATION, previous));
        long p = send(e, Sci::SCI_GETLINEENDPOSITION, previous) - 1;
        const long previousStart = send(e, Sci::SCI_POSITIONFROMLINE, previous);
        while (p >= previousStart &&
               (send(e, Sci::SCI_GETCHARAT, p) == ' ' || send(e, Sci::SCI_GETCHARAT, p) == '\t'))
            --p;
        if (p >= previousStart && send(e, Sci::SCI_GETCHARAT, p) == '(' &&
            (send(e, Sci::SCI_GETSTYLEAT, p) & 0x1f) == operatorStyle)
            indent += int(send(e, Sci::SCI_GETINDENT) > 0 ? send(e, Sci::SCI_GETINDENT)
                                                          : send(e, Sci::SCI_GETTABWIDTH));
        send(e, Sci::SCI_SETLINEINDENTATION, line, indent);
        send(e, Sci::SCI_GOTOPOS, send(e, Sci::SCI_GETLINEINDENTPOSITION, line));
        return;
    }
    if (character == ')') {
        const long lineStart = send(e, Sci::SCI_POSITIONFROMLINE, line);
        const long paren = caret - 1;
        if (send(e, Sci::SCI_GETLINEINDENTPOSITION, line) != paren || paren < lineStart)
            return; // not the first thing on its line
        ensureStyledTo(e, caret);
        const long open = send(e, Sci::SCI_BRACEMATCH, paren, 0L);
        if (open < 0)
            return;
        const int openLine = int(send(e, Sci::SCI_LINEFROMPOSITION, open));
        send(e, Sci::SCI_SETLINEINDENTATION, line, send(e, Sci::SCI_GETLINEINDENTATION, openLine));
        send(e, Sci::SCI_GOTOPOS, send(e, Sci::SCI_GETLINEINDENTPOSITION, line) + 1);
    }
}

bool EditCommands::format(QsciScintilla *e, const Formatter::Options &options)
{
    const long length = send(e, Sci::SCI_GETLENGTH);
    const auto *data = reinterpret_cast<const char *>(send(e, Sci::SCI_GETCHARACTERPOINTER));
    const QByteArrayView script(data, length);
    const long selectionStart = send(e, Sci::SCI_GETSELECTIONSTART);
    const long selectionEnd = send(e, Sci::SCI_GETSELECTIONEND);
    long begin = 0;
    long end = length;
    QByteArray text;
    if (selectionEnd > selectionStart) {
        const Formatter::Replacement r = Formatter::formatRange(script, ByteOffset{selectionStart},
                                                                ByteOffset{selectionEnd}, options);
        begin = long(r.begin.value);
        end = long(r.end.value);
        text = r.text;
    } else {
        text = Formatter::format(script, options);
    }
    if (script.sliced(begin, end - begin) == QByteArrayView(text))
        return false;
    // Keep the view where it was: the same first visible line, the caret on its line.
    const long firstVisible = send(e, Sci::SCI_GETFIRSTVISIBLELINE);
    const long caretLine = send(e, Sci::SCI_LINEFROMPOSITION, send(e, Sci::SCI_GETCURRENTPOS));
    e->beginUndoAction();
    send(e, Sci::SCI_SETTARGETSTART, begin);
    send(e, Sci::SCI_SETTARGETEND, end);
    e->SendScintilla(Sci::SCI_REPLACETARGET, text.size(), text.constData());
    e->endUndoAction();
    if (selectionEnd > selectionStart) {
        send(e, Sci::SCI_SETSEL, begin, begin + text.size());
    } else {
        send(e, Sci::SCI_GOTOLINE, caretLine);
        send(e, Sci::SCI_SETFIRSTVISIBLELINE, firstVisible);
    }
    return true;
}

void EditCommands::goToLine(QsciScintilla *e, LineColumn position)
{
    const int lines = int(send(e, Sci::SCI_GETLINECOUNT));
    const int line = qBound(1, position.line, lines) - 1;
    const long start = send(e, Sci::SCI_POSITIONFROMLINE, line);
    // Columns count UTF-16 units: convert within the line through the one conversion module.
    const TextPositions positions(lineBytes(e, line));
    const long at = start + positions.byteOffset(LineColumn{1, qMax(1, position.column)}).value;
    send(e, Sci::SCI_ENSUREVISIBLEENFORCEPOLICY, line);
    send(e, Sci::SCI_GOTOPOS, at);
    send(e, Sci::SCI_VERTICALCENTRECARET);
}

int EditCommands::Search::flags() const
{
    return (caseSensitive ? Sci::SCFIND_MATCHCASE : 0) | (wholeWord ? Sci::SCFIND_WHOLEWORD : 0) |
           (regularExpression ? Sci::SCFIND_REGEXP | Sci::SCFIND_CXX11REGEX : 0);
}

int EditCommands::replaceAll(QsciScintilla *e, const Search &search, const QString &replacement)
{
    if (search.text.isEmpty())
        return 0;
    const QByteArray what = search.text.toUtf8();
    const QByteArray with = replacement.toUtf8();
    send(e, Sci::SCI_SETSEARCHFLAGS, search.flags());
    long from = 0;
    long to = send(e, Sci::SCI_GETLENGTH);
    int count = 0;
    e->beginUndoAction();
    for (;;) {
        send(e, Sci::SCI_SETTARGETSTART, from);
        send(e, Sci::SCI_SETTARGETEND, to);
        if (e->SendScintilla(Sci::SCI_SEARCHINTARGET, what.size(), what.constData()) < 0)
            break;
        const long matchStart = send(e, Sci::SCI_GETTARGETSTART);
        const long matchEnd = send(e, Sci::SCI_GETTARGETEND);
        const long replaced = e->SendScintilla(search.regularExpression ? Sci::SCI_REPLACETARGETRE
                                                                        : Sci::SCI_REPLACETARGET,
                                               with.size(), with.constData());
        ++count;
        to += replaced - (matchEnd - matchStart);
        from = matchStart + replaced;
        if (matchEnd == matchStart) {
            // An empty match (^, a*): step over one character or it matches here forever.
            if (from >= to)
                break;
            from = send(e, Sci::SCI_POSITIONAFTER, from);
        }
    }
    e->endUndoAction();
    return count;
}

} // namespace Weir::Internal
