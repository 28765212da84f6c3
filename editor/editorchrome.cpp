#include "editorchrome.h"

#include <Qsci/qsciscintilla.h>

namespace Weir::Internal {

using Sci = QsciScintillaBase;

void EditorChrome::setUpMargins(QsciScintilla *e, int diagnosticsMarkerMask, int statementMarker)
{
    e->setMarginType(NumberMargin, QsciScintilla::NumberMargin);
    e->setMarginLineNumbers(NumberMargin, true);
    e->setMarginType(DiagnosticsMargin, QsciScintilla::SymbolMargin);
    e->setMarginMarkerMask(DiagnosticsMargin, diagnosticsMarkerMask);
    e->setMarginWidth(DiagnosticsMargin, 16);
    e->setMarginType(FoldMargin, QsciScintilla::SymbolMargin);
    e->setMarginMarkerMask(FoldMargin, Sci::SC_MASK_FOLDERS);
    e->setMarginWidth(FoldMargin, 14);
    e->setMarginSensitivity(FoldMargin, true);
    e->setMarginType(StatementMargin, QsciScintilla::SymbolMargin);
    e->setMarginMarkerMask(StatementMargin, 1 << statementMarker);
    e->setMarginWidth(StatementMargin, 3);
    e->SendScintilla(Sci::SCI_SETMARGINLEFT, 0UL, 6L); // a little air between the mark and the text
    // Chevrons, as most editors show them; Scintilla folds and unfolds on its own.
    const int symbols[][2] = {{Sci::SC_MARKNUM_FOLDEROPEN, Sci::SC_MARK_ARROWDOWN},
                              {Sci::SC_MARKNUM_FOLDER, Sci::SC_MARK_ARROW},
                              {Sci::SC_MARKNUM_FOLDEREND, Sci::SC_MARK_ARROW},
                              {Sci::SC_MARKNUM_FOLDEROPENMID, Sci::SC_MARK_ARROWDOWN},
                              {Sci::SC_MARKNUM_FOLDERMIDTAIL, Sci::SC_MARK_EMPTY},
                              {Sci::SC_MARKNUM_FOLDERSUB, Sci::SC_MARK_EMPTY},
                              {Sci::SC_MARKNUM_FOLDERTAIL, Sci::SC_MARK_EMPTY}};
    for (const auto &s : symbols)
        e->SendScintilla(Sci::SCI_MARKERDEFINE, s[0], s[1]);
    e->SendScintilla(Sci::SCI_SETAUTOMATICFOLD, Sci::SC_AUTOMATICFOLD_SHOW |
                                                    Sci::SC_AUTOMATICFOLD_CLICK |
                                                    Sci::SC_AUTOMATICFOLD_CHANGE);
    e->SendScintilla(Sci::SCI_SETFOLDFLAGS, Sci::SC_FOLDFLAG_LINEAFTER_CONTRACTED);
}

void EditorChrome::applyTheme(QsciScintilla *e, const EditorTheme &t, int statementMarker)
{
    e->setCaretForegroundColor(t.caret);
    e->setCaretLineBackgroundColor(t.caretLine);
    e->setSelectionBackgroundColor(t.selection);
    e->resetSelectionForegroundColor(); // selected text keeps its colours
    e->setMarginsBackgroundColor(t.marginPaper);
    e->setMarginsForegroundColor(t.marginInk);
    e->setFoldMarginColors(t.marginPaper, t.marginPaper);
    for (int marker = int(Sci::SC_MARKNUM_FOLDEREND); marker <= int(Sci::SC_MARKNUM_FOLDEROPEN);
         ++marker) {
        e->SendScintilla(Sci::SCI_MARKERSETFORE, marker, t.foldMarkerPaper);
        e->SendScintilla(Sci::SCI_MARKERSETBACK, marker, t.foldMarkerPaper);
    }
    e->setMarkerBackgroundColor(t.statementBar, statementMarker);
    e->setMatchedBraceBackgroundColor(t.braceMatch);
    e->setMatchedBraceForegroundColor(t.braceMatchInk);
    e->setUnmatchedBraceBackgroundColor(t.paper);
    e->setUnmatchedBraceForegroundColor(t.braceBad);
    e->setCallTipsBackgroundColor(t.dark ? t.caretLine : t.marginPaper);
    e->setCallTipsForegroundColor(t.ink);
    e->setCallTipsHighlightColor(t.style(SqlStyle::Keyword).ink);
    e->SendScintilla(Sci::SCI_STYLESETFORE, Sci::STYLE_INDENTGUIDE, t.marginInk);
    e->SendScintilla(Sci::SCI_STYLESETBACK, Sci::STYLE_INDENTGUIDE, t.paper);
}

} // namespace Weir::Internal
