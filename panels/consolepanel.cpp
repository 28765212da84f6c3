#include "consolepanel.h"

#include <QAction>
#include <QDateTime>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Weir {

namespace {
// Enough history to scroll back through a session without growing without bound.
constexpr int kMaxLines = 20000;
} // namespace

ConsolePanel::ConsolePanel(QWidget *parent)
    : QWidget(parent), m_text(new QPlainTextEdit(this))
{
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(kMaxLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setObjectName(QStringLiteral("consoleText"));
    m_text->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *clear = new QAction(tr("Clear Console"), m_text);
    connect(clear, &QAction::triggered, m_text, &QPlainTextEdit::clear);
    m_text->addAction(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
}

void ConsolePanel::append(Level level, const QString &message)
{
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    QString color;
    switch (level) {
    case Level::Info:
        break;
    case Level::Warning:
        color = QStringLiteral("#b36b00");
        break;
    case Level::Error:
        color = QStringLiteral("#c62828");
        break;
    }
    const QString line = message.toHtmlEscaped();
    m_text->appendHtml(color.isEmpty()
                           ? QStringLiteral("<span style='color:gray'>%1</span>&nbsp;%2").arg(time, line)
                           : QStringLiteral("<span style='color:gray'>%1</span>&nbsp;<span style='color:%2'>%3</span>")
                                 .arg(time, color, line));
}

QString ConsolePanel::plainText() const
{
    return m_text->toPlainText();
}

} // namespace Weir
