#include "databaseinspector.h"

#include "migrations.h"
#include "sqlconnection.h"
#include "sqlutil.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Weir::Internal {

namespace {

struct Probe
{
    QString error;
    QString integrity;
    qint64 applicationId = 0;
    int userVersion = 0;
    QSet<QString> tables;
};

Probe probe(const QSqlDatabase &db)
{
    Probe result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // quick_check reads every page, so damage shows here instead of in the middle of work.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        result.error = SqlUtil::errorText(query.lastError());
        return result;
    }
    result.integrity = query.value(0).toString();
    if (result.integrity != QLatin1String("ok"))
        return result;

    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        result.error = SqlUtil::errorText(query.lastError());
        return result;
    }
    result.applicationId = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        result.error = SqlUtil::errorText(query.lastError());
        return result;
    }
    result.userVersion = query.value(0).toInt();
    if (!query.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
        result.error = SqlUtil::errorText(query.lastError());
        return result;
    }
    while (query.next())
        result.tables.insert(query.value(0).toString());
    return result;
}

} // namespace

QString DatabaseInspector::problem(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.exists() || (info.isFile() && info.size() == 0))
        return QString();
    if (!info.isFile())
        return tr("it is not a file");

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return tr("it cannot be read (%1)").arg(file.errorString());
    const QByteArray header = file.read(100);
    file.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return tr("it is not a SQLite database");

    Probe result;
    {
        SqlConnection connection(QStringLiteral("inspect"));
        const Status opened = connection.open(filePath, SqlConnection::Mode::ReadOnly, 2000);
        if (!opened)
            return tr("it cannot be opened (%1)").arg(opened.error());
        result = probe(connection.database());
    }

    if (!result.error.isEmpty())
        return tr("it is damaged (%1)").arg(result.error);
    if (result.integrity != QLatin1String("ok"))
        return tr("it is damaged (integrity check: %1)").arg(result.integrity);
    if (result.applicationId != 0 && result.applicationId != Migrations::applicationId)
        return tr("it belongs to another application (SQLite application id %1)")
            .arg(result.applicationId);
    if (result.applicationId == 0 && !result.tables.isEmpty())
        return tr("it is not a Weir workspace: it holds tables of another application");
    if (result.userVersion > Migrations::latestVersion()) {
        return tr("it was written by a newer version of Weir (schema version %1; this Weir knows "
                  "up to %2)")
            .arg(result.userVersion)
            .arg(Migrations::latestVersion());
    }
    if (result.userVersion < 0)
        return tr("it has an invalid schema version (%1)").arg(result.userVersion);
    for (const QString &table : Migrations::tablesAt(result.userVersion)) {
        if (!result.tables.contains(table))
            return tr("it is incomplete: the table %1 is missing").arg(table);
    }
    return QString();
}

} // namespace Weir::Internal
