#pragma once

#include "editortheme.h"

class QsciScintilla;

namespace Weir::Internal {

// The frame around SqlEditor's text: its margins (line numbers, diagnostics marks, folding,
// the current-statement bar right next to the text) and their colours, caret, selection,
// braces and call tips in a theme. Stateless; GUI thread.
class EditorChrome
{
public:
    enum Margin { NumberMargin, DiagnosticsMargin, FoldMargin, StatementMargin };

    static void setUpMargins(QsciScintilla *editor, int diagnosticsMarkerMask, int statementMarker);
    static void applyTheme(QsciScintilla *editor, const EditorTheme &theme, int statementMarker);
};

} // namespace Weir::Internal
