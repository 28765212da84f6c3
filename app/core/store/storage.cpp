#include "storage.h"

#include "databaseinspector.h"
#include "databasequarantine.h"
#include "migrations.h"
#include "sqlconnection.h"
#include "workspace/workspacepaths.h"

#include <QTemporaryFile>

namespace Weir {

using namespace Internal;

namespace {

// Short enough for the GUI thread; the journal writer is the only other writer and its
// transactions are tiny.
constexpr int busyTimeoutMs = 2000;

} // namespace

Result<std::unique_ptr<Storage>> Storage::open(const WorkspacePaths &paths)
{
    using StorageResult = Result<std::unique_ptr<Storage>>;

    if (const QString error = paths.ensureExists(); !error.isEmpty())
        return StorageResult::failure(error);
    // SQLite needs to create -wal and -shm files next to the database, so probe the
    // directory itself rather than trusting permission bits.
    {
        QTemporaryFile probe(paths.dataDir() + QStringLiteral("/.weir-write-test-XXXXXX"));
        if (!probe.open()) {
            return StorageResult::failure(tr("The data directory %1 is not writable (%2).")
                                              .arg(paths.dataDir(), probe.errorString()));
        }
    }

    const QString filePath = paths.databaseFile();
    QString notice;
    if (const QString problem = DatabaseInspector::problem(filePath); !problem.isEmpty()) {
        const Result<QString> setAside = DatabaseQuarantine::setAside(filePath);
        if (!setAside) {
            return StorageResult::failure(tr("The workspace database %1 cannot be used: %2. %3")
                                              .arg(filePath, problem, setAside.error()));
        }
        notice =
            tr("The workspace database %1 could not be used: %2. It was renamed to %3 and kept "
               "unchanged; Weir started with a new, empty workspace.")
                .arg(filePath, problem, setAside.value());
    }

    auto connection = std::make_unique<SqlConnection>(QStringLiteral("storage"));
    if (Status status = connection->open(filePath, SqlConnection::Mode::ReadWrite, busyTimeoutMs);
        !status)
        return StorageResult::failure(status.error());
    if (Status status = Migrations::migrate(connection->database()); !status)
        return StorageResult::failure(
            tr("The workspace database %1: %2").arg(filePath, status.error()));
    const Result<int> version = Migrations::userVersion(connection->database());
    if (!version)
        return StorageResult::failure(
            tr("The workspace database %1: %2").arg(filePath, version.error()));

    return std::unique_ptr<Storage>(
        new Storage(std::move(connection), filePath, version.value(), notice));
}

Storage::Storage(std::unique_ptr<SqlConnection> connection, const QString &filePath,
                 int schemaVersion, const QString &notice)
    : m_connection(std::move(connection)), m_filePath(filePath), m_schemaVersion(schemaVersion),
      m_notice(notice), m_folders(*m_connection), m_scripts(*m_connection),
      m_clusters(*m_connection), m_settings(*m_connection), m_runHistory(*m_connection),
      m_variables(*m_connection), m_savepoints(*m_connection),
      m_alertConfig(*m_connection), m_alertHistory(*m_connection), m_lifecycle(*m_connection),
      m_journal(std::make_unique<EditJournal>(filePath, *m_connection))
{}

Storage::~Storage()
{
    // The journal writes its last edits through its own connection; let it finish
    // before the main connection goes, so the last close checkpoints the WAL.
    m_journal.reset();
    m_connection.reset();
}

int Storage::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

} // namespace Weir
