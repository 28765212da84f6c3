#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace Weir {

// The console dock: timestamped messages from Weir and from processes it runs. GUI thread.
class ConsolePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit ConsolePanel(QWidget *parent = nullptr);

    void append(Level level, const QString &message);
    QString plainText() const;

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Weir
