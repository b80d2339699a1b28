#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace sijil::fhir {

// An HTTP-date (RFC 9110, IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT") in UTC; invalid when the
// value is not one.
[[nodiscard]] QDateTime httpDateUtc(const QByteArray& value);

// When and how long to wait before trying a request again. Only failures that another attempt
// may cure are retried: the network (refused, reset, timed out, no route), 429 Too Many Requests,
// and 5xx server errors except 501 Not Implemented. Waits grow exponentially with full jitter, so
// that thousands of workstations coming back online at once do not hammer the server in step;
// a server's Retry-After is honoured when given.
class RetryPolicy {
public:
    struct Settings {
        int maxAttempts = 6;
        std::chrono::milliseconds baseDelay{500};
        std::chrono::milliseconds maxDelay{60'000};
    };

    RetryPolicy() = default;
    explicit RetryPolicy(Settings settings)
        : m_settings(settings) {}

    // `httpStatus` 0 means the request never got an HTTP answer (a network error).
    [[nodiscard]] static bool isRetryable(int httpStatus, bool networkError);
    // Whether attempt number `attempt` (1 = the first try) may be followed by another.
    [[nodiscard]] bool mayRetry(int attempt) const { return attempt < m_settings.maxAttempts; }
    // The wait before attempt `attempt + 1`; `random01` in [0, 1) is the jitter draw.
    [[nodiscard]] std::chrono::milliseconds backoff(int attempt, double random01) const;
    // The server's Retry-After (delay-seconds or an HTTP-date), as asked. A client waits it
    // before another attempt when it is within maxDelay; beyond, the call fails and the caller
    // waits (FhirClient::notBeforeUtc).
    [[nodiscard]] std::optional<std::chrono::milliseconds>
    retryAfter(const QByteArray& header, const QDateTime& nowUtc) const;

    [[nodiscard]] const Settings& settings() const { return m_settings; }

private:
    Settings m_settings;
};

} // namespace sijil::fhir
