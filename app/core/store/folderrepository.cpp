#include "folderrepository.h"

#include "sqlconnection.h"
#include "sqlutil.h"
#include "transaction.h"
#include "treenames.h"

#include <QSqlQuery>

namespace Weir {

using namespace Internal;

namespace {

Folder folderFrom(const QSqlQuery &query)
{
    Folder folder;
    folder.id = query.value(0).toLongLong();
    folder.parentId = query.value(1).toLongLong(); // NULL reads as 0 = root
    folder.name = query.value(2).toString();
    folder.position = query.value(3).toInt();
    return folder;
}

} // namespace

FolderRepository::FolderRepository(const SqlConnection &connection) : m_connection(connection) {}

QSqlDatabase FolderRepository::db() const
{
    return m_connection.database();
}

Status FolderRepository::checkNameFree(qint64 parentId, const QString &name, qint64 exceptId) const
{
    const Result<bool> taken =
        TreeNames::taken(db(), QStringLiteral("folders"), parentId, name, exceptId);
    if (!taken)
        return Status::failure(taken.error());
    if (!taken.value())
        return Status();
    if (parentId == 0)
        return Status::failure(
            tr("A folder named “%1” already exists at the top level.").arg(name));
    return Status::failure(
        tr("A folder named “%1” already exists in “%2”.")
            .arg(name, TreeNames::folderName(db(), parentId).value_or(QString())));
}

Result<Folder> FolderRepository::create(qint64 parentId, const QString &name)
{
    const Result<QString> cleanName = TreeNames::clean(name);
    if (!cleanName)
        return Result<Folder>::failure(cleanName.error());

    Transaction transaction(db());
    if (Status status = transaction.begin(); !status)
        return Result<Folder>::failure(status.error());
    if (!TreeNames::folderName(db(), parentId))
        return Result<Folder>::failure(
            tr("The folder to create “%1” in no longer exists.").arg(cleanName.value()));
    if (Status status = checkNameFree(parentId, cleanName.value(), 0); !status)
        return Result<Folder>::failure(status.error());

    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO folders (parent_id, name, position) "
        "SELECT ?, ?, ifnull(max(position), -1) + 1 FROM folders WHERE ifnull(parent_id, 0) = ?"));
    query.addBindValue(SqlUtil::idOrNull(parentId));
    query.addBindValue(cleanName.value());
    query.addBindValue(parentId);
    if (Status status = SqlUtil::exec(query); !status)
        return Result<Folder>::failure(status.error());
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status status = transaction.commit(); !status)
        return Result<Folder>::failure(status.error());

    const std::optional<Folder> folder = find(id);
    if (!folder)
        return Result<Folder>::failure(
            tr("The new folder “%1” could not be read back.").arg(cleanName.value()));
    return *folder;
}

Status FolderRepository::rename(qint64 id, const QString &name)
{
    const Result<QString> cleanName = TreeNames::clean(name);
    if (!cleanName)
        return Status::failure(cleanName.error());

    Transaction transaction(db());
    if (Status status = transaction.begin(); !status)
        return status;
    const std::optional<Folder> folder = find(id);
    if (!folder)
        return Status::failure(tr("The folder no longer exists."));
    if (Status status = checkNameFree(folder->parentId, cleanName.value(), id); !status)
        return status;

    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE folders SET name = ? WHERE id = ?"));
    query.addBindValue(cleanName.value());
    query.addBindValue(id);
    if (Status status = SqlUtil::exec(query); !status)
        return status;
    return transaction.commit();
}

Status FolderRepository::move(qint64 id, qint64 newParentId)
{
    Transaction transaction(db());
    if (Status status = transaction.begin(); !status)
        return status;
    const std::optional<Folder> folder = find(id);
    if (!folder)
        return Status::failure(tr("The folder no longer exists."));
    if (folder->parentId == newParentId)
        return Status();
    if (newParentId == id)
        return Status::failure(tr("Cannot move the folder “%1” into itself.").arg(folder->name));
    const std::optional<QString> targetName = TreeNames::folderName(db(), newParentId);
    if (!targetName)
        return Status::failure(
            tr("The folder to move “%1” into no longer exists.").arg(folder->name));

    // Walk up from the target: meeting the moved folder means the target is inside it.
    QSqlQuery ancestors(db());
    ancestors.prepare(QStringLiteral(
        "WITH RECURSIVE up(id, parent_id) AS ("
        " SELECT id, parent_id FROM folders WHERE id = ?"
        " UNION ALL SELECT f.id, f.parent_id FROM folders f JOIN up ON f.id = up.parent_id)"
        " SELECT 1 FROM up WHERE id = ?"));
    ancestors.addBindValue(newParentId);
    ancestors.addBindValue(id);
    if (Status status = SqlUtil::exec(ancestors); !status)
        return status;
    if (ancestors.next()) {
        return Status::failure(tr("Cannot move the folder “%1” into “%2”, which is inside it.")
                                   .arg(folder->name, *targetName));
    }
    if (Status status = checkNameFree(newParentId, folder->name, id); !status)
        return status;

    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "UPDATE folders SET parent_id = ?, position = "
        "(SELECT ifnull(max(position), -1) + 1 FROM folders WHERE ifnull(parent_id, 0) = ?) "
        "WHERE id = ?"));
    query.addBindValue(SqlUtil::idOrNull(newParentId));
    query.addBindValue(newParentId);
    query.addBindValue(id);
    if (Status status = SqlUtil::exec(query); !status)
        return status;
    return transaction.commit();
}

Status FolderRepository::remove(qint64 id)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?"));
    query.addBindValue(id);
    if (Status status = SqlUtil::exec(query); !status)
        return status;
    if (query.numRowsAffected() == 0)
        return Status::failure(tr("The folder no longer exists."));
    return Status();
}

std::optional<Folder> FolderRepository::find(qint64 id) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT id, parent_id, name, position FROM folders WHERE id = ?"));
    query.addBindValue(id);
    if (!SqlUtil::exec(query) || !query.next())
        return std::nullopt;
    return folderFrom(query);
}

QList<Folder> FolderRepository::all() const
{
    QList<Folder> folders;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, parent_id, name, position FROM folders "
                                 "ORDER BY ifnull(parent_id, 0), position, name"));
    if (const Status status = SqlUtil::exec(query); !status) {
        qWarning("FolderRepository::all: %s", qUtf8Printable(status.error()));
        return folders;
    }
    while (query.next())
        folders.append(folderFrom(query));
    return folders;
}

} // namespace Weir
