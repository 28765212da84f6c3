#include "jobsmodel.h"

#include "jobstatecolor.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

namespace Weir {

JobsModel::JobsModel(QObject *parent) : QAbstractTableModel(parent) {}

void JobsModel::setJobs(const QList<JobSummary> &jobs)
{
    bool sameRows = jobs.size() == m_jobs.size();
    for (int i = 0; sameRows && i < jobs.size(); ++i)
        sameRows = jobs.at(i).id == m_jobs.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_jobs = jobs;
        endResetModel();
        return;
    }
    if (jobs == m_jobs)
        return;
    m_jobs = jobs;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

JobSummary JobsModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? m_jobs.at(row) : JobSummary();
}

int JobsModel::rowOf(const QString &jobId) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId)
            return row;
    }
    return -1;
}

QString JobsModel::durationText(qint64 ms)
{
    if (ms < 0)
        return QString();
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86400)
        return tr("%1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds / 3600) % 24);
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const JobSummary &job = m_jobs.at(index.row());
    if (role == JobIdRole)
        return job.id;
    if (role == StateRole)
        return job.state;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return job.name;
        if (role == Qt::ToolTipRole)
            return tr("%1\nJob ID %2").arg(job.name, job.id);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return JobStateColor::text(job.state);
        if (role == Qt::DecorationRole)
            return JobStateColor::color(job.state);
        if (role == Qt::ForegroundRole)
            return JobStateColor::color(job.state);
        break;
    case StartColumn:
        if (role == Qt::DisplayRole && job.startMs > 0)
            return QDateTime::fromMSecsSinceEpoch(job.startMs)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        break;
    case DurationColumn:
        if (role == Qt::DisplayRole)
            return durationText(job.durationMs);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ParallelismColumn:
        if (role == Qt::DisplayRole)
            return job.parallelism > 0 ? QVariant(job.parallelism) : QVariant(QString());
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case StartColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case ParallelismColumn:
        return tr("Parallelism");
    default:
        return {};
    }
}

} // namespace Weir
