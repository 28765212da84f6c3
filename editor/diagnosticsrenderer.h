#pragma once

#include "editortheme.h"
#include "sql/diagnostic.h"

#include <QFont>
#include <QObject>
#include <QVector>

class QsciScintilla;

namespace Weir {

// Renders diagnostics in a QScintilla editor: a squiggle under each range, a mark in the symbol
// margin, the message in an annotation below the line, and the message as a tooltip when the
// mouse rests on the squiggle or the mark. Two lists render side by side: local diagnostics
// (replaced after each check) and errors Flink reported (kept until cleared). Each squiggle
// carries the index of its diagnostic, so where a diagnostic is now (after edits moved the
// text) is read back from the squiggles. It only renders: the lists come from elsewhere.
// GUI thread.
class DiagnosticsRenderer : public QObject
{
    Q_OBJECT

public:
    enum class Source { Local, Flink };

    explicit DiagnosticsRenderer(QsciScintilla *editor);

    void setDiagnostics(Source source, const QVector<Diagnostic> &diagnostics);
    // Adds one without touching the others (which edits may have moved since they came).
    void addDiagnostic(Source source, const Diagnostic &diagnostic);
    const QVector<Diagnostic> &diagnostics(Source source) const;

    void setTheme(const EditorTheme &theme);
    void setFont(const QFont &font);
    // Local annotations on this line wait until the caret leaves it, so that lines do not jump
    // under the user's fingers while typing. -1: none.
    void setQuietLine(int line);

    // The diagnostics whose squiggle covers `position` (bytes), Flink's first.
    QVector<const Diagnostic *> diagnosticsAt(qsizetype position) const;
    // The diagnostics marked in the margin at `line` (0-based, as Scintilla counts).
    QVector<const Diagnostic *> diagnosticsOnLine(int line) const;

    // Scintilla numbers, for the editor's margin mask and for tests.
    int indicator(Source source, Diagnostic::Severity severity) const;
    int markerMask() const;

private:
    struct Rendered
    {
        QVector<Diagnostic> diagnostics;
    };
    Rendered &rendered(Source source);
    const Rendered &rendered(Source source) const;
    int marker(Source source, Diagnostic::Severity severity) const;
    void fill(Source source, int index);
    // The line each diagnostic of `source` is on now, found from its squiggle.
    QVector<int> currentLines(Source source) const;
    void renderAnnotations();
    void applyAnnotationStyles();
    void showToolTip(int position, int x, int y);

    QsciScintilla *m_editor;
    Rendered m_local;
    Rendered m_flink;
    EditorTheme m_theme;
    QFont m_font;
    int m_quietLine = -1;
    int m_localError = -1; // indicators
    int m_localWarning = -1;
    int m_flinkError = -1;
    int m_errorMarker = -1; // markers (Flink's errors get their own number, same look)
    int m_warningMarker = -1;
    int m_flinkMarker = -1;
};

} // namespace Weir
