#pragma once

#include <QPlainTextEdit>

class QCompleter;
class QStandardItemModel;

namespace Weir {

// The "Flink options" box of the execution settings: `key = value` lines with completion of
// Flink's configuration keys (from the built-in config catalog) before the '=' and of the
// option's values (enumerations, true/false) after it. Ctrl+Space opens the list. GUI thread.
class FlinkOptionsEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit FlinkOptionsEdit(QWidget *parent = nullptr);

    QCompleter *completer() const { return m_completer; }
    // Shows the candidates for the text before the cursor (as typing does).
    void complete();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // What is being typed on the cursor's line: the key before '=', or the value after it.
    struct Context
    {
        bool value = false;
        QString key;
        QString prefix;
    };
    Context context() const;
    void insertCompletion(const QString &completion);

    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_keys = nullptr;
    QStandardItemModel *m_values = nullptr;
};

} // namespace Weir
