#include <sijil/fhir/RetryPolicy.h>

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace sijil::fhir {

bool RetryPolicy::isRetryable(int httpStatus, bool networkError) {
    if (networkError)
        return true;
    return httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599 && httpStatus != 501);
}

std::chrono::milliseconds RetryPolicy::backoff(int attempt, double random01) const {
    // Full jitter: uniform in [0, min(max, base * 2^(attempt-1))].
    const double exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling = std::min(double(m_settings.maxDelay.count()),
                                    double(m_settings.baseDelay.count()) * std::pow(2.0, exponent));
    const double jitter = std::clamp(random01, 0.0, 1.0);
    return std::chrono::milliseconds(std::llround(ceiling * jitter));
}

QDateTime httpDateUtc(const QByteArray& value) {
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (at.isValid())
        at.setTimeSpec(Qt::UTC);
    return at;
}

std::optional<std::chrono::milliseconds> RetryPolicy::retryAfter(const QByteArray& header,
                                                                 const QDateTime& nowUtc) const {
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    qint64 ms = 0;
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        ms = seconds * 1000;
    } else {
        const QDateTime utc = httpDateUtc(value);
        if (!utc.isValid())
            return std::nullopt;
        ms = std::max<qint64>(0, nowUtc.msecsTo(utc));
    }
    return std::chrono::milliseconds(ms);
}

} // namespace sijil::fhir
