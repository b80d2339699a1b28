#pragma once

#include <sijil/identity/CardConnection.h>

#include <memory>
#include <winscard.h>

namespace sijil::identity {

// A card session through PC/SC: its own context, shared access, T=0 or T=1.
class PcscCardConnection final : public CardConnection {
public:
    static core::Result<std::unique_ptr<CardConnection>> open(const QString& reader);
    ~PcscCardConnection() override;

    [[nodiscard]] QString readerName() const override { return m_reader; }
    [[nodiscard]] QByteArray atr() const override { return m_atr; }
    core::Result<QByteArray> transmit(const QByteArray& apdu) override;
    [[nodiscard]] int maxResponseLength() const override { return m_maxResponse; }

private:
    PcscCardConnection() = default;
    core::Result<QByteArray> exchange(const QByteArray& apdu);

    SCARDCONTEXT m_context = 0;
    SCARDHANDLE m_card = 0;
    DWORD m_protocol = 0;
    QString m_reader;
    QByteArray m_atr;
    int m_maxResponse = 258;
};

} // namespace sijil::identity
