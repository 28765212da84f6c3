#include "editorkeys.h"

#include <QKeyEvent>

namespace Weir::Internal {

EditorKeys::Command EditorKeys::commandFor(const QKeyEvent *event, bool barOpen)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    const Qt::KeyboardModifiers ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
    if (enter && mods == ctrl)
        return Command::RunStatement;
    if (enter && mods == ctrlShift)
        return Command::RunScript;
    if (key == Qt::Key_F && mods == ctrlShift)
        return Command::Format;
    if (key == Qt::Key_Slash && mods == ctrl)
        return Command::Comment;
    if (key == Qt::Key_G && mods == ctrl)
        return Command::GoToLine;
    if (event->matches(QKeySequence::Find))
        return Command::Find;
    if (event->matches(QKeySequence::Replace))
        return Command::Replace;
    if (event->matches(QKeySequence::FindNext))
        return Command::FindNext;
    if (event->matches(QKeySequence::FindPrevious))
        return Command::FindPrevious;
    if ((key == Qt::Key_Equal || key == Qt::Key_Plus) && (mods == ctrl || mods == ctrlShift))
        return Command::ZoomIn;
    if (key == Qt::Key_Minus && mods == ctrl)
        return Command::ZoomOut;
    if (key == Qt::Key_0 && mods == ctrl)
        return Command::ZoomReset;
    if (key == Qt::Key_Escape && mods == Qt::NoModifier && barOpen)
        return Command::CloseBars;
    return Command::None;
}

} // namespace Weir::Internal
