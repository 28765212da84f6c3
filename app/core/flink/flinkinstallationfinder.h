#pragma once

#include "flinkinstallation.h"

#include <QStringList>

#include <optional>

namespace Weir {

// Finds the Flink installation Weir's Local target runs: the directory chosen in Preferences,
// then FLINK_HOME, then the newest version in scripts/fetch-flink's cache. Any thread.
class FlinkInstallationFinder
{
public:
    // The places find() tries, in order (empty entries skipped).
    static QStringList candidates(const QString &preferredHome);
    // The first candidate that is a usable Flink distribution.
    static std::optional<FlinkInstallation> find(const QString &preferredHome);
    // scripts/fetch-flink's cache root (WEIR_FLINK_CACHE, XDG_CACHE_HOME or ~/.cache).
    static QString fetchCacheRoot();
};

} // namespace Weir
