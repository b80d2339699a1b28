#include "PcscCardConnection.h"

#include "IdentityLog.h"
#include "PcscError.h"

#include <cstring>
#include <reader.h>
#include <vector>

namespace sijil::identity {

namespace {

// A response chained with 61xx/GET RESPONSE is bounded by this many exchanges.
constexpr int kMaxChainedExchanges = 300;

} // namespace

core::Result<std::unique_ptr<CardConnection>> PcscCardConnection::open(const QString& reader) {
    std::unique_ptr<PcscCardConnection> connection(new PcscCardConnection);
    connection->m_reader = reader;
    LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &connection->m_context);
    if (rv != SCARD_S_SUCCESS) {
        connection->m_context = 0;
        return pcsc::toError(rv, "SCardEstablishContext");
    }
    const QByteArray name = reader.toUtf8();
    rv = SCardConnect(connection->m_context, name.constData(), SCARD_SHARE_SHARED,
                      SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &connection->m_card,
                      &connection->m_protocol);
    if (rv != SCARD_S_SUCCESS) {
        connection->m_card = 0;
        return pcsc::toError(rv, "SCardConnect");
    }

    BYTE atr[MAX_ATR_SIZE] = {};
    DWORD atrLength = sizeof atr;
    DWORD state = 0;
    DWORD protocol = 0;
    DWORD nameLength = 0;
    rv = SCardStatus(connection->m_card, nullptr, &nameLength, &state, &protocol, atr, &atrLength);
    if (rv != SCARD_S_SUCCESS)
        return pcsc::toError(rv, "SCardStatus");
    connection->m_atr = QByteArray(reinterpret_cast<const char*>(atr), qsizetype(atrLength));

    // pcsc-lite's CCID driver reports how long a message the reader takes; above a short APDU
    // it carries extended ones. Readers that do not say are taken as short only.
    BYTE attribute[8] = {};
    DWORD attributeLength = sizeof attribute;
    if (SCardGetAttrib(connection->m_card, SCARD_ATTR_MAXINPUT, attribute, &attributeLength) ==
            SCARD_S_SUCCESS &&
        attributeLength >= sizeof(quint32)) {
        quint32 maxInput = 0;
        std::memcpy(&maxInput, attribute, sizeof maxInput);
        if (maxInput > 261)
            connection->m_maxResponse = int(std::min<quint32>(maxInput, 65538));
    }
    qCDebug(lcIdentity) << "connected, protocol"
                        << (connection->m_protocol == SCARD_PROTOCOL_T0 ? "T=0" : "T=1")
                        << "max response" << connection->m_maxResponse;
    return std::unique_ptr<CardConnection>(std::move(connection));
}

PcscCardConnection::~PcscCardConnection() {
    if (m_card != 0)
        SCardDisconnect(m_card, SCARD_LEAVE_CARD);
    if (m_context != 0)
        SCardReleaseContext(m_context);
}

core::Result<QByteArray> PcscCardConnection::exchange(const QByteArray& apdu) {
    const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    std::vector<BYTE> buffer(MAX_BUFFER_SIZE_EXTENDED);
    DWORD length = DWORD(buffer.size());
    const LONG rv = SCardTransmit(m_card, pci, reinterpret_cast<const BYTE*>(apdu.constData()),
                                  DWORD(apdu.size()), nullptr, buffer.data(), &length);
    if (rv != SCARD_S_SUCCESS)
        return pcsc::toError(rv, "SCardTransmit");
    return QByteArray(reinterpret_cast<const char*>(buffer.data()), qsizetype(length));
}

core::Result<QByteArray> PcscCardConnection::transmit(const QByteArray& apdu) {
    auto response = exchange(apdu);
    if (!response.ok() || response->size() < 2)
        return response;
    QByteArray data;
    for (int round = 0; round < kMaxChainedExchanges; ++round) {
        const auto sw1 = quint8(response->at(response->size() - 2));
        const auto sw2 = quint8(response->at(response->size() - 1));
        if (sw1 == 0x6C && apdu.size() > 4) {
            // Wrong Le: the card says how many bytes it has; ask again with that Le.
            QByteArray again = apdu;
            again[again.size() - 1] = char(sw2);
            response = exchange(again);
        } else if (sw1 == 0x61) {
            data += response->first(response->size() - 2);
            const QByteArray getResponse = QByteArray::fromHex("00C00000") + char(sw2);
            response = exchange(getResponse);
        } else {
            return data + *response;
        }
        if (!response.ok() || response->size() < 2)
            return response;
    }
    return data + *response;
}

} // namespace sijil::identity
