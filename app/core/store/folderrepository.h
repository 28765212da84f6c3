#pragma once

#include "common/result.h"
#include "store/storetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Weir {

namespace Internal {
class SqlConnection;
}

// Folders of the project tree. GUI thread, through Storage's connection; each call a few ms.
class FolderRepository
{
    Q_DECLARE_TR_FUNCTIONS(FolderRepository)

public:
    explicit FolderRepository(const Internal::SqlConnection &connection);

    // parentId 0 = the top level. The new folder goes after its siblings.
    Result<Folder> create(qint64 parentId, const QString &name);
    Status rename(qint64 id, const QString &name);
    // Refuses moving a folder into itself or one of its descendants.
    Status move(qint64 id, qint64 newParentId);
    // Removes the folder with every folder and script inside it.
    Status remove(qint64 id);

    std::optional<Folder> find(qint64 id) const;
    // Ordered by parent, position, name.
    QList<Folder> all() const;

private:
    QSqlDatabase db() const;
    Status checkNameFree(qint64 parentId, const QString &name, qint64 exceptId) const;

    const Internal::SqlConnection &m_connection;
};

} // namespace Weir
