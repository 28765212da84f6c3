#pragma once

#include <QMetaType>
#include <QString>

namespace Weir {

// One alert the rule engine raised: which rule, about which cluster and job, and the words
// the channels send. Plain value; any thread.
struct AlertEvent
{
    enum class Rule {
        JobFailed,          // the job reached FAILED
        JobRestarting,      // more than N restarts within M minutes
        CheckpointFailed,   // checkpoints fail (cleared by the next completed one)
        StreamingFinished,  // a streaming job reached FINISHED (it should run forever)
        ClusterUnreachable, // the JobManager did not answer for more than N minutes
    };

    Rule rule = Rule::JobFailed;
    QString clusterKey;  // what identifies the cluster to the engine (id or URL)
    QString clusterName; // shown to people
    QString jobId;       // empty for cluster rules
    QString jobName;
    QString status;    // the job's state, or "UNREACHABLE"
    qint64 timeMs = 0; // when the engine raised it (UTC ms)
    QString error;     // the cause in words when known (exception, unreachable reason)
    QString message;   // one line for people: AlertTemplate::defaultMessage()
    // 0 for the first alert of a condition; 1, 2, ... for reminders after the resend interval.
    int repeat = 0;

    // Stored and template names: "job_failed", "job_restarting", "checkpoint_failed",
    // "streaming_finished", "cluster_unreachable".
    static QString ruleName(Rule rule);
    static bool ruleFromName(const QString &name, Rule *rule);
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::AlertEvent)
