#include "migrations.h"

#include "sqlutil.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Weir::Internal {

namespace {

QList<MigrationStep> buildSteps()
{
    QList<MigrationStep> steps;

    // v1: the project tree and the settings.
    steps.append(
        {1,
         {QStringLiteral(R"(CREATE TABLE folders (
                        id INTEGER PRIMARY KEY,
                        parent_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
                        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                        position INTEGER NOT NULL DEFAULT 0))"),
          // NULL parents are distinct in a plain UNIQUE, so index the root as 0.
          QStringLiteral(
              "CREATE UNIQUE INDEX folders_unique_name ON folders(ifnull(parent_id, 0), name)"),
          QStringLiteral("CREATE INDEX folders_parent ON folders(parent_id)"),
          QStringLiteral(R"(CREATE TABLE scripts (
                        id INTEGER PRIMARY KEY,
                        folder_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
                        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                        type TEXT NOT NULL CHECK (type IN ('FlinkSQL', 'FlinkSQLEnv', 'SQL')),
                        text TEXT NOT NULL DEFAULT '',
                        settings_json TEXT NOT NULL DEFAULT '{}',
                        created_at INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL))"),
          QStringLiteral(
              "CREATE UNIQUE INDEX scripts_unique_name ON scripts(ifnull(folder_id, 0), name)"),
          QStringLiteral("CREATE INDEX scripts_folder ON scripts(folder_id)"),
          QStringLiteral(R"(CREATE TABLE settings (
                        key TEXT PRIMARY KEY,
                        type TEXT NOT NULL,
                        value))"),
          QStringLiteral("PRAGMA application_id = %1").arg(Migrations::applicationId)},
         {QStringLiteral("folders"), QStringLiteral("scripts"), QStringLiteral("settings")}});

    // v2: version history of scripts, and clusters.
    steps.append(
        {2,
         {QStringLiteral(R"(CREATE TABLE script_versions (
                        id INTEGER PRIMARY KEY,
                        script_id INTEGER NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
                        version INTEGER NOT NULL CHECK (version > 0),
                        text TEXT NOT NULL,
                        created_at INTEGER NOT NULL,
                        UNIQUE (script_id, version)))"),
          // History starts from what the user already had, not from the next save.
          QStringLiteral(R"(INSERT INTO script_versions (script_id, version, text, created_at)
                        SELECT id, 1, text, updated_at FROM scripts WHERE text <> '')"),
          QStringLiteral(R"(CREATE TABLE clusters (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
                        gateway_url TEXT NOT NULL DEFAULT '',
                        jobmanager_url TEXT NOT NULL DEFAULT '',
                        auth_kind TEXT NOT NULL DEFAULT 'none' CHECK (auth_kind IN ('none', 'basic', 'bearer')),
                        user_name TEXT NOT NULL DEFAULT '',
                        secret_ref TEXT NOT NULL DEFAULT '',
                        verify_tls INTEGER NOT NULL DEFAULT 1,
                        ca_certificate_path TEXT NOT NULL DEFAULT '',
                        flink_version TEXT NOT NULL DEFAULT '',
                        is_local INTEGER NOT NULL DEFAULT 0))")},
         {QStringLiteral("script_versions"), QStringLiteral("clusters")}});

    // v3: the journal of unsaved edits, written from a worker thread.
    steps.append({3,
                  {QStringLiteral(R"(CREATE TABLE edit_journal (
                        script_id INTEGER PRIMARY KEY REFERENCES scripts(id) ON DELETE CASCADE,
                        text TEXT NOT NULL,
                        saved_at INTEGER NOT NULL))")},
                  {QStringLiteral("edit_journal")}});

    // v4: the run history and the workspace's global variables (a secret's value lives in the
    // keychain; only its key is stored).
    steps.append(
        {4,
         {QStringLiteral(R"(CREATE TABLE run_history (
                        id INTEGER PRIMARY KEY,
                        script_id INTEGER REFERENCES scripts(id) ON DELETE SET NULL,
                        script_name TEXT NOT NULL DEFAULT '',
                        statement TEXT NOT NULL,
                        line_number INTEGER NOT NULL DEFAULT 1,
                        column_number INTEGER NOT NULL DEFAULT 1,
                        target TEXT NOT NULL DEFAULT '',
                        started_at INTEGER NOT NULL,
                        ended_at INTEGER,
                        status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'failed', 'stopped', 'skipped')),
                        row_count INTEGER NOT NULL DEFAULT 0,
                        job_id TEXT NOT NULL DEFAULT '',
                        error TEXT NOT NULL DEFAULT ''))"),
          QStringLiteral("CREATE INDEX run_history_script ON run_history(script_id, started_at)"),
          QStringLiteral("CREATE INDEX run_history_started ON run_history(started_at)"),
          QStringLiteral(R"(CREATE TABLE variables (
                        name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
                        value TEXT NOT NULL DEFAULT '',
                        secret INTEGER NOT NULL DEFAULT 0,
                        secret_ref TEXT NOT NULL DEFAULT '',
                        description TEXT NOT NULL DEFAULT ''))")},
         {QStringLiteral("run_history"), QStringLiteral("variables")}});

    // v5: the savepoint registry: savepoints and checkpoints per script, job and cluster.
    steps.append(
        {5,
         {QStringLiteral(R"(CREATE TABLE savepoints (
                        id INTEGER PRIMARY KEY,
                        script_id INTEGER REFERENCES scripts(id) ON DELETE SET NULL,
                        script_name TEXT NOT NULL DEFAULT '',
                        job_id TEXT NOT NULL,
                        job_name TEXT NOT NULL DEFAULT '',
                        cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
                        cluster_name TEXT NOT NULL DEFAULT '',
                        path TEXT NOT NULL DEFAULT '',
                        kind TEXT NOT NULL CHECK (kind IN ('savepoint', 'checkpoint')),
                        operation TEXT NOT NULL DEFAULT 'trigger' CHECK (operation IN ('trigger', 'stop', 'cancel', 'observed')),
                        triggered_at INTEGER NOT NULL,
                        completed_at INTEGER,
                        status TEXT NOT NULL CHECK (status IN ('pending', 'completed', 'failed')),
                        error TEXT NOT NULL DEFAULT ''))"),
          QStringLiteral("CREATE INDEX savepoints_script ON savepoints(script_id, triggered_at)"),
          QStringLiteral("CREATE INDEX savepoints_job ON savepoints(job_id, triggered_at)")},
         {QStringLiteral("savepoints")}});

    // v6: alerts: instances (a channel and its settings; secrets only as keychain keys),
    // groups of instances, and the history of every send.
    steps.append(
        {6,
         {QStringLiteral(R"(CREATE TABLE alert_instances (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
                        kind TEXT NOT NULL CHECK (kind IN ('dingtalk', 'wecom', 'feishu', 'http', 'email', 'desktop')),
                        settings_json TEXT NOT NULL DEFAULT '{}',
                        secret_ref TEXT NOT NULL DEFAULT '',
                        enabled INTEGER NOT NULL DEFAULT 1))"),
          QStringLiteral(R"(CREATE TABLE alert_groups (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
                        description TEXT NOT NULL DEFAULT ''))"),
          QStringLiteral(R"(CREATE TABLE alert_group_members (
                        group_id INTEGER NOT NULL REFERENCES alert_groups(id) ON DELETE CASCADE,
                        instance_id INTEGER NOT NULL REFERENCES alert_instances(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (group_id, instance_id)))"),
          QStringLiteral(R"(CREATE TABLE alert_history (
                        id INTEGER PRIMARY KEY,
                        sent_at INTEGER NOT NULL,
                        rule TEXT NOT NULL,
                        group_id INTEGER REFERENCES alert_groups(id) ON DELETE SET NULL,
                        instance_id INTEGER REFERENCES alert_instances(id) ON DELETE SET NULL,
                        instance_name TEXT NOT NULL DEFAULT '',
                        instance_kind TEXT NOT NULL DEFAULT '',
                        cluster_name TEXT NOT NULL DEFAULT '',
                        job_id TEXT NOT NULL DEFAULT '',
                        job_name TEXT NOT NULL DEFAULT '',
                        status TEXT NOT NULL DEFAULT '',
                        message TEXT NOT NULL DEFAULT '',
                        ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
                        error TEXT NOT NULL DEFAULT ''))"),
          QStringLiteral("CREATE INDEX alert_history_sent ON alert_history(sent_at)"),
          QStringLiteral("CREATE INDEX alert_history_job ON alert_history(job_id, sent_at)")},
         {QStringLiteral("alert_instances"), QStringLiteral("alert_groups"),
          QStringLiteral("alert_group_members"), QStringLiteral("alert_history")}});

    // v7: the script lifecycle (develop, published, online, offline, retired): each script's
    // state, frozen version and online job, and the history of its transitions. A script with
    // no row is in development, so existing scripts need no data.
    steps.append(
        {7,
         {QStringLiteral(R"(CREATE TABLE script_lifecycle (
                        script_id INTEGER PRIMARY KEY REFERENCES scripts(id) ON DELETE CASCADE,
                        state TEXT NOT NULL DEFAULT 'develop' CHECK (state IN ('develop', 'published', 'online', 'offline', 'retired')),
                        published_version INTEGER NOT NULL DEFAULT 0,
                        job_id TEXT NOT NULL DEFAULT '',
                        cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
                        updated_at INTEGER NOT NULL))"),
          QStringLiteral(R"(CREATE TABLE lifecycle_events (
                        id INTEGER PRIMARY KEY,
                        script_id INTEGER NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
                        from_state TEXT NOT NULL,
                        to_state TEXT NOT NULL,
                        at INTEGER NOT NULL,
                        version INTEGER NOT NULL DEFAULT 0,
                        job_id TEXT NOT NULL DEFAULT '',
                        savepoint_path TEXT NOT NULL DEFAULT '',
                        note TEXT NOT NULL DEFAULT ''))"),
          QStringLiteral("CREATE INDEX lifecycle_events_script ON lifecycle_events(script_id, at)")},
         {QStringLiteral("script_lifecycle"), QStringLiteral("lifecycle_events")}});

    return steps;
}

} // namespace

const QList<MigrationStep> &Migrations::steps()
{
    static const QList<MigrationStep> all = buildSteps();
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

QStringList Migrations::tablesAt(int version)
{
    QStringList tables;
    for (const MigrationStep &step : steps()) {
        if (step.version <= version)
            tables += step.newTables;
    }
    return tables;
}

Result<int> Migrations::userVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Result<int>::failure(SqlUtil::errorText(query.lastError()));
    return query.value(0).toInt();
}

Status Migrations::migrate(const QSqlDatabase &db, int targetVersion)
{
    const Result<int> current = userVersion(db);
    if (!current)
        return Status::failure(tr("Cannot read the schema version: %1").arg(current.error()));
    if (current.value() > latestVersion()) {
        return Status::failure(
            tr("The database has schema version %1, newer than this Weir knows (%2).")
                .arg(current.value())
                .arg(latestVersion()));
    }

    for (const MigrationStep &step : steps()) {
        if (step.version <= current.value() || step.version > targetVersion)
            continue;
        Transaction transaction(db);
        Status status = transaction.begin();
        for (int i = 0; status.ok() && i < step.statements.size(); ++i)
            status = SqlUtil::exec(db, step.statements.at(i));
        if (status.ok())
            status =
                SqlUtil::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        if (status.ok())
            status = transaction.commit();
        if (!status.ok()) {
            return Status::failure(tr("Cannot upgrade the database to schema version %1: %2")
                                       .arg(step.version)
                                       .arg(status.error()));
        }
    }
    return Status();
}

} // namespace Weir::Internal
