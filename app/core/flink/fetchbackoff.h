#pragma once

namespace Weir {

// How long a StatementRun waits before fetching again after a page without rows (NOT_READY, or
// an empty PAYLOAD of a streaming query that has nothing new): starts short so that a result
// that is almost there arrives at once, doubles up to a ceiling so that an idle stream costs a
// couple of requests a second, not a busy loop. A page with rows resets it. Value type; any
// thread.
class FetchBackoff
{
public:
    static constexpr int kInitialMs = 10;
    static constexpr int kMaximumMs = 500;

    explicit FetchBackoff(int initialMs = kInitialMs, int maximumMs = kMaximumMs);

    // The delay to wait now; each call without reset() returns twice the last, up to maximum.
    int nextDelay();
    void reset();
    int idlePages() const { return m_idlePages; }

private:
    int m_initialMs;
    int m_maximumMs;
    int m_currentMs;
    int m_idlePages = 0;
};

} // namespace Weir
