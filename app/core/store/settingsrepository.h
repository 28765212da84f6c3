#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>

namespace Weir {

namespace Internal {
class SqlConnection;
}

// Untyped key/value store under Settings (app/core/settings), which owns the keys, types
// and defaults. GUI thread, through Storage's connection.
//
// Each row keeps its type, so a value reads back as what was written: bool, integers
// (read back as qint64), double, QString, QByteArray (stored as a BLOB), QStringList,
// QList<qint64>, QDateTime (UTC), QJsonObject / QJsonArray.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    explicit SettingsRepository(const Internal::SqlConnection &connection);

    // An invalid QVariant when the key was never set.
    QVariant value(const QString &key) const;
    // An invalid QVariant removes the key. Other types not listed above are refused.
    Status setValue(const QString &key, const QVariant &value);
    Status remove(const QString &key);

private:
    QSqlDatabase db() const;

    const Internal::SqlConnection &m_connection;
};

} // namespace Weir
