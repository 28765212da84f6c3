#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariant>

class QSqlError;
class QSqlQuery;
class QSqlDatabase;

namespace Weir::Internal {

// Small conversions shared by the repositories: errors, timestamps, nullable ids. Any thread.
class SqlUtil
{
    Q_DECLARE_TR_FUNCTIONS(SqlUtil)

public:
    static QString errorText(const QSqlError &error);
    // Executes a prepared query; the failure message carries SQLite's reason.
    static Status exec(QSqlQuery &query);
    static Status exec(QSqlDatabase db, const QString &statement);

    // Timestamps are stored as UTC milliseconds since the epoch: compact and sortable.
    static qint64 toStored(const QDateTime &time) { return time.toMSecsSinceEpoch(); }
    static QDateTime fromStored(const QVariant &value);

    // Id 0 means "the root" in the API and NULL in the database.
    // A null QString binds as NULL; text columns are NOT NULL, so bind "" instead.
    static QString nonNull(const QString &text)
    {
        return text.isNull() ? QStringLiteral("") : text;
    }

    static QVariant idOrNull(qint64 id) { return id == 0 ? QVariant() : QVariant(id); }
};

} // namespace Weir::Internal
