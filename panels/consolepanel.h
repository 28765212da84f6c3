#pragma once

#include <QWidget>

class QPlainTextEdit;
class QUrl;

namespace Weir {

// The console dock: timestamped messages from Weir and from processes it runs. GUI thread.
class ConsolePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit ConsolePanel(QWidget *parent = nullptr);

    void append(Level level, const QString &message);
    // A message followed by a link (e.g. "Open in Jobs"); clicking it emits linkActivated(url).
    void appendLink(Level level, const QString &message, const QString &linkText, const QUrl &url);
    QString plainText() const;

signals:
    void linkActivated(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void appendLine(Level level, const QString &html);

    QPlainTextEdit *m_text = nullptr;
};

} // namespace Weir
