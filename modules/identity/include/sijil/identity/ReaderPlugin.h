#pragma once

#include <sijil/core/Result.h>
#include <sijil/identity/CardConnection.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace sijil::identity {

// One reader (or, later, one device) as a plug-in sees it.
struct ReaderInfo {
    // What a reader or device can do. Card readers have SmartCard; the other values are reserved
    // for the devices described under "Extension point" in ReaderPlugin below.
    enum Capability : quint32 {
        SmartCard = 1u << 0,   // exchanges APDUs with an ID card or eMRTD (contact or NFC)
        PinPad = 1u << 1,      // reserved: secure PIN entry on the reader (PACE with a CAN/PIN)
        Fingerprint = 1u << 8, // reserved: fingerprint capture or match-on-card
        FaceImage = 1u << 9,   // reserved: live face capture for comparison with DG2
    };

    QString name;
    quint32 capabilities = SmartCard;
    bool cardPresent = false;
    // The ATR of the card present, empty otherwise.
    QByteArray atr;

    friend bool operator==(const ReaderInfo&, const ReaderInfo&) = default;
};

// A source of readers, in the manner of AusweisApp's ReaderManagerPlugin: each technology (PC/SC
// today) is one plug-in that lists its readers, reports readers and cards coming and going, and
// opens connections to cards.
//
// Life cycle: start() begins watching; readers() then lists what is there (no signals are sent
// for readers and cards already present when start() returns); the signals report every change
// after that, in the thread the plug-in lives in. stop() ends the watching; destroying the
// plug-in stops it.
//
// Extension point: devices the Ministry may deploy later (fingerprint scanners for biometric
// verification, live face capture, PIN pad readers for PACE) come as further ReaderPlugin
// implementations, one per technology or vendor SDK, living beside PcscReaderPlugin in this
// module. Such a plug-in
//   - lists its devices as ReaderInfo entries whose `capabilities` say what they do (the
//     reserved Fingerprint, FaceImage, PinPad values; add new ones at the end),
//   - reports them with readerAdded/readerRemoved, and uses cardInserted/cardRemoved for
//     "something to read has been presented" (a card laid down, a finger on the sensor),
//   - returns from connect() a CardConnection subclass: APDU devices (match-on-card, PIN pads)
//     need nothing more; other devices add their own operations (capture(), match()...) to that
//     subclass, which callers reach after checking the capability.
// No vendor type may appear in a public header: each plug-in converts its SDK's errors to
// core::Error at its edge, as PcscReaderPlugin does with PC/SC codes.
class ReaderPlugin : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    // connect(reader) below would otherwise hide QObject::connect inside plug-ins.
    using QObject::connect;

    // A stable short name: "pcsc".
    [[nodiscard]] virtual QString pluginId() const = 0;

    virtual core::Status start() = 0;
    virtual void stop() = 0;

    [[nodiscard]] virtual QList<ReaderInfo> readers() const = 0;

    // Opens a session with the card in `reader`. Fails when the reader is gone, holds no card or
    // the card does not answer.
    virtual core::Result<std::unique_ptr<CardConnection>> connect(const QString& reader) = 0;

    // Why the plug-in cannot reach its devices at all right now (its system service stopped,
    // its driver missing), or nothing when it can. The plug-in goes on trying by itself and
    // reports both the loss and the return with serviceChanged(); readers() is empty meanwhile.
    [[nodiscard]] virtual std::optional<core::Error> serviceProblem() const { return std::nullopt; }

signals:
    void readerAdded(const QString& reader);
    void readerRemoved(const QString& reader);
    void cardInserted(const QString& reader);
    void cardRemoved(const QString& reader);
    void serviceChanged();
};

} // namespace sijil::identity
