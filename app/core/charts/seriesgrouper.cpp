#include "charts/seriesgrouper.h"

namespace Weir {

int SeriesGrouper::groupOf(const QString &key)
{
    const auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return it.value();
    int group = othersIndex();
    if (m_keys.size() < m_cap) {
        group = int(m_keys.size());
        m_keys.append(key);
    } else {
        ++m_othersCount;
    }
    m_index.insert(key, group);
    return group;
}

} // namespace Weir
