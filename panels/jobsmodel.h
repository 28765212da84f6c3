#pragma once

#include "flink/jobsummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace Weir {

// The jobs of one cluster as JobMonitor last saw them: name, status (colour and words), start
// time, duration, parallelism. GUI thread; it only holds values, the panel feeds it.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StatusColumn,
        StartColumn,
        DurationColumn,
        ParallelismColumn,
        ColumnCount
    };
    enum Role { JobIdRole = Qt::UserRole + 1, StateRole };

    explicit JobsModel(QObject *parent = nullptr);

    // Same jobs in the same order: rows are updated in place (selection and scroll stay).
    void setJobs(const QList<JobSummary> &jobs);
    const QList<JobSummary> &jobs() const { return m_jobs; }
    JobSummary jobAt(int row) const;
    int rowOf(const QString &jobId) const; // -1 when absent

    // "1 h 02 min", "45 s": durations as people read them.
    static QString durationText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<JobSummary> m_jobs;
};

} // namespace Weir
