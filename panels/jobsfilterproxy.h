#pragma once

#include <QSortFilterProxyModel>

namespace Weir {

// Filters the Jobs panel's list by status group and by a search text (name or job id,
// case-insensitive). GUI thread.
class JobsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { All, Running, Finished, Failed, Canceled };

    explicit JobsFilterProxy(QObject *parent = nullptr);

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusFilter m_status = StatusFilter::All;
    QString m_search;
};

} // namespace Weir
