#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Weir::Internal {

// One named Qt SQL connection to a workspace file, configured on open and removed with
// its owner. Qt SQL connections are per thread: it lives on the thread that opened it.
class SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(SqlConnection)

public:
    enum class Mode { ReadOnly, ReadWrite };

    // purpose goes into the connection name, which helps when Qt warns about a connection.
    explicit SqlConnection(const QString &purpose);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    // ReadWrite turns on WAL (persistent in the file), foreign keys and a busy timeout;
    // ReadOnly never writes a byte to the file, so it can look at files that are not ours.
    Status open(const QString &filePath, Mode mode, int busyTimeoutMs);
    void close();

    bool isOpen() const;
    QString name() const { return m_name; }
    QSqlDatabase database() const;

private:
    QString m_name;
    bool m_added = false;
};

} // namespace Weir::Internal
