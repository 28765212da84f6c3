#pragma once

#include <QtGlobal>
#include <vector>

namespace Weir::Internal {

// ResultStore's index from a row's 32-bit cell hash to the newest row with that hash: open
// addressing with linear probing and backward-shift deletion, so a lookup touches one cache
// line and inserting or erasing allocates nothing (QHash costs two misses and a span). Not
// shared; the thread of its store.
class RowHashIndex
{
public:
    static constexpr quint32 None = 0xffffffffu;

    RowHashIndex() { clear(); }

    void clear();
    // The value stored for `hash`, or None.
    quint32 value(quint32 hash) const;
    // Sets the value for `hash` (inserting it if absent).
    void set(quint32 hash, quint32 value);
    void remove(quint32 hash);
    size_t size() const { return m_size; }

private:
    struct Slot
    {
        quint32 hash;
        quint32 value; // None: empty
    };

    size_t home(quint32 hash) const { return (quint64(hash) * 0x9e3779b97f4a7c15ull) >> m_shift; }
    void grow();

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    int m_shift = 64;
    size_t m_size = 0;
};

} // namespace Weir::Internal
