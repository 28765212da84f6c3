#pragma once

#include "charts/chartbuffers.h"
#include "charts/chartframe.h"
#include "charts/chartsettings.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace Weir {

class ResultStore;

// Feeds a chart from a ResultStore at most 10 times a second: on a tick it cuts the new rows
// (the whole table, or the changelog's new changes) as a snapshot on the GUI thread, and a
// worker (QtConcurrent) parses them into the chart's buffers, trims the window and decimates
// to the plot's width; the immutable frame comes back tagged with a generation token, and
// frames of settings or results that moved on are dropped. One job runs at a time. Widget-free;
// lives on the GUI thread.
class ChartPipeline : public QObject
{
    Q_OBJECT

public:
    static constexpr int TickMs = 100;

    explicit ChartPipeline(QObject *parent = nullptr);
    ~ChartPipeline() override;

    // Not owned. nullptr stops charting.
    void setStore(ResultStore *store);
    ResultStore *store() const { return m_store; }
    // Restarts the buffers from what the store still holds.
    void setSettings(const ChartSettings &settings);
    const ChartSettings &settings() const { return m_settings; }
    // While paused the chart keeps its frame; zooming still redraws it.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setViewport(const ChartViewport &viewport);
    const ChartViewport &viewport() const { return m_viewport; }

    // The latest frame (never null).
    std::shared_ptr<const ChartFrame> frame() const { return m_frame; }
    quint64 generation() const { return m_generation; }
    // True while rows or a redraw wait for the worker; tests wait for it to turn false.
    bool isBusy() const;
    // Schedules a tick now (rather than after the next page).
    void refresh();

signals:
    // frame() is new.
    void frameReady();
    // The store began a new result (columns may differ); settings may need new defaults.
    void resultStarted();

private:
    void schedule();
    void tick();
    void jobDone();
    void restart();
    ChartInput cutInput();

    QPointer<ResultStore> m_store;
    ChartSettings m_settings;
    ChartViewport m_viewport;
    bool m_paused = false;
    quint64 m_generation = 1;
    std::shared_ptr<ChartBuffers> m_buffers;
    std::shared_ptr<const ChartFrame> m_frame;
    QFutureWatcher<std::shared_ptr<const ChartFrame>> m_job;
    QTimer m_tick;
    QElapsedTimer m_jobClock; // since the last job started
    bool m_running = false;    // a job started and its frame not yet taken (jobDone)
    bool m_pending = false;    // a tick came while the job ran
    bool m_dataDirty = true;   // the store changed since the last cut
    qint64 m_nextChange = 0;   // changelog: the first change not yet in the buffers
};

} // namespace Weir
