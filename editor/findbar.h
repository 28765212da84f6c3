#pragma once

#include "editcommands.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QToolButton;
class QsciScintilla;

namespace Weir {

// The find/replace bar of one editor. It floats over the editor's top right corner and
// searches with Scintilla's own search (plain text, or C++11 ECMAScript regular expressions
// whose groups the replacement may use as \1 or $1), optionally case-sensitive and whole word.
// GUI thread.
class FindBar : public QFrame
{
    Q_OBJECT

public:
    explicit FindBar(QsciScintilla *editor);

    // Shows the bar (with the replace row or not) seeded with the selected text, and focuses it.
    void open(bool replace);
    void close();

    void setSearchText(const QString &text);
    void setReplacementText(const QString &text);
    void setRegularExpression(bool on);
    void setCaseSensitive(bool on);
    void setWholeWord(bool on);
    Internal::EditCommands::Search search() const;

    // Select the next / previous match (wrapping around); false when there is none.
    bool findNext();
    bool findPrevious();
    // Replaces the selected match and selects the next one.
    bool replaceCurrent();
    int replaceAll();

    // Keeps the bar in the top right corner of the editor's text area.
    void reposition();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool forward, bool fromSelectionStart);
    void showResult(bool found);
    QToolButton *addToggle(const QString &text, const QString &toolTip);

    QsciScintilla *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QToolButton *m_case;
    QToolButton *m_word;
    QToolButton *m_regex;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace Weir
