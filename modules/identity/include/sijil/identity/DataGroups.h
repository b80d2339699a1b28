#pragma once

#include <sijil/core/PartialDate.h>
#include <sijil/core/Result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace sijil::identity {

// The holder's face from DG2 (ICAO 9303 part 10, 4.7.2; ISO/IEC 19794-5 record), as stored: the
// chip keeps a JPEG or a JPEG 2000 image, which the presentation layer decodes (QImage reads
// JPEG; decodeJpeg2000() below turns JPEG 2000 into pixels).
struct FaceImage {
    enum class Format { Jpeg, Jpeg2000 };
    Format format = Format::Jpeg;
    QByteArray data;
    // From the record's image information (0 when it gives none).
    int width = 0;
    int height = 0;
};

// DG11, additional personal details (ICAO 9303 part 10, 4.7.11), UTF-8 as stored: on Morocco's
// CNIE the name in Arabic script. '<' separators are turned into ", " for places and addresses.
struct AdditionalPersonalDetails {
    QString fullName; // as stored: "PRIMARY<<SECONDARY<NAMES"
    QString familyName;
    QString givenNames;
    QStringList otherNames;
    QString personalNumber;
    std::optional<core::PartialDate> birthDate; // full date of birth (5F2B), when present
    QString placeOfBirth;
    QString address;
    QString telephone;
    QString profession;
    QString title;
    QString personalSummary;
    QString custodyInformation;
};

// DG12, additional document details (ICAO 9303 part 10, 4.7.12): who issued the document and
// when. The images of the document's faces (5F1D, 5F1E) are only noted, not kept.
struct DocumentDetails {
    QString issuingAuthority;
    std::optional<core::PartialDate> dateOfIssue;
    QStringList otherPersons; // names of other persons on the document, '<' fillers removed
    QString endorsements;
    QString taxOrExitRequirements;
    QString personalizationTime;   // YYYYMMDDhhmmss as stored
    QString personalizationDevice; // the personalization system's serial number
    bool hasFrontImage = false;
    bool hasRearImage = false;
};

// 8-bit RGB pixels, 3 bytes per pixel, rows top to bottom without padding.
struct DecodedImage {
    int width = 0;
    int height = 0;
    QByteArray rgb;
};

class DataGroups {
public:
    // The first face of DG2. identity/dg-malformed when the structure is not DG2's, or the image
    // is neither JPEG nor JPEG 2000.
    static core::Result<FaceImage> face(QByteArrayView dg2);
    static core::Result<AdditionalPersonalDetails> additionalDetails(QByteArrayView dg11);
    static core::Result<DocumentDetails> documentDetails(QByteArrayView dg12);
    // A JP2 file or a J2K codestream to pixels (OpenJPEG); grey images are expanded to RGB.
    // identity/image-undecodable on failure.
    static core::Result<DecodedImage> decodeJpeg2000(QByteArrayView data);
};

} // namespace sijil::identity
