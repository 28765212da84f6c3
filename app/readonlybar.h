#pragma once

#include <QFrame>

class QLabel;
class QsciScintilla;

namespace Weir {

// A thin bar across the bottom of an editor's text that says why the text is read-only (a
// published, online, offline or retired script). It floats over the editor like the find bar,
// so the editor stays the tab's widget; it follows the editor's size. GUI thread.
class ReadOnlyBar : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBar(QsciScintilla *editor);

    // Shows `reason` (hides the bar when empty).
    void setReason(const QString &reason);
    QString reason() const;
    // Amber on light, a dim brown on dark: it informs, it does not alarm.
    void setDarkTheme(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reposition();

    QsciScintilla *m_editor;
    QLabel *m_label;
};

} // namespace Weir
