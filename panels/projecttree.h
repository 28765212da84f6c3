#pragma once

#include "store/storage.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QTreeView;

namespace Weir {

class ProjectTreeModel;

// The project tree dock: folders and scripts with create / rename / move / delete. GUI thread.
class ProjectTree : public QWidget
{
    Q_OBJECT

public:
    enum class Action { NewFolder, NewFlinkSqlScript, NewFlinkSqlEnvScript, NewSqlScript, Rename, Delete };

    explicit ProjectTree(Storage &storage, QWidget *parent = nullptr);

    QAction *action(Action which) const;
    ProjectTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void selectScript(qint64 scriptId);
    // The script that is current in the tree (what the script actions act on), or 0.
    qint64 currentScriptId() const;
    // A new script at the top level named after `baseName` (made unique) holding `text`; its id,
    // or 0 (and the error shown) if it could not be created.
    qint64 addScript(const QString &baseName, ScriptType type, const QString &text);
    // Appended (after a separator) to the context menu when a script is under the mouse; the
    // actions act on the current script, which the menu makes the one under the mouse.
    void addScriptActions(const QList<QAction *> &actions);

signals:
    void scriptActivated(qint64 scriptId);
    void scriptRenamed(qint64 scriptId, const QString &name);
    void scriptsRemoved(const QList<qint64> &scriptIds);

private:
    void createFolder();
    void createScript(ScriptType type);
    void renameCurrent();
    void deleteCurrent();
    void showContextMenu(const QPoint &pos);
    void updateActions();
    void showError(const QString &message);

    Storage &m_storage;
    ProjectTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QHash<int, QAction *> m_actions;
    QList<QPointer<QAction>> m_scriptActions;
};

} // namespace Weir
