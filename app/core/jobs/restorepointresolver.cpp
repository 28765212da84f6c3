#include "restorepointresolver.h"

#include "flink/jobmanagerclient.h"
#include "store/runhistoryrepository.h"
#include "store/savepointrepository.h"

#include <QDateTime>

namespace Weir {

namespace {
// How far back the run history is searched for the script's most recent job.
constexpr int kHistoryScanned = 500;
const QString kSavepoint = QStringLiteral("savepoint");
const QString kCheckpoint = QStringLiteral("checkpoint");
} // namespace

RestorePointResolver::RestorePointResolver(SavepointRepository &registry,
                                           RunHistoryRepository &history)
    : m_registry(registry), m_history(history)
{}

void RestorePointResolver::resolve(const Target &target, const ExecutionSettings &settings,
                                   JobManagerClient *client, QObject *context, Done done) const
{
    using Strategy = ExecutionSettings::SavepointStrategy;
    switch (settings.savepointStrategy) {
    case Strategy::None:
        done(RestorePoint{});
        return;
    case Strategy::Chosen: {
        const QString path = settings.savepointPath.trimmed();
        if (path.isEmpty()) {
            done(Result<RestorePoint>::failure(tr("\"%1\" restores from a chosen savepoint, but "
                                                  "none is chosen (Execution → Restore).")
                                                   .arg(target.scriptName)));
            return;
        }
        done(RestorePoint{path, kSavepoint,
                          tr("chosen savepoint of \"%1\"").arg(target.scriptName)});
        return;
    }
    case Strategy::Latest:
    case Strategy::Earliest: {
        const bool latest = settings.savepointStrategy == Strategy::Latest;
        const std::optional<SavepointRecord> found =
            latest ? m_registry.latestCompleted(target.scriptId, target.clusterId, QString(),
                                                kSavepoint)
                   : m_registry.earliestCompleted(target.scriptId, target.clusterId, QString(),
                                                  kSavepoint);
        if (!found) {
            done(RestorePoint{QString(), QString(),
                              tr("no completed savepoint of \"%1\" on \"%2\" is registered")
                                  .arg(target.scriptName, target.clusterName)});
            return;
        }
        const QString origin =
            latest ? tr("latest savepoint of \"%1\", %2") : tr("earliest savepoint of \"%1\", %2");
        done(RestorePoint{
            found->path, kSavepoint,
            origin.arg(target.scriptName,
                       when(found->completedMs ? found->completedMs : found->triggeredMs))});
        return;
    }
    case Strategy::LatestCheckpoint:
        resolveCheckpoint(target, client, context, std::move(done));
        return;
    }
}

void RestorePointResolver::resolveCheckpoint(const Target &target, JobManagerClient *client,
                                             QObject *context, Done done) const
{
    QString jobId;
    for (const RunHistoryEntry &entry : m_history.recent(kHistoryScanned, target.scriptId)) {
        if (!entry.jobId.isEmpty()) {
            jobId = entry.jobId;
            break;
        }
    }
    if (jobId.isEmpty()) {
        done(RestorePoint{QString(), QString(),
                          tr("\"%1\" has not submitted a job yet").arg(target.scriptName)});
        return;
    }
    if (!client) {
        done(Result<RestorePoint>::failure(
            tr("\"%1\" has no JobManager URL to ask for the checkpoints of job %2.")
                .arg(target.clusterName, jobId)));
        return;
    }
    const QString url = client->baseUrl().toString();
    retainedCheckpoint(
        client, jobId, context,
        [resolver = *this, target, jobId, url,
         done](const Result<std::optional<CheckpointEntry>> &checkpoint) {
            if (!checkpoint && jobExpired(checkpoint.error())) {
                done(resolver.registeredCheckpoint(target, jobId));
                return;
            }
            if (!checkpoint) {
                done(Result<RestorePoint>::failure(
                    tr("The checkpoints of job %1 could not be read from the JobManager %2: %3")
                        .arg(jobId, url, checkpoint.error())));
                return;
            }
            if (!checkpoint.value()) {
                done(RestorePoint{QString(), QString(),
                                  tr("job %1 of \"%2\" has no retained checkpoint (set "
                                     "execution.checkpointing.dir and "
                                     "execution.checkpointing.externalized-checkpoint-retention)")
                                      .arg(jobId, target.scriptName)});
                return;
            }
            const CheckpointEntry &entry = *checkpoint.value();
            recordCheckpoint(resolver.m_registry, target, jobId, entry);
            done(RestorePoint{
                entry.externalPath, kCheckpoint,
                tr("latest checkpoint %1 of job %2 of \"%3\", %4")
                    .arg(entry.id)
                    .arg(jobId, target.scriptName,
                         when(entry.latestAckMs ? entry.latestAckMs : entry.triggerMs))});
        });
}

bool RestorePointResolver::jobExpired(const QString &error)
{
    // A 404 ("Could not find Flink job"): the job left the JobManager's memory (it ended long
    // ago, or the cluster restarted), which is no reason to refuse the run.
    return error.contains(QLatin1String("HTTP 404"));
}

RestorePointResolver::RestorePoint RestorePointResolver::registeredCheckpoint(const Target &target,
                                                                             const QString &jobId) const
{
    const std::optional<SavepointRecord> found =
        m_registry.latestCompleted(target.scriptId, target.clusterId, QString(), kCheckpoint);
    if (!found) {
        return RestorePoint{QString(), QString(),
                            tr("job %1 of \"%2\" is no longer known to the JobManager and no "
                               "checkpoint of the script is registered")
                                .arg(jobId, target.scriptName)};
    }
    return RestorePoint{found->path, kCheckpoint,
                        tr("latest registered checkpoint of \"%1\", %2 (job %3 is no longer "
                           "known to the JobManager)")
                            .arg(target.scriptName,
                                 when(found->completedMs ? found->completedMs : found->triggeredMs),
                                 jobId)};
}

void RestorePointResolver::retainedCheckpoint(JobManagerClient *client, const QString &jobId,
                                              QObject *context, CheckpointDone done)
{
    client->checkpoints(jobId, context, [done](const Result<CheckpointStats> &stats) {
        if (!stats) {
            done(Result<std::optional<CheckpointEntry>>::failure(stats.error()));
            return;
        }
        // Flink's "latest completed" may be a savepoint; only a checkpoint is asked for here.
        std::optional<CheckpointEntry> found;
        auto usable = [](const CheckpointEntry &entry) {
            return !entry.isSavepoint && entry.status == QLatin1String("COMPLETED") &&
                   !entry.discarded && !entry.externalPath.isEmpty() &&
                   !entry.externalPath.startsWith(QLatin1Char('<'));
        };
        if (stats->latestCompleted && usable(*stats->latestCompleted)) {
            found = stats->latestCompleted;
        } else {
            for (const CheckpointEntry &entry : stats->history) { // newest first
                if (usable(entry)) {
                    found = entry;
                    break;
                }
            }
        }
        done(found);
    });
}

void RestorePointResolver::recordCheckpoint(SavepointRepository &registry, const Target &target,
                                            const QString &jobId, const CheckpointEntry &checkpoint)
{
    for (const SavepointRecord &known : registry.list(100, target.scriptId, jobId)) {
        if (known.path == checkpoint.externalPath)
            return;
    }
    SavepointRecord record;
    record.scriptId = target.scriptId;
    record.scriptName = target.scriptName;
    record.jobId = jobId;
    record.clusterId = target.clusterId;
    record.clusterName = target.clusterName;
    record.path = checkpoint.externalPath;
    record.kind = kCheckpoint;
    record.operation = QStringLiteral("observed");
    record.triggeredMs = checkpoint.triggerMs;
    record.completedMs = checkpoint.latestAckMs ? checkpoint.latestAckMs : checkpoint.triggerMs;
    record.status = QStringLiteral("completed");
    // The registry is a convenience; a failed write must not keep the job from restoring.
    (void)registry.add(record);
}

QString RestorePointResolver::when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace Weir
