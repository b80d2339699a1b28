#include <sijil/access/SignInThrottle.h>

#include <algorithm>

namespace sijil::access {

qint64 SignInThrottle::delayAfterMs(int failures) {
    if (failures <= kFreeFailures)
        return 0;
    const int doublings = std::min(failures - kFreeFailures - 1, 16);
    return std::min(kFirstDelayMs << doublings, kMaxDelayMs);
}

qint64 SignInThrottle::remainingMs(int failures, const QDateTime& lastFailureUtc,
                                   const QDateTime& nowUtc) {
    if (!lastFailureUtc.isValid())
        return 0;
    const qint64 allowedAt = lastFailureUtc.toMSecsSinceEpoch() + delayAfterMs(failures);
    return std::max<qint64>(0, allowedAt - nowUtc.toMSecsSinceEpoch());
}

void SignInThrottle::recordUnknownFailure(const QString& username, const QDateTime& nowUtc) {
    // Bounded: an attacker cycling random names must not grow this without end.
    if (m_unknown.size() > 10'000)
        m_unknown.clear();
    Entry& e = m_unknown[username.toCaseFolded()];
    ++e.failures;
    e.last = nowUtc;
}

qint64 SignInThrottle::unknownRemainingMs(const QString& username, const QDateTime& nowUtc) const {
    const auto it = m_unknown.constFind(username.toCaseFolded());
    if (it == m_unknown.cend())
        return 0;
    return remainingMs(it->failures, it->last, nowUtc);
}

} // namespace sijil::access
