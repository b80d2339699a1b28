#include "IdentityLog.h"

#include <sijil/identity/DataGroups.h>
#include <sijil/identity/DocumentReading.h>
#include <sijil/identity/Tlv.h>

#include <QMap>

namespace sijil::identity {

namespace {

constexpr const char* kCtx = "sijil::identity::DocumentReading";
constexpr quint16 kDg2 = 0x0102;
constexpr quint16 kDg11 = 0x010B;
constexpr quint16 kDg12 = 0x010C;

// Reports the steps of EmrtdReader::read() as its commands go by, so that read() stays the one
// place that knows the order of the files. Files are selected under secure messaging, where the
// file identifier is encrypted: the protected SELECTs of files are counted (EF.COM, DG1, EF.SOD,
// as read() documents them; their header, P1 included, stays in clear).
class ProgressConnection final : public CardConnection {
public:
    ProgressConnection(CardConnection& inner, const DocumentReading::Progress& progress)
        : m_inner(inner)
        , m_progress(progress) {}

    [[nodiscard]] QString readerName() const override { return m_inner.readerName(); }
    [[nodiscard]] QByteArray atr() const override { return m_inner.atr(); }
    [[nodiscard]] int maxResponseLength() const override { return m_inner.maxResponseLength(); }

    core::Result<QByteArray> transmit(const QByteArray& apdu) override {
        if (apdu.size() >= 4 && m_progress) {
            const auto cla = quint8(apdu.at(0));
            const auto ins = quint8(apdu.at(1));
            const bool secured = (cla & 0x0C) == 0x0C;
            using Step = DocumentReading::Step;
            const auto p1 = quint8(apdu.at(2));
            if (ins == 0xA4 && p1 == 0x04) {
                // The application: in plain after BAC's challenge, under PACE's secure messaging.
                report(Step::Selecting);
            } else if (ins == 0x84 || ins == 0x22 || ins == 0x86) {
                report(Step::Authenticating);
            } else if (ins == 0xA4 && secured && p1 == 0x02) {
                ++m_securedSelects;
                if (m_securedSelects == 1)
                    report(Step::ReadingCom);
                else if (m_securedSelects == 2)
                    report(Step::ReadingHolder);
                else if (m_securedSelects == 3)
                    report(Step::ReadingSignature);
            }
        }
        return m_inner.transmit(apdu);
    }

    void report(DocumentReading::Step step) {
        if (!m_progress || m_last == step)
            return;
        m_last = step;
        m_progress(step);
    }

private:
    CardConnection& m_inner;
    const DocumentReading::Progress& m_progress;
    int m_securedSelects = 0;
    std::optional<DocumentReading::Step> m_last;
};

} // namespace

core::Result<DocumentReadResult> DocumentReading::read(CardConnection& connection,
                                                       const DocumentAccessKey& key,
                                                       const Options& options,
                                                       const Progress& progress) {
    AccessKey access;
    if (key.mrz) {
        access = AccessKey::fromMrz(*key.mrz);
    } else if (!key.can.isEmpty()) {
        auto can = AccessKey::fromCan(key.can);
        if (!can)
            return can.error();
        access = *can;
    } else {
        return core::Error("identity/key-missing",
                           core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::"
                                                                  "DocumentReading",
                                                                  "Saisissez le numéro d'accès "
                                                                  "(CAN) ou la MRZ de la carte.")),
                           QStringLiteral("no access key"));
    }

    ProgressConnection observed(connection, progress);
    EmrtdReader::Options readerOptions;
    readerOptions.today = options.today;
    // Passive authentication is done below over DG1 and DG2 together; a chip without EF.SOD is
    // reported as not verifiable rather than failing the read, so that the clerk sees why.
    readerOptions.trustStore = nullptr;
    EmrtdReader reader(observed, readerOptions);
    auto data = reader.read(access);
    if (!data.ok())
        return data.error();

    DocumentReadResult result;
    result.data = std::move(data).value();
    if (options.readPhoto && result.data.dataGroups.contains(2)) {
        observed.report(Step::ReadingPhoto);
        auto dg2 = reader.readFile(kDg2);
        if (dg2.ok()) {
            result.dg2 = *dg2;
            result.photo = photoImage(result.dg2, &result.photoFormat);
        } else if (dg2.error().is("identity/card-removed") ||
                   dg2.error().is("identity/reader-unavailable")) {
            return dg2.error();
        } else {
            // A photo the chip keeps to itself (access denied) leaves the identity readable.
            qCInfo(lcIdentity) << "DG2 not read:" << dg2.error().code();
        }
    }

    // DG11 (on Morocco's CNIE the holder's names in Arabic script, place of birth, address)
    // and DG12 (who issued the document, and when). Either may be unreadable or unexpected
    // without spoiling the rest; a card taken out is reported.
    const auto readDetails = [&](int number, quint16 fileId, QByteArray& into,
                                 const auto& parse) -> core::Status {
        if (!options.readDetails || !result.data.dataGroups.contains(number))
            return {};
        auto file = reader.readFile(fileId);
        if (!file.ok()) {
            if (file.error().is("identity/card-removed") ||
                file.error().is("identity/reader-unavailable"))
                return file.error();
            qCInfo(lcIdentity) << "DG" << number << "not read:" << file.error().code();
            return {};
        }
        into = *file;
        if (!parse(into))
            qCInfo(lcIdentity) << "DG" << number << "not understood";
        return {};
    };
    if (auto dg11 = readDetails(11, kDg11, result.data.dg11,
                                [&](const QByteArray& bytes) {
                                    auto details = DataGroups::additionalDetails(bytes);
                                    if (details.ok())
                                        result.data.additionalDetails = std::move(details).value();
                                    return details.ok();
                                });
        !dg11.ok())
        return dg11.error();
    if (auto dg12 = readDetails(12, kDg12, result.data.dg12,
                                [&](const QByteArray& bytes) {
                                    auto details = DataGroups::documentDetails(bytes);
                                    if (details.ok())
                                        result.data.documentDetails = std::move(details).value();
                                    return details.ok();
                                });
        !dg12.ok())
        return dg12.error();

    if (options.trustStore && !result.data.sod.isEmpty()) {
        observed.report(Step::Verifying);
        QMap<int, QByteArray> groups{{1, result.data.dg1}};
        if (!result.dg2.isEmpty())
            groups.insert(2, result.dg2);
        if (!result.data.dg11.isEmpty())
            groups.insert(11, result.data.dg11);
        if (!result.data.dg12.isEmpty())
            groups.insert(12, result.data.dg12);
        auto verified = PassiveAuthentication::verify(result.data.sod, groups, *options.trustStore,
                                                      options.today.startOfDay(Qt::UTC));
        if (!verified.ok())
            return verified.error();
        result.passiveAuthentication = std::move(verified).value();
        result.data.passiveAuthentication = result.passiveAuthentication;
    }
    return result;
}

DocumentReadResult::Verdict DocumentReadResult::verdict() const {
    if (!passiveAuthentication)
        return Verdict::NotVerifiable;
    switch (passiveAuthentication->outcome) {
    case PassiveAuthenticationResult::Outcome::Verified:
        return Verdict::Verified;
    case PassiveAuthenticationResult::Outcome::SignatureValidCscaUnknown:
        return Verdict::SignatureValidCscaUnknown;
    case PassiveAuthenticationResult::Outcome::Altered:
        break;
    }
    return Verdict::Altered;
}

bool DocumentReadResult::acceptable() const {
    const Verdict v = verdict();
    return v == Verdict::Verified || v == Verdict::SignatureValidCscaUnknown;
}

QString DocumentReadResult::verdictCode() const {
    switch (verdict()) {
    case Verdict::Verified:
        return QStringLiteral("verified");
    case Verdict::SignatureValidCscaUnknown:
        return QStringLiteral("csca-unknown");
    case Verdict::Altered:
        return QStringLiteral("altered");
    case Verdict::NotVerifiable:
        break;
    }
    return QStringLiteral("not-verifiable");
}

core::UserText DocumentReadResult::verdictText() const {
    switch (verdict()) {
    case Verdict::Verified:
        return core::UserText(kCtx,
                              QT_TRANSLATE_NOOP("sijil::identity::DocumentReading", "Vérifié"));
    case Verdict::SignatureValidCscaUnknown:
        return core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::DocumentReading",
                                                      "Signature valide mais CSCA inconnu"));
    case Verdict::Altered:
        return core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::DocumentReading",
                                                      "Données altérées — refusées"));
    case Verdict::NotVerifiable:
        break;
    }
    return core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::DocumentReading",
                                                  "Authenticité non vérifiable — refusées"));
}

QByteArray DocumentReading::photoImage(QByteArrayView dg2, QString* format) {
    // The image is the tail of the biometric data block (5F2E or 7F2E) after the record header;
    // looking for the image signatures avoids decoding both record formats.
    static const QByteArray jpeg = QByteArray::fromHex("FFD8FF");
    static const QByteArray jp2 = QByteArray::fromHex("0000000C6A5020200D0A870A");
    static const QByteArray j2k = QByteArray::fromHex("FF4FFF51");
    const QByteArray bytes = dg2.toByteArray();
    struct Candidate {
        const QByteArray& signature;
        const char* name;
    };
    qsizetype best = -1;
    QString bestFormat;
    for (const Candidate& c :
         {Candidate{jpeg, "jpeg"}, Candidate{jp2, "jp2"}, Candidate{j2k, "j2k"}}) {
        const qsizetype at = bytes.indexOf(c.signature);
        if (at >= 0 && (best < 0 || at < best)) {
            best = at;
            bestFormat = QString::fromLatin1(c.name);
        }
    }
    if (best < 0)
        return {};
    if (format)
        *format = bestFormat;
    return bytes.mid(best);
}

core::UserText DocumentReading::stepText(Step step) {
    switch (step) {
    case Step::Selecting:
        return core::UserText(
            kCtx, QT_TRANSLATE_NOOP("sijil::identity::DocumentReading", "Connexion à la puce…"));
    case Step::Authenticating:
        return core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::DocumentReading",
                                                      "Ouverture de l'accès sécurisé…"));
    case Step::ReadingCom:
        return core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::DocumentReading",
                                                      "Lecture du sommaire de la puce…"));
    case Step::ReadingHolder:
        return core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::DocumentReading",
                                                      "Lecture de l'identité du titulaire…"));
    case Step::ReadingSignature:
        return core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::DocumentReading",
                                                      "Lecture de la signature du document…"));
    case Step::ReadingPhoto:
        return core::UserText(
            kCtx, QT_TRANSLATE_NOOP("sijil::identity::DocumentReading", "Lecture de la photo…"));
    case Step::Verifying:
        break;
    }
    return core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::DocumentReading",
                                                  "Vérification de l'authenticité…"));
}

} // namespace sijil::identity
