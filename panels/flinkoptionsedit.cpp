#include "flinkoptionsedit.h"

#include "sql/configcatalog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace Weir {

FlinkOptionsEdit::FlinkOptionsEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    m_keys = new QStandardItemModel(this);
    for (const CatalogOption &option : ConfigCatalog::builtin().options()) {
        auto *item = new QStandardItem(option.key);
        item->setToolTip(option.description.isEmpty() ? option.summary()
                                                      : option.summary() + QStringLiteral("\n\n") + option.description);
        m_keys->appendRow(item);
    }
    m_values = new QStandardItemModel(this);
    m_completer = new QCompleter(m_keys, this);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &FlinkOptionsEdit::insertCompletion);
}

FlinkOptionsEdit::Context FlinkOptionsEdit::context() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    Context context;
    const qsizetype eq = before.indexOf(QLatin1Char('='));
    if (eq < 0) {
        context.prefix = before.trimmed();
        return context;
    }
    context.value = true;
    context.key = before.left(eq).trimmed();
    context.prefix = before.mid(eq + 1).trimmed();
    return context;
}

void FlinkOptionsEdit::complete()
{
    const Context now = context();
    if (now.value) {
        const CatalogOption *option = ConfigCatalog::builtin().option(now.key);
        const QStringList values = option ? option->suggestedValues() : QStringList();
        if (values.isEmpty()) {
            m_completer->popup()->hide();
            return;
        }
        m_values->clear();
        for (const QString &value : values)
            m_values->appendRow(new QStandardItem(value));
        m_completer->setModel(m_values);
    } else if (m_completer->model() != m_keys) {
        m_completer->setModel(m_keys);
    }
    m_completer->setCompletionPrefix(now.prefix);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == now.prefix)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(qMax(320, m_completer->popup()->sizeHintForColumn(0)
                                + m_completer->popup()->verticalScrollBar()->sizeHint().width()));
    m_completer->complete(rect);
}

void FlinkOptionsEdit::insertCompletion(const QString &completion)
{
    const Context now = context();
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(now.prefix.size()));
    cursor.insertText(now.value ? completion : completion + QStringLiteral(" = "));
    setTextCursor(cursor);
    if (!now.value)
        complete(); // straight on to the values, where the option has them
}

void FlinkOptionsEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
        case Qt::Key_Backtab:
            event->ignore(); // the completer's popup takes them
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Space && event->modifiers().testFlag(Qt::ControlModifier)) {
        complete();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    if (typed.isEmpty() || event->modifiers().testFlag(Qt::ControlModifier)) {
        m_completer->popup()->hide();
        return;
    }
    if (typed.at(0).isLetterOrNumber() || typed == QLatin1String(".") || typed == QLatin1String("-")
        || event->key() == Qt::Key_Backspace)
        complete();
    else
        m_completer->popup()->hide();
}

} // namespace Weir
