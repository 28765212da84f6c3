#include "results/rowbatch.h"

namespace Weir {

namespace Internal {

struct RowBatchData
{
    quint64 generation = 0;
    qint64 sequence = 0;
    int columnCount = 0;
    QString text;
    QVector<qint32> ends; // end offset in `text` of each cell, row-major
    QBitArray nulls;      // one bit per cell
    QVector<RowKind> kinds;
};

} // namespace Internal

using Internal::RowBatchData;

namespace {

const std::shared_ptr<const RowBatchData> &emptyData()
{
    static const std::shared_ptr<const RowBatchData> empty = std::make_shared<RowBatchData>();
    return empty;
}

} // namespace

RowBatch::Builder::Builder(int columnCount, quint64 generation, qint64 sequence)
    : m_data(std::make_shared<RowBatchData>())
{
    m_data->columnCount = columnCount;
    m_data->generation = generation;
    m_data->sequence = sequence;
}

void RowBatch::Builder::reserve(int rows, qsizetype textSize)
{
    m_data->kinds.reserve(rows);
    m_data->ends.reserve(qsizetype(rows) * m_data->columnCount);
    m_data->text.reserve(textSize);
}

void RowBatch::Builder::beginRow(RowKind kind)
{
    if (!m_data->kinds.isEmpty())
        padRow();
    m_data->kinds.append(kind);
    m_cellsInRow = 0;
}

void RowBatch::Builder::addText(QStringView text)
{
    Q_ASSERT(m_cellsInRow < m_data->columnCount);
    m_data->text.append(text);
    // A page holds at most a few thousand rows; 2 G UTF-16 units per page is far away.
    m_data->ends.append(qint32(m_data->text.size()));
    ++m_cellsInRow;
}

void RowBatch::Builder::addNull()
{
    Q_ASSERT(m_cellsInRow < m_data->columnCount);
    const qsizetype cell = m_data->ends.size();
    m_data->ends.append(qint32(m_data->text.size()));
    if (m_data->nulls.size() <= cell)
        m_data->nulls.resize(qMax<qsizetype>(64, (cell + 1) * 2));
    m_data->nulls.setBit(cell);
    ++m_cellsInRow;
}

void RowBatch::Builder::padRow()
{
    while (m_cellsInRow < m_data->columnCount)
        addNull();
}

RowBatch RowBatch::Builder::build()
{
    if (!m_data->kinds.isEmpty())
        padRow();
    m_data->nulls.resize(m_data->ends.size());
    RowBatch batch(std::move(m_data));
    m_data = std::make_shared<RowBatchData>();
    return batch;
}

RowBatch::RowBatch() : m_data(emptyData()) {}

RowBatch::RowBatch(std::shared_ptr<const RowBatchData> data) : m_data(std::move(data)) {}

quint64 RowBatch::generation() const
{
    return m_data->generation;
}

qint64 RowBatch::sequence() const
{
    return m_data->sequence;
}

int RowBatch::columnCount() const
{
    return m_data->columnCount;
}

int RowBatch::rowCount() const
{
    return int(m_data->kinds.size());
}

RowKind RowBatch::kind(int row) const
{
    return m_data->kinds.at(row);
}

bool RowBatch::isNull(int row, int column) const
{
    return m_data->nulls.testBit(qsizetype(row) * m_data->columnCount + column);
}

QStringView RowBatch::text(int row, int column) const
{
    const qsizetype cell = qsizetype(row) * m_data->columnCount + column;
    const qint32 begin = cell == 0 ? 0 : m_data->ends.at(cell - 1);
    return QStringView(m_data->text).sliced(begin, m_data->ends.at(cell) - begin);
}

Value RowBatch::value(int row, int column) const
{
    if (isNull(row, column))
        return Value();
    return Value(text(row, column).toString());
}

qsizetype RowBatch::textSize() const
{
    return m_data->text.size() * qsizetype(sizeof(QChar));
}

} // namespace Weir
