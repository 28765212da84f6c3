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
    m_old.clear();
    m_old.shrink_to_fit();
    m_moved = 0;
}

const RowHashIndex::Slot *RowHashIndex::findOld(quint32 hash) const
{
    if (m_old.empty())
        return nullptr;
    const size_t mask = m_old.size() - 1;
    for (size_t i = oldHome(hash);; i = (i + 1) & mask) {
        const Slot &slot = m_old[i];
        if (slot.value == None)
            return nullptr;
        if (slot.value != Moved && slot.hash == hash)
            return &slot;
    }
}

RowHashIndex::Slot *RowHashIndex::findOld(quint32 hash)
{
    return const_cast<Slot *>(static_cast<const RowHashIndex *>(this)->findOld(hash));
}

quint32 RowHashIndex::value(quint32 hash) const
{
    for (size_t i = home(hash);; i = (i + 1) & m_mask) {
        const Slot &slot = m_slots[i];
        if (slot.value == None)
            break;
        if (slot.hash == hash)
            return slot.value;
    }
    const Slot *old = findOld(hash);
    return old ? old->value : None;
}

void RowHashIndex::set(quint32 hash, quint32 value)
{
    moveSome(kMovesPerSet);
    for (size_t i = home(hash);; i = (i + 1) & m_mask) {
        Slot &slot = m_slots[i];
        if (slot.value == None)
            break;
        if (slot.hash == hash) {
            slot.value = value;
            return;
        }
    }
    // An entry not moved yet moves now, with its new value; otherwise it is a new entry.
    if (Slot *old = findOld(hash))
        old->value = Moved;
    else
        ++m_size;
    insertNew(hash, value);
    // At most half full keeps probe sequences short.
    if (m_size * 2 > m_slots.size())
        grow();
}

void RowHashIndex::insertNew(quint32 hash, quint32 value)
{
    size_t i = home(hash);
    while (m_slots[i].value != None)
        i = (i + 1) & m_mask;
    m_slots[i] = Slot{hash, value};
}

void RowHashIndex::remove(quint32 hash)
{
    for (size_t i = home(hash);; i = (i + 1) & m_mask) {
        if (m_slots[i].value == None)
            break;
        if (m_slots[i].hash == hash) {
            removeNew(i);
            --m_size;
            return;
        }
    }
    if (Slot *old = findOld(hash)) {
        old->value = Moved;
        --m_size;
    }
}

void RowHashIndex::removeNew(size_t i)
{
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
}

void RowHashIndex::moveSome(size_t count)
{
    if (m_old.empty())
        return;
    for (; count > 0 && m_moved < m_old.size(); --count, ++m_moved) {
        Slot &slot = m_old[m_moved];
        if (slot.value != None && slot.value != Moved) {
            insertNew(slot.hash, slot.value);
            slot.value = Moved;
        }
    }
    if (m_moved == m_old.size()) {
        m_old.clear();
        m_old.shrink_to_fit();
        m_moved = 0;
    }
}

void RowHashIndex::grow()
{
    // The previous move must be over; with kMovesPerSet >= 2 it always is by now, since the
    // table grows again only after as many sets as the old table had slots / 2.
    moveSome(m_old.size());
    m_old.swap(m_slots);
    m_slots.assign(m_old.size() * 2, Slot{0, None});
    m_mask = m_slots.size() - 1;
    --m_shift;
    m_moved = 0;
}

} // namespace Weir::Internal
