#include "benchcluster.h"

#include <QProcess>

namespace Weir::Bench {

BenchCluster::BenchCluster(const QString &version, const QString &stateDir)
    : m_version(version), m_stateDir(stateDir)
{}

BenchCluster::~BenchCluster()
{
    stop();
}

Result<Test::FlinkFixture> BenchCluster::start(const QMap<QString, QString> &configuration,
                                               int timeoutSeconds)
{
    QStringList arguments{QStringLiteral("start"), QStringLiteral("--version"), m_version,
                          QStringLiteral("--fetch-script"),
                          QStringLiteral(WEIR_SOURCE_ROOT "/scripts/fetch-flink"),
                          QStringLiteral("--state"), m_stateDir, QStringLiteral("--timeout"),
                          QString::number(timeoutSeconds),
                          // A forgotten cluster stops itself within the hour.
                          QStringLiteral("--lifetime"), QStringLiteral("3600")};
    for (auto it = configuration.cbegin(); it != configuration.cend(); ++it)
        arguments << QStringLiteral("--flink-config") << it.key() + QLatin1Char('=') + it.value();
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    m_started = true; // stop() cleans up a half-started cluster too
    tool.start(QStringLiteral(WEIR_FLINK_FIXTURE_TOOL), arguments);
    if (!tool.waitForFinished((timeoutSeconds + 30) * 1000) || tool.exitCode() != 0) {
        return Result<Test::FlinkFixture>::failure(
            QStringLiteral("weir-flink-fixture start failed:\n") +
            QString::fromUtf8(tool.readAll()));
    }
    return Test::FlinkFixture::fromStateDir(m_stateDir);
}

QString BenchCluster::stop()
{
    if (!m_started)
        return QString();
    m_started = false;
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral(WEIR_FLINK_FIXTURE_TOOL),
               {QStringLiteral("stop"), QStringLiteral("--state"), m_stateDir});
    tool.waitForFinished(120000);
    return QString::fromUtf8(tool.readAll()).trimmed();
}

} // namespace Weir::Bench
