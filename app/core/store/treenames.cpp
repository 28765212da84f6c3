#include "treenames.h"

#include "sqlutil.h"

#include <QSqlQuery>

namespace Weir::Internal {

Result<QString> TreeNames::clean(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Result<QString>::failure(tr("A name cannot be empty."));
    for (QChar c : trimmed) {
        // A line break or control character would be invisible in the tree and in file names on
        // export.
        if (c.category() == QChar::Other_Control)
            return Result<QString>::failure(
                tr("A name cannot contain line breaks or control characters."));
    }
    return trimmed;
}

std::optional<QString> TreeNames::folderName(const QSqlDatabase &db, qint64 id)
{
    if (id == 0)
        return QString();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM folders WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

Result<bool> TreeNames::taken(const QSqlDatabase &db, const QString &table, qint64 parentId,
                              const QString &name, qint64 exceptId)
{
    const QString parentColumn = table == QLatin1String("folders") ? QStringLiteral("parent_id")
                                                                   : QStringLiteral("folder_id");
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT 1 FROM %1 WHERE ifnull(%2, 0) = ? AND name = ? AND id <> ?")
            .arg(table, parentColumn));
    query.addBindValue(parentId);
    query.addBindValue(name);
    query.addBindValue(exceptId);
    if (const Status status = SqlUtil::exec(query); !status)
        return Result<bool>::failure(status.error());
    return query.next();
}

} // namespace Weir::Internal
