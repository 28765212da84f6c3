#pragma once

#include "store/runhistoryentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace Weir {

// The run history as a table (newest first): started, script, statement, target, status,
// duration, rows, job id, error. Holds a copy of the entries it was given. GUI thread.
class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Started, ScriptName, Statement, Target, Status, Duration, Rows, JobId, Error, ColumnCount };
    // The whole entry of a row, for the panel's actions.
    static constexpr int EntryRole = Qt::UserRole + 1;

    explicit RunHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<RunHistoryEntry> &entries);
    const RunHistoryEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "1.2 s", "3 min 4 s"; "running" while not ended.
    static QString durationText(const RunHistoryEntry &entry);

private:
    QString statusText(const QString &status) const;

    QList<RunHistoryEntry> m_entries;
};

} // namespace Weir
