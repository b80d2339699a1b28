#pragma once

#include <sijil/core/Result.h>
#include <sijil/core/UserText.h>
#include <sijil/identity/Bac.h>
#include <sijil/identity/CardConnection.h>
#include <sijil/identity/EmrtdReader.h>
#include <sijil/identity/PassiveAuthentication.h>
#include <sijil/identity/TrustStore.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace sijil::identity {

// What opens the chip: the key from the printed MRZ (BAC) or the 6-digit card access number
// printed on the front of the card (PACE). The CAN is kept only for the read it is given to.
struct DocumentAccessKey {
    std::optional<BacKey> mrz;
    QString can;
};

// Everything one read of a chip gave, and the verdict on it.
struct DocumentReadResult {
    EmrtdData data;
    // DG2 as read (empty when the chip lists no DG2 or it could not be read) and the face image
    // inside it (JPEG or JPEG 2000 bytes), with its format ("jpeg", "jp2", "j2k").
    QByteArray dg2;
    QByteArray photo;
    QString photoFormat;
    // Passive authentication over DG1 (and DG2 when read); empty when the chip has no EF.SOD.
    std::optional<PassiveAuthenticationResult> passiveAuthentication;

    enum class Verdict {
        Verified,                  // hashes, signature and chain up to a trusted CSCA
        SignatureValidCscaUnknown, // intact, but no trusted CSCA issued the signer
        Altered,                   // refused: a hash, the signature or the chain is wrong
        NotVerifiable,             // refused: the chip has no EF.SOD to check the data against
    };
    [[nodiscard]] Verdict verdict() const;
    // Whether the data may fill a form (Verified or SignatureValidCscaUnknown).
    [[nodiscard]] bool acceptable() const;
    // One sentence for the clerk: "Vérifié", "Signature valide mais CSCA inconnu"...
    [[nodiscard]] core::UserText verdictText() const;
    // "verified", "csca-unknown", "altered", "not-verifiable".
    [[nodiscard]] QString verdictCode() const;
};

// The whole reading of an ID card or passport chip for the admission desk and sijilctl: BAC (or
// PACE once EmrtdReader offers it) and EF.COM, DG1, EF.SOD through EmrtdReader::read(), then DG2
// when listed, then passive authentication of DG1 and DG2 together. Runs in the calling thread
// (a worker: it blocks on the card); `progress` is called from that thread before each step.
class DocumentReading {
public:
    enum class Step {
        Selecting,      // SELECT of the eMRTD application
        Authenticating, // BAC (or PACE)
        ReadingCom,
        ReadingHolder,    // DG1
        ReadingSignature, // EF.SOD
        ReadingPhoto,     // DG2
        Verifying,        // passive authentication
    };
    static constexpr int kStepCount = 7;
    using Progress = std::function<void(Step)>;

    struct Options {
        // Null: nothing is verified and the verdict is NotVerifiable.
        const TrustStore* trustStore = nullptr;
        QDate today = QDate::currentDate();
        bool readPhoto = true;
        // DG11 and DG12 when the chip lists them: names in national script, place of birth,
        // address; the issuing authority and the date of issue.
        bool readDetails = true;
    };

    // Errors: those of EmrtdReader and of the connection (identity/card-removed...), and
    // identity/key-missing (neither MRZ nor CAN), identity/can-invalid (not digits).
    static core::Result<DocumentReadResult> read(CardConnection& connection,
                                                 const DocumentAccessKey& key,
                                                 const Options& options,
                                                 const Progress& progress = {});

    // The face image inside a DG2 (ISO/IEC 19794-5 or 39794-5 record in the biometric data
    // block): JPEG or JPEG 2000 bytes, from their signature to the end of the block.
    static QByteArray photoImage(QByteArrayView dg2, QString* format = nullptr);

    // What the step does, for a progress line ("Lecture de la photo…").
    static core::UserText stepText(Step step);
};

} // namespace sijil::identity
