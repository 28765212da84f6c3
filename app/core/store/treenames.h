#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Weir::Internal {

// Rules for names in the project tree shared by folders and scripts. Same thread as the connection.
class TreeNames
{
    Q_DECLARE_TR_FUNCTIONS(TreeNames)

public:
    // The name as stored (trimmed), or why it is refused.
    static Result<QString> clean(const QString &name);
    // Name of folder id; nullopt when it does not exist. Id 0 (the root) has no name.
    static std::optional<QString> folderName(const QSqlDatabase &db, qint64 id);
    // True when a sibling (other than exceptId) of the given table already has this name.
    // table is "folders" (parent column parent_id) or "scripts" (folder_id).
    static Result<bool> taken(const QSqlDatabase &db, const QString &table, qint64 parentId,
                              const QString &name, qint64 exceptId);
};

} // namespace Weir::Internal
