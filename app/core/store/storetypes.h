#pragma once

// Value types of the workspace store. Plain data, copied freely between threads.

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace Weir {

// What a script is run as. Stored and printed as "FlinkSQL", "FlinkSQLEnv", "SQL".
enum class ScriptType { FlinkSql, FlinkSqlEnv, Sql };

QString scriptTypeName(ScriptType type);
std::optional<ScriptType> scriptTypeFromName(const QString &name);

struct Folder
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 = root
    QString name;
    int position = 0;
};

struct Script
{
    qint64 id = 0;
    qint64 folderId = 0; // 0 = root
    QString name;
    ScriptType type = ScriptType::FlinkSql;
    QString text; // empty when read through ScriptRepository::allWithoutText()
    QJsonObject settings;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct ScriptVersion
{
    qint64 id = 0;
    qint64 scriptId = 0;
    int version = 0; // 1, 2, 3... per script
    QString text;
    QDateTime createdAt;
};

struct Cluster
{
    qint64 id = 0;
    QString name;
    QString gatewayUrl;
    QString jobManagerUrl;
    QString authKind = QStringLiteral("none"); // "none" | "basic" | "bearer"
    QString userName;
    QString secretRef; // keychain key, never the secret itself
    bool verifyTls = true;
    QString caCertificatePath;
    QString flinkVersion;
    bool isLocal = false;
};

struct JournalEntry
{
    qint64 scriptId = 0;
    QString text;
    QDateTime savedAt;
};

} // namespace Weir
