#include "projecttree.h"

#include "projecttreedelegate.h"
#include "projecttreemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Weir {

ProjectTree::ProjectTree(Storage &storage, QWidget *parent)
    : QWidget(parent), m_storage(storage), m_model(new ProjectTreeModel(storage, this)),
      m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProjectTreeDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setUniformRowHeights(true);
    m_view->setObjectName(QStringLiteral("projectTreeView"));

    auto add = [this](Action which, const QString &icon, const QString &text, const QKeySequence &keys) {
        auto *a = new QAction(QIcon(icon), text, this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_actions.insert(int(which), a);
        addAction(a);
        return a;
    };
    connect(add(Action::NewFolder, QStringLiteral(":/weir/icons/folder.svg"), tr("New &Folder"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)),
            &QAction::triggered, this, &ProjectTree::createFolder);
    connect(add(Action::NewFlinkSqlScript, QStringLiteral(":/weir/icons/script-flinksql.svg"),
                tr("New Flink &SQL Script"), QKeySequence()),
            &QAction::triggered, this, [this] { createScript(ScriptType::FlinkSql); });
    connect(add(Action::NewFlinkSqlEnvScript, QStringLiteral(":/weir/icons/script-flinksqlenv.svg"),
                tr("New Flink SQL &Environment Script"), QKeySequence()),
            &QAction::triggered, this, [this] { createScript(ScriptType::FlinkSqlEnv); });
    connect(add(Action::NewSqlScript, QStringLiteral(":/weir/icons/script-sql.svg"),
                tr("New &Database SQL Script"), QKeySequence()),
            &QAction::triggered, this, [this] { createScript(ScriptType::Sql); });
    connect(add(Action::Rename, QString(), tr("&Rename"), QKeySequence(Qt::Key_F2)),
            &QAction::triggered, this, &ProjectTree::renameCurrent);
    connect(add(Action::Delete, QString(), tr("&Delete"), QKeySequence::Delete),
            &QAction::triggered, this, &ProjectTree::deleteCurrent);

    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(action(Action::NewFolder));
    toolbar->addAction(action(Action::NewFlinkSqlScript));
    toolbar->addAction(action(Action::NewFlinkSqlEnvScript));
    toolbar->addAction(action(Action::NewSqlScript));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (ProjectTreeModel::Kind(index.data(ProjectTreeModel::KindRole).toInt())
            == ProjectTreeModel::Kind::Script)
            emit scriptActivated(index.data(ProjectTreeModel::IdRole).toLongLong());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProjectTree::showContextMenu);
    connect(m_model, &ProjectTreeModel::failed, this, &ProjectTree::showError);
    connect(m_model, &ProjectTreeModel::scriptRenamed, this, &ProjectTree::scriptRenamed);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProjectTree::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectTree::updateActions);
    updateActions();
}

QAction *ProjectTree::action(Action which) const
{
    return m_actions.value(int(which));
}

void ProjectTree::selectScript(qint64 scriptId)
{
    const QModelIndex index = m_model->indexOfScript(scriptId);
    if (!index.isValid())
        return;
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
}

qint64 ProjectTree::currentScriptId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()
        || ProjectTreeModel::Kind(current.data(ProjectTreeModel::KindRole).toInt()) != ProjectTreeModel::Kind::Script)
        return 0;
    return current.data(ProjectTreeModel::IdRole).toLongLong();
}

void ProjectTree::createFolder()
{
    const QModelIndex parent = m_model->folderFor(m_view->currentIndex());
    const QModelIndex created = m_model->createFolder(parent, m_model->uniqueChildName(parent, tr("New Folder")));
    if (!created.isValid())
        return;
    m_view->expand(parent);
    m_view->setCurrentIndex(created);
    m_view->edit(created);
}

qint64 ProjectTree::addScript(const QString &baseName, ScriptType type, const QString &text)
{
    const QString name = m_model->uniqueChildName(QModelIndex(), baseName);
    const Result<Script> created = m_storage.scripts().create(0, name, type, text);
    if (!created) {
        showError(created.error());
        return 0;
    }
    m_model->reload();
    selectScript(created->id);
    return created->id;
}

void ProjectTree::createScript(ScriptType type)
{
    const QModelIndex parent = m_model->folderFor(m_view->currentIndex());
    const QString base = type == ScriptType::FlinkSqlEnv ? tr("New Environment")
                         : type == ScriptType::Sql       ? tr("New Database Script")
                                                         : tr("New Flink Job");
    const QModelIndex created = m_model->createScript(parent, m_model->uniqueChildName(parent, base), type);
    if (!created.isValid())
        return;
    m_view->expand(parent);
    m_view->setCurrentIndex(created);
    emit scriptActivated(created.data(ProjectTreeModel::IdRole).toLongLong());
    // Opening the script moved focus to its editor; renaming happens in the tree, so come back.
    m_view->setFocus();
    m_view->edit(created);
}

void ProjectTree::renameCurrent()
{
    if (m_view->currentIndex().isValid())
        m_view->edit(m_view->currentIndex());
}

void ProjectTree::deleteCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const bool folder = ProjectTreeModel::Kind(current.data(ProjectTreeModel::KindRole).toInt())
                        == ProjectTreeModel::Kind::Folder;
    const QString question = folder
        ? tr("Delete the folder \"%1\" with all the folders and scripts in it?").arg(current.data().toString())
        : tr("Delete the script \"%1\" and its saved versions?").arg(current.data().toString());
    if (QMessageBox::question(this, tr("Delete"), question) != QMessageBox::Yes)
        return;
    const QList<qint64> scripts = m_model->scriptIdsUnder(current);
    const Status status = m_model->remove(current);
    if (!status) {
        showError(status.error());
        return;
    }
    if (!scripts.isEmpty())
        emit scriptsRemoved(scripts);
}

void ProjectTree::addScriptActions(const QList<QAction *> &actions)
{
    for (QAction *a : actions)
        m_scriptActions.append(a);
}

void ProjectTree::showContextMenu(const QPoint &pos)
{
    const QModelIndex under = m_view->indexAt(pos);
    m_view->setCurrentIndex(under);
    QMenu menu(this);
    menu.addAction(action(Action::NewFolder));
    menu.addAction(action(Action::NewFlinkSqlScript));
    menu.addAction(action(Action::NewFlinkSqlEnvScript));
    menu.addAction(action(Action::NewSqlScript));
    menu.addSeparator();
    menu.addAction(action(Action::Rename));
    menu.addAction(action(Action::Delete));
    const bool script = under.isValid()
                        && ProjectTreeModel::Kind(under.data(ProjectTreeModel::KindRole).toInt())
                               == ProjectTreeModel::Kind::Script;
    if (script) {
        bool separated = false;
        for (const QPointer<QAction> &a : std::as_const(m_scriptActions)) {
            if (!a)
                continue;
            if (!separated)
                menu.addSeparator();
            separated = true;
            menu.addAction(a);
        }
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ProjectTree::updateActions()
{
    const bool selected = m_view->currentIndex().isValid();
    action(Action::Rename)->setEnabled(selected);
    action(Action::Delete)->setEnabled(selected);
}

void ProjectTree::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Project"), message);
}

} // namespace Weir
