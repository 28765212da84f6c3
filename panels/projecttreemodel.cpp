#include "projecttreemodel.h"

#include <QDataStream>
#include <QHash>
#include <QIcon>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace Weir {

namespace {

const QString kMimeType = QStringLiteral("application/x-weir-project-items");

QIcon iconFor(ProjectTreeModel::Kind kind, ScriptType type)
{
    if (kind == ProjectTreeModel::Kind::Folder)
        return QIcon(QStringLiteral(":/weir/icons/folder.svg"));
    switch (type) {
    case ScriptType::FlinkSql:
        return QIcon(QStringLiteral(":/weir/icons/script-flinksql.svg"));
    case ScriptType::FlinkSqlEnv:
        return QIcon(QStringLiteral(":/weir/icons/script-flinksqlenv.svg"));
    case ScriptType::Sql:
        return QIcon(QStringLiteral(":/weir/icons/script-sql.svg"));
    }
    return {};
}

} // namespace

struct ProjectTreeModel::Node
{
    Kind kind = Kind::Folder;
    qint64 id = 0;
    QString name;
    ScriptType type = ScriptType::FlinkSql;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return int(i);
        }
        return 0;
    }
    // Folders first, then scripts; each group by name, ignoring case.
    bool sortsBefore(Kind otherKind, const QString &otherName) const
    {
        if (kind != otherKind)
            return kind == Kind::Folder;
        return name.compare(otherName, Qt::CaseInsensitive) < 0;
    }
};

ProjectTreeModel::ProjectTreeModel(Storage &storage, QObject *parent)
    : QAbstractItemModel(parent), m_storage(storage), m_root(std::make_unique<Node>())
{
    reload();
}

ProjectTreeModel::~ProjectTreeModel() = default;

void ProjectTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    QHash<qint64, Node *> folders;
    folders.insert(0, m_root.get());
    const QList<Folder> allFolders = m_storage.folders().all();
    std::unordered_map<qint64, std::unique_ptr<Node>> pending;
    for (const Folder &f : allFolders) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Folder;
        node->id = f.id;
        node->name = f.name;
        folders.insert(f.id, node.get());
        pending.emplace(f.id, std::move(node));
    }
    for (const Folder &f : allFolders) {
        Node *parentNode = folders.value(f.parentId, m_root.get());
        auto node = std::move(pending[f.id]);
        node->parent = parentNode;
        parentNode->children.push_back(std::move(node));
    }
    for (const Script &s : m_storage.scripts().allWithoutText()) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Script;
        node->id = s.id;
        node->name = s.name;
        node->type = s.type;
        node->parent = folders.value(s.folderId, m_root.get());
        node->parent->children.push_back(std::move(node));
    }
    std::function<void(Node *)> sortTree = [&](Node *n) {
        std::sort(n->children.begin(), n->children.end(), [](const auto &a, const auto &b) {
            return a->sortsBefore(b->kind, b->name);
        });
        for (auto &c : n->children)
            sortTree(c.get());
    };
    sortTree(m_root.get());
    endResetModel();
}

QModelIndex ProjectTreeModel::createFolder(const QModelIndex &parent, const QString &name)
{
    Node *parentNode = nodeFor(folderFor(parent));
    const Result<Folder> created = m_storage.folders().create(parentNode->id, name);
    if (!created) {
        emit failed(created.error());
        return {};
    }
    auto node = std::make_unique<Node>();
    node->kind = Kind::Folder;
    node->id = created->id;
    node->name = created->name;
    Node *raw = node.get();
    insertNode(parentNode, std::move(node));
    return indexFor(raw);
}

QModelIndex ProjectTreeModel::createScript(const QModelIndex &parent, const QString &name,
                                           ScriptType type)
{
    Node *parentNode = nodeFor(folderFor(parent));
    const Result<Script> created = m_storage.scripts().create(parentNode->id, name, type);
    if (!created) {
        emit failed(created.error());
        return {};
    }
    auto node = std::make_unique<Node>();
    node->kind = Kind::Script;
    node->id = created->id;
    node->name = created->name;
    node->type = type;
    Node *raw = node.get();
    insertNode(parentNode, std::move(node));
    return indexFor(raw);
}

Status ProjectTreeModel::remove(const QModelIndex &index)
{
    Node *node = nodeFor(index);
    if (node == m_root.get())
        return Status::failure(tr("Nothing is selected."));
    const Status status = node->kind == Kind::Folder ? m_storage.folders().remove(node->id)
                                                     : m_storage.scripts().remove(node->id);
    if (!status)
        return status;
    Node *parentNode = node->parent;
    const int row = node->row();
    beginRemoveRows(index.parent(), row, row);
    parentNode->children.erase(parentNode->children.begin() + row);
    endRemoveRows();
    return status;
}

Status ProjectTreeModel::move(const QModelIndex &index, const QModelIndex &newParent)
{
    Node *node = nodeFor(index);
    Node *target = nodeFor(folderFor(newParent));
    if (node == m_root.get())
        return Status::failure(tr("Nothing is selected."));
    if (node->parent == target)
        return {};
    const Status status = node->kind == Kind::Folder ? m_storage.folders().move(node->id, target->id)
                                                     : m_storage.scripts().move(node->id, target->id);
    if (!status)
        return status;
    const int from = node->row();
    const int to = insertionRow(target, node->kind, node->name);
    beginMoveRows(index.parent(), from, from, indexFor(target), to);
    std::unique_ptr<Node> owned = std::move(node->parent->children[size_t(from)]);
    node->parent->children.erase(node->parent->children.begin() + from);
    owned->parent = target;
    target->children.insert(target->children.begin() + to, std::move(owned));
    endMoveRows();
    return status;
}

QModelIndex ProjectTreeModel::folderFor(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (node->kind == Kind::Script)
        node = node->parent;
    return node == m_root.get() ? QModelIndex() : indexFor(node);
}

QModelIndex ProjectTreeModel::indexOfScript(qint64 scriptId) const
{
    const Node *node = findNode(Kind::Script, scriptId);
    return node ? indexFor(node) : QModelIndex();
}

QString ProjectTreeModel::uniqueChildName(const QModelIndex &parent, const QString &base) const
{
    const Node *parentNode = nodeFor(folderFor(parent));
    auto taken = [&](const QString &candidate) {
        return std::any_of(parentNode->children.begin(), parentNode->children.end(),
                           [&](const auto &c) { return c->name == candidate; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

QList<qint64> ProjectTreeModel::scriptIdsUnder(const QModelIndex &index) const
{
    QList<qint64> ids;
    std::function<void(const Node *)> collect = [&](const Node *n) {
        if (n->kind == Kind::Script)
            ids.append(n->id);
        for (const auto &c : n->children)
            collect(c.get());
    };
    collect(nodeFor(index));
    return ids;
}

void ProjectTreeModel::setScriptLifecycle(qint64 scriptId, const QString &label)
{
    if (m_decorations.value(scriptId).lifecycle == label)
        return;
    m_decorations[scriptId].lifecycle = label;
    scriptDecorationChanged(scriptId);
}

void ProjectTreeModel::setScriptJobState(qint64 scriptId, const QString &state, const QString &tooltip)
{
    const ScriptDecoration old = m_decorations.value(scriptId);
    if (old.jobState == state && old.jobTooltip == tooltip)
        return;
    ScriptDecoration &decoration = m_decorations[scriptId];
    decoration.jobState = state;
    decoration.jobTooltip = tooltip;
    scriptDecorationChanged(scriptId);
}

void ProjectTreeModel::scriptDecorationChanged(qint64 scriptId)
{
    const ScriptDecoration &decoration = m_decorations[scriptId];
    if (decoration.lifecycle.isEmpty() && decoration.jobState.isEmpty() && decoration.jobTooltip.isEmpty())
        m_decorations.remove(scriptId);
    const QModelIndex index = indexOfScript(scriptId);
    if (index.isValid())
        emit dataChanged(index, index, {LifecycleRole, JobStateRole, Qt::ToolTipRole});
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    return node->parent == m_root.get() ? QModelIndex() : indexFor(node->parent);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return node->name;
    case Qt::DecorationRole:
        return iconFor(node->kind, node->type);
    case Qt::ToolTipRole: {
        if (node->kind == Kind::Folder)
            return tr("Folder");
        QStringList lines{tr("%1 script").arg(scriptTypeName(node->type))};
        const ScriptDecoration decoration = m_decorations.value(node->id);
        if (!decoration.lifecycle.isEmpty())
            lines.append(tr("Lifecycle: %1").arg(decoration.lifecycle));
        if (!decoration.jobTooltip.isEmpty())
            lines.append(decoration.jobTooltip);
        return lines.join(QLatin1Char('\n'));
    }
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case ScriptTypeRole:
        return node->kind == Kind::Script ? QVariant(scriptTypeName(node->type)) : QVariant();
    case LifecycleRole:
        return node->kind == Kind::Script ? QVariant(m_decorations.value(node->id).lifecycle) : QVariant();
    case JobStateRole:
        return node->kind == Kind::Script ? QVariant(m_decorations.value(node->id).jobState) : QVariant();
    default:
        return {};
    }
}

bool ProjectTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Node *node = nodeFor(index);
    const QString name = value.toString().trimmed();
    if (name == node->name)
        return true;
    const Status status = node->kind == Kind::Folder ? m_storage.folders().rename(node->id, name)
                                                     : m_storage.scripts().rename(node->id, name);
    if (!status) {
        emit failed(status.error());
        return false;
    }
    node->name = name;
    emit dataChanged(index, index);
    if (node->kind == Kind::Script)
        emit scriptRenamed(node->id, name);
    return true;
}

Qt::ItemFlags ProjectTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    if (nodeFor(index)->kind == Kind::Folder)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions ProjectTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ProjectTreeModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *ProjectTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.column() == 0)
            out << int(nodeFor(index)->kind) << nodeFor(index)->id;
    }
    auto *mime = new QMimeData;
    mime->setData(kMimeType, payload);
    return mime;
}

bool ProjectTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data->hasFormat(kMimeType))
        return false;
    return !parent.isValid() || nodeFor(parent)->kind == Kind::Folder;
}

bool ProjectTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QDataStream in(data->data(kMimeType));
    QList<const Node *> moving;
    while (!in.atEnd()) {
        int kind = 0;
        qint64 id = 0;
        in >> kind >> id;
        if (const Node *node = findNode(Kind(kind), id))
            moving.append(node);
    }
    const Node *target = nodeFor(parent);
    for (const Node *node : moving) {
        const Status status = move(indexFor(node), indexFor(target));
        if (!status)
            emit failed(status.error());
    }
    // The move already happened here; returning false stops the view from removing the source rows.
    return false;
}

ProjectTreeModel::Node *ProjectTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ProjectTreeModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

ProjectTreeModel::Node *ProjectTreeModel::findNode(Kind kind, qint64 id) const
{
    std::function<Node *(Node *)> find = [&](Node *n) -> Node * {
        if (n != m_root.get() && n->kind == kind && n->id == id)
            return n;
        for (auto &c : n->children) {
            if (Node *found = find(c.get()))
                return found;
        }
        return nullptr;
    };
    return find(m_root.get());
}

int ProjectTreeModel::insertionRow(const Node *parent, Kind kind, const QString &name) const
{
    const auto &siblings = parent->children;
    int row = 0;
    while (row < int(siblings.size()) && siblings[size_t(row)]->sortsBefore(kind, name))
        ++row;
    return row;
}

void ProjectTreeModel::insertNode(Node *parent, std::unique_ptr<Node> node)
{
    const int row = insertionRow(parent, node->kind, node->name);
    node->parent = parent;
    beginInsertRows(indexFor(parent), row, row);
    parent->children.insert(parent->children.begin() + row, std::move(node));
    endInsertRows();
}

} // namespace Weir
