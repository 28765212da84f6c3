#include "gotolinebar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <Qsci/qsciscintilla.h>

namespace Weir {

GoToLineBar::GoToLineBar(QsciScintilla *editor) : QFrame(editor), m_editor(editor)
{
    setObjectName(QStringLiteral("goToLineBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setCursor(Qt::ArrowCursor);
    m_line = new QLineEdit(this);
    m_line->setObjectName(QStringLiteral("goToLineText"));
    m_line->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,9}(:\\d{0,9})?")), m_line));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(new QLabel(tr("Go to line:"), this));
    layout->addWidget(m_line, 1);
    m_line->installEventFilter(this);
    hide();
}

void GoToLineBar::open()
{
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    m_line->setPlaceholderText(tr("1 to %1, or line:column").arg(m_editor->lines()));
    m_line->setText(QString::number(line + 1));
    show();
    raise();
    reposition();
    m_line->setFocus();
    m_line->selectAll();
}

void GoToLineBar::close()
{
    hide();
    m_editor->setFocus();
}

void GoToLineBar::reposition()
{
    resize(qMin(sizeHint().width() + 120, m_editor->viewport()->width() - 16), sizeHint().height());
    const QRect area = m_editor->viewport()->geometry();
    move(area.right() - width() - 12, area.top());
}

bool GoToLineBar::parse(const QString &text, LineColumn *position)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() > 2)
        return false;
    bool ok = false;
    const int line = parts[0].toInt(&ok);
    if (!ok || line < 1)
        return false;
    int column = 1;
    if (parts.size() == 2 && !parts[1].isEmpty()) {
        column = parts[1].toInt(&ok);
        if (!ok || column < 1)
            return false;
    }
    *position = LineColumn{line, column};
    return true;
}

bool GoToLineBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_line && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            LineColumn position;
            if (parse(m_line->text(), &position)) {
                close();
                emit positionChosen(position);
            }
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Weir
