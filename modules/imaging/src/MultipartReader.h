#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace sijil::imaging {

// An incremental reader of a multipart body (RFC 2046, as PS3.18 uses multipart/related): bytes
// are fed as they arrive and each part's headers and content are handed on at once, so a large
// answer never sits whole in memory. Qt has no such reader (QHttpMultiPart only writes).
//
// Robust to: a preamble and an epilogue, the first delimiter without a leading CRLF, transport
// padding after a delimiter, the boundary text inside a part when not a whole delimiter line.
// A body that ends without the closing delimiter is an error (finish() says so).
class MultipartReader {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>; // names lower-cased, values trimmed

    struct Handlers {
        std::function<bool(const Headers&)> begin; // false stops the reading (error)
        std::function<bool(const char*, qsizetype)> data;
        std::function<bool()> end;
    };

    MultipartReader(const QByteArray& boundary, Handlers handlers);

    // The boundary parameter of a multipart Content-Type (quoted or not), or empty.
    static QByteArray boundaryOf(const QByteArray& contentType);

    // Feeds the next bytes; false once an error happened (see error()).
    bool feed(const QByteArray& bytes);
    // The end of the body: false if it was not complete.
    bool finish();

    [[nodiscard]] bool done() const { return m_state == State::Done; }
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] int parts() const { return m_parts; }

private:
    enum class State { Preamble, Headers, Body, Done, Failed };
    bool fail(const QString& why);
    bool run();
    // At m_buffer[pos] a delimiter was found: 1 if it is a real one (after it "--" or padding
    // and CRLF), 0 if not, -1 if more bytes are needed to tell. `close` tells "--" followed it,
    // `next` where the following content starts.
    int classify(qsizetype pos, bool& close, qsizetype& next) const;

    QByteArray m_delimiter; // CRLF "--" boundary
    Handlers m_handlers;
    QByteArray m_buffer;
    State m_state = State::Preamble;
    QString m_error;
    int m_parts = 0;
};

} // namespace sijil::imaging
