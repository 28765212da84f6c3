#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Weir::Internal {

// One forward-only step of the schema: what it runs and which tables exist from then on.
struct MigrationStep
{
    int version = 0;
    QStringList statements;
    QStringList newTables;
};

// The ordered schema history of a workspace database, kept in PRAGMA user_version.
// Steps are never edited once released: a change of schema is a new step at the end.
// Runs on the thread that owns the connection (the GUI thread, at open).
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    // PRAGMA application_id of a Weir database ("Weir" in ASCII), set by step 1.
    static constexpr qint32 applicationId = 0x57656972;

    static const QList<MigrationStep> &steps();
    static int latestVersion();
    // Tables a database at this schema version must have (used to refuse damaged files).
    static QStringList tablesAt(int version);

    static Result<int> userVersion(const QSqlDatabase &db);
    // Runs every step after the current user_version up to targetVersion, each in its
    // own transaction together with its user_version bump. Tests pass an older target to
    // build databases as an earlier Weir left them.
    static Status migrate(const QSqlDatabase &db, int targetVersion = latestVersion());
};

} // namespace Weir::Internal
