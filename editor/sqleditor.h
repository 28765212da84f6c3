#pragma once

#include <Qsci/qsciscintilla.h>

namespace Weir {

// The SQL text editor widget: QScintilla configured for Weir (font, margins, matching). GUI thread.
class SqlEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);

    void setEditorFont(const QFont &font);
    void setDarkTheme(bool dark);

private:
    void updateLineNumberMarginWidth();
};

} // namespace Weir
