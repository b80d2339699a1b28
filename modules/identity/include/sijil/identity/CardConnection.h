#pragma once

#include <sijil/core/Result.h>

#include <QByteArray>
#include <QString>

namespace sijil::identity {

// An open channel to one card in one reader, from ReaderPlugin::connect(). Destroying it ends
// the session and leaves the card in the reader. Not thread-safe: one thread talks to a card.
class CardConnection {
public:
    CardConnection() = default;
    CardConnection(const CardConnection&) = delete;
    CardConnection& operator=(const CardConnection&) = delete;
    virtual ~CardConnection() = default;

    [[nodiscard]] virtual QString readerName() const = 0;
    // The card's answer to reset as the reader reports it (contactless readers make one up from
    // the ATS or ATQB, PC/SC part 3).
    [[nodiscard]] virtual QByteArray atr() const = 0;

    // Sends one command APDU and returns the card's response, data then SW1 SW2. Transport-level
    // status words are handled here (61xx GET RESPONSE, 6Cxx resend), so callers see the
    // command's own status. Errors are the reader's or the transport's (card removed, reader
    // gone), never the card's status words.
    virtual core::Result<QByteArray> transmit(const QByteArray& apdu) = 0;

    // The longest response (data and status word) the reader can carry in one exchange: 258
    // bytes for short APDUs only, up to 65538 with extended length.
    [[nodiscard]] virtual int maxResponseLength() const { return 258; }
};

} // namespace sijil::identity
