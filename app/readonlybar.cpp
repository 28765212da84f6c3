#include "readonlybar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <Qsci/qsciscintilla.h>

namespace Weir {

ReadOnlyBar::ReadOnlyBar(QsciScintilla *editor)
    : QFrame(editor), m_editor(editor), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("readOnlyBar"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setDarkTheme(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    layout->addWidget(m_label, 1);
    m_label->setTextFormat(Qt::PlainText);
    hide();
    // The viewport shrinks when a scroll bar appears, without the editor being resized.
    editor->viewport()->installEventFilter(this);
}

void ReadOnlyBar::setDarkTheme(bool dark)
{
    setStyleSheet(
        dark ? QStringLiteral("#readOnlyBar { background: #4a3f1f; border-top: 1px solid #6b5a2a; }"
                              "#readOnlyBar QLabel { color: #f0dca0; }")
             : QStringLiteral("#readOnlyBar { background: #fff3cd; border-top: 1px solid #e0c36a; }"
                              "#readOnlyBar QLabel { color: #5c4400; }"));
}

void ReadOnlyBar::setReason(const QString &reason)
{
    m_label->setText(reason);
    // Without this the last line would stay under the bar: let it scroll above it.
    m_editor->SendScintilla(QsciScintilla::SCI_SETENDATLASTLINE, reason.isEmpty());
    setVisible(!reason.isEmpty());
    if (!reason.isEmpty()) {
        reposition();
        raise();
    }
}

QString ReadOnlyBar::reason() const
{
    return isHidden() ? QString() : m_label->text();
}

bool ReadOnlyBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->viewport() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        reposition();
    return QFrame::eventFilter(watched, event);
}

void ReadOnlyBar::reposition()
{
    const QRect area = m_editor->viewport()->geometry();
    const int height = sizeHint().height();
    setGeometry(area.left(), area.bottom() + 1 - height, area.width(), height);
}

} // namespace Weir
