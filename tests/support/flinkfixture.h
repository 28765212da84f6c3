#pragma once

#include "common/result.h"

#include <QString>
#include <QUrl>

namespace Weir::Test {

// What a test needs from the Flink cluster that `weir-flink-fixture start` brought up for it:
// the URLs and version from <state>/ready.json, and the cluster's logs when a test fails.
// The state directory comes from WEIR_FLINK_FIXTURE_STATE, which CTest sets per test.
// Value type; test thread.
class FlinkFixture
{
public:
    static Result<FlinkFixture> fromEnvironment();
    static Result<FlinkFixture> fromStateDir(const QString &stateDir);

    QString version() const { return m_version; }
    QUrl gatewayUrl() const { return m_gatewayUrl; }
    QUrl jobManagerUrl() const { return m_jobManagerUrl; }
    QString logDir() const { return m_logDir; }
    QString stateDir() const { return m_stateDir; }

    // The last `lines` lines of every Flink log file, each under a header naming the file.
    QString logTails(int lines = 60) const;
    // Call from a test's cleanup(): prints logTails() with qWarning when the test failed,
    // so a CTest log shows what Flink said at the time.
    void printLogTailsIfFailed(int lines = 60) const;

private:
    QString m_stateDir;
    QString m_version;
    QUrl m_gatewayUrl;
    QUrl m_jobManagerUrl;
    QString m_logDir;
};

} // namespace Weir::Test
