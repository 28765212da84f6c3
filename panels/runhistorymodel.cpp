#include "runhistorymodel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace Weir {

RunHistoryModel::RunHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunHistoryModel::setEntries(const QList<RunHistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunHistoryModel::durationText(const RunHistoryEntry &entry)
{
    if (entry.endedMs == 0)
        return tr("running");
    if (entry.status == QLatin1String("skipped"))
        return QStringLiteral("–");
    const qint64 ms = qMax<qint64>(0, entry.endedMs - entry.startedMs);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QString RunHistoryModel::statusText(const QString &status) const
{
    if (status == QLatin1String("running"))
        return tr("running");
    if (status == QLatin1String("finished"))
        return tr("finished");
    if (status == QLatin1String("failed"))
        return tr("failed");
    if (status == QLatin1String("stopped"))
        return tr("stopped");
    if (status == QLatin1String("skipped"))
        return tr("skipped");
    return status;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const RunHistoryEntry &e = m_entries.at(index.row());
    if (role == EntryRole)
        return QVariant::fromValue(e);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Started:
            return QDateTime::fromMSecsSinceEpoch(e.startedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ScriptName:
            return e.scriptName;
        case Statement:
            return e.statement.simplified();
        case Target:
            return e.target;
        case Status:
            return statusText(e.status);
        case Duration:
            return durationText(e);
        case Rows:
            return e.rows;
        case JobId:
            return e.jobId;
        case Error:
            return e.error.section(QLatin1Char('\n'), 0, 0);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Statement)
            return e.statement;
        if (index.column() == Error && !e.error.isEmpty())
            return e.error;
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (e.status == QLatin1String("failed"))
            return QColor(0xd3, 0x2f, 0x2f);
        if (e.status == QLatin1String("finished"))
            return QColor(0x2e, 0x7d, 0x32);
        if (e.status == QLatin1String("running"))
            return QColor(0x15, 0x65, 0xc0);
        return QColor(0x75, 0x75, 0x75);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Rows || index.column() == Duration))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case ScriptName:
        return tr("Script");
    case Statement:
        return tr("Statement");
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Rows:
        return tr("Rows");
    case JobId:
        return tr("Job ID");
    case Error:
        return tr("Error");
    }
    return {};
}

} // namespace Weir
