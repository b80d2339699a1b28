#include <sijil/core/Clock.h>

namespace sijil::core {

QDateTime SystemClock::nowUtc() const {
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start)) {}

} // namespace sijil::core
