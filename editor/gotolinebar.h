#pragma once

#include "sql/textposition.h"

#include <QFrame>

class QLineEdit;
class QsciScintilla;

namespace Weir {

// The "go to line" field of one editor (Ctrl+G): floats over the editor's top right corner,
// takes LINE or LINE:COLUMN, jumps on Enter, closes on Escape. Not a dialog: no nested event
// loop. GUI thread.
class GoToLineBar : public QFrame
{
    Q_OBJECT

public:
    explicit GoToLineBar(QsciScintilla *editor);

    void open();
    void close();
    void reposition();
    // "12" or "12:5" (1-based); false for anything else.
    static bool parse(const QString &text, LineColumn *position);

signals:
    void positionChosen(Weir::LineColumn position);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QsciScintilla *m_editor;
    QLineEdit *m_line;
};

} // namespace Weir
