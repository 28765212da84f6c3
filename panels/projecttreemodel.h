#pragma once

#include "common/result.h"
#include "store/storage.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace Weir {

// The workspace's folders and scripts as a tree, editing through the storage service. GUI thread.
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        ScriptTypeRole,
        // A script's lifecycle tag ("Online"; empty: none), drawn muted after the name.
        LifecycleRole,
        // Flink's JobStatus name of the script's current job, unreachableState(), or empty: no job.
        JobStateRole,
    };
    enum class Kind { Folder, Script };
    // The job state shown when the cluster of the script's job does not answer.
    static QString unreachableState() { return QStringLiteral("UNREACHABLE"); }

    explicit ProjectTreeModel(Storage &storage, QObject *parent = nullptr);
    ~ProjectTreeModel() override;

    void reload();

    // Each returns the new item's index; on failure an invalid index, with failed() emitted.
    QModelIndex createFolder(const QModelIndex &parent, const QString &name);
    QModelIndex createScript(const QModelIndex &parent, const QString &name, ScriptType type);
    Status remove(const QModelIndex &index);
    Status move(const QModelIndex &index, const QModelIndex &newParent);

    // Where a new item goes when `index` is selected: the folder itself or the folder holding it.
    QModelIndex folderFor(const QModelIndex &index) const;
    QModelIndex indexOfScript(qint64 scriptId) const;
    QString uniqueChildName(const QModelIndex &parent, const QString &base) const;
    // Ids of the scripts at or below `index` (what closes when it is removed).
    QList<qint64> scriptIdsUnder(const QModelIndex &index) const;

    // Per-script decorations set by the app; kept across reload() and for scripts not loaded yet.
    void setScriptLifecycle(qint64 scriptId, const QString &label);
    // `state`: Flink's JobStatus name, unreachableState(), or empty (no job); `tooltip` says more.
    void setScriptJobState(qint64 scriptId, const QString &state, const QString &tooltip);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void scriptRenamed(qint64 scriptId, const QString &name);
    void failed(const QString &message);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;
    Node *findNode(Kind kind, qint64 id) const;
    int insertionRow(const Node *parent, Kind kind, const QString &name) const;
    void insertNode(Node *parent, std::unique_ptr<Node> node);
    void scriptDecorationChanged(qint64 scriptId);

    struct ScriptDecoration
    {
        QString lifecycle;
        QString jobState;
        QString jobTooltip;
    };

    Storage &m_storage;
    std::unique_ptr<Node> m_root;
    QHash<qint64, ScriptDecoration> m_decorations;
};

} // namespace Weir
