#include "fetchbackoff.h"

#include <algorithm>

namespace Weir {

FetchBackoff::FetchBackoff(int initialMs, int maximumMs)
    : m_initialMs(std::max(1, initialMs)), m_maximumMs(std::max(m_initialMs, maximumMs)),
      m_currentMs(m_initialMs)
{}

int FetchBackoff::nextDelay()
{
    const int delay = m_currentMs;
    m_currentMs = std::min(m_maximumMs, m_currentMs * 2);
    ++m_idlePages;
    return delay;
}

void FetchBackoff::reset()
{
    m_currentMs = m_initialMs;
    m_idlePages = 0;
}

} // namespace Weir
