#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <ctime>

namespace Weir::Bench {

// A pass-through HTTP proxy between Weir and the real JobManager that counts the requests by
// path: the measuring instrument of bench_jobmonitor, not a test double (every byte goes to and
// comes from the real JobManager unchanged). JobManagerClient only counts its requests in total;
// this tells the overview from the per-job routes and names the jobs asked about. It runs on a
// thread of its own whose CPU time (cpuSeconds()) the benchmark subtracts from the process's.
// Created and read on the main thread; the forwarding lives on its own thread.
class CountingRestProxy
{
public:
    explicit CountingRestProxy(const QUrl &upstream);
    ~CountingRestProxy();

    // Where Weir connects instead of the JobManager; invalid when listening failed.
    QUrl url() const { return m_url; }
    // Requests seen so far: path (without the query) → count.
    QHash<QString, quint64> counts() const;
    // CPU time the forwarding thread used so far.
    double cpuSeconds() const;

    // Called by the forwarding thread.
    void record(const QString &path);

private:
    QThread m_thread;
    QUrl m_url;
    mutable QMutex m_mutex;
    QHash<QString, quint64> m_counts;
    std::atomic<clockid_t> m_threadClock{0};
    std::atomic<bool> m_hasClock{false};
};

} // namespace Weir::Bench
