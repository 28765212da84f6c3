#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Weir {

// How a script runs: target, mode, preview and savepoint choices. Stored with the script as JSON. Any thread.
struct ExecutionSettings
{
    enum class RuntimeMode { Streaming, Batch };
    // What a job statement of the script restores from when it is submitted.
    enum class SavepointStrategy {
        None,             // no state
        Latest,           // the newest completed savepoint of the script on its cluster
        Earliest,         // the oldest one
        Chosen,           // savepointPath
        LatestCheckpoint, // the newest retained checkpoint of the script's most recent job
    };
    // Who owns the restored snapshot afterwards (Flink's execution.state-recovery.claim-mode).
    enum class ClaimMode { NoClaim, Claim };

    qint64 clusterId = 0; // 0 = none chosen yet
    int parallelism = 1;
    RuntimeMode runtimeMode = RuntimeMode::Streaming;
    bool statementSet = false;
    bool globalVariables = true;
    qint64 environmentScriptId = 0; // a FlinkSQLEnv script run first; 0 = none
    QList<QPair<QString, QString>> extraOptions; // Flink options, in the user's order
    bool preview = true;
    bool changelog = false;
    int maxRows = 1000;
    bool autoStopAtMaxRows = false;
    SavepointStrategy savepointStrategy = SavepointStrategy::None;
    QString savepointPath; // the chosen savepoint (SavepointStrategy::Chosen)
    ClaimMode claimMode = ClaimMode::NoClaim;
    // The alert group told about this script's jobs (0: the default group). Stored under the key
    // AlertService::groupOfScript() reads.
    qint64 alertGroupId = 0;

    static constexpr int kMaxRowsLimit = 100'000'000;

    QJsonObject toJson() const;
    // Missing or malformed fields keep their defaults: settings written by older Weirs still load.
    static ExecutionSettings fromJson(const QJsonObject &json);

    // Flink's name of a claim mode: "NO_CLAIM", "CLAIM".
    static QString claimModeName(ClaimMode mode);

    friend bool operator==(const ExecutionSettings &a, const ExecutionSettings &b);
    friend bool operator!=(const ExecutionSettings &a, const ExecutionSettings &b) { return !(a == b); }
};

} // namespace Weir
