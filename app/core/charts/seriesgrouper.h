#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Weir {

// Maps the values of a series-by column to series: the first `cap` distinct values each get
// their own series, in the order they first appeared (so series and colours do not jump while
// rows stream), and every later value lands in one "others" series. Value type; used on one
// thread at a time (the chart worker).
class SeriesGrouper
{
public:
    explicit SeriesGrouper(int cap = 8) : m_cap(qMax(1, cap)) {}

    // The series of `key`: 0 .. cap-1, or othersIndex().
    int groupOf(const QString &key);
    int othersIndex() const { return m_cap; }
    bool hasOthers() const { return m_othersCount > 0; }
    // Distinct values sent to the "others" series.
    int othersCount() const { return m_othersCount; }
    // The values that have their own series, in series order.
    const QStringList &keys() const { return m_keys; }
    // keys().size() plus one if there are others.
    int groupCount() const { return int(m_keys.size()) + (hasOthers() ? 1 : 0); }
    int cap() const { return m_cap; }

private:
    int m_cap;
    QStringList m_keys;
    QHash<QString, int> m_index; // key → series, others included
    int m_othersCount = 0;
};

} // namespace Weir
