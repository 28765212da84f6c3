#pragma once

#include "sql/formatter.h"
#include "sql/textposition.h"

#include <QString>

class QsciScintilla;

namespace Weir::Internal {

// The editing commands of SqlEditor that work directly on the Scintilla buffer: comment
// toggling, auto-indentation, formatting, going to a line and replacing all matches. Each command
// is one undo step. Stateless; GUI thread.
class EditCommands
{
public:
    // Ctrl+/: comments out the lines of the selection (or the caret line) with "-- " at their
    // common indentation, or, when every non-blank one is a "--" comment already, removes that.
    static void toggleLineComments(QsciScintilla *editor);

    // After a character was typed: a new line takes the indentation of the one before, one
    // level deeper after an opening '('; a ')' typed first on its line goes back to the
    // indentation of the line of its '('.
    static void autoIndent(QsciScintilla *editor, int character, int operatorStyle);

    // Formats the statements the selection touches (Formatter::formatRange), or the whole
    // script without a selection. False when nothing changed.
    static bool format(QsciScintilla *editor, const Formatter::Options &options);

    // Moves the caret to a 1-based line and column (UTF-16 units, clamped) and shows it.
    static void goToLine(QsciScintilla *editor, LineColumn position);

    struct Search
    {
        QString text;
        bool regularExpression = false;
        bool caseSensitive = false;
        bool wholeWord = false;
        int flags() const;
    };
    // Replaces every match in the document; returns how many. `replacement` may refer to groups
    // (\1 or $1) when searching with a regular expression.
    static int replaceAll(QsciScintilla *editor, const Search &search, const QString &replacement);
};

} // namespace Weir::Internal
