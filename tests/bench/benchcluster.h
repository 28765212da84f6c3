#pragma once

#include "common/result.h"
#include "flinkfixture.h"

#include <QMap>
#include <QString>

namespace Weir::Bench {

// A Flink cluster of a benchmark's own, started with weir-flink-fixture (so that the JVMs are
// separate processes whose output never reaches the benchmark's process and CPU figures) with
// extra Flink configuration such as more task slots, and stopped again on destruction.
// The shared test fixtures stay untouched. Main thread; start() and the destructor block.
class BenchCluster
{
public:
    BenchCluster(const QString &version, const QString &stateDir);
    ~BenchCluster();

    // Starts the cluster (up to `timeoutSeconds`); the fixture's ready.json on success.
    Result<Test::FlinkFixture> start(const QMap<QString, QString> &configuration,
                                     int timeoutSeconds = 240);
    // Stops the cluster (also done by the destructor); the fixture tool's output.
    QString stop();

private:
    QString m_version;
    QString m_stateDir;
    bool m_started = false;
};

} // namespace Weir::Bench
