// Start-up of `weir --quit-after-show`: wall time to first paint and exit, and peak memory.
// Usage: bench_startup PATH_TO_WEIR [RUNS]. Goal (issue 2): median <= 300 ms, peak <= 120 MB.
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Sample
{
    double ms = 0;
    long peakKb = 0;
    int status = 0;
};

Sample runOnce(const QByteArray &binary, const QByteArray &dataDir)
{
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        // Qt's start-up chatter would drown the figures.
        std::freopen("/dev/null", "w", stderr);
        execl(binary.constData(), binary.constData(), "--data-dir", dataDir.constData(),
              "--quit-after-show", static_cast<char *>(nullptr));
        _exit(127);
    }
    Sample s;
    rusage usage{};
    wait4(pid, &s.status, 0, &usage);
    s.ms = timer.nsecsElapsed() / 1e6;
    s.peakKb = usage.ru_maxrss;
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PATH_TO_WEIR [RUNS]\n", argv[0]);
        return 2;
    }
    const int runs = argc > 2 ? std::max(3, std::atoi(argv[2])) : 15;
    QTemporaryDir dir;
    const QByteArray dataDir = QDir(dir.path()).filePath(QStringLiteral("ws")).toLocal8Bit();

    // The first run creates the workspace (migrations); later runs measure an ordinary start.
    const Sample first = runOnce(argv[1], dataDir);
    if (!WIFEXITED(first.status) || WEXITSTATUS(first.status) != 0) {
        std::fprintf(stderr, "weir failed to start (status %d)\n", first.status);
        return 1;
    }
    std::vector<double> times, peaks;
    for (int i = 0; i < runs; ++i) {
        const Sample s = runOnce(argv[1], dataDir);
        times.push_back(s.ms);
        peaks.push_back(s.peakKb / 1024.0);
    }
    std::printf("weir --quit-after-show: first start (new workspace) %.1f ms\n", first.ms);
    std::printf("weir --quit-after-show: median %.1f ms, min %.1f ms, max %.1f ms over %d runs (goal <= 300 ms)\n",
                median(times), *std::min_element(times.begin(), times.end()),
                *std::max_element(times.begin(), times.end()), runs);
    std::printf("weir --quit-after-show: peak RSS median %.1f MB, max %.1f MB (goal <= 120 MB)\n",
                median(peaks), *std::max_element(peaks.begin(), peaks.end()));
    return 0;
}
