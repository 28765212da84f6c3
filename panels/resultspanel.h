#pragma once

#include "results/resultformat.h"
#include "results/resultstore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace Weir {

class ChangelogModel;
class ChartPanel;
class ResultGridView;
class ResultSortProxy;

class ResultTableModel;

// One result of a run: the materialized table and the changelog of a ResultStore as live grids,
// a live chart, EXPLAIN plans as monospace text, a status line (rows, changes/s, elapsed, job id, dropped
// rows), copy of the selection and export of the whole result to CSV / JSON on a worker thread.
// Until bound it explains how to get results. GUI thread.
class ResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPanel(QWidget *parent = nullptr);
    ~ResultsPanel() override;

    // Shows `store` (not owned; the run owns it and may outlive or precede this panel). The
    // elapsed clock starts now. nullptr shows the empty state again.
    void bind(ResultStore *store);
    ResultStore *store() const { return m_store; }
    // What produced the result (the statement text); shown as the panel's tooltip.
    void setOrigin(const QString &statement);
    QString origin() const { return m_origin; }
    void setJobId(const QString &jobId);
    // The run ended: the clock stops and the rate becomes the run's average.
    void setFinished();
    // An EXPLAIN result as monospace text, in its own tab (the grid keeps the rows too).
    void showExplain(const QString &plan);

    void showChangelog(bool changelog);
    // Sorting by header click and the filter box work through a proxy while this is on.
    void setSortFilterEnabled(bool enabled);
    void setFilterText(const QString &text);

    // Writes the whole table (or changelog) to `path` on a worker thread; exportFinished() tells
    // the outcome. False if an export is already running or nothing is bound.
    bool exportResult(const QString &path, ResultFormat::Kind kind, bool changelog = false);
    void cancelExport();

    QString statusText() const;
    ResultGridView *tableView() const { return m_tableView; }
    ResultGridView *changelogView() const { return m_changelogView; }
    ResultTableModel *tableModel() const { return m_tableModel; }
    ChangelogModel *changelogModel() const { return m_changelogModel; }
    // The "Chart" tab: a live chart of the same store.
    ChartPanel *chartPanel() const { return m_chart; }
    // The chart's settings as remembered with the script (ChartSettings JSON).
    void setChartSettings(const QJsonObject &settings);

signals:
    // The job id in the status line was clicked.
    void jobLinkActivated(const QString &jobId);
    void exportFinished(const QString &path, bool ok, const QString &message);
    // The user changed the chart's settings; store them with the script.
    void chartSettingsChanged(const QJsonObject &settings);

private:
    void updateColumns();
    void updateStatus();
    void exportWithDialog(ResultFormat::Kind kind);
    void exportDone();
    QWidget *createGrids();

    QPointer<ResultStore> m_store;
    QString m_origin;
    QString m_jobId;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    ResultTableModel *m_tableModel = nullptr;
    ChangelogModel *m_changelogModel = nullptr;
    ResultSortProxy *m_tableProxy = nullptr;
    ResultSortProxy *m_changelogProxy = nullptr;
    ResultGridView *m_tableView = nullptr;
    ResultGridView *m_changelogView = nullptr;
    ChartPanel *m_chart = nullptr;
    QToolButton *m_sortFilter = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_status = nullptr;
    QString m_statusText; // plain; the label shows it with the job as a link
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelExport = nullptr;

    QTimer m_statusTimer;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = -1; // frozen by setFinished()
    QElapsedTimer m_rateClock;
    qint64 m_rateChanges = 0;
    double m_rate = 0;

    QFutureWatcher<Status> m_export;
    QString m_exportPath;
};

} // namespace Weir
