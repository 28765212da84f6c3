// Monitoring cost of JobMonitor against the real JobManager of a Flink fixture (issue 5: at
// most one overview call per interval per cluster whatever the number of jobs, no calls for
// jobs not on screen, nothing while minimised): REST calls per minute and process CPU while
// watching, with no job open, with one job open, and paused; plus the CPU cost of reading an
// overview of 1,000 jobs (a captured 2.3.0 job entry repeated). Prints figures only.
// Usage: WEIR_FLINK_FIXTURE_STATE=<state dir> bench_jobmonitor [SECONDS_PER_PHASE]
#include "flink/jobmanagerclient.h"
#include "flink/jobmanagerparser.h"
#include "flinkfixture.h"
#include "jobs/jobmonitor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>
#include <ctime>

using namespace Weir;

namespace {

// Runs the event loop idle for `ms` (a benchmark may wait in a local loop; product code may not).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Phase
{
    double callsPerMinute = 0;
    double overviewsPerMinute = 0;
    double cpuPercent = 0;
};

Phase measure(JobManagerClient &client, JobMonitor &monitor, int seconds)
{
    spin(500); // let requests of the previous phase finish
    const quint64 calls = client.requestCount();
    const int overviews = monitor.overviewPolls();
    const std::clock_t cpu = std::clock();
    QElapsedTimer wall;
    wall.start();
    spin(seconds * 1000);
    const double minutes = wall.elapsed() / 60000.0;
    Phase phase;
    phase.callsPerMinute = double(client.requestCount() - calls) / minutes;
    phase.overviewsPerMinute = double(monitor.overviewPolls() - overviews) / minutes;
    phase.cpuPercent =
        100.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC / (wall.elapsed() / 1000.0);
    return phase;
}

void print(const char *name, const Phase &phase, int intervalMs)
{
    const double perInterval = phase.callsPerMinute * intervalMs / 60000.0;
    std::printf("%-28s %8.1f calls/min (%5.2f per interval), %6.1f overviews/min, CPU %5.2f %%\n",
                name, phase.callsPerMinute, perInterval, phase.overviewsPerMinute,
                phase.cpuPercent);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(2, std::atoi(argv[1])) : 10;
    const auto fixture = Test::FlinkFixture::fromEnvironment();
    if (!fixture) {
        std::fprintf(stderr, "%s\n", qPrintable(fixture.error()));
        return 1;
    }

    HttpClient::Options options;
    options.baseUrl = fixture->jobManagerUrl();
    JobManagerClient client(options);
    JobMonitor monitor(&client);
    // 1 s instead of the default 5 s so a phase sees enough intervals; figures per interval
    // hold for any interval.
    const int intervalMs = 1000;
    monitor.setInterval(intervalMs);
    monitor.start();
    spin(1500);
    const QList<JobSummary> jobs = monitor.jobs();
    std::printf("Flink %s, %lld jobs in the overview, interval %d ms, %d s per phase\n",
                qPrintable(fixture->version()), qlonglong(jobs.size()), intervalMs, seconds);
    if (jobs.isEmpty()) {
        std::fprintf(stderr, "no jobs on the cluster: %s\n",
                     qPrintable(monitor.unreachableReason()));
        return 1;
    }

    print("jobs list, none open", measure(client, monitor, seconds), intervalMs);
    monitor.setOpenJob(jobs.first().id, JobMonitor::Detail | JobMonitor::Checkpoints);
    print("one job open (+checkpoints)", measure(client, monitor, seconds), intervalMs);
    monitor.setOpenJob(QString());
    monitor.setPaused(true);
    print("minimised (paused)", measure(client, monitor, seconds), intervalMs);
    monitor.stop();

    // Reading a large overview: the per-poll CPU that grows with the number of jobs.
    QFile captured(QStringLiteral(WEIR_JOBS_TEST_DATA "/flink2.3.0_jobs_overview.json"));
    if (!captured.open(QIODevice::ReadOnly))
        return 1;
    const QJsonObject job = QJsonDocument::fromJson(captured.readAll())
                                .object()
                                .value(QLatin1String("jobs"))
                                .toArray()
                                .first()
                                .toObject();
    QJsonArray many;
    for (int i = 0; i < 1000; ++i) {
        QJsonObject copy = job;
        copy.insert(QStringLiteral("jid"), QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')));
        many.append(copy);
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("jobs"), many}}).toJson();
    QElapsedTimer timer;
    timer.start();
    const int rounds = 50;
    for (int i = 0; i < rounds; ++i) {
        if (JobManagerParser::jobsOverview(body)->size() != 1000)
            return 1;
    }
    std::printf("overview of 1000 jobs (%lld KB): %.2f ms to read\n", qlonglong(body.size() / 1024),
                double(timer.nsecsElapsed()) / 1e6 / rounds);
    return 0;
}
