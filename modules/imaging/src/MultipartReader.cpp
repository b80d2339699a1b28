#include "MultipartReader.h"

namespace sijil::imaging {

namespace {
constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
constexpr qsizetype kMaxPadding = 256;
} // namespace

MultipartReader::MultipartReader(const QByteArray& boundary, Handlers handlers)
    : m_delimiter(QByteArrayLiteral("\r\n--") + boundary)
    , m_handlers(std::move(handlers))
    // The first delimiter may open the body with no CRLF before it: give it one.
    , m_buffer(QByteArrayLiteral("\r\n")) {
    // RFC 2046 allows 70 characters; longer ones are seen in the wild, and harmless.
    if (boundary.isEmpty() || boundary.size() > 200)
        fail(QStringLiteral("multipart boundary missing or too long"));
}

QByteArray MultipartReader::boundaryOf(const QByteArray& contentType) {
    // Parameters are `;`-separated; a quoted value may itself hold `;`.
    qsizetype i = contentType.indexOf(';');
    while (i >= 0 && i < contentType.size()) {
        ++i;
        while (i < contentType.size() && (contentType[i] == ' ' || contentType[i] == '\t'))
            ++i;
        const qsizetype eq = contentType.indexOf('=', i);
        if (eq < 0)
            return {};
        const QByteArray name = contentType.mid(i, eq - i).trimmed().toLower();
        QByteArray value;
        qsizetype j = eq + 1;
        if (j < contentType.size() && contentType[j] == '"') {
            ++j;
            while (j < contentType.size() && contentType[j] != '"') {
                if (contentType[j] == '\\' && j + 1 < contentType.size())
                    ++j;
                value += contentType[j++];
            }
            j = contentType.indexOf(';', j);
        } else {
            const qsizetype semi = contentType.indexOf(';', j);
            value = contentType.mid(j, semi < 0 ? -1 : semi - j).trimmed();
            j = semi;
        }
        if (name == "boundary")
            return value;
        i = j;
    }
    return {};
}

bool MultipartReader::fail(const QString& why) {
    if (m_state != State::Failed) {
        m_state = State::Failed;
        m_error = why;
    }
    m_buffer.clear();
    return false;
}

bool MultipartReader::feed(const QByteArray& bytes) {
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Done)
        return true; // the epilogue is ignored
    m_buffer += bytes;
    return run();
}

bool MultipartReader::finish() {
    if (m_state == State::Failed)
        return false;
    if (m_state != State::Done)
        return fail(QStringLiteral("multipart body ends without its closing boundary"));
    return true;
}

int MultipartReader::classify(qsizetype pos, bool& close, qsizetype& next) const {
    const qsizetype p = pos + m_delimiter.size();
    if (m_buffer.size() < p + 2)
        return -1;
    if (m_buffer[p] == '-' && m_buffer[p + 1] == '-') {
        close = true;
        next = p + 2;
        return 1;
    }
    qsizetype q = p;
    while (q < m_buffer.size() && (m_buffer[q] == ' ' || m_buffer[q] == '\t')) {
        if (q - p > kMaxPadding)
            return 0;
        ++q;
    }
    if (m_buffer.size() < q + 2)
        return -1;
    if (m_buffer[q] == '\r' && m_buffer[q + 1] == '\n') {
        close = false;
        next = q + 2;
        return 1;
    }
    return 0; // the boundary text followed by something else: part content
}

bool MultipartReader::run() {
    const qsizetype keep = m_delimiter.size() - 1;
    qsizetype from = 0;
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return false;
        case State::Done:
            m_buffer.clear();
            return true;
        case State::Preamble: {
            const qsizetype idx = m_buffer.indexOf(m_delimiter, from);
            if (idx < 0) {
                if (m_buffer.size() > keep)
                    m_buffer.remove(0, m_buffer.size() - keep);
                return true;
            }
            bool close = false;
            qsizetype next = 0;
            const int kind = classify(idx, close, next);
            if (kind < 0) {
                m_buffer.remove(0, idx);
                return true;
            }
            if (kind == 0) {
                from = idx + 1;
                continue;
            }
            from = 0;
            m_buffer.remove(0, next);
            m_state = close ? State::Done : State::Headers;
            continue;
        }
        case State::Headers: {
            qsizetype end = 0;
            qsizetype skip = 0;
            if (m_buffer.startsWith("\r\n")) {
                skip = 2; // no headers at all
            } else {
                end = m_buffer.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_buffer.size() > kMaxHeaderBytes)
                        return fail(QStringLiteral("multipart part headers too long"));
                    return true;
                }
                skip = end + 4;
            }
            if (end > kMaxHeaderBytes)
                return fail(QStringLiteral("multipart part headers too long"));
            Headers headers;
            for (const QByteArray& line : m_buffer.left(end).split('\n')) {
                QByteArray l = line;
                if (l.endsWith('\r'))
                    l.chop(1);
                if (l.isEmpty())
                    continue;
                if ((l[0] == ' ' || l[0] == '\t') && !headers.isEmpty()) { // folded line
                    headers.last().second += ' ' + l.trimmed();
                    continue;
                }
                const qsizetype colon = l.indexOf(':');
                if (colon <= 0)
                    return fail(QStringLiteral("malformed multipart part header"));
                headers.append({l.left(colon).trimmed().toLower(), l.mid(colon + 1).trimmed()});
            }
            m_buffer.remove(0, skip);
            ++m_parts;
            m_state = State::Body;
            if (m_handlers.begin && !m_handlers.begin(headers))
                return fail(QStringLiteral("part refused"));
            continue;
        }
        case State::Body: {
            const qsizetype idx = m_buffer.indexOf(m_delimiter, from);
            if (idx < 0) {
                const qsizetype n = m_buffer.size() - keep;
                if (n > 0) {
                    if (m_handlers.data && !m_handlers.data(m_buffer.constData(), n))
                        return fail(QStringLiteral("part content refused"));
                    m_buffer.remove(0, n);
                }
                from = 0;
                return true;
            }
            bool close = false;
            qsizetype next = 0;
            const int kind = classify(idx, close, next);
            if (kind == 0) {
                // Not a delimiter: no other one can start inside it (a boundary has no CR).
                from = idx + m_delimiter.size();
                continue;
            }
            if (idx > 0) {
                if (m_handlers.data && !m_handlers.data(m_buffer.constData(), idx))
                    return fail(QStringLiteral("part content refused"));
                m_buffer.remove(0, idx);
            }
            from = 0;
            if (kind < 0)
                return true;
            m_buffer.remove(0, next - idx);
            if (m_handlers.end && !m_handlers.end())
                return fail(QStringLiteral("part refused"));
            m_state = close ? State::Done : State::Headers;
            continue;
        }
        }
    }
}

} // namespace sijil::imaging
