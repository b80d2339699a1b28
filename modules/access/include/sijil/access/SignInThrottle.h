#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace sijil::access {

// The growing delay after failed sign-ins: the first two failures cost nothing (typos happen),
// then 5 s, 10 s, 20 s... up to 5 minutes between attempts. Counts for known accounts live in the
// store (so a restart does not reset them); unknown usernames are counted here in memory, under
// the same rule, so that the delay does not reveal which usernames exist.
class SignInThrottle {
public:
    static constexpr int kFreeFailures = 2;
    static constexpr qint64 kFirstDelayMs = 5'000;
    static constexpr qint64 kMaxDelayMs = 300'000;

    // The wait imposed after `failures` consecutive failures.
    [[nodiscard]] static qint64 delayAfterMs(int failures);
    // How long from `now` until another attempt is allowed (0 = now).
    [[nodiscard]] static qint64 remainingMs(int failures, const QDateTime& lastFailureUtc,
                                            const QDateTime& nowUtc);

    // In-memory book-keeping for usernames that match no account.
    void recordUnknownFailure(const QString& username, const QDateTime& nowUtc);
    [[nodiscard]] qint64 unknownRemainingMs(const QString& username, const QDateTime& nowUtc) const;

private:
    struct Entry {
        int failures = 0;
        QDateTime last;
    };
    QHash<QString, Entry> m_unknown;
};

} // namespace sijil::access
