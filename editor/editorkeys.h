#pragma once

class QKeyEvent;

namespace Weir::Internal {

// The keys SqlEditor handles itself, ahead of QScintilla's key map and of window shortcuts:
// run (Ctrl+Enter, Ctrl+Shift+Enter), format (Ctrl+Shift+F), comment (Ctrl+/), go to line
// (Ctrl+G), find and replace (Ctrl+F, Ctrl+H, F3), zoom (Ctrl+=, Ctrl+-, Ctrl+0) and Escape
// for an open bar. Completion keys (Ctrl+Space) are left to the completion controller.
// Stateless; GUI thread.
class EditorKeys
{
public:
    enum class Command {
        None,
        RunStatement,
        RunScript,
        Format,
        Comment,
        GoToLine,
        Find,
        Replace,
        FindNext,
        FindPrevious,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        CloseBars
    };

    static Command commandFor(const QKeyEvent *event, bool barOpen);
};

} // namespace Weir::Internal
