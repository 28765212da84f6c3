#include "results/rowhashindex.h"

namespace Weir::Internal {

namespace {
constexpr size_t kInitialSlots = 1024;
} // namespace

void RowHashIndex::clear()
{
    m_slots.assign(kInitialSlots, Slot{0, None});
    m_mask = kInitialSlots - 1;
    m_shift = 64 - 10;
    m_size = 0;
}

quint32 RowHashIndex::value(quint32 hash) const
{
    for (size_t i = home(hash);; i = (i + 1) & m_mask) {
        const Slot &slot = m_slots[i];
        if (slot.value == None)
            return None;
        if (slot.hash == hash)
            return slot.value;
    }
}

void RowHashIndex::set(quint32 hash, quint32 value)
{
    for (size_t i = home(hash);; i = (i + 1) & m_mask) {
        Slot &slot = m_slots[i];
        if (slot.value == None) {
            slot = Slot{hash, value};
            // At most half full keeps probe sequences short.
            if (++m_size * 2 > m_slots.size())
                grow();
            return;
        }
        if (slot.hash == hash) {
            slot.value = value;
            return;
        }
    }
}

void RowHashIndex::remove(quint32 hash)
{
    size_t i = home(hash);
    for (;; i = (i + 1) & m_mask) {
        if (m_slots[i].value == None)
            return;
        if (m_slots[i].hash == hash)
            break;
    }
    // Backward shift: move later entries of the probe run into the gap when their home allows.
    size_t gap = i;
    for (size_t j = (gap + 1) & m_mask; m_slots[j].value != None; j = (j + 1) & m_mask) {
        const size_t want = home(m_slots[j].hash);
        // j may move to gap if its home is not in the cyclic range (gap, j].
        if (((j - want) & m_mask) >= ((j - gap) & m_mask)) {
            m_slots[gap] = m_slots[j];
            gap = j;
        }
    }
    m_slots[gap] = Slot{0, None};
    --m_size;
}

void RowHashIndex::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(old.size() * 2, Slot{0, None});
    m_mask = m_slots.size() - 1;
    --m_shift;
    for (const Slot &slot : old) {
        if (slot.value == None)
            continue;
        size_t i = home(slot.hash);
        while (m_slots[i].value != None)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
    }
}

} // namespace Weir::Internal
