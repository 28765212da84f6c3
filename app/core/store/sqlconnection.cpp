#include "sqlconnection.h"

#include "sqlutil.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace Weir::Internal {

namespace {
QAtomicInteger<quint64> connectionCounter;
}

SqlConnection::SqlConnection(const QString &purpose)
    : m_name(QStringLiteral("weir-%1-%2").arg(purpose).arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

SqlConnection::~SqlConnection()
{
    close();
}

Status SqlConnection::open(const QString &filePath, Mode mode, int busyTimeoutMs)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Status::failure(tr("The SQLite driver of Qt (QSQLITE) is not installed."));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_added = true;
        db.setDatabaseName(filePath);
        if (mode == Mode::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            const QString reason = SqlUtil::errorText(db.lastError());
            return Status::failure(tr("Cannot open the database %1: %2").arg(filePath, reason));
        }

        QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)};
        if (mode == Mode::ReadWrite) {
            pragmas << QStringLiteral("PRAGMA foreign_keys = ON")
                    // NORMAL is safe under WAL (no corruption, only the last commits can be
                    // lost on power failure) and keeps GUI-thread commits free of fsync.
                    << QStringLiteral("PRAGMA synchronous = NORMAL");
        }
        QSqlQuery query(db);
        for (const QString &pragma : std::as_const(pragmas)) {
            if (!query.exec(pragma)) {
                return Status::failure(tr("Cannot configure the database %1: %2")
                                           .arg(filePath, SqlUtil::errorText(query.lastError())));
            }
        }
        if (mode == Mode::ReadWrite) {
            // WAL lets the edit journal write from its own thread while the GUI reads.
            if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
                query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
                return Status::failure(
                    tr("Cannot switch the database %1 to write-ahead logging: %2")
                        .arg(filePath, SqlUtil::errorText(query.lastError())));
            }
        }
    }
    return Status();
}

void SqlConnection::close()
{
    if (!m_added)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_added = false;
}

bool SqlConnection::isOpen() const
{
    return m_added && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Weir::Internal
