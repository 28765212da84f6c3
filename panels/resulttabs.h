#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace Weir {

class ResultStore;
class ResultsPanel;

// The results dock: one tab per result (a query, SHOW, DESCRIBE or EXPLAIN of a run), each
// remembering the statement that produced it. A new run of a script replaces that script's
// earlier result tabs unless they are pinned; results outlive the script's tab. Before the
// first result an empty panel explains how to get one. GUI thread.
class ResultTabs : public QWidget
{
    Q_OBJECT

public:
    // Unpinned tabs beyond this are closed, oldest first.
    static constexpr int kMaxTabs = 20;

    explicit ResultTabs(QWidget *parent = nullptr);

    // A run of `ownerId` (a script) starts: its unpinned result tabs close.
    void beginRun(qint64 ownerId);
    // Opens a tab for a new result of `ownerId` and makes it current. The tab takes ownership of
    // `store` (it lives as long as the tab). `origin` is the statement as written.
    ResultsPanel *addResult(qint64 ownerId, ResultStore *store, const QString &origin);

    // The shown result, or the empty panel when there is none.
    ResultsPanel *current() const;
    int count() const;
    ResultsPanel *result(int index) const;
    QList<ResultsPanel *> resultsOf(qint64 ownerId) const;

    bool isPinned(int index) const;
    void setPinned(int index, bool pinned);
    void closeResult(int index);

signals:
    void resultAdded(Weir::ResultsPanel *panel, qint64 ownerId);
    // The job of a result of `ownerId` was clicked.
    void jobActivated(qint64 ownerId, const QString &jobId);

private:
    void showTabMenu(const QPoint &pos);
    void updateTab(int index);
    void trimTabs();
    void updateEmptyState();

    QStackedWidget *m_stack = nullptr;
    ResultsPanel *m_empty = nullptr;
    QTabWidget *m_tabs = nullptr;
    int m_resultNumber = 0;

    struct Entry
    {
        qint64 ownerId = 0;
        bool pinned = false;
        QString title;
    };
    QHash<const QWidget *, Entry> m_entries;
};

} // namespace Weir
