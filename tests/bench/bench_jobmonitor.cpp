// Monitoring cost of the Jobs panel while it watches 200 jobs (issue 5: at most one overview
// call per interval per cluster whatever the number of jobs, no calls for jobs not on screen,
// nothing while minimised, Weir's CPU under 2 % of one core).
//
// Starts a Flink cluster of its own with enough task slots (the shared fixtures have 4), submits
// 200 jobs through the real SQL Gateway from several sessions at once (long-running datagen ->
// blackhole streaming jobs on all but a few slots, the rest bounded jobs that finish and stay
// in the overview), then shows the real JobsPanel (JobsModel + JobsFilterProxy + JobMonitor at
// its default interval) offscreen against the JobManager and measures, phase by phase: REST
// calls by endpoint (through CountingRestProxy, a pass-through counter), calls per job per
// interval, calls about jobs that are not on screen, the process's CPU (getrusage, without the
// counter's thread), event-loop latency and the panel's model update time. Prints figures only;
// the cluster is stopped at the end. Also the CPU of reading an overview of 1,000 jobs.
//
// Usage: WEIR_TEST_FLINK_VERSION=2.3.0 bench_jobmonitor [SECONDS_PER_PHASE (60)] [JOBS (200)]
//        (WEIR_BENCH_STREAMING_JOBS: long-running jobs, default 40)
#include "benchcluster.h"
#include "benchjobsubmitter.h"
#include "countingrestproxy.h"
#include "flink/gatewayclient.h"
#include "flink/jobmanagerclient.h"
#include "flink/jobmanagerparser.h"
#include "jobdetailtabs.h"
#include "jobs/jobmonitor.h"
#include "jobsfilterproxy.h"
#include "jobsmodel.h"
#include "jobspanel.h"
#include "testpaths.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace Weir;

namespace {

// Runs the event loop for `ms` (a benchmark may wait in a local loop; product code may not).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done` holds or `timeoutMs` passed; whether it holds.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        spin(50);
    }
    return true;
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// How late a 25 ms timer fires: the event loop's latency as a user would feel it.
class LatencyProbe
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kPeriodMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_phase.elapsed();
            m_late.append(qMax<qint64>(0, now - m_last - kPeriodMs));
            // What follows the user's action at the start is the updates'.
            if (now > kSettleMs)
                m_lateAfterSettle = qMax(m_lateAfterSettle, now - m_last - kPeriodMs);
            m_last = now;
        });
    }
    void restart()
    {
        m_late.clear();
        m_lateAfterSettle = 0;
        m_last = 0;
        m_phase.start();
        m_timer.start();
    }
    // The most a timer fired late after the first kSettleMs of the phase.
    qint64 maxAfterSettle() const { return m_lateAfterSettle; }
    qint64 percentile(double p)
    {
        if (m_late.isEmpty())
            return 0;
        std::sort(m_late.begin(), m_late.end());
        return m_late.at(qMin<qsizetype>(m_late.size() - 1, qsizetype(p * m_late.size())));
    }

private:
    static constexpr int kPeriodMs = 25;
    static constexpr int kSettleMs = 2000;
    QTimer m_timer;
    QElapsedTimer m_phase;
    qint64 m_last = 0;
    qint64 m_lateAfterSettle = 0;
    QList<qint64> m_late;
};

struct Phase
{
    QString name;
    double seconds = 0;
    int intervals = 0;
    int jobs = 0;
    int rowsOnScreen = 0; // rows of the view plus the open job
    quint64 overview = 0;
    quint64 perJob = 0;
    quint64 notOnScreen = 0; // per-job calls about jobs neither visible nor open
    quint64 other = 0;
    quint64 clientRequests = 0; // JobManagerClient::requestCount(), to cross-check the proxy
    double cpuPercent = 0;
    qint64 latencyP99 = 0;
    qint64 latencyMax = 0;
    qint64 latencyMaxAfterSettle = 0; // without the user's action at the start
    double modelUpdateMeanMs = 0;
    double modelUpdateMaxMs = 0;
    QMap<QString, quint64> routes; // "/jobs/:id/checkpoints" → calls
};

const QRegularExpression &jobRoute()
{
    static const QRegularExpression re(QStringLiteral("^/jobs/([0-9a-f]{32})(.*)$"));
    return re;
}

// The jobs whose rows the panel's view shows now.
QSet<QString> visibleJobs(const JobsPanel &panel)
{
    QSet<QString> ids;
    QTableView *view = panel.view();
    const int first = view->rowAt(0);
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = view->model()->rowCount() - 1;
    for (int row = first; first >= 0 && row <= last; ++row)
        ids.insert(view->model()->index(row, 0).data(JobsModel::JobIdRole).toString());
    if (!panel.openJobId().isEmpty())
        ids.insert(panel.openJobId());
    return ids;
}

struct ModelTiming
{
    QElapsedTimer clock;
    QList<double> updatesMs;
};

// Measures `seconds` of monitoring that begin with `action` (what the user does).
Phase measure(const QString &name, int seconds, const std::function<void()> &action,
              JobsPanel &panel, JobMonitor &monitor, Bench::CountingRestProxy &proxy,
              LatencyProbe &probe, ModelTiming &timing)
{
    spin(1000); // replies of the previous step
    const QHash<QString, quint64> before = proxy.counts();
    const quint64 requests = monitor.client()->requestCount();
    const double cpu = processCpuSeconds() - proxy.cpuSeconds();
    timing.updatesMs.clear();
    probe.restart();
    QElapsedTimer wall;
    wall.start();
    action();
    spin(seconds * 1000);
    Phase phase;
    phase.name = name;
    phase.seconds = wall.elapsed() / 1000.0;
    phase.cpuPercent = 100.0 * (processCpuSeconds() - proxy.cpuSeconds() - cpu) / phase.seconds;
    phase.clientRequests = monitor.client()->requestCount() - requests;
    phase.latencyP99 = probe.percentile(0.99);
    phase.latencyMax = probe.percentile(1.0);
    phase.latencyMaxAfterSettle = probe.maxAfterSettle();
    // Round: the loop's coarse timers may end a phase a few ms early.
    phase.intervals = qMax(1, qRound(phase.seconds * 1000 / monitor.interval()));
    phase.jobs = int(monitor.jobs().size());
    for (double ms : std::as_const(timing.updatesMs)) {
        phase.modelUpdateMeanMs += ms / double(timing.updatesMs.size());
        phase.modelUpdateMaxMs = qMax(phase.modelUpdateMaxMs, ms);
    }
    const QSet<QString> onScreen = panel.isVisible() ? visibleJobs(panel) : QSet<QString>();
    phase.rowsOnScreen = int(onScreen.size());
    const QHash<QString, quint64> after = proxy.counts();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const quint64 calls = it.value() - before.value(it.key());
        if (calls == 0)
            continue;
        const QRegularExpressionMatch job = jobRoute().match(it.key());
        if (it.key() == QLatin1String("/jobs/overview")) {
            phase.overview += calls;
            phase.routes[it.key()] += calls;
        } else if (job.hasMatch()) {
            phase.perJob += calls;
            if (!onScreen.contains(job.captured(1)))
                phase.notOnScreen += calls;
            phase.routes[QStringLiteral("/jobs/:id") + job.captured(2)] += calls;
        } else {
            phase.other += calls;
            phase.routes[it.key()] += calls;
        }
    }
    return phase;
}

void printTable(const QList<Phase> &phases)
{
    std::printf("\n%-36s %4s %4s %4s %4s | %9s %9s %8s %7s | %11s | %6s | %9s | %11s\n", "phase",
                "s", "jobs", "rows", "intv", "overview", "per-job", "off-scr", "other",
                "calls/job/iv", "CPU %", "loop p99/max/max>2s", "model ms avg/max");
    for (const Phase &p : phases) {
        const double perMinute = 60.0 / p.seconds;
        const double total = double(p.overview + p.perJob + p.other);
        std::printf("%-36s %4.0f %4d %4d %4d | %7.1f/m %7.1f/m %8llu %5.1f/m | %11.4f | %6.2f | "
                    "%3lld/%3lld/%3lld | %5.2f/%5.2f\n",
                    qPrintable(p.name), p.seconds, p.jobs, p.rowsOnScreen, p.intervals,
                    double(p.overview) * perMinute, double(p.perJob) * perMinute,
                    static_cast<unsigned long long>(p.notOnScreen), double(p.other) * perMinute,
                    total / double(qMax(1, p.jobs)) / p.intervals, p.cpuPercent,
                    static_cast<long long>(p.latencyP99), static_cast<long long>(p.latencyMax),
                    static_cast<long long>(p.latencyMaxAfterSettle), p.modelUpdateMeanMs,
                    p.modelUpdateMaxMs);
    }
    std::printf("\ncalls by endpoint (per minute); the client's own count in brackets\n");
    for (const Phase &p : phases) {
        std::printf("  %s [%llu requests]:", qPrintable(p.name),
                    static_cast<unsigned long long>(p.clientRequests));
        for (auto it = p.routes.cbegin(); it != p.routes.cend(); ++it)
            std::printf("  %s %.1f", qPrintable(it.key()), double(it.value()) * 60.0 / p.seconds);
        std::printf("\n");
    }
}

void printOverviewParsing()
{
    // Reading a large overview: the per-poll CPU that grows with the number of jobs.
    QFile captured(QStringLiteral(WEIR_JOBS_TEST_DATA "/flink2.3.0_jobs_overview.json"));
    if (!captured.open(QIODevice::ReadOnly))
        return;
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
    for (int i = 0; i < rounds; ++i)
        (void)JobManagerParser::jobsOverview(body);
    std::printf("overview of 1000 jobs (%lld KB): %.2f ms to read\n", qlonglong(body.size() / 1024),
                double(timer.nsecsElapsed()) / 1e6 / rounds);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows while it runs
    const int seconds = argc > 1 ? std::max(5, std::atoi(argv[1])) : 60;
    const int total = argc > 2 ? std::max(10, std::atoi(argv[2])) : 200;
    const int streaming = qBound(1,
                                 qEnvironmentVariableIntValue("WEIR_BENCH_STREAMING_JOBS") > 0
                                     ? qEnvironmentVariableIntValue("WEIR_BENCH_STREAMING_JOBS")
                                     : 40,
                                 total);
    const int spareSlots = 4; // for the bounded jobs, which run one after the other
    QString version = qEnvironmentVariable("WEIR_TEST_FLINK_VERSION");
    if (version.isEmpty())
        version = QStringLiteral("2.3.0");

    // The cluster: its own, stopped by the destructor whatever happens below.
    Bench::BenchCluster cluster(
        version,
        QDir(Test::outputDir()).filePath(QStringLiteral("bench-jobmonitor-flink-") + version));
    QElapsedTimer clock;
    clock.start();
    const auto fixture = cluster.start({{QStringLiteral("taskmanager.numberOfTaskSlots"),
                                         QString::number(streaming + spareSlots)}});
    if (!fixture) {
        std::fprintf(stderr, "%s\n", qPrintable(fixture.error()));
        return 1;
    }
    std::printf("Flink %s of its own with %d task slots up in %.1f s\n", qPrintable(version),
                streaming + spareSlots, clock.elapsed() / 1000.0);

    // 200 jobs through the SQL Gateway.
    HttpClient::Options gatewayOptions;
    gatewayOptions.baseUrl = fixture->gatewayUrl();
    gatewayOptions.timeoutMs = 120000;
    GatewayClient gateway(gatewayOptions);
    gateway.negotiate();
    if (!spinUntil([&] { return gateway.isNegotiated(); }, 60000)) {
        std::fprintf(stderr, "the SQL Gateway did not negotiate\n");
        return 1;
    }
    const QStringList setup{
        QStringLiteral("CREATE TABLE ticks (id BIGINT) WITH ('connector'='datagen', "
                       "'rows-per-second'='1')"),
        QStringLiteral("CREATE TABLE batch (id BIGINT) WITH ('connector'='datagen', "
                       "'number-of-rows'='10')"),
        QStringLiteral("CREATE TABLE sink (id BIGINT) WITH ('connector'='blackhole')"),
    };
    QList<Bench::BenchJobSubmitter::Job> jobs;
    for (int i = 0; i < total; ++i) {
        const bool longRunning = i < streaming;
        jobs.append({QStringLiteral("bench-%1-%2")
                         .arg(longRunning ? QLatin1String("stream") : QLatin1String("bounded"))
                         .arg(i, 3, 10, QLatin1Char('0')),
                     QStringLiteral("INSERT INTO sink SELECT id FROM %1")
                         .arg(longRunning ? QLatin1String("ticks") : QLatin1String("batch"))});
    }
    const int sessions = 4;
    Bench::BenchJobSubmitter submitter(&gateway, setup);
    clock.restart();
    submitter.submit(jobs, sessions);
    spinUntil([&] { return submitter.isDone(); }, 900000);
    const double submitSeconds = clock.elapsed() / 1000.0;
    std::printf("submitted %lld of %d jobs (%d long-running) from %d sessions in %.1f s "
                "(%.2f jobs/s)\n",
                qlonglong(submitter.jobIds().size()), total, streaming, sessions, submitSeconds,
                double(submitter.jobIds().size()) / submitSeconds);
    for (const QString &failure : submitter.failures().mid(0, 5))
        std::printf("  failed: %s\n", qPrintable(failure.left(300)));

    // Until the overview lists them all and the bounded ones have finished.
    HttpClient::Options jobManagerOptions;
    jobManagerOptions.baseUrl = fixture->jobManagerUrl();
    JobManagerClient direct(jobManagerOptions);
    JobMonitor waiter(&direct);
    waiter.setInterval(2000);
    waiter.start();
    const bool settled = spinUntil(
        [&] {
            const QList<JobSummary> &listed = waiter.jobs();
            const auto running = std::count_if(listed.begin(), listed.end(),
                                               [](const JobSummary &j) { return !j.isTerminal(); });
            return listed.size() >= submitter.jobIds().size() && running <= streaming;
        },
        600000);
    waiter.stop();
    const auto running = std::count_if(waiter.jobs().begin(), waiter.jobs().end(),
                                       [](const JobSummary &j) { return j.isRunning(); });
    std::printf("overview lists %lld jobs, %lld running%s, %.1f s after the submission began\n",
                qlonglong(waiter.jobs().size()), qlonglong(running),
                settled ? "" : " (bounded jobs still running)", clock.elapsed() / 1000.0);

    // The Jobs panel as the studio shows it, through the counting proxy.
    Bench::CountingRestProxy proxy(fixture->jobManagerUrl());
    if (!proxy.url().isValid()) {
        std::fprintf(stderr, "the counting proxy cannot listen\n");
        return 1;
    }
    HttpClient::Options monitorOptions;
    monitorOptions.baseUrl = proxy.url();
    JobManagerClient client(monitorOptions);
    JobMonitor monitor(&client); // default interval
    ModelTiming timing;
    // Connected before and after the panel's own slot: the model update in between.
    QObject::connect(&monitor, &JobMonitor::jobsUpdated, &app, [&] { timing.clock.start(); });
    JobsPanel panel(nullptr);
    panel.resize(1100, 900);
    panel.setClusterChoices({{1, QStringLiteral("bench")}});
    panel.setCluster(&monitor, nullptr, 1, QStringLiteral("bench"));
    // Half of the height for the list (its size hint alone leaves it four rows): more rows on
    // screen, more parallelism asked for, and a stricter test of "none for the others".
    if (auto *splitter = panel.findChild<QSplitter *>())
        splitter->setSizes({450, 450});
    QObject::connect(&monitor, &JobMonitor::jobsUpdated, &app,
                     [&] { timing.updatesMs.append(double(timing.clock.nsecsElapsed()) / 1e6); });
    LatencyProbe probe;
    std::printf("\nmonitoring %lld jobs at the default interval of %d ms, %d s per phase\n",
                qlonglong(waiter.jobs().size()), monitor.interval(), seconds);

    QList<Phase> phases;
    // The first overview and the parallelism of the rows that appear (once per row).
    phases.append(measure(
        QStringLiteral("panel shown (first 2 intervals)"), 2 * monitor.interval() / 1000,
        [&] { panel.show(); }, panel, monitor, proxy, probe, timing));
    phases.append(measure(
        QStringLiteral("jobs list, none open"), seconds, [] {}, panel, monitor, proxy, probe,
        timing));
    QString openId; // the oldest running job: at the bottom, scrolled to when opened
    for (const JobSummary &job : monitor.jobs()) {
        if (job.isRunning())
            openId = job.id;
    }
    phases.append(measure(
        QStringLiteral("one running job open (checkpoints)"), seconds,
        [&] {
            panel.openJob(openId);
            panel.details()->setCurrentIndex(JobDetailTabs::CheckpointsTab);
        },
        panel, monitor, proxy, probe, timing));
    const QString screenshot =
        QDir(Test::outputDir()).filePath(QStringLiteral("bench_jobmonitor_panel.png"));
    panel.grab().save(screenshot);
    phases.append(measure(
        QStringLiteral("panel hidden (paused)"), qMin(seconds, 20), [&] { panel.hide(); }, panel,
        monitor, proxy, probe, timing));
    monitor.stop();
    printTable(phases);
    std::printf("screenshot: %s\n", qPrintable(screenshot));
    printOverviewParsing();

    clock.restart();
    const QString stopped = cluster.stop();
    std::printf("%s (%.1f s)\n", qPrintable(stopped), clock.elapsed() / 1000.0);
    return 0;
}
