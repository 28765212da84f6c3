#include "charts/chartpipeline.h"

#include "charts/chartframebuilder.h"
#include "results/resultstore.h"

#include <QtConcurrent>

namespace Weir {

ChartPipeline::ChartPipeline(QObject *parent)
    : QObject(parent), m_frame(std::make_shared<const ChartFrame>())
{
    m_tick.setSingleShot(true);
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &ChartPipeline::tick);
    connect(&m_job, &QFutureWatcher<std::shared_ptr<const ChartFrame>>::finished, this,
            &ChartPipeline::jobDone);
}

ChartPipeline::~ChartPipeline()
{
    // The job holds its own buffers and input; waiting keeps it from reporting to a dead watcher.
    m_job.waitForFinished();
}

void ChartPipeline::setStore(ResultStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &ResultStore::changesApplied, this, [this] {
            m_dataDirty = true;
            schedule();
        });
        connect(store, &ResultStore::cleared, this, [this] {
            restart();
            emit resultStarted();
        });
    }
    restart();
}

void ChartPipeline::setSettings(const ChartSettings &settings)
{
    if (settings == m_settings && m_buffers)
        return;
    m_settings = settings;
    restart();
}

void ChartPipeline::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        refresh();
}

void ChartPipeline::setViewport(const ChartViewport &viewport)
{
    m_viewport = viewport;
    refresh();
}

bool ChartPipeline::isBusy() const
{
    return m_running || m_pending || m_tick.isActive();
}

void ChartPipeline::refresh()
{
    m_tick.start(0);
}

void ChartPipeline::schedule()
{
    if (!m_paused && !m_tick.isActive())
        m_tick.start(TickMs);
}

void ChartPipeline::restart()
{
    ++m_generation;
    m_buffers.reset();
    m_dataDirty = true;
    m_nextChange = m_store ? m_store->firstChange() : 0;
    if (m_store) {
        m_buffers = std::make_shared<ChartBuffers>(
            m_settings, ChartPlan::make(m_settings, m_store->columns()));
    }
    auto empty = std::make_shared<ChartFrame>();
    empty->generation = m_generation;
    empty->settings = m_settings;
    m_frame = empty;
    emit frameReady();
    refresh();
}

ChartInput ChartPipeline::cutInput()
{
    ChartInput input;
    const QList<int> &columns = m_buffers->plan().storeColumns;
    if (m_settings.source == ChartSource::Table) {
        input.replace = true;
        input.snapshot = m_store->tableSnapshot({}, columns);
        return input;
    }
    // Changes evicted by the store's cap before they were charted are gone; go on after them.
    const qint64 from = qMax(m_nextChange, m_store->firstChange());
    const qint64 to = m_store->changeEnd();
    QList<qint64> changes;
    changes.reserve(to - from);
    input.arrivalMs.reserve(to - from);
    for (qint64 c = from; c < to; ++c) {
        changes.append(c);
        input.arrivalMs.append(m_store->changeTime(c));
    }
    m_nextChange = to;
    if (!changes.isEmpty())
        input.snapshot = m_store->changelogSnapshot(changes, columns);
    return input;
}

void ChartPipeline::tick()
{
    if (m_running) {
        m_pending = true;
        return;
    }
    m_pending = false;
    if (!m_buffers || m_buffers->plan().y.isEmpty())
        return;
    ChartInput input;
    if (m_dataDirty && !m_paused) {
        input = cutInput();
        m_dataDirty = false;
    }
    m_running = true;
    m_jobClock.start();
    m_job.setFuture(QtConcurrent::run(
        [buffers = m_buffers, input = std::move(input), viewport = m_viewport,
         generation = m_generation]() -> std::shared_ptr<const ChartFrame> {
            if (input.replace || input.snapshot.rowCount() > 0)
                buffers->ingest(input);
            return std::make_shared<const ChartFrame>(
                ChartFrameBuilder::build(*buffers, viewport, generation));
        }));
}

void ChartPipeline::jobDone()
{
    m_running = false;
    const auto future = m_job.future();
    if (future.resultCount() > 0) {
        std::shared_ptr<const ChartFrame> frame = future.result();
        if (frame && frame->generation == m_generation) {
            m_frame = std::move(frame);
            emit frameReady();
        }
    }
    // At most one frame per TickMs, however fast rows arrive or jobs finish.
    if (m_pending || (m_dataDirty && !m_paused))
        m_tick.start(int(qMax<qint64>(0, TickMs - m_jobClock.elapsed())));
}

} // namespace Weir
