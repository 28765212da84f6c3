#include "clusterrepository.h"

#include "sqlconnection.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlQuery>

namespace Weir {

using namespace Internal;

namespace {

const QString columns =
    QStringLiteral("name, gateway_url, jobmanager_url, auth_kind, user_name, secret_ref, "
                   "verify_tls, ca_certificate_path, flink_version, is_local");

void bindFields(QSqlQuery &query, const Cluster &cluster)
{
    query.addBindValue(cluster.name);
    query.addBindValue(SqlUtil::nonNull(cluster.gatewayUrl));
    query.addBindValue(SqlUtil::nonNull(cluster.jobManagerUrl));
    query.addBindValue(cluster.authKind);
    query.addBindValue(SqlUtil::nonNull(cluster.userName));
    query.addBindValue(SqlUtil::nonNull(cluster.secretRef));
    query.addBindValue(cluster.verifyTls ? 1 : 0);
    query.addBindValue(SqlUtil::nonNull(cluster.caCertificatePath));
    query.addBindValue(SqlUtil::nonNull(cluster.flinkVersion));
    query.addBindValue(cluster.isLocal ? 1 : 0);
}

} // namespace

ClusterRepository::ClusterRepository(const SqlConnection &connection) : m_connection(connection) {}

QSqlDatabase ClusterRepository::db() const
{
    return m_connection.database();
}

Result<Cluster> ClusterRepository::validated(const Cluster &cluster) const
{
    Cluster clean = cluster;
    clean.name = cluster.name.trimmed();
    if (clean.name.isEmpty())
        return Result<Cluster>::failure(tr("A cluster needs a name."));
    if (clean.authKind.isEmpty())
        clean.authKind = QStringLiteral("none");
    static const QStringList authKinds{QStringLiteral("none"), QStringLiteral("basic"),
                                       QStringLiteral("bearer")};
    if (!authKinds.contains(clean.authKind)) {
        return Result<Cluster>::failure(
            tr("The cluster “%1” has an unknown authentication kind “%2” "
               "(expected none, basic or bearer).")
                .arg(clean.name, clean.authKind));
    }

    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT 1 FROM clusters WHERE name = ? AND id <> ?"));
    query.addBindValue(clean.name);
    query.addBindValue(cluster.id);
    if (Status status = SqlUtil::exec(query); !status)
        return Result<Cluster>::failure(status.error());
    if (query.next())
        return Result<Cluster>::failure(tr("A cluster named “%1” already exists.").arg(clean.name));
    return clean;
}

Result<Cluster> ClusterRepository::add(const Cluster &cluster)
{
    Transaction transaction(db());
    if (Status status = transaction.begin(); !status)
        return Result<Cluster>::failure(status.error());
    Cluster toAdd = cluster;
    toAdd.id = 0;
    Result<Cluster> clean = validated(toAdd);
    if (!clean)
        return clean;

    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO clusters (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(columns));
    bindFields(query, clean.value());
    if (Status status = SqlUtil::exec(query); !status)
        return Result<Cluster>::failure(status.error());
    clean.value().id = query.lastInsertId().toLongLong();
    if (Status status = transaction.commit(); !status)
        return Result<Cluster>::failure(status.error());
    return clean;
}

Status ClusterRepository::update(const Cluster &cluster)
{
    Transaction transaction(db());
    if (Status status = transaction.begin(); !status)
        return status;
    const Result<Cluster> clean = validated(cluster);
    if (!clean)
        return Status::failure(clean.error());

    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "UPDATE clusters SET name = ?, gateway_url = ?, jobmanager_url = ?, auth_kind = ?, "
        "user_name = ?, secret_ref = ?, verify_tls = ?, ca_certificate_path = ?, "
        "flink_version = ?, is_local = ? WHERE id = ?"));
    bindFields(query, clean.value());
    query.addBindValue(cluster.id);
    if (Status status = SqlUtil::exec(query); !status)
        return status;
    if (query.numRowsAffected() == 0)
        return Status::failure(tr("The cluster “%1” no longer exists.").arg(clean->name));
    return transaction.commit();
}

Status ClusterRepository::remove(qint64 id)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM clusters WHERE id = ?"));
    query.addBindValue(id);
    if (Status status = SqlUtil::exec(query); !status)
        return status;
    if (query.numRowsAffected() == 0)
        return Status::failure(tr("The cluster no longer exists."));
    return Status();
}

QList<Cluster> ClusterRepository::select(const QString &where, qint64 id) const
{
    QList<Cluster> clusters;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, %1 FROM clusters %2 ORDER BY name").arg(columns, where));
    if (!where.isEmpty())
        query.addBindValue(id);
    if (const Status status = SqlUtil::exec(query); !status) {
        qWarning("ClusterRepository: %s", qUtf8Printable(status.error()));
        return clusters;
    }
    while (query.next()) {
        Cluster cluster;
        cluster.id = query.value(0).toLongLong();
        cluster.name = query.value(1).toString();
        cluster.gatewayUrl = query.value(2).toString();
        cluster.jobManagerUrl = query.value(3).toString();
        cluster.authKind = query.value(4).toString();
        cluster.userName = query.value(5).toString();
        cluster.secretRef = query.value(6).toString();
        cluster.verifyTls = query.value(7).toInt() != 0;
        cluster.caCertificatePath = query.value(8).toString();
        cluster.flinkVersion = query.value(9).toString();
        cluster.isLocal = query.value(10).toInt() != 0;
        clusters.append(cluster);
    }
    return clusters;
}

std::optional<Cluster> ClusterRepository::find(qint64 id) const
{
    const QList<Cluster> found = select(QStringLiteral("WHERE id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Cluster> ClusterRepository::all() const
{
    return select(QString(), 0);
}

} // namespace Weir
