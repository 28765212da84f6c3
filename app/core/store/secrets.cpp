#include "secrets.h"

#include <algorithm>
#include <iterator>
#include <qt6keychain/keychain.h>

namespace Weir {

namespace {

// QtKeychain's codes, in words a user can act on; its own text follows as the detail.
QString describe(const QKeychain::Job *job, const QString &key)
{
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        return QString();
    case QKeychain::EntryNotFound:
        return Secrets::tr("Nothing is stored in the system keychain under “%1”.").arg(key);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Secrets::tr("The system keychain is not available (no Secret Service on D-Bus): %1")
            .arg(detail);
    case QKeychain::AccessDeniedByUser:
        return Secrets::tr("Access to the system keychain was refused: %1").arg(detail);
    case QKeychain::AccessDenied:
        return Secrets::tr("The system keychain denied access to “%1”: %2").arg(key, detail);
    case QKeychain::CouldNotDeleteEntry:
        return Secrets::tr("The system keychain could not delete “%1”: %2").arg(key, detail);
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports an unreachable session bus or a missing Secret Service as an ordinary
    // GLib error ("Could not connect: ...", "Cannot autolaunch D-Bus without X11 $DISPLAY",
    // "The name org.freedesktop.secrets was not provided by any .service files").
    static const QLatin1String busTrouble[] = {
        QLatin1String("Could not connect"), QLatin1String("D-Bus"), QLatin1String("DBus"),
        QLatin1String("message bus"), QLatin1String("org.freedesktop.secrets")};
    if (std::any_of(std::begin(busTrouble), std::end(busTrouble),
                    [&detail](QLatin1String s) { return detail.contains(s, Qt::CaseInsensitive); }))
        return Secrets::tr("The system keychain is not available (no Secret Service on D-Bus): %1")
            .arg(detail);
    return Secrets::tr("The system keychain failed: %1").arg(detail);
}

} // namespace

Secrets::Secrets(QObject *parent) : Secrets(QStringLiteral("Weir"), parent) {}

Secrets::Secrets(const QString &service, QObject *parent) : QObject(parent), m_service(service) {}

QString Secrets::clusterKey(qint64 clusterId)
{
    return QStringLiteral("cluster/%1").arg(clusterId);
}

QString Secrets::variableKey(const QString &name)
{
    return QStringLiteral("variable/%1").arg(name);
}

void Secrets::read(const QString &key, std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [key, done = std::move(done)](QKeychain::Job *finished) {
                if (finished->error() != QKeychain::NoError) {
                    done(Result<QString>::failure(describe(finished, key)));
                    return;
                }
                done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
            });
    job->start();
}

void Secrets::write(const QString &key, const QString &secret, std::function<void(Status)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [key, done = std::move(done)](QKeychain::Job *finished) {
                done(finished->error() == QKeychain::NoError
                         ? Status()
                         : Status::failure(describe(finished, key)));
            });
    job->start();
}

void Secrets::remove(const QString &key, std::function<void(Status)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [key, done = std::move(done)](QKeychain::Job *finished) {
                const bool gone = finished->error() == QKeychain::NoError ||
                                  finished->error() == QKeychain::EntryNotFound;
                done(gone ? Status() : Status::failure(describe(finished, key)));
            });
    job->start();
}

} // namespace Weir
