#include "resultspanel.h"

#include "changelogmodel.h"
#include "chartpanel.h"
#include "resultgridview.h"
#include "results/resultstore.h"
#include "resultsortproxy.h"
#include "resulttablemodel.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Weir {

namespace {

constexpr int kStatusIntervalMs = 250;
constexpr qint64 kRateWindowMs = 1000;

QString elapsedText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// Swapping a view's model resets its header; the widths the user (or the first batch) chose stay.
void setModelKeepingWidths(ResultGridView *view, QAbstractItemModel *model)
{
    QList<int> widths;
    for (int column = 0; view->model() && column < view->model()->columnCount(); ++column)
        widths.append(view->columnWidth(column));
    view->setModel(model);
    for (int column = 0; column < widths.size(); ++column)
        view->setColumnWidth(column, widths.at(column));
}

} // namespace

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_tableModel(new ResultTableModel(this)),
      m_changelogModel(new ChangelogModel(this)), m_tableProxy(new ResultSortProxy(this)),
      m_changelogProxy(new ResultSortProxy(this))
{
    auto *emptyState = new QLabel(this);
    emptyState->setText(
        tr("Rows of the queries you run appear here, live, as a table and a changelog."));
    emptyState->setAlignment(Qt::AlignCenter);
    emptyState->setWordWrap(true);
    emptyState->setEnabled(false);
    m_stack->addWidget(emptyState);
    m_stack->addWidget(createGrids());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_tableProxy->setSourceModel(m_tableModel);
    m_changelogProxy->setSourceModel(m_changelogModel);
    connect(m_tableModel, &ResultTableModel::synced, this, &ResultsPanel::updateStatus);
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, &ResultsPanel::updateColumns);
    m_statusTimer.setInterval(kStatusIntervalMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &ResultsPanel::updateStatus);
    connect(&m_export, &QFutureWatcher<Status>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_export, &QFutureWatcher<Status>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_export, &QFutureWatcher<Status>::finished, this, &ResultsPanel::exportDone);
}

ResultsPanel::~ResultsPanel()
{
    // The worker holds its own snapshot; waiting keeps it from reporting to a dead watcher.
    m_export.cancel();
    m_export.waitForFinished();
}

QWidget *ResultsPanel::createGrids()
{
    auto *page = new QWidget(this);
    m_tabs = new QTabWidget(page);
    m_tabs->setDocumentMode(true);
    m_tableView = new ResultGridView(m_tabs);
    m_changelogView = new ResultGridView(m_tabs);
    m_tableView->setModel(m_tableModel);
    m_changelogView->setModel(m_changelogModel);
    m_tableView->setSnapshotSource([this](const QList<int> &rows, const QList<int> &columns) {
        return m_tableModel->snapshot(rows, columns);
    });
    m_changelogView->setSnapshotSource([this](const QList<int> &rows, const QList<int> &columns) {
        return m_changelogModel->snapshot(rows, columns);
    });
    m_tabs->addTab(m_tableView, tr("Table"));
    m_tabs->addTab(m_changelogView, tr("Changelog"));
    m_chart = new ChartPanel(m_tabs);
    m_tabs->addTab(m_chart, tr("Chart"));
    connect(m_chart, &ChartPanel::settingsChanged, this, &ResultsPanel::chartSettingsChanged);
    m_plan = new QPlainTextEdit(m_tabs);
    m_plan->setReadOnly(true);
    m_plan->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_plan->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_plan->setVisible(false); // until showExplain() makes it a tab

    // Sort & filter sit in the tab bar's corner.
    auto *corner = new QWidget(m_tabs);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 0);
    m_filter = new QLineEdit(corner);
    m_filter->setPlaceholderText(tr("Filter rows"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setVisible(false);
    m_sortFilter = new QToolButton(corner);
    m_sortFilter->setText(tr("Sort && Filter"));
    m_sortFilter->setToolTip(
        tr("Sort by clicking a column header and filter rows; new rows are not re-sorted."));
    m_sortFilter->setCheckable(true);
    m_sortFilter->setAutoRaise(true);
    cornerLayout->addWidget(m_filter);
    cornerLayout->addWidget(m_sortFilter);
    m_tabs->setCornerWidget(corner);
    connect(m_sortFilter, &QToolButton::toggled, this, &ResultsPanel::setSortFilterEnabled);
    connect(m_filter, &QLineEdit::textChanged, this, &ResultsPanel::setFilterText);

    QList<QAction *> exports;
    const auto addExport = [&](const QString &text, ResultFormat::Kind kind) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, [this, kind] { exportWithDialog(kind); });
        exports.append(action);
    };
    addExport(tr("Export to CSV…"), ResultFormat::Kind::Csv);
    addExport(tr("Export to JSON…"), ResultFormat::Kind::Json);
    m_tableView->setExtraActions(exports);
    m_changelogView->setExtraActions(exports);

    m_status = new QLabel(page);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_status->setToolTip(tr("Click the job to open it in the Jobs dock"));
    connect(m_status, &QLabel::linkActivated, this, [this] { emit jobLinkActivated(m_jobId); });
    m_progress = new QProgressBar(page);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_cancelExport = new QToolButton(page);
    m_cancelExport->setText(tr("Cancel"));
    m_cancelExport->setAutoRaise(true);
    m_cancelExport->setVisible(false);
    connect(m_cancelExport, &QToolButton::clicked, this, &ResultsPanel::cancelExport);
    auto *statusLayout = new QHBoxLayout;
    statusLayout->setContentsMargins(6, 2, 6, 2);
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(m_progress);
    statusLayout->addWidget(m_cancelExport);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(statusLayout);
    return page;
}

void ResultsPanel::bind(ResultStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_tableView->resetColumnSizing();
    m_changelogView->resetColumnSizing();
    m_tableModel->setStore(store);
    m_changelogModel->setStore(store);
    m_chart->bind(store);
    m_stack->setCurrentIndex(store ? 1 : 0);
    m_jobId.clear();
    m_elapsedMs = -1;
    m_rate = 0;
    m_rateChanges = store ? store->totalChanges() : 0;
    m_clock.start();
    m_rateClock.start();
    if (store) {
        m_statusTimer.start();
        connect(store, &ResultStore::cleared, this, [this] {
            m_tableView->resetColumnSizing();
            m_changelogView->resetColumnSizing();
            m_rateChanges = 0;
        });
    } else {
        m_statusTimer.stop();
    }
    updateColumns();
    updateStatus();
}

void ResultsPanel::setChartSettings(const QJsonObject &settings)
{
    m_chart->setSettingsJson(settings);
}

void ResultsPanel::setOrigin(const QString &statement)
{
    m_origin = statement;
    setToolTip(statement.left(2000));
}

void ResultsPanel::setJobId(const QString &jobId)
{
    m_jobId = jobId;
    updateStatus();
}

void ResultsPanel::setFinished()
{
    m_elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_statusTimer.stop();
    m_tableModel->sync();
    m_changelogModel->sync();
    if (m_store && m_elapsedMs > 0)
        m_rate = double(m_store->totalChanges()) * 1000.0 / double(m_elapsedMs);
    updateStatus();
}

void ResultsPanel::showExplain(const QString &plan)
{
    m_plan->setPlainText(plan);
    if (m_tabs->indexOf(m_plan) < 0)
        m_tabs->addTab(m_plan, tr("Plan"));
    m_stack->setCurrentIndex(1);
    m_tabs->setCurrentWidget(m_plan);
}

void ResultsPanel::showChangelog(bool changelog)
{
    m_tabs->setCurrentWidget(changelog ? m_changelogView : m_tableView);
}

void ResultsPanel::setSortFilterEnabled(bool enabled)
{
    if (m_sortFilter->isChecked() != enabled)
        m_sortFilter->setChecked(enabled); // comes back here through toggled()
    m_filter->setVisible(enabled);
    if (enabled) {
        setModelKeepingWidths(m_tableView, m_tableProxy);
        setModelKeepingWidths(m_changelogView, m_changelogProxy);
    } else {
        m_tableProxy->sort(-1);
        m_changelogProxy->sort(-1);
        m_filter->clear();
        setModelKeepingWidths(m_tableView, m_tableModel);
        setModelKeepingWidths(m_changelogView, m_changelogModel);
    }
    for (ResultGridView *view : {m_tableView, m_changelogView}) {
        view->setSortingEnabled(enabled);
        if (enabled)
            view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
}

void ResultsPanel::setFilterText(const QString &text)
{
    if (!text.isEmpty() && !m_sortFilter->isChecked())
        setSortFilterEnabled(true);
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_tableProxy->setFilterFixedString(text);
    m_changelogProxy->setFilterFixedString(text);
}

void ResultsPanel::updateColumns()
{
    QList<ColumnType> types;
    if (m_store) {
        for (const ColumnInfo &column : m_store->columns())
            types.append(column.type());
    }
    m_tableProxy->setColumnTypes(types);
    m_changelogProxy->setColumnTypes(types, 1);
    m_tableView->setColumnTypes(types);
    m_changelogView->setColumnTypes(types, 1);
}

void ResultsPanel::updateStatus()
{
    if (!m_store) {
        m_status->clear();
        m_statusText.clear();
        return;
    }
    if (m_elapsedMs < 0) {
        const qint64 total = m_store->totalChanges();
        const qint64 window = m_rateClock.elapsed();
        if (window >= kRateWindowMs) {
            m_rate = double(total - m_rateChanges) * 1000.0 / double(m_rateClock.restart());
            m_rateChanges = total;
        } else if (m_clock.elapsed() < kRateWindowMs) {
            // The first second: the average so far rather than nothing.
            m_rate = double(total - m_rateChanges) * 1000.0 / double(qMax<qint64>(window, 1));
        }
    }
    QStringList parts;
    parts.append(tr("%L1 rows").arg(m_store->rowCount()));
    parts.append(tr("%L1 changes").arg(m_store->totalChanges()));
    parts.append(tr("%L1 changes/s").arg(qRound64(m_rate)));
    parts.append(elapsedText(m_elapsedMs >= 0 ? m_elapsedMs : m_clock.elapsed()));
    if (!m_jobId.isEmpty())
        parts.append(tr("job %1").arg(m_jobId));
    const qint64 rows = m_store->droppedRows();
    const qint64 changes = m_store->droppedChanges();
    if (rows > 0 && changes > 0)
        parts.append(tr("⚠ %L1 older rows and %L2 older changes dropped (max rows %L3)")
                         .arg(rows)
                         .arg(changes)
                         .arg(m_store->maxRows()));
    else if (rows > 0)
        parts.append(
            tr("⚠ %L1 older rows dropped (max rows %L2)").arg(rows).arg(m_store->maxRows()));
    else if (changes > 0)
        parts.append(tr("⚠ %L1 older changes dropped (max changes %L2)")
                         .arg(changes)
                         .arg(m_store->maxChanges()));
    m_statusText = parts.join(QStringLiteral(" · "));
    QString html = m_statusText.toHtmlEscaped();
    if (!m_jobId.isEmpty()) {
        const QString job = tr("job %1").arg(m_jobId).toHtmlEscaped();
        html.replace(job, QStringLiteral("<a href=\"job:%1\">%2</a>").arg(m_jobId, job));
    }
    m_status->setText(html);
}

QString ResultsPanel::statusText() const
{
    return m_statusText;
}

void ResultsPanel::exportWithDialog(ResultFormat::Kind kind)
{
    const bool changelog = m_tabs->currentWidget() == m_changelogView;
    const QString filter =
        kind == ResultFormat::Kind::Json ? tr("JSON (*.json)") : tr("CSV (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Result"), QString(), filter);
    if (!path.isEmpty())
        exportResult(path, kind, changelog);
}

bool ResultsPanel::exportResult(const QString &path, ResultFormat::Kind kind, bool changelog)
{
    if (!m_store || m_export.isRunning())
        return false;
    m_tableModel->sync();
    m_changelogModel->sync();
    // Immutable: it shares the store's pages, so the store may go on changing meanwhile.
    const ResultSnapshot snapshot =
        changelog ? m_store->changelogSnapshot() : m_store->tableSnapshot();
    m_exportPath = path;
    m_progress->setRange(0, qMax(1, snapshot.rowCount()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelExport->setVisible(true);
    m_export.setFuture(QtConcurrent::run([snapshot, path, kind](QPromise<Status> &promise) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            promise.addResult(
                Status::failure(tr("Could not write %1: %2").arg(path, file.errorString())));
            return;
        }
        promise.setProgressRange(0, qMax(1, snapshot.rowCount()));
        Status status = ResultFormat::write(snapshot, kind, &file, [&promise](int rows) {
            promise.setProgressValue(rows);
            return !promise.isCanceled();
        });
        if (status.ok() && !file.commit())
            status = Status::failure(tr("Could not write %1: %2").arg(path, file.errorString()));
        promise.addResult(status);
    }));
    return true;
}

void ResultsPanel::cancelExport()
{
    m_export.cancel();
}

void ResultsPanel::exportDone()
{
    m_progress->setVisible(false);
    m_cancelExport->setVisible(false);
    const QFuture<Status> future = m_export.future();
    const bool cancelled = future.isCanceled() || future.resultCount() == 0;
    const Status status = cancelled ? Status::failure(tr("Export cancelled.")) : future.result();
    const QString message = status.ok() ? tr("Exported to %1").arg(m_exportPath) : status.error();
    emit exportFinished(m_exportPath, status.ok(), message);
}

} // namespace Weir
