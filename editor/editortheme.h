#pragma once

#include "sqlstyle.h"

#include <QColor>

namespace Weir {

// The colours of the SQL editor in one theme: text styles, margins, caret, selection, markers,
// indicators and annotations. Palettes are chosen for contrast (text styles >= 4.5:1 against the
// paper, comments a little softer but still readable). Plain value; any thread.
struct EditorTheme
{
    struct TextStyle
    {
        QColor ink;
        QColor paper; // invalid: the editor's paper
        bool bold = false;
        bool italic = false;
    };

    bool dark = false;
    QColor paper;
    QColor ink;
    QColor caret;
    QColor caretLine;
    QColor selection;
    QColor marginPaper;
    QColor marginInk;
    QColor foldMarkerInk;
    QColor foldMarkerPaper;
    QColor braceMatch;
    QColor braceMatchInk;
    QColor braceBad;
    QColor statementBar; // the mark of the statement under the caret
    QColor error;
    QColor warning;
    QColor errorAnnotationInk;
    QColor errorAnnotationPaper;
    QColor warningAnnotationInk;
    QColor warningAnnotationPaper;
    QColor findMatch;
    TextStyle styles[int(SqlStyle::Count)];

    const TextStyle &style(SqlStyle s) const { return styles[int(s)]; }

    static EditorTheme lightTheme();
    static EditorTheme darkTheme();
    static EditorTheme of(bool dark) { return dark ? darkTheme() : lightTheme(); }
};

} // namespace Weir
