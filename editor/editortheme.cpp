#include "editortheme.h"

namespace Weir {

namespace {

void set(EditorTheme &t, SqlStyle s, QColor ink, bool bold = false, bool italic = false,
         QColor paper = QColor())
{
    t.styles[int(s)] = {ink, paper, bold, italic};
}

} // namespace

EditorTheme EditorTheme::lightTheme()
{
    EditorTheme t;
    t.dark = false;
    t.paper = QColor(0xff, 0xff, 0xff);
    t.ink = QColor(0x1f, 0x23, 0x28);
    t.caret = t.ink;
    t.caretLine = QColor(0xf3, 0xf6, 0xfa);
    t.selection = QColor(0xb4, 0xd5, 0xfe);
    t.marginPaper = QColor(0xf6, 0xf7, 0xf9);
    t.marginInk = QColor(0x8a, 0x8f, 0x98);
    t.foldMarkerInk = QColor(0xff, 0xff, 0xff);
    t.foldMarkerPaper = QColor(0x9a, 0xa1, 0xab);
    t.braceMatch = QColor(0xd7, 0xe8, 0xff);
    t.braceMatchInk = QColor(0x00, 0x33, 0xb3);
    t.braceBad = QColor(0xcf, 0x22, 0x2e);
    t.statementBar = QColor(0x9f, 0xb6, 0xd9);
    t.error = QColor(0xd1, 0x24, 0x2f);
    t.warning = QColor(0xbf, 0x87, 0x00);
    t.errorAnnotationInk = QColor(0x8e, 0x15, 0x19);
    t.errorAnnotationPaper = QColor(0xff, 0xeb, 0xe9);
    t.warningAnnotationInk = QColor(0x6b, 0x4a, 0x00);
    t.warningAnnotationPaper = QColor(0xff, 0xf5, 0xd6);
    t.findMatch = QColor(0xff, 0xd3, 0x3d);
    set(t, SqlStyle::Default, t.ink);
    set(t, SqlStyle::Keyword, QColor(0x00, 0x33, 0xb3), true);
    set(t, SqlStyle::DataType, QColor(0x7a, 0x3e, 0x9d));
    set(t, SqlStyle::Function, QColor(0x00, 0x62, 0x7a));
    set(t, SqlStyle::Identifier, t.ink);
    set(t, SqlStyle::QuotedIdentifier, QColor(0x8f, 0x5b, 0x00));
    set(t, SqlStyle::String, QColor(0x06, 0x7d, 0x17));
    set(t, SqlStyle::Number, QColor(0x17, 0x50, 0xeb));
    set(t, SqlStyle::Operator, QColor(0x4b, 0x55, 0x63));
    set(t, SqlStyle::Comment, QColor(0x6e, 0x77, 0x81), false, true);
    set(t, SqlStyle::Hint, QColor(0x6f, 0x6a, 0x00), false, true);
    set(t, SqlStyle::Variable, QColor(0xb3, 0x48, 0x00), true, false, QColor(0xff, 0xf1, 0xe0));
    set(t, SqlStyle::OptionKey, QColor(0x9c, 0x1b, 0x8a));
    set(t, SqlStyle::Error, QColor(0xcf, 0x22, 0x2e), false, false, QColor(0xff, 0xeb, 0xe9));
    return t;
}

EditorTheme EditorTheme::darkTheme()
{
    EditorTheme t;
    t.dark = true;
    t.paper = QColor(0x1e, 0x1f, 0x22);
    t.ink = QColor(0xbc, 0xbe, 0xc4);
    t.caret = QColor(0xce, 0xd0, 0xd6);
    t.caretLine = QColor(0x26, 0x28, 0x2e);
    t.selection = QColor(0x21, 0x42, 0x83);
    t.marginPaper = QColor(0x1e, 0x1f, 0x22);
    t.marginInk = QColor(0x6f, 0x73, 0x7a);
    t.foldMarkerInk = QColor(0x1e, 0x1f, 0x22);
    t.foldMarkerPaper = QColor(0x7a, 0x7e, 0x85);
    t.braceMatch = QColor(0x3b, 0x51, 0x4d);
    t.braceMatchInk = QColor(0xff, 0xef, 0x28);
    t.braceBad = QColor(0xf7, 0x54, 0x64);
    t.statementBar = QColor(0x4e, 0x5f, 0x7d);
    t.error = QColor(0xf7, 0x54, 0x64);
    t.warning = QColor(0xe0, 0xb0, 0x4a);
    t.errorAnnotationInk = QColor(0xff, 0xb3, 0xb8);
    t.errorAnnotationPaper = QColor(0x40, 0x1e, 0x22);
    t.warningAnnotationInk = QColor(0xf2, 0xd4, 0x8b);
    t.warningAnnotationPaper = QColor(0x3d, 0x32, 0x18);
    t.findMatch = QColor(0x6a, 0x55, 0x1f);
    set(t, SqlStyle::Default, t.ink);
    set(t, SqlStyle::Keyword, QColor(0xcf, 0x8e, 0x6d), true);
    set(t, SqlStyle::DataType, QColor(0xc7, 0x7d, 0xbb));
    set(t, SqlStyle::Function, QColor(0x56, 0xa8, 0xf5));
    set(t, SqlStyle::Identifier, t.ink);
    set(t, SqlStyle::QuotedIdentifier, QColor(0x9e, 0xbb, 0xd9));
    set(t, SqlStyle::String, QColor(0x6a, 0xab, 0x73));
    set(t, SqlStyle::Number, QColor(0x2a, 0xac, 0xb8));
    set(t, SqlStyle::Operator, QColor(0xa0, 0xa4, 0xab));
    set(t, SqlStyle::Comment, QColor(0x82, 0x87, 0x8f), false, true);
    set(t, SqlStyle::Hint, QColor(0xb3, 0xae, 0x60), false, true);
    set(t, SqlStyle::Variable, QColor(0xff, 0xa6, 0x57), true, false, QColor(0x3a, 0x2c, 0x1e));
    set(t, SqlStyle::OptionKey, QColor(0xe8, 0xbf, 0x6a));
    set(t, SqlStyle::Error, QColor(0xff, 0x8a, 0x95), false, false, QColor(0x4a, 0x20, 0x24));
    return t;
}

} // namespace Weir
