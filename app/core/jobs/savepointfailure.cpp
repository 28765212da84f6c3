#include "savepointfailure.h"

#include "flink/flinkerrortext.h"

#include <QRegularExpression>

namespace Weir {

QString SavepointFailure::describe(const QString &flinkText)
{
    // 1.20 and 2.x both answer the trigger with HTTP 400 "Config key
    // [execution.checkpointing.savepoint-dir] is not set. Property [target-directory] must be
    // provided." (older versions named state.savepoints.dir).
    if (flinkText.contains(QLatin1String("savepoint-dir] is not set")) ||
        flinkText.contains(QLatin1String("state.savepoints.dir] is not set")) ||
        flinkText.contains(QLatin1String("No savepoint directory"))) {
        return tr("no savepoint directory configured: set execution.checkpointing.savepoint-dir "
                  "(state.savepoints.dir before Flink 2.0) in the cluster's configuration or "
                  "give a target directory");
    }
    static const QRegularExpression createDirectory(
        QStringLiteral("Failed to create savepoint directory at (\\S+)"));
    if (const auto match = createDirectory.match(flinkText); match.hasMatch()) {
        return tr("cannot create the savepoint directory %1: it must be writable by the "
                  "JobManager and every TaskManager")
            .arg(match.captured(1));
    }
    if (flinkText.contains(QLatin1String("FlinkJobNotFoundException")) ||
        flinkText.contains(QLatin1String("NotFoundException: Job"))) {
        return tr("the job no longer exists on the cluster");
    }
    if (flinkText.contains(QLatin1String("is not being executed at the moment")) ||
        flinkText.contains(QLatin1String("Not all required tasks are currently running")) ||
        flinkText.contains(QLatin1String("NOT_ALL_REQUIRED_TASKS_RUNNING"))) {
        return tr("not every task of the job is running (it is starting, restarting or "
                  "finishing): a savepoint needs all tasks running");
    }
    if (flinkText.contains(QLatin1String("Checkpoint expired before completing"))) {
        return tr("the savepoint did not complete within the job's checkpoint timeout "
                  "(execution.checkpointing.timeout)");
    }
    if (flinkText.contains(QLatin1String("is not in state RUNNING")) ||
        flinkText.contains(QLatin1String("CheckpointCoordinator is shut down")) ||
        flinkText.contains(QLatin1String("Checkpoint Coordinator is suspending"))) {
        return tr("the job is not running");
    }
    const FlinkErrorText text = FlinkErrorText::parse(flinkText.toUtf8());
    const QString summary = text.summary();
    return summary.isEmpty() ? flinkText.trimmed() : summary;
}

QString SavepointFailure::timedOut(int timeoutMs)
{
    return tr("no result within %1 s: the savepoint may still complete; look at the job's "
              "checkpoints")
        .arg(timeoutMs / 1000);
}

} // namespace Weir
