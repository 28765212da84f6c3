#include "scriptrepository.h"

#include "sqlconnection.h"
#include "sqlutil.h"
#include "transaction.h"
#include "treenames.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Weir {

using namespace Internal;

namespace {

qint64 nowStored()
{
    return SqlUtil::toStored(QDateTime::currentDateTimeUtc());
}

} // namespace

ScriptRepository::ScriptRepository(const SqlConnection &connection) : m_connection(connection) {}

QSqlDatabase ScriptRepository::db() const
{
    return m_connection.database();
}

Status ScriptRepository::checkNameFree(qint64 folderId, const QString &name, qint64 exceptId) const
{
    const Result<bool> taken =
        TreeNames::taken(db(), QStringLiteral("scripts"), folderId, name, exceptId);
    if (!taken)
        return Status::failure(taken.error());
    if (!taken.value())
        return Status();
    if (folderId == 0)
        return Status::failure(
            tr("A script named “%1” already exists at the top level.").arg(name));
    return Status::failure(
        tr("A script named “%1” already exists in “%2”.")
            .arg(name, TreeNames::folderName(db(), folderId).value_or(QString())));
}

Status ScriptRepository::addVersion(qint64 scriptId, const QString &text, qint64 now)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO script_versions (script_id, version, text, created_at) "
        "SELECT ?, ifnull(max(version), 0) + 1, ?, ? FROM script_versions WHERE script_id = ?"));
    query.addBindValue(scriptId);
    query.addBindValue(text);
    query.addBindValue(now);
    query.addBindValue(scriptId);
    return SqlUtil::exec(query);
}

Result<Script> ScriptRepository::create(qint64 folderId, const QString &name, ScriptType type,
                                        const QString &text)
{
    const Result<QString> cleanName = TreeNames::clean(name);
    if (!cleanName)
        return Result<Script>::failure(cleanName.error());

    Transaction transaction(db());
    if (Status status = transaction.begin(); !status)
        return Result<Script>::failure(status.error());
    if (!TreeNames::folderName(db(), folderId))
        return Result<Script>::failure(
            tr("The folder to create “%1” in no longer exists.").arg(cleanName.value()));
    if (Status status = checkNameFree(folderId, cleanName.value(), 0); !status)
        return Result<Script>::failure(status.error());

    const qint64 now = nowStored();
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO scripts (folder_id, name, type, text, settings_json, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, '{}', ?, ?)"));
    query.addBindValue(SqlUtil::idOrNull(folderId));
    query.addBindValue(cleanName.value());
    query.addBindValue(scriptTypeName(type));
    query.addBindValue(SqlUtil::nonNull(text));
    query.addBindValue(now);
    query.addBindValue(now);
    if (Status status = SqlUtil::exec(query); !status)
        return Result<Script>::failure(status.error());
    const qint64 id = query.lastInsertId().toLongLong();
    if (!text.isEmpty()) {
        if (Status status = addVersion(id, text, now); !status)
            return Result<Script>::failure(status.error());
    }
    if (Status status = transaction.commit(); !status)
        return Result<Script>::failure(status.error());

    const std::optional<Script> script = find(id);
    if (!script)
        return Result<Script>::failure(
            tr("The new script “%1” could not be read back.").arg(cleanName.value()));
    return *script;
}

QList<Script> ScriptRepository::select(const QString &where, qint64 id, bool withText) const
{
    QList<Script> scripts;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
                      "SELECT id, folder_id, name, type, %1, settings_json, created_at, updated_at "
                      "FROM scripts %2 ORDER BY ifnull(folder_id, 0), name")
                      .arg(withText ? QStringLiteral("text") : QStringLiteral("''"), where));
    if (!where.isEmpty())
        query.addBindValue(id);
    if (const Status status = SqlUtil::exec(query); !status) {
        qWarning("ScriptRepository: %s", qUtf8Printable(status.error()));
        return scripts;
    }
    while (query.next()) {
        Script script;
        script.id = query.value(0).toLongLong();
        script.folderId = query.value(1).toLongLong();
        script.name = query.value(2).toString();
        // The CHECK constraint keeps the type valid; the fallback only guards hand-edited files.
        script.type = scriptTypeFromName(query.value(3).toString()).value_or(ScriptType::FlinkSql);
        script.text = query.value(4).toString();
        script.settings = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        script.createdAt = SqlUtil::fromStored(query.value(6));
        script.updatedAt = SqlUtil::fromStored(query.value(7));
        scripts.append(script);
    }
    return scripts;
}

std::optional<Script> ScriptRepository::find(qint64 id) const
{
    const QList<Script> found = select(QStringLiteral("WHERE id = ?"), id, true);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Script> ScriptRepository::all() const
{
    return select(QString(), 0, true);
}

QList<Script> ScriptRepository::allWithoutText() const
{
    return select(QString(), 0, false);
}

Status ScriptRepository::rename(qint64 id, const QString &name)
{
    const Result<QString> cleanName = TreeNames::clean(name);
    if (!cleanName)
        return Status::failure(cleanName.error());

    Transaction transaction(db());
    if (Status status = transaction.begin(); !status)
        return status;
    const QList<Script> found = select(QStringLiteral("WHERE id = ?"), id, false);
    if (found.isEmpty())
        return Status::failure(tr("The script no longer exists."));
    if (Status status = checkNameFree(found.constFirst().folderId, cleanName.value(), id); !status)
        return status;

    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE scripts SET name = ? WHERE id = ?"));
    query.addBindValue(cleanName.value());
    query.addBindValue(id);
    if (Status status = SqlUtil::exec(query); !status)
        return status;
    return transaction.commit();
}

Status ScriptRepository::move(qint64 id, qint64 folderId)
{
    Transaction transaction(db());
    if (Status status = transaction.begin(); !status)
        return status;
    const QList<Script> found = select(QStringLiteral("WHERE id = ?"), id, false);
    if (found.isEmpty())
        return Status::failure(tr("The script no longer exists."));
    const Script &script = found.constFirst();
    if (script.folderId == folderId)
        return Status();
    if (!TreeNames::folderName(db(), folderId))
        return Status::failure(
            tr("The folder to move “%1” into no longer exists.").arg(script.name));
    if (Status status = checkNameFree(folderId, script.name, id); !status)
        return status;

    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE scripts SET folder_id = ? WHERE id = ?"));
    query.addBindValue(SqlUtil::idOrNull(folderId));
    query.addBindValue(id);
    if (Status status = SqlUtil::exec(query); !status)
        return status;
    return transaction.commit();
}

Status ScriptRepository::remove(qint64 id)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM scripts WHERE id = ?"));
    query.addBindValue(id);
    if (Status status = SqlUtil::exec(query); !status)
        return status;
    if (query.numRowsAffected() == 0)
        return Status::failure(tr("The script no longer exists."));
    return Status();
}

Result<bool> ScriptRepository::saveText(qint64 id, const QString &text)
{
    Transaction transaction(db());
    if (Status status = transaction.begin(); !status)
        return Result<bool>::failure(status.error());
    QSqlQuery current(db());
    current.prepare(QStringLiteral("SELECT text FROM scripts WHERE id = ?"));
    current.addBindValue(id);
    if (Status status = SqlUtil::exec(current); !status)
        return Result<bool>::failure(status.error());
    if (!current.next())
        return Result<bool>::failure(tr("The script no longer exists; its text was not saved."));
    if (current.value(0).toString() == text)
        return false;
    current.finish();

    const qint64 now = nowStored();
    QSqlQuery update(db());
    update.prepare(QStringLiteral("UPDATE scripts SET text = ?, updated_at = ? WHERE id = ?"));
    update.addBindValue(SqlUtil::nonNull(text));
    update.addBindValue(now);
    update.addBindValue(id);
    if (Status status = SqlUtil::exec(update); !status)
        return Result<bool>::failure(status.error());
    if (Status status = addVersion(id, SqlUtil::nonNull(text), now); !status)
        return Result<bool>::failure(status.error());
    if (Status status = transaction.commit(); !status)
        return Result<bool>::failure(status.error());
    return true;
}

Status ScriptRepository::setSettings(qint64 id, const QJsonObject &settings)
{
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("UPDATE scripts SET settings_json = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
    query.addBindValue(nowStored());
    query.addBindValue(id);
    if (Status status = SqlUtil::exec(query); !status)
        return status;
    if (query.numRowsAffected() == 0)
        return Status::failure(tr("The script no longer exists; its settings were not saved."));
    return Status();
}

Status ScriptRepository::mergeSettings(qint64 id, const QJsonObject &part)
{
    const std::optional<Script> script = find(id);
    if (!script)
        return Status::failure(tr("The script no longer exists; its settings were not saved."));
    QJsonObject merged = script->settings;
    for (auto it = part.begin(); it != part.end(); ++it)
        merged.insert(it.key(), it.value());
    return setSettings(id, merged);
}

QList<ScriptVersion> ScriptRepository::versions(qint64 scriptId) const
{
    QList<ScriptVersion> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, script_id, version, text, created_at FROM script_versions "
                       "WHERE script_id = ? ORDER BY version"));
    query.addBindValue(scriptId);
    if (const Status status = SqlUtil::exec(query); !status) {
        qWarning("ScriptRepository::versions: %s", qUtf8Printable(status.error()));
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toInt(), query.value(3).toString(),
                       SqlUtil::fromStored(query.value(4))});
    }
    return result;
}

} // namespace Weir
