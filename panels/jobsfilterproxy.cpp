#include "jobsfilterproxy.h"

#include "jobsmodel.h"

namespace Weir {

JobsFilterProxy::JobsFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void JobsFilterProxy::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

void JobsFilterProxy::setSearchText(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    invalidateFilter();
}

bool JobsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString state = index.data(JobsModel::StateRole).toString();
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Running:
        // Everything not ended: running, starting, restarting, cancelling.
        if (state == QLatin1String("FINISHED") || state == QLatin1String("FAILED") ||
            state == QLatin1String("CANCELED") || state == QLatin1String("SUSPENDED"))
            return false;
        break;
    case StatusFilter::Finished:
        if (state != QLatin1String("FINISHED"))
            return false;
        break;
    case StatusFilter::Failed:
        if (state != QLatin1String("FAILED") && state != QLatin1String("FAILING"))
            return false;
        break;
    case StatusFilter::Canceled:
        if (state != QLatin1String("CANCELED") && state != QLatin1String("CANCELLING"))
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    return index.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive) ||
           index.data(JobsModel::JobIdRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace Weir
