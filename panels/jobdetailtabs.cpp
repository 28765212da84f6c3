#include "jobdetailtabs.h"

#include "flink/jobmanagerclient.h"
#include "jobgraphview.h"
#include "jobsmodel.h"
#include "jobstatecolor.h"
#include "store/savepointrepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Weir {

namespace {

constexpr int kLogTailBytes = 64 * 1024;

QString timeText(qint64 ms)
{
    return ms > 0
               ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : QString();
}

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

JobDetailTabs::JobDetailTabs(SavepointRepository *registry, QWidget *parent)
    : QTabWidget(parent), m_registry(registry)
{
    m_overview = new QLabel(this);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overview->setMargin(8);
    m_overview->setWordWrap(true);
    addTab(m_overview, tr("Overview"));
    addTab(buildGraphTab(), tr("Job graph"));

    auto *checkpoints = new QWidget(this);
    auto *checkpointLayout = new QVBoxLayout(checkpoints);
    m_checkpointSummary = new QLabel(checkpoints);
    m_checkpointSummary->setWordWrap(true);
    m_checkpointSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkpointHistory = makeTree({tr("ID"), tr("Status"), tr("Type"), tr("Triggered"),
                                    tr("Duration"), tr("Size"), tr("Path")},
                                   checkpoints);
    checkpointLayout->addWidget(m_checkpointSummary);
    checkpointLayout->addWidget(m_checkpointHistory);
    addTab(checkpoints, tr("Checkpoints"));

    m_savepoints =
        makeTree({tr("Triggered"), tr("Operation"), tr("Status"), tr("Path"), tr("Job ID")}, this);
    addTab(m_savepoints, tr("Savepoints"));

    auto *exceptions = new QSplitter(Qt::Vertical, this);
    m_exceptionList =
        makeTree({tr("Time"), tr("Exception"), tr("Task"), tr("Location")}, exceptions);
    m_exceptionTrace = new QPlainTextEdit(exceptions);
    m_exceptionTrace->setReadOnly(true);
    m_exceptionTrace->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_exceptionList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int row = item ? m_exceptionList->indexOfTopLevelItem(item) : -1;
        m_exceptionTrace->setPlainText(
            row >= 0 && row < m_exceptions.size() ? m_exceptions.at(row).stackTrace : QString());
    });
    addTab(exceptions, tr("Exceptions"));

    m_configuration = makeTree({tr("Key"), tr("Value")}, this);
    addTab(m_configuration, tr("Configuration"));
    addTab(buildLogsTab(), tr("Logs"));

    connect(this, &QTabWidget::currentChanged, this, &JobDetailTabs::tabShown);
    setJob(QString(), QString());
}

JobDetailTabs::~JobDetailTabs() = default;

QWidget *JobDetailTabs::buildGraphTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_graph = new JobGraphView(page);
    const auto button = [&](const QString &text, const QString &tip, void (JobGraphView::*slot)()) {
        auto *b = new QToolButton(page);
        b->setText(text);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, m_graph, slot);
        buttons->addWidget(b);
    };
    button(tr("+"), tr("Zoom in"), &JobGraphView::zoomIn);
    button(tr("−"), tr("Zoom out"), &JobGraphView::zoomOut);
    button(tr("Fit"), tr("Show the whole graph"), &JobGraphView::fit);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_graph);
    return page;
}

QWidget *JobDetailTabs::buildLogsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_logFiles = new QComboBox(page);
    m_logFiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *refresh = new QToolButton(page);
    refresh->setText(tr("Refresh"));
    row->addWidget(new QLabel(tr("JobManager log:"), page));
    row->addWidget(m_logFiles);
    row->addWidget(refresh);
    row->addStretch();
    m_logText = new QPlainTextEdit(page);
    m_logText->setReadOnly(true);
    m_logText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addLayout(row);
    layout->addWidget(m_logText);
    connect(m_logFiles, &QComboBox::activated, this, &JobDetailTabs::loadLogTail);
    connect(refresh, &QToolButton::clicked, this, &JobDetailTabs::loadLogTail);
    return page;
}

void JobDetailTabs::setClient(JobManagerClient *client)
{
    m_client = client;
}

void JobDetailTabs::setJob(const QString &jobId, const QString &jobName)
{
    const bool changed = jobId != m_jobId;
    m_jobId = jobId;
    m_jobName = jobName;
    setEnabled(!jobId.isEmpty());
    if (!changed && !jobId.isEmpty())
        return;
    m_checkpoints.reset();
    m_exceptions.clear();
    m_overview->setText(jobId.isEmpty() ? tr("Open a job to see its details.")
                                        : tr("Loading %1…").arg(jobId));
    m_graph->clear();
    m_checkpointSummary->clear();
    m_checkpointHistory->clear();
    m_exceptionList->clear();
    m_exceptionTrace->clear();
    m_configuration->clear();
    reloadSavepoints();
    if (!jobId.isEmpty())
        tabShown(currentIndex());
}

JobMonitor::Aspects JobDetailTabs::aspects() const
{
    switch (currentIndex()) {
    case CheckpointsTab:
        return JobMonitor::Detail | JobMonitor::Checkpoints;
    case ExceptionsTab:
        return JobMonitor::Detail | JobMonitor::Exceptions;
    default:
        // The overview and graph need the detail; the others show its state in the actions.
        return JobMonitor::Detail;
    }
}

void JobDetailTabs::tabShown(int index)
{
    emit aspectsChanged(aspects());
    if (m_jobId.isEmpty())
        return;
    if (index == ConfigurationTab && m_configuration->topLevelItemCount() == 0)
        loadConfiguration();
    else if (index == LogsTab && m_logFiles->count() == 0)
        loadLogFiles();
    else if (index == SavepointsTab)
        reloadSavepoints();
}

void JobDetailTabs::showDetail(const JobDetail &detail)
{
    if (detail.summary.id != m_jobId)
        return;
    const JobSummary &job = detail.summary;
    QStringList tasks;
    for (auto it = job.tasksByState.begin(); it != job.tasksByState.end(); ++it) {
        if (it.value() > 0)
            tasks.append(
                QStringLiteral("%1 %2").arg(it.value()).arg(JobStateColor::text(it.key())));
    }
    const QString row = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>");
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    html += row.arg(tr("Name"), job.name.toHtmlEscaped());
    html += row.arg(tr("Job ID"), job.id);
    html += row.arg(tr("Status"), QStringLiteral("<span style=\"color:%1\">%2</span>")
                                      .arg(JobStateColor::color(job.state).name(),
                                           JobStateColor::text(job.state)));
    html += row.arg(tr("Type"), job.jobType);
    html += row.arg(tr("Started"), timeText(job.startMs));
    if (job.endMs > 0)
        html += row.arg(tr("Ended"), timeText(job.endMs));
    html += row.arg(tr("Duration"), JobsModel::durationText(job.durationMs));
    html += row.arg(tr("Parallelism"), QString::number(job.parallelism));
    html += row.arg(tr("Tasks"), tasks.join(QLatin1String(", ")));
    html += row.arg(tr("Vertices"), QString::number(detail.vertices.size()));
    html += QStringLiteral("</table>");
    m_overview->setText(html);
    m_graph->setDetail(detail);
}

void JobDetailTabs::showCheckpoints(const CheckpointStats &stats)
{
    m_checkpoints = stats;
    QString summary = tr("%1 completed, %2 failed, %3 in progress, %4 restored.")
                          .arg(stats.completed)
                          .arg(stats.failed)
                          .arg(stats.inProgress)
                          .arg(stats.restored);
    if (stats.latestCompleted)
        summary += QLatin1Char(' ') + tr("Latest checkpoint: #%1 at %2.")
                                          .arg(stats.latestCompleted->id)
                                          .arg(timeText(stats.latestCompleted->triggerMs));
    if (stats.latestSavepoint)
        summary += QLatin1Char(' ') + tr("Latest savepoint: #%1 at %2.")
                                          .arg(stats.latestSavepoint->id)
                                          .arg(timeText(stats.latestSavepoint->triggerMs));
    if (stats.latestRestore)
        summary +=
            QLatin1Char(' ') + tr("Restored from %1.").arg(stats.latestRestore->externalPath);
    m_checkpointSummary->setText(summary);
    m_checkpointHistory->clear();
    const QLocale locale;
    for (const CheckpointEntry &entry : stats.history) {
        auto *item = new QTreeWidgetItem(m_checkpointHistory);
        item->setText(0, QString::number(entry.id));
        item->setText(1, JobStateColor::text(entry.status));
        item->setForeground(1, JobStateColor::color(entry.status));
        item->setText(2, entry.type);
        item->setText(3, timeText(entry.triggerMs));
        item->setText(4, tr("%1 ms").arg(entry.endToEndDurationMs));
        item->setText(5, locale.formattedDataSize(entry.checkpointedSize));
        // Checkpoints kept by JobManagerCheckpointStorage have no path (Flink says
        // "<checkpoint-not-externally-addressable>").
        const QString path = entry.externalPath.startsWith(QLatin1Char('<'))
                                 ? tr("in the JobManager's memory (not restorable)")
                                 : entry.externalPath;
        item->setText(6, entry.failureMessage.isEmpty() ? path : entry.failureMessage);
    }
    for (int column = 0; column < m_checkpointHistory->columnCount() - 1; ++column)
        m_checkpointHistory->resizeColumnToContents(column);
}

void JobDetailTabs::showExceptions(const JobExceptions &exceptions)
{
    m_exceptions = exceptions.history;
    m_exceptionList->clear();
    for (const JobExceptionEntry &entry : exceptions.history) {
        auto *item = new QTreeWidgetItem(m_exceptionList);
        item->setText(0, timeText(entry.timestampMs));
        item->setText(1, entry.exceptionName);
        item->setText(2, entry.taskName);
        item->setText(3, entry.endpoint);
    }
    for (int column = 0; column < m_exceptionList->columnCount() - 1; ++column)
        m_exceptionList->resizeColumnToContents(column);
    if (m_exceptionList->topLevelItemCount() > 0)
        m_exceptionList->setCurrentItem(m_exceptionList->topLevelItem(0));
    else
        m_exceptionTrace->setPlainText(tr("No exceptions."));
}

void JobDetailTabs::showFailure(const QString &reason)
{
    m_overview->setText(tr("Cannot read the job: %1").arg(reason.toHtmlEscaped()));
}

void JobDetailTabs::reloadSavepoints()
{
    m_savepoints->clear();
    if (!m_registry || m_jobId.isEmpty())
        return;
    // The job's own savepoints and those of earlier runs under the same name.
    QList<SavepointRecord> records = m_registry->list(200, 0, m_jobId);
    for (const SavepointRecord &record : m_registry->list(200)) {
        if (record.jobId != m_jobId && !m_jobName.isEmpty() && record.jobName == m_jobName)
            records.append(record);
    }
    for (const SavepointRecord &record : std::as_const(records)) {
        auto *item = new QTreeWidgetItem(m_savepoints);
        item->setText(0, timeText(record.triggeredMs));
        item->setText(1, record.operation);
        item->setText(2, record.status);
        item->setText(3, record.path.isEmpty() ? record.error : record.path);
        item->setText(4, record.jobId);
    }
    for (int column = 0; column < m_savepoints->columnCount() - 1; ++column)
        m_savepoints->resizeColumnToContents(column);
}

void JobDetailTabs::loadConfiguration()
{
    if (!m_client)
        return;
    const QString jobId = m_jobId;
    const auto add = [this](const QString &key, const QString &value) {
        auto *item = new QTreeWidgetItem(m_configuration);
        item->setText(0, key);
        item->setText(1, value);
    };
    m_client->jobConfig(jobId, this, [this, jobId, add](const Result<JobConfig> &config) {
        if (jobId != m_jobId)
            return;
        if (!config) {
            add(tr("Job configuration"), config.error());
            return;
        }
        add(tr("Parallelism"), QString::number(config->parallelism));
        add(tr("Restart strategy"), config->restartStrategy);
        if (!config->executionMode.isEmpty())
            add(tr("Execution mode"), config->executionMode);
        add(tr("Object reuse"), config->objectReuse ? tr("yes") : tr("no"));
        for (auto it = config->userConfig.begin(); it != config->userConfig.end(); ++it)
            add(it.key(), it.value());
    });
    m_client->checkpointConfig(jobId, this, [this, jobId, add](const Result<CheckpointConfig> &c) {
        if (jobId != m_jobId)
            return;
        if (!c) {
            add(tr("Checkpointing"), c.error());
            return;
        }
        add(tr("Checkpointing mode"), c->mode);
        add(tr("Checkpoint interval"), tr("%1 ms").arg(c->intervalMs));
        add(tr("Checkpoint timeout"), tr("%1 ms").arg(c->timeoutMs));
        add(tr("State backend"), c->stateBackend);
        add(tr("Checkpoint storage"), c->checkpointStorage);
        add(tr("Externalized checkpoints"), c->externalized ? tr("retained") : tr("not retained"));
    });
}

void JobDetailTabs::loadLogFiles()
{
    if (!m_client)
        return;
    m_client->jobManagerLogs(this, [this](const Result<QList<LogFileInfo>> &files) {
        m_logFiles->clear();
        m_logFiles->addItem(tr("Main log"), QString());
        m_logFiles->addItem(tr("Standard output"), QStringLiteral("stdout"));
        if (files) {
            const QLocale locale;
            for (const LogFileInfo &file : files.value())
                m_logFiles->addItem(
                    QStringLiteral("%1 (%2)").arg(file.name, locale.formattedDataSize(file.size)),
                    file.name);
        }
        loadLogTail();
    });
}

void JobDetailTabs::loadLogTail()
{
    if (!m_client || m_logFiles->count() == 0)
        return;
    const QString name = m_logFiles->currentData().toString();
    m_client->jobManagerLogTail(name, kLogTailBytes, this,
                                [this, name](const Result<QString> &text) {
                                    if (m_logFiles->currentData().toString() != name)
                                        return;
                                    m_logText->setPlainText(text ? text.value() : text.error());
                                    m_logText->moveCursor(QTextCursor::End);
                                });
}

} // namespace Weir
