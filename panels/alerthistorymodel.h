#pragma once

#include "alerts/alerthistoryentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace Weir {

// The alert history as a table (newest first): time, rule, job, cluster, instance, result,
// error. Holds a copy of the entries it was given. GUI thread.
class AlertHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Rule, Job, Cluster, Instance, Outcome, Error, ColumnCount };

    explicit AlertHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<AlertHistoryEntry> &entries);
    const AlertHistoryEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Job failed", "Cluster unreachable", ... for a stored rule name.
    static QString ruleText(const QString &rule);

private:
    QList<AlertHistoryEntry> m_entries;
};

} // namespace Weir
