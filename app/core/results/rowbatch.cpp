#include "results/rowbatch.h"

#include <cstring>

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

constexpr quint64 kMultiplier = 0x9e3779b97f4a7c15ull;

quint64 mix(quint64 hash, quint64 value)
{
    hash = (hash ^ value) * kMultiplier;
    return hash ^ (hash >> 29);
}

// Eight bytes a step: ResultStore hashes every change on the GUI thread, and Qt's qHash of a
// string (SipHash) costs several times more per cell than this. Not for hostile input; a
// collision only costs a comparison.
quint64 hashBytes(quint64 hash, const char *bytes, size_t size)
{
    for (; size >= 8; bytes += 8, size -= 8) {
        quint64 word;
        std::memcpy(&word, bytes, 8);
        hash = mix(hash, word);
    }
    if (size > 0) {
        quint64 word = 0;
        std::memcpy(&word, bytes, size);
        hash = mix(hash, word ^ (quint64(size) << 56));
    }
    return hash;
}

inline void prefetch(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

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

quint32 RowBatch::rowHash(int row) const
{
    const RowBatchData &d = *m_data;
    const qsizetype first = qsizetype(row) * d.columnCount;
    const qint32 *ends = d.ends.constData();
    const qint32 begin = first == 0 ? 0 : ends[first - 1];
    // Each cell's length and NULL flag keep the cell boundaries in the hash.
    quint64 hash = 0x5bd1e995u;
    qint32 previous = begin;
    for (int column = 0; column < d.columnCount; ++column) {
        const qint32 end = ends[first + column];
        hash = mix(hash, quint64(end - previous) << 1 | quint64(d.nulls.testBit(first + column)));
        previous = end;
    }
    hash = hashBytes(hash, reinterpret_cast<const char *>(d.text.constData() + begin),
                     size_t(previous - begin) * sizeof(QChar));
    hash = (hash ^ (hash >> 32)) * kMultiplier;
    return quint32(hash >> 32);
}

bool RowBatch::rowEquals(int row, const RowBatch &other, int otherRow) const
{
    const RowBatchData &a = *m_data;
    const RowBatchData &b = *other.m_data;
    if (a.columnCount != b.columnCount)
        return false;
    const qsizetype firstA = qsizetype(row) * a.columnCount;
    const qsizetype firstB = qsizetype(otherRow) * b.columnCount;
    const qint32 *endsA = a.ends.constData();
    const qint32 *endsB = b.ends.constData();
    const qint32 beginA = firstA == 0 ? 0 : endsA[firstA - 1];
    const qint32 beginB = firstB == 0 ? 0 : endsB[firstB - 1];
    // Same lengths and NULL flags cell by cell, then the row's text in one comparison.
    for (int column = 0; column < a.columnCount; ++column) {
        if (endsA[firstA + column] - beginA != endsB[firstB + column] - beginB ||
            a.nulls.testBit(firstA + column) != b.nulls.testBit(firstB + column))
            return false;
    }
    const qint32 size = a.columnCount == 0 ? 0 : endsA[firstA + a.columnCount - 1] - beginA;
    return size == 0 || std::memcmp(a.text.constData() + beginA, b.text.constData() + beginB,
                                    size_t(size) * sizeof(QChar)) == 0;
}

void RowBatch::prefetchRow(int row, bool text) const
{
    const RowBatchData &d = *m_data;
    const qsizetype first = qsizetype(row) * d.columnCount;
    if (first >= d.ends.size())
        return;
    const qint32 *begin = d.ends.constData() + (first == 0 ? 0 : first - 1);
    if (!text) {
        prefetch(begin);
        prefetch(reinterpret_cast<const char *>(d.nulls.bits()) + (first >> 3));
        return;
    }
    prefetch(d.text.constData() + (first == 0 ? 0 : *begin));
}

} // namespace Weir
