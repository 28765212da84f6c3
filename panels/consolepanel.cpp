#include "consolepanel.h"

#include <QAction>
#include <QDateTime>
#include <QFontDatabase>
#include <QMouseEvent>
#include <QUrl>
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
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
}

void ConsolePanel::append(Level level, const QString &message)
{
    appendLine(level, message.toHtmlEscaped());
}

void ConsolePanel::appendLink(Level level, const QString &message, const QString &linkText, const QUrl &url)
{
    appendLine(level, message.toHtmlEscaped() + QStringLiteral(" <a href=\"%1\">%2</a>")
                                                    .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                         linkText.toHtmlEscaped()));
}

bool ConsolePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
            m_text->viewport()->setCursor(m_text->anchorAt(pos).isEmpty() ? Qt::IBeamCursor : Qt::PointingHandCursor);
        } else if (event->type() == QEvent::MouseButtonRelease) {
            const QString anchor = m_text->anchorAt(static_cast<QMouseEvent *>(event)->position().toPoint());
            if (!anchor.isEmpty()) {
                emit linkActivated(QUrl(anchor));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConsolePanel::appendLine(Level level, const QString &line)
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
