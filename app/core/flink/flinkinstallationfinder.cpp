#include "flinkinstallationfinder.h"

#include <QDir>
#include <QVersionNumber>

#include <algorithm>

namespace Weir {

QString FlinkInstallationFinder::fetchCacheRoot()
{
    // Mirrors scripts/fetch-flink, so a fetched Flink is found without any configuration.
    if (const QString cache = qEnvironmentVariable("WEIR_FLINK_CACHE"); !cache.isEmpty())
        return cache;
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    if (base.isEmpty())
        base = QDir::home().filePath(QStringLiteral(".cache"));
    return QDir(base).filePath(QStringLiteral("weir/flink"));
}

QStringList FlinkInstallationFinder::candidates(const QString &preferredHome)
{
    QStringList result;
    if (!preferredHome.isEmpty())
        result.append(preferredHome);
    if (const QString env = qEnvironmentVariable("FLINK_HOME"); !env.isEmpty())
        result.append(env);
    QDir cache(fetchCacheRoot());
    QStringList versions = cache.entryList({QStringLiteral("flink-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a.mid(6)) > QVersionNumber::fromString(b.mid(6));
    });
    for (const QString &dir : versions)
        result.append(cache.filePath(dir));
    return result;
}

std::optional<FlinkInstallation> FlinkInstallationFinder::find(const QString &preferredHome)
{
    for (const QString &home : candidates(preferredHome)) {
        if (Result<FlinkInstallation> installation = FlinkInstallation::open(home))
            return installation.value();
    }
    return std::nullopt;
}

} // namespace Weir
