#include "findbar.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <Qsci/qsciscintilla.h>

namespace Weir {

FindBar::FindBar(QsciScintilla *editor) : QFrame(editor), m_editor(editor)
{
    setObjectName(QStringLiteral("findBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setCursor(Qt::ArrowCursor);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setPlaceholderText(tr("Replace"));
    m_case = addToggle(QStringLiteral("Aa"), tr("Match case"));
    m_word = addToggle(QStringLiteral("W"), tr("Whole words"));
    m_regex = addToggle(QStringLiteral(".*"), tr("Regular expression"));
    m_status = new QLabel(this);
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(tr("No results")) + 8);

    auto button = [this](const QString &text, const QString &toolTip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(toolTip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto *row = new QHBoxLayout;
    row->setSpacing(2);
    row->addWidget(m_find, 1);
    row->addWidget(m_case);
    row->addWidget(m_word);
    row->addWidget(m_regex);
    row->addWidget(m_status);
    row->addWidget(button(QStringLiteral("\u2191"), tr("Previous match (Shift+Enter)"),
                          &FindBar::findPrevious));
    row->addWidget(button(QStringLiteral("\u2193"), tr("Next match (Enter)"), &FindBar::findNext));
    row->addWidget(button(QStringLiteral("\u2715"), tr("Close (Esc)"), &FindBar::close));

    m_replaceRow = new QWidget(this);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->setSpacing(2);
    replaceRow->addWidget(m_replace, 1);
    auto *replaceOne =
        button(tr("Replace"), tr("Replace this match and find the next"), &FindBar::replaceCurrent);
    replaceOne->setObjectName(QStringLiteral("replaceButton"));
    replaceOne->setAutoRaise(false);
    auto *replaceEvery = button(tr("Replace All"), tr("Replace every match"), &FindBar::replaceAll);
    replaceEvery->setObjectName(QStringLiteral("replaceAllButton"));
    replaceEvery->setAutoRaise(false);
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceEvery);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->setSpacing(3);
    layout->addLayout(row);
    layout->addWidget(m_replaceRow);

    // Typing searches as you go, from where the current match starts.
    connect(m_find, &QLineEdit::textEdited, this, [this] { find(true, true); });
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    hide();
}

QToolButton *FindBar::addToggle(const QString &text, const QString &toolTip)
{
    auto *b = new QToolButton(this);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setCheckable(true);
    b->setAutoRaise(true);
    connect(b, &QToolButton::toggled, this, [this] {
        if (isVisible() && !m_find->text().isEmpty())
            find(true, true);
    });
    return b;
}

void FindBar::open(bool replace)
{
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_find->setText(m_editor->selectedText());
    m_replaceRow->setVisible(replace);
    show();
    raise();
    reposition();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::close()
{
    hide();
    m_editor->cancelFind();
    m_editor->setFocus();
}

void FindBar::reposition()
{
    resize(qMin(sizeHint().width() + 160, m_editor->viewport()->width() - 16), sizeHint().height());
    const QRect area = m_editor->viewport()->geometry();
    move(area.right() - width() - 12, area.top());
}

void FindBar::setSearchText(const QString &text)
{
    m_find->setText(text);
}

void FindBar::setReplacementText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

void FindBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

void FindBar::setWholeWord(bool on)
{
    m_word->setChecked(on);
}

Internal::EditCommands::Search FindBar::search() const
{
    Internal::EditCommands::Search s;
    s.text = m_find->text();
    s.regularExpression = m_regex->isChecked();
    s.caseSensitive = m_case->isChecked();
    s.wholeWord = m_word->isChecked();
    return s;
}

bool FindBar::find(bool forward, bool fromSelectionStart)
{
    const Internal::EditCommands::Search s = search();
    int line = -1;
    int index = -1;
    if (fromSelectionStart || !forward) {
        int lineTo = 0;
        int indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
        if (line < 0)
            m_editor->getCursorPosition(&line, &index);
    }
    const bool found =
        m_editor->findFirst(s.text, s.regularExpression, s.caseSensitive, s.wholeWord, true,
                            forward, line, index, true, false, true);
    showResult(found || s.text.isEmpty());
    return found;
}

void FindBar::showResult(bool found)
{
    m_status->setText(found ? QString() : tr("No results"));
}

bool FindBar::findNext()
{
    return find(true, false);
}

bool FindBar::findPrevious()
{
    return find(false, false);
}

bool FindBar::replaceCurrent()
{
    // Make the match at the selection Scintilla's current one, then replace it.
    if (!find(true, true))
        return false;
    m_editor->replace(m_replace->text());
    find(true, false);
    return true;
}

int FindBar::replaceAll()
{
    const int count = Internal::EditCommands::replaceAll(m_editor, search(), m_replace->text());
    m_status->setText(count ? tr("%n replaced", nullptr, count) : tr("No results"));
    return count;
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace)
                replaceCurrent();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Weir
