#include "sqleditor.h"

#include <QFontMetrics>

namespace Weir {

SqlEditor::SqlEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    setEolMode(EolUnix);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setAutoIndent(true);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginWidth(1, 0);
    setWrapMode(WrapNone);
    // Multiple selections and rectangular typing, as users of other IDEs expect.
    SendScintilla(SCI_SETMULTIPLESELECTION, 1);
    SendScintilla(SCI_SETADDITIONALSELECTIONTYPING, 1);
    connect(this, &QsciScintilla::linesChanged, this, &SqlEditor::updateLineNumberMarginWidth);
    setDarkTheme(false);
    updateLineNumberMarginWidth();
}

void SqlEditor::setEditorFont(const QFont &font)
{
    setFont(font);
    setMarginsFont(font);
    updateLineNumberMarginWidth();
}

void SqlEditor::setDarkTheme(bool dark)
{
    const QColor paper = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white);
    const QColor ink = dark ? QColor(0xd4, 0xd4, 0xd4) : QColor(0x1f, 0x23, 0x28);
    setPaper(paper);
    setColor(ink);
    setCaretForegroundColor(ink);
    setCaretLineBackgroundColor(dark ? QColor(0x2a, 0x2c, 0x31) : QColor(0xf3, 0xf6, 0xfa));
    setMarginsBackgroundColor(dark ? QColor(0x26, 0x27, 0x2b) : QColor(0xf5, 0xf5, 0xf5));
    setMarginsForegroundColor(dark ? QColor(0x85, 0x8a, 0x93) : QColor(0x8a, 0x8f, 0x98));
    setMatchedBraceBackgroundColor(dark ? QColor(0x3a, 0x50, 0x6b) : QColor(0xd7, 0xe8, 0xff));
    setSelectionBackgroundColor(dark ? QColor(0x26, 0x4f, 0x78) : QColor(0xb4, 0xd5, 0xfe));
}

void SqlEditor::updateLineNumberMarginWidth()
{
    // Room for the widest line number plus a little padding; grows with the document.
    const QString widest = QString::number(qMax(lines(), 100)) + QLatin1String("00");
    setMarginWidth(0, QFontMetrics(font()).horizontalAdvance(widest));
}

} // namespace Weir
