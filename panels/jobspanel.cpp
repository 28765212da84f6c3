#include "jobspanel.h"

#include "jobdetailtabs.h"
#include "jobs/restorepointresolver.h"
#include "jobsfilterproxy.h"
#include "jobsmodel.h"
#include "store/savepointrepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Weir {

JobsPanel::JobsPanel(SavepointRepository *registry, QWidget *parent)
    : QWidget(parent), m_registry(registry), m_model(new JobsModel(this)),
      m_filter(new JobsFilterProxy(this))
{
    m_filter->setSourceModel(m_model);
    buildUi();
    updateActions();
}

JobsPanel::~JobsPanel()
{
    if (m_monitor && !m_sharedMonitors)
        m_monitor->stop();
}

void JobsPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [&](Action which, const QString &text, const QString &tip,
                         std::function<void()> slot) {
        QAction *action = toolbar->addAction(text);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, std::move(slot));
        m_actions.insert(which, action);
    };
    add(Action::Refresh, tr("Refresh"), tr("Ask the JobManager now"), [this] {
        if (m_monitor)
            m_monitor->refreshNow();
    });
    toolbar->addSeparator();
    add(Action::Savepoint, tr("Savepoint"), tr("Trigger a savepoint; the job keeps running"),
        [this] { triggerSavepoint(); });
    add(Action::StopWithSavepoint, tr("Stop"), tr("Stop the job with a savepoint"),
        [this] { stopWithSavepoint(); });
    add(Action::Cancel, tr("Cancel"), tr("Cancel the job without a savepoint"),
        [this] { cancelJob(); });
    toolbar->addSeparator();
    add(Action::RestartFromSavepoint, tr("Restart from savepoint"),
        tr("Run the job's script again from its latest savepoint"),
        [this] { restartFromSavepoint(); });
    add(Action::RestartFromCheckpoint, tr("Restart from checkpoint"),
        tr("Run the job's script again from its latest retained checkpoint"),
        [this] { restartFromCheckpoint(); });
    layout->addWidget(toolbar);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(4, 0, 4, 0);
    m_cluster = new QComboBox(this);
    m_cluster->setToolTip(tr("The cluster whose jobs are listed"));
    m_cluster->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filters->addWidget(m_cluster);
    connect(m_cluster, &QComboBox::activated, this, [this] {
        const qint64 id = m_cluster->currentData().toLongLong();
        if (id != m_clusterId)
            emit clusterChosen(id);
    });
    m_status = new QComboBox(this);
    m_status->addItem(tr("All jobs"), int(JobsFilterProxy::StatusFilter::All));
    m_status->addItem(tr("Running"), int(JobsFilterProxy::StatusFilter::Running));
    m_status->addItem(tr("Finished"), int(JobsFilterProxy::StatusFilter::Finished));
    m_status->addItem(tr("Failed"), int(JobsFilterProxy::StatusFilter::Failed));
    m_status->addItem(tr("Canceled"), int(JobsFilterProxy::StatusFilter::Canceled));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by name or job ID"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(JobsFilterProxy::StatusFilter(m_status->currentData().toInt()));
        reportVisibleJobs();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        reportVisibleJobs();
    });

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(6, 2, 6, 2);
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(splitter);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobsModel::StartColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Compact rows: a cluster's list runs to hundreds of jobs in a short bottom dock.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(JobsModel::NameColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_details = new JobDetailTabs(m_registry, splitter);
    // The list as tall as the open job's tabs (with 2:1 for the tabs, a bottom dock of normal
    // height showed about four jobs).
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({10000, 10000}); // proportions: the splitter scales them to its height
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsPanel::selectionChanged);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &JobsPanel::reportVisibleJobs);
    connect(m_details, &JobDetailTabs::aspectsChanged, this, [this](JobMonitor::Aspects aspects) {
        if (m_monitor)
            m_monitor->setOpenJob(m_details->jobId(), aspects);
    });
}

void JobsPanel::setClusterChoices(const QList<QPair<qint64, QString>> &clusters)
{
    const QSignalBlocker blocker(m_cluster);
    m_cluster->clear();
    for (const auto &[id, name] : clusters)
        m_cluster->addItem(name, id);
    m_cluster->setCurrentIndex(m_cluster->findData(m_clusterId));
}

void JobsPanel::setCluster(JobMonitor *monitor, SavepointService *savepoints, qint64 clusterId,
                           const QString &clusterName)
{
    {
        const QSignalBlocker blocker(m_cluster);
        m_cluster->setCurrentIndex(m_cluster->findData(clusterId));
    }
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (m_monitor && m_monitor != monitor) {
        if (m_sharedMonitors)
            m_monitor->setOpenJob(QString());
        else
            m_monitor->stop();
    }
    m_monitor = monitor;
    m_savepoints = savepoints;
    m_clusterId = clusterId;
    m_clusterName = clusterName;
    m_model->setJobs({});
    m_pendingOpen.clear();
    m_details->setJob(QString(), QString());
    showMessage(QString(), false);
    m_details->setClient(monitor ? monitor->client() : nullptr);
    if (monitor) {
        m_connections << connect(monitor, &JobMonitor::jobsUpdated, this, &JobsPanel::jobsUpdated)
                      << connect(monitor, &JobMonitor::reachabilityChanged, this,
                                 &JobsPanel::reachabilityChanged)
                      << connect(monitor, &JobMonitor::jobDetailUpdated, this,
                                 [this](const JobDetail &detail) {
                                     m_details->showDetail(detail);
                                     updateActions();
                                 })
                      << connect(monitor, &JobMonitor::checkpointsUpdated, this,
                                 [this](const QString &, const CheckpointStats &stats) {
                                     m_details->showCheckpoints(stats);
                                 })
                      << connect(monitor, &JobMonitor::exceptionsUpdated, this,
                                 [this](const QString &, const JobExceptions &exceptions) {
                                     m_details->showExceptions(exceptions);
                                 })
                      << connect(monitor, &JobMonitor::jobDetailFailed, this,
                                 [this](const QString &, const QString &reason) {
                                     m_details->showFailure(reason);
                                 });
        if (!m_sharedMonitors)
            monitor->setPaused(!isVisible());
        if (!monitor->isActive())
            monitor->start();
    }
    if (savepoints) {
        m_connections
            << connect(savepoints, &SavepointService::completed, this,
                       [this](quint64, const QString &jobId, const QString &path) {
                           showMessage(tr("Savepoint of %1 written to %2").arg(jobId, path), false);
                           m_details->reloadSavepoints();
                       })
            << connect(savepoints, &SavepointService::failed, this,
                       [this](quint64, const QString &jobId, const QString &reason) {
                           showMessage(tr("Savepoint of %1 failed: %2").arg(jobId, reason), true);
                           m_details->reloadSavepoints();
                       })
            << connect(savepoints, &SavepointService::jobCancelled, this,
                       [this](const QString &jobId) {
                           showMessage(tr("Job %1 is being cancelled.").arg(jobId), false);
                       })
            << connect(savepoints, &SavepointService::cancelFailed, this,
                       [this](const QString &jobId, const QString &reason) {
                           showMessage(tr("Cannot cancel %1: %2").arg(jobId, reason), true);
                       });
    }
    updateActions();
}

QAction *JobsPanel::action(Action action) const
{
    return m_actions.value(action);
}

QString JobsPanel::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void JobsPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void JobsPanel::jobsUpdated(const QList<JobSummary> &jobs)
{
    const QString open = m_pendingOpen.isEmpty() ? openJobId() : m_pendingOpen;
    // The new list may move the current row onto another job: that is no choice of the user's.
    m_refreshing = true;
    m_model->setJobs(jobs);
    m_refreshing = false;
    if (!m_columnsSized && !jobs.isEmpty()) {
        for (int column = JobsModel::StatusColumn; column < JobsModel::ColumnCount; ++column)
            m_view->resizeColumnToContents(column);
        m_columnsSized = true;
    }
    if (!open.isEmpty() &&
        m_view->selectionModel()->currentIndex().data(JobsModel::JobIdRole).toString() != open)
        openJob(open);
    reportVisibleJobs();
    updateActions();
}

void JobsPanel::reachabilityChanged(JobMonitor::Reachability reachability, const QString &reason)
{
    if (reachability == JobMonitor::Reachability::Unreachable)
        showMessage(tr("%1 is unreachable: %2").arg(m_clusterName, reason), true);
    else if (m_message->styleSheet().contains(QLatin1String("c62828")) &&
             m_message->text().contains(tr("is unreachable")))
        showMessage(QString(), false);
}

void JobsPanel::openJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    // Not listed yet (just submitted, or the first overview is still on its way): opened when
    // an overview lists it.
    m_pendingOpen = row < 0 ? jobId : QString();
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

QString JobsPanel::openJobId() const
{
    return m_details->jobId();
}

void JobsPanel::selectionChanged()
{
    if (m_refreshing)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString jobId = current.data(JobsModel::JobIdRole).toString();
    if (jobId.isEmpty() || jobId == m_details->jobId())
        return;
    const JobSummary job = m_model->jobAt(m_model->rowOf(jobId));
    m_details->setJob(jobId, job.name);
    if (m_monitor)
        m_monitor->setOpenJob(jobId, m_details->aspects());
    updateActions();
}

void JobsPanel::reportVisibleJobs()
{
    if (!m_monitor)
        return;
    QStringList visible;
    const int first = m_view->rowAt(0);
    const int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (first >= 0) {
        const int end = last >= 0 ? last : m_filter->rowCount() - 1;
        for (int row = first; row <= end; ++row)
            visible.append(m_filter->index(row, 0).data(JobsModel::JobIdRole).toString());
    }
    m_monitor->setVisibleJobs(visible);
}

void JobsPanel::updateActions()
{
    const JobSummary job = m_model->jobAt(m_model->rowOf(openJobId()));
    const bool running = !job.id.isEmpty() && job.isRunning() && m_savepoints;
    m_actions.value(Action::Refresh)->setEnabled(m_monitor != nullptr);
    m_actions.value(Action::Savepoint)->setEnabled(running);
    m_actions.value(Action::StopWithSavepoint)->setEnabled(running);
    m_actions.value(Action::Cancel)
        ->setEnabled(!job.id.isEmpty() && !job.isTerminal() && m_savepoints);
    m_actions.value(Action::RestartFromSavepoint)->setEnabled(!job.id.isEmpty());
    m_actions.value(Action::RestartFromCheckpoint)->setEnabled(!job.id.isEmpty());
}

bool JobsPanel::confirm(const QString &question) const
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(const_cast<JobsPanel *>(this), tr("Jobs"), question) ==
           QMessageBox::Yes;
}

void JobsPanel::startSavepoint(SavepointService::Operation operation, const QString &question)
{
    const JobSummary job = m_model->jobAt(m_model->rowOf(openJobId()));
    if (job.id.isEmpty() || !m_savepoints || !confirm(question))
        return;
    SavepointService::Request request;
    request.jobId = job.id;
    request.jobName = job.name;
    request.operation = operation;
    request.targetDirectory = m_savepointDirectory;
    request.clusterId = m_clusterId;
    request.clusterName = m_clusterName;
    if (m_scriptOf) {
        const JobScript script = m_scriptOf(job.id);
        request.scriptId = script.id;
        request.scriptName = script.name;
        if (request.targetDirectory.isEmpty())
            request.targetDirectory = script.savepointDirectory;
    }
    m_savepoints->start(request);
    showMessage(tr("Savepoint of %1 requested…").arg(job.id), false);
}

void JobsPanel::triggerSavepoint()
{
    const JobSummary job = m_model->jobAt(m_model->rowOf(openJobId()));
    startSavepoint(SavepointService::Operation::Savepoint,
                   tr("Trigger a savepoint of “%1”? The job keeps running.").arg(job.name));
}

void JobsPanel::stopWithSavepoint()
{
    const JobSummary job = m_model->jobAt(m_model->rowOf(openJobId()));
    startSavepoint(SavepointService::Operation::Stop,
                   tr("Stop “%1” with a savepoint? It can be restarted from it.").arg(job.name));
}

void JobsPanel::cancelJob()
{
    const JobSummary job = m_model->jobAt(m_model->rowOf(openJobId()));
    if (job.id.isEmpty() || !m_savepoints ||
        !confirm(tr("Cancel “%1” without a savepoint? Its state is lost unless a checkpoint "
                    "is retained.")
                     .arg(job.name)))
        return;
    m_savepoints->cancelJob(job.id);
}

void JobsPanel::restartFromSavepoint()
{
    const JobSummary job = m_model->jobAt(m_model->rowOf(openJobId()));
    if (job.id.isEmpty())
        return;
    // The job's script's savepoints when it is known (what its strategy "latest" restores), else
    // those of jobs of the same name.
    const qint64 scriptId = m_scriptOf ? m_scriptOf(job.id).id : 0;
    const std::optional<SavepointRecord> latest =
        !m_registry ? std::nullopt
        : scriptId  ? m_registry->latestCompleted(scriptId, m_clusterId, QString(), QStringLiteral("savepoint"))
                    : m_registry->latestCompleted(0, m_clusterId, job.name);
    if (!latest) {
        showMessage(tr("No completed savepoint of “%1” is registered.").arg(job.name), true);
        return;
    }
    if (confirm(tr("Run “%1” again from the savepoint %2?").arg(job.name, latest->path)))
        emit restartRequested(job.id, job.name, latest->path);
}

void JobsPanel::restartFromCheckpoint()
{
    const JobSummary job = m_model->jobAt(m_model->rowOf(openJobId()));
    if (job.id.isEmpty() || !m_monitor || !m_monitor->client())
        return;
    // The same choice as a script's "latest checkpoint" strategy makes.
    RestorePointResolver::retainedCheckpoint(
        m_monitor->client(), job.id, this, [this, job](const Result<std::optional<CheckpointEntry>> &checkpoint) {
            if (!checkpoint) {
                showMessage(checkpoint.error(), true);
                return;
            }
            if (!checkpoint.value()) {
                showMessage(tr("“%1” has no retained checkpoint to restart from (configure "
                               "execution.checkpointing.dir and retained checkpoints).")
                                .arg(job.name),
                            true);
                return;
            }
            const QString path = checkpoint.value()->externalPath;
            if (!confirm(tr("Run “%1” again from the checkpoint %2?").arg(job.name, path)))
                return;
            // Registered like the "latest checkpoint" strategy's: the script's restore points list it.
            if (m_registry) {
                const JobScript script = m_scriptOf ? m_scriptOf(job.id) : JobScript();
                RestorePointResolver::recordCheckpoint(*m_registry, {script.id, script.name, m_clusterId, m_clusterName},
                                                       job.id, *checkpoint.value());
            }
            emit restartRequested(job.id, job.name, path);
        });
}

void JobsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_monitor && m_sharedMonitors && !openJobId().isEmpty())
        m_monitor->setOpenJob(openJobId(), m_details->aspects());
    else if (m_monitor && !m_sharedMonitors)
        m_monitor->setPaused(false);
}

void JobsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // A hidden dock asks nothing of the cluster (shared monitors go on with their overview).
    if (m_monitor && m_sharedMonitors)
        m_monitor->setOpenJob(QString());
    else if (m_monitor)
        m_monitor->setPaused(true);
}

} // namespace Weir
