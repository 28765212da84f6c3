#pragma once

#include <QtGlobal>
#include <vector>

namespace Weir::Internal {

// ResultStore's index from a row's 32-bit cell hash to the newest row with that hash: open
// addressing with linear probing and backward-shift deletion, so a lookup touches one cache
// line and inserting or erasing allocates nothing (QHash costs two misses and a span). Growing
// moves the entries over a few at a time with each later set(), not all at once: rehashing a
// million entries in one go held the GUI thread for ~100 ms. Not shared; the thread of its
// store.
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
    // Hints the CPU to load the slot of `hash` before value() or set() needs it.
    void prefetch(quint32 hash) const
    {
#if defined(__GNUC__) || defined(__clang__)
        __builtin_prefetch(&m_slots[home(hash)]);
#else
        Q_UNUSED(hash);
#endif
    }

private:
    struct Slot
    {
        quint32 hash;
        quint32 value; // None: empty
    };
    // In the table being moved out of: an entry already moved or removed (probes go on past it).
    static constexpr quint32 Moved = 0xfffffffeu;
    static constexpr size_t kMovesPerSet = 4;

    size_t home(quint32 hash) const
    {
        return (quint64(hash) * 0x9e3779b97f4a7c15ull) >> m_shift;
    }
    size_t oldHome(quint32 hash) const
    {
        return (quint64(hash) * 0x9e3779b97f4a7c15ull) >> (m_shift + 1);
    }
    Slot *findOld(quint32 hash);
    const Slot *findOld(quint32 hash) const;
    void grow();
    void moveSome(size_t count);
    void insertNew(quint32 hash, quint32 value);
    void removeNew(size_t slot);

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    int m_shift = 64;
    size_t m_size = 0; // entries in both tables
    // The half-size table being moved into m_slots, and how far the move has come.
    std::vector<Slot> m_old;
    size_t m_moved = 0;
};

} // namespace Weir::Internal
