#pragma once

#include <QDateTime>

namespace sijil::core {

// Time as a dependency, so that throttling, expiry and audit times are testable.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] QDateTime nowUtc() const override;
};

// A clock that moves only when told to; for tests and simulations.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace sijil::core
