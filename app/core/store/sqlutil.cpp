#include "sqlutil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Weir::Internal {

QString SqlUtil::errorText(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    if (text.isEmpty())
        text = tr("unknown database error");
    return text;
}

Status SqlUtil::exec(QSqlQuery &query)
{
    if (query.exec())
        return Status();
    return Status::failure(
        tr("The workspace database reported an error: %1").arg(errorText(query.lastError())));
}

Status SqlUtil::exec(QSqlDatabase db, const QString &statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return Status();
    return Status::failure(
        tr("The workspace database reported an error: %1").arg(errorText(query.lastError())));
}

QDateTime SqlUtil::fromStored(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace Weir::Internal
