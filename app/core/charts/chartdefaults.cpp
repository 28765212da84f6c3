#include "charts/chartdefaults.h"

#include "charts/chartcolumns.h"

namespace Weir {

namespace {

bool isIntegral(TypeRoot root)
{
    return root == TypeRoot::TinyInt || root == TypeRoot::SmallInt || root == TypeRoot::Integer ||
           root == TypeRoot::BigInt;
}

bool columnsExist(const ChartSettings &s, const QList<ColumnInfo> &columns)
{
    if (!s.xColumn.isEmpty() && ChartColumns::indexOf(columns, s.xColumn) < 0)
        return false;
    if (!s.seriesBy.isEmpty() && ChartColumns::indexOf(columns, s.seriesBy) < 0)
        return false;
    for (const QString &y : s.yColumns) {
        const int i = ChartColumns::indexOf(columns, y);
        if (i < 0 || ChartColumns::kindOf(columns.at(i).type()) != ChartAxisKind::Number)
            return false;
    }
    return !s.yColumns.isEmpty();
}

} // namespace

bool ChartDefaults::looksLikeSequence(const QString &name)
{
    const QString n = name.toLower();
    static const char *const kNames[] = {"id", "seq", "sequence", "n", "i", "idx", "index",
                                         "offset", "step", "epoch", "row", "rownum", "tick"};
    for (const char *candidate : kNames) {
        if (n == QLatin1String(candidate))
            return true;
    }
    return n.endsWith(QLatin1String("_id")) || n.endsWith(QLatin1String("_seq")) ||
           n.endsWith(QLatin1String("_number")) || n.endsWith(QLatin1String("_offset"));
}

ChartSettings ChartDefaults::apply(const ChartSettings &settings, const QList<ColumnInfo> &columns)
{
    if (settings.configured && columnsExist(settings, columns))
        return settings;
    ChartSettings s = settings;
    s.xColumn.clear();
    s.yColumns.clear();
    s.seriesBy.clear();
    s.configured = false;

    int time = -1, sequence = -1, category = -1;
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnType &type = columns.at(i).type();
        const ChartAxisKind kind = ChartColumns::kindOf(type);
        if (kind == ChartAxisKind::Time && time < 0)
            time = i;
        else if (kind == ChartAxisKind::Number && sequence < 0 && isIntegral(type.root()) &&
                 looksLikeSequence(columns.at(i).name()))
            sequence = i;
        else if (kind == ChartAxisKind::Category && category < 0 && type.isCharacterString())
            category = i;
    }
    int x = time >= 0 ? time : sequence;
    if (x < 0 && category >= 0) {
        // Values per category: a bar chart reads best.
        x = category;
        if (s.type != ChartType::Pie)
            s.type = ChartType::Bar;
    }
    if (x >= 0)
        s.xColumn = columns.at(x).name();
    if (time >= 0 && category >= 0 && category != x)
        s.seriesBy = columns.at(category).name();
    for (int i = 0; i < columns.size() && s.yColumns.size() < MaxDefaultY; ++i) {
        if (i == x || ChartColumns::kindOf(columns.at(i).type()) != ChartAxisKind::Number)
            continue;
        // A key-like integer next to a time axis is more often an id than a measure.
        if (looksLikeSequence(columns.at(i).name()) && i == sequence)
            continue;
        s.yColumns.append(columns.at(i).name());
    }
    s.configured = !s.yColumns.isEmpty();
    return s;
}

} // namespace Weir
