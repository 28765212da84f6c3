#include "results/resultsnapshot.h"

namespace Weir {

ResultSnapshot::ResultSnapshot(QList<ColumnInfo> columns, QList<int> sourceColumns,
                               QVector<RowBatch> pages, QVector<RowRef> rows, bool withKinds)
    : m_columns(std::move(columns)), m_sourceColumns(std::move(sourceColumns)),
      m_pages(std::move(pages)), m_rows(std::move(rows)), m_withKinds(withKinds)
{}

RowKind ResultSnapshot::kind(int row) const
{
    const RowRef &ref = m_rows.at(row);
    return m_pages.at(ref.page).kind(int(ref.row));
}

bool ResultSnapshot::isNull(int row, int column) const
{
    const RowRef &ref = m_rows.at(row);
    return m_pages.at(ref.page).isNull(int(ref.row), m_sourceColumns.at(column));
}

QStringView ResultSnapshot::text(int row, int column) const
{
    const RowRef &ref = m_rows.at(row);
    return m_pages.at(ref.page).text(int(ref.row), m_sourceColumns.at(column));
}

} // namespace Weir
