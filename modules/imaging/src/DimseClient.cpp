#include "DimseAssociation.h"
#include "ImagingErrors.h"
#include "ImagingLog.h"

#include <sijil/imaging/DimseClient.h>

#include <algorithm>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/cond.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/scu.h>

namespace sijil::imaging {

namespace {

using dimse::networkError;
using dimse::where;

struct StudyResults {
    QList<StudyResult> studies;
    bool truncated = false;
    int maxResults = 0;
    // The status of the final (non-pending) C-FIND response; 0 (success) until one arrives.
    Uint16 finalStatus = 0;
    bool finished = false;
};

QString textOf(DcmItem& item, const DcmTagKey& key, bool utf8) {
    OFString value;
    if (item.findAndGetOFStringArray(key, value).bad())
        return {};
    const auto size = qsizetype(value.length());
    return (utf8 ? QString::fromUtf8(value.c_str(), size)
                 : QString::fromLatin1(value.c_str(), size))
        .trimmed();
}

int countOf(DcmItem& item, const DcmTagKey& key) {
    OFString value;
    if (item.findAndGetOFString(key, value).bad() || value.empty())
        return -1;
    bool ok = false;
    const int n = QString::fromLatin1(value.c_str()).trimmed().toInt(&ok);
    return ok && n >= 0 ? n : -1;
}

StudyResult studyOf(DcmDataset& dataset) {
    // Names and descriptions come in the PACS's character set (Latin-1, Arabic...): converted to
    // UTF-8 when DCMTK knows it, else read as Latin-1 so that nothing is lost silently.
    const bool utf8 = dataset.convertToUTF8().good();
    if (!utf8)
        qCWarning(lcImaging) << "C-FIND answer in a character set DCMTK cannot convert";
    StudyResult s;
    s.patientId = textOf(dataset, DCM_PatientID, utf8);
    s.patientName = textOf(dataset, DCM_PatientName, utf8);
    s.studyInstanceUid = textOf(dataset, DCM_StudyInstanceUID, utf8);
    s.studyDate = QDate::fromString(textOf(dataset, DCM_StudyDate, utf8), u"yyyyMMdd");
    s.studyTime = textOf(dataset, DCM_StudyTime, utf8);
    s.studyDescription = textOf(dataset, DCM_StudyDescription, utf8);
    const QString modalities = textOf(dataset, DCM_ModalitiesInStudy, utf8);
    for (const QString& m : modalities.split(u'\\', Qt::SkipEmptyParts))
        s.modalities.append(m.trimmed());
    s.accessionNumber = textOf(dataset, DCM_AccessionNumber, utf8);
    s.seriesCount = countOf(dataset, DCM_NumberOfStudyRelatedSeries);
    s.instanceCount = countOf(dataset, DCM_NumberOfStudyRelatedInstances);
    s.sopClasses = textOf(dataset, DCM_SOPClassesInStudy, utf8).split(u'\\', Qt::SkipEmptyParts);
    for (QString& c : s.sopClasses)
        c = c.trimmed();
    return s;
}

class Scu : public DcmSCU {
public:
    StudyResults* results = nullptr;

    OFCondition handleFINDResponse(const T_ASC_PresentationContextID /*presID*/,
                                   QRResponse* response, OFBool& waitForNextResponse) override {
        waitForNextResponse = OFFalse;
        if (response == nullptr || results == nullptr)
            return DIMSE_NULLKEY;
        if (!DICOM_PENDING_STATUS(response->m_status)) {
            results->finalStatus = response->m_status;
            results->finished = true;
            return EC_Normal;
        }
        if (results->studies.size() >= results->maxResults) {
            // Stop reading; the caller aborts the association, which ends the PACS's answer.
            results->truncated = true;
            return EC_Normal;
        }
        if (response->m_dataset != nullptr)
            results->studies.append(studyOf(*response->m_dataset));
        waitForNextResponse = OFTrue;
        return EC_Normal;
    }
};

// Sets up `scu` for `node` with one presentation context for `sopClass` and opens the association.
core::Status open(Scu& scu, const PacsNode& node, const DimseClient::Timeouts& timeouts,
                  const char* sopClass, const QString& what) {
    if (auto configured = dimse::configure(scu, node, timeouts); !configured)
        return configured.error();
    OFList<OFString> syntaxes = dimse::uncompressedSyntaxes();
    scu.addPresentationContext(sopClass, syntaxes);
    return dimse::connect(scu, node, what);
}

// Query values go out as UTF-8 (with Specific Character Set ISO_IR 192 when one is not ASCII).
// Returns the member at fault for a value DICOM cannot carry: too long for its VR, a backslash
// (the multi-value separator) or a control character.
QString invalidQueryField(const StudyQuery& q) {
    const auto bad = [](const QString& v, qsizetype max) {
        if (v.size() > max)
            return true;
        for (const QChar c : v) {
            if (c.unicode() < 0x20 || c == u'\\' || c.unicode() == 0x7f)
                return true;
        }
        return false;
    };
    if (bad(q.patientId, 64))
        return QStringLiteral("patientId");
    if (bad(q.patientName, 64))
        return QStringLiteral("patientName");
    if (bad(q.accessionNumber, 16))
        return QStringLiteral("accessionNumber");
    if (bad(q.modality, 16))
        return QStringLiteral("modality");
    if ((q.from && !q.from->isValid()) || (q.to && !q.to->isValid()) ||
        (q.from && q.to && *q.from > *q.to))
        return QStringLiteral("date");
    if (q.maxResults < 1)
        return QStringLiteral("maxResults");
    for (const QString& uid : q.studyInstanceUids) {
        if (uid.isEmpty() || uid.size() > 64 || !std::all_of(uid.cbegin(), uid.cend(), [](QChar c) {
                return c.isDigit() || c == u'.';
            }))
            return QStringLiteral("studyInstanceUids");
    }
    return {};
}

void put(DcmDataset& keys, const DcmTagKey& key, const QString& value) {
    keys.putAndInsertOFStringArray(key, value.toStdString().c_str());
}

void buildStudyKeys(DcmDataset& keys, const StudyQuery& q) {
    const QString all = q.patientId + q.patientName + q.accessionNumber + q.modality;
    bool ascii = true;
    for (const QChar c : all)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii)
        put(keys, DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"));
    put(keys, DCM_QueryRetrieveLevel, QStringLiteral("STUDY"));
    put(keys, DCM_StudyInstanceUID, q.studyInstanceUids.join(u'\\'));
    put(keys, DCM_PatientID, q.patientId);
    put(keys, DCM_PatientName, q.patientName);
    QString dates;
    if (q.from || q.to) {
        const auto day = [](const std::optional<QDate>& d) {
            return d ? d->toString(u"yyyyMMdd") : QString();
        };
        dates = q.from && q.to && *q.from == *q.to ? day(q.from) : day(q.from) + u'-' + day(q.to);
    }
    put(keys, DCM_StudyDate, dates);
    put(keys, DCM_StudyTime, {});
    put(keys, DCM_StudyDescription, {});
    put(keys, DCM_ModalitiesInStudy, q.modality.trimmed().toUpper());
    put(keys, DCM_AccessionNumber, q.accessionNumber);
    put(keys, DCM_NumberOfStudyRelatedSeries, {});
    put(keys, DCM_NumberOfStudyRelatedInstances, {});
    put(keys, DCM_SOPClassesInStudy, {});
}

} // namespace

core::Status DimseClient::echo(const PacsNode& node) const {
    const QString what = QStringLiteral("C-ECHO");
    Scu scu;
    if (auto opened = open(scu, node, m_timeouts, UID_VerificationSOPClass, what); !opened)
        return opened.error();
    const OFCondition cond = scu.sendECHORequest(0);
    if (cond.bad()) {
        scu.abortAssociation();
        return networkError(cond, node, what);
    }
    scu.releaseAssociation();
    qCInfo(lcImaging) << "C-ECHO" << where(node) << "answered";
    return {};
}

core::Result<FindResult> DimseClient::find(const PacsNode& node, const StudyQuery& query) const {
    const QString what = QStringLiteral("C-FIND");
    if (const QString field = invalidQueryField(query); !field.isEmpty())
        return errors::pacsBadQuery(field, QStringLiteral("study query: invalid %1").arg(field));
    Scu scu;
    if (auto opened =
            open(scu, node, m_timeouts, UID_FINDStudyRootQueryRetrieveInformationModel, what);
        !opened)
        return opened.error();

    DcmDataset keys;
    buildStudyKeys(keys, query);
    StudyResults results;
    results.maxResults = query.maxResults;
    scu.results = &results;
    const T_ASC_PresentationContextID context = scu.findAnyPresentationContextID(
        UID_FINDStudyRootQueryRetrieveInformationModel, UID_LittleEndianExplicitTransferSyntax);
    if (context == 0) {
        scu.abortAssociation();
        return errors::pacsUnsupported(
            QStringLiteral("%1 %2: no accepted presentation context").arg(what, where(node)));
    }
    const OFCondition cond = scu.sendFINDRequest(context, &keys, nullptr);
    if (cond.bad()) {
        scu.abortAssociation();
        return networkError(cond, node, what);
    }
    if (results.truncated) {
        // The PACS is still sending: aborting is the quickest way to stop it (a C-CANCEL would
        // still have to read every answer already on the way).
        scu.abortAssociation();
    } else {
        scu.releaseAssociation();
        if (!results.finished)
            return errors::pacsProtocol(
                QStringLiteral("%1 %2: no final response").arg(what, where(node)));
        if (results.finalStatus != STATUS_Success)
            return errors::pacsStatus(results.finalStatus,
                                      QStringLiteral("%1 %2: final status 0x%3")
                                          .arg(what, where(node))
                                          .arg(results.finalStatus, 4, 16, QLatin1Char('0')));
    }
    qCInfo(lcImaging) << "C-FIND" << where(node) << results.studies.size() << "studies"
                      << (results.truncated ? "(truncated)" : "");
    return FindResult{std::move(results.studies), results.truncated};
}

} // namespace sijil::imaging
