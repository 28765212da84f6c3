#include "localtarget.h"

#include "flink/flinkinstallationfinder.h"
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "store/storage.h"

#include <QDir>

namespace Weir {

LocalTarget::LocalTarget(Storage &storage, Settings &settings, const QString &workDir,
                         QObject *parent)
    : QObject(parent), m_storage(storage), m_settings(settings), m_workDir(workDir)
{
    m_options.workDir = workDir;
    createFlink();
}

LocalTarget::~LocalTarget() = default;

void LocalTarget::createFlink()
{
    m_flink = std::make_unique<LocalFlink>();
    connect(m_flink.get(), &LocalFlink::started, this, &LocalTarget::onStarted);
    connect(m_flink.get(), &LocalFlink::failed, this, &LocalTarget::fail);
    connect(m_flink.get(), &LocalFlink::stopped, this, [this] {
        emit messageLogged(ConsolePanel::Level::Info, tr("Local Flink stopped."));
        emit stopped();
    });
    connect(m_flink.get(), &LocalFlink::stateChanged, this, &LocalTarget::stateChanged);
    connect(m_flink.get(), &LocalFlink::logLineReceived, this,
            [this](FlinkRole role, const QString &line) {
                emit messageLogged(ConsolePanel::Level::Info,
                                   QStringLiteral("[%1] %2").arg(flinkRoleId(role), line));
            });
}

LocalFlink::State LocalTarget::state() const
{
    return m_flink ? m_flink->state() : LocalFlink::State::Idle;
}

qint64 LocalTarget::clusterId() const
{
    for (const Cluster &cluster : m_storage.clusters().all()) {
        if (cluster.isLocal)
            return cluster.id;
    }
    return 0;
}

void LocalTarget::start()
{
    if (state() != LocalFlink::State::Idle)
        return;
    const QString preferred = m_settings.get(SettingKeys::flinkHome);
    const auto installation = FlinkInstallationFinder::find(preferred);
    if (!installation) {
        QStringList looked;
        if (!preferred.isEmpty())
            looked.append(tr("%1 (Preferences)").arg(QDir::toNativeSeparators(preferred)));
        if (const QString env = qEnvironmentVariable("FLINK_HOME"); !env.isEmpty())
            looked.append(tr("%1 (FLINK_HOME)").arg(QDir::toNativeSeparators(env)));
        looked.append(
            tr("%1 (scripts/fetch-flink cache)")
                .arg(QDir::toNativeSeparators(FlinkInstallationFinder::fetchCacheRoot())));
        fail(tr("No Flink installation found. Weir looked in: %1. Choose one in Preferences, set "
                "FLINK_HOME, or run scripts/fetch-flink.")
                 .arg(looked.join(QLatin1String("; "))));
        return;
    }
    if (clusterId() == 0) {
        Cluster local;
        local.name = tr("Local");
        local.isLocal = true;
        local.flinkVersion = installation->version();
        if (const Result<Cluster> added = m_storage.clusters().add(local); !added) {
            fail(added.error());
            return;
        }
    }
    if (!QDir().mkpath(m_workDir)) {
        fail(tr("Cannot create the Local Flink directory %1.")
                 .arg(QDir::toNativeSeparators(m_workDir)));
        return;
    }
    emit messageLogged(
        ConsolePanel::Level::Info,
        tr("Starting Local Flink %1 from %2 ...")
            .arg(installation->version(), QDir::toNativeSeparators(installation->homeDir())));
    if (const Status status = m_flink->start(*installation, m_options); !status)
        fail(status.error());
}

void LocalTarget::stop()
{
    if (state() == LocalFlink::State::Idle || state() == LocalFlink::State::Stopping)
        return;
    emit messageLogged(ConsolePanel::Level::Info, tr("Stopping Local Flink ..."));
    m_flink->stop();
}

void LocalTarget::shutDown()
{
    if (state() == LocalFlink::State::Idle)
        return;
    // LocalFlink's destructor stops and, after the timeout, kills every process it started.
    m_flink.reset();
    createFlink();
}

void LocalTarget::onStarted(const QUrl &gatewayUrl, const QUrl &jobManagerUrl)
{
    const qint64 id = clusterId();
    std::optional<Cluster> cluster = id ? m_storage.clusters().find(id) : std::nullopt;
    if (!cluster) {
        fail(tr("The Local cluster was removed while Flink started."));
        m_flink->stop();
        return;
    }
    cluster->gatewayUrl = gatewayUrl.toString();
    cluster->jobManagerUrl = jobManagerUrl.toString();
    cluster->flinkVersion = m_flink->version();
    if (const Status status = m_storage.clusters().update(*cluster); !status)
        emit messageLogged(ConsolePanel::Level::Error, status.error());
    emit messageLogged(
        ConsolePanel::Level::Info,
        tr("Local Flink %1 is running: SQL Gateway %2, JobManager %3.")
            .arg(cluster->flinkVersion, cluster->gatewayUrl, cluster->jobManagerUrl));
    emit started(*cluster);
}

void LocalTarget::fail(const QString &message)
{
    emit messageLogged(ConsolePanel::Level::Error, message);
    emit failed(message);
}

} // namespace Weir
