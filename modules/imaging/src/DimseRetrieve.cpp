// DimseClient::get, move and moveHere: C-GET and C-MOVE SCU (Study Root).

#include "DcmtkRuntime.h"
#include "DimseAssociation.h"
#include "ImagingErrors.h"
#include "ImagingLog.h"
#include "ReceivedFile.h"

#include <sijil/imaging/DimseClient.h>
#include <sijil/imaging/StorageScp.h>

#include <QFile>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/scu.h>
#include <set>
#include <string>

namespace sijil::imaging {

namespace {

using dimse::where;

// Image SOP classes for which the C-GET proposes compressed syntaxes too, each in a context of
// its own, so that the PACS can send what it holds without transcoding. The syntaxes are the
// lossless ones Sijil reads, plus baseline JPEG where it is the usual acquisition format.
struct CompressedOffer {
    const char* sopClass;
    bool baseline;
};
constexpr CompressedOffer kCompressedOffers[] = {
    {UID_CTImageStorage, false},
    {UID_MRImageStorage, false},
    {UID_ComputedRadiographyImageStorage, false},
    {UID_DigitalXRayImageStorageForPresentation, false},
    {UID_DigitalMammographyXRayImageStorageForPresentation, false},
    {UID_NuclearMedicineImageStorage, false},
    {UID_PositronEmissionTomographyImageStorage, false},
    {UID_EnhancedCTImageStorage, false},
    {UID_EnhancedMRImageStorage, false},
    {UID_UltrasoundImageStorage, true},
    {UID_UltrasoundMultiframeImageStorage, true},
    {UID_SecondaryCaptureImageStorage, true},
    {UID_XRayAngiographicImageStorage, true},
    {UID_XRayRadiofluoroscopicImageStorage, true},
};
constexpr const char* kLosslessSyntaxes[] = {
    UID_JPEGLSLosslessTransferSyntax, UID_JPEGProcess14SV1TransferSyntax,
    UID_RLELosslessTransferSyntax, UID_JPEG2000LosslessOnlyTransferSyntax};
// An association carries at most 128 presentation contexts.
constexpr int kMaxContexts = 127;

const char* levelName(RetrieveLevel level) {
    switch (level) {
    case RetrieveLevel::Study:
        return "STUDY";
    case RetrieveLevel::Series:
        return "SERIES";
    case RetrieveLevel::Instance:
        return "IMAGE";
    }
    return "STUDY";
}

DcmTagKey levelKey(RetrieveLevel level) {
    switch (level) {
    case RetrieveLevel::Series:
        return DCM_SeriesInstanceUID;
    case RetrieveLevel::Instance:
        return DCM_SOPInstanceUID;
    case RetrieveLevel::Study:
        break;
    }
    return DCM_StudyInstanceUID;
}

core::Status checkUids(const QStringList& uids) {
    if (uids.isEmpty())
        return errors::pacsBadUid(QStringLiteral("no UID to retrieve"));
    for (const QString& uid : uids) {
        if (!dimse::isSafeUid(uid))
            return errors::pacsBadUid(
                QStringLiteral("invalid UID (%1 characters)").arg(uid.size()));
    }
    return {};
}

void buildKeys(DcmDataset& keys, RetrieveLevel level, const QStringList& uids) {
    keys.putAndInsertString(DCM_QueryRetrieveLevel, levelName(level));
    keys.putAndInsertString(levelKey(level), uids.join(u'\\').toLatin1().constData());
}

class RetrieveScu : public DcmSCU {
public:
    // Set by the caller before the request.
    QString folder;
    std::stop_token cancel;
    const TransferCallback* progress = nullptr;
    T_ASC_PresentationContextID requestContext = 0;

    // Filled while the PACS answers.
    RetrieveResult result;
    bool finished = false;
    bool cancelSent = false;

    OFCondition handleCGETResponse(const T_ASC_PresentationContextID presID,
                                   RetrieveResponse* response, OFBool& continueSession) override {
        const OFCondition cond = DcmSCU::handleCGETResponse(presID, response, continueSession);
        absorb(response, continueSession);
        return cond;
    }

    OFCondition handleMOVEResponse(const T_ASC_PresentationContextID presID,
                                   RetrieveResponse* response,
                                   OFBool& waitForNextResponse) override {
        const OFCondition cond = DcmSCU::handleMOVEResponse(presID, response, waitForNextResponse);
        absorb(response, waitForNextResponse);
        return cond;
    }

    // A C-STORE sub-operation of a C-GET: the data set is complete in memory; it is written
    // under a temporary name and renamed, and the PACS told whether it was kept.
    OFCondition handleSTORERequest(const T_ASC_PresentationContextID /*presID*/,
                                   DcmDataset* incoming, OFBool& /*continueSession*/,
                                   Uint16& status) override {
        if (incoming == nullptr)
            return DIMSE_NULLKEY;
        DcmFileFormat file(incoming, OFFalse); // takes ownership
        OFString sopInstance;
        incoming->findAndGetOFString(DCM_SOPInstanceUID, sopInstance);
        const QString uid = QString::fromLatin1(sopInstance.c_str()).trimmed();
        if (!dimse::isSafeUid(uid)) {
            qCWarning(lcImaging) << "C-GET: instance refused, no usable SOP Instance UID";
            status = STATUS_STORE_Error_CannotUnderstand;
            return EC_Normal;
        }
        const QString temporary = received::temporaryPath(folder, uid);
        const OFCondition written =
            file.saveFile(temporary.toStdString().c_str(), incoming->getOriginalXfer());
        QString why;
        const QString final =
            written.good() ? received::commit(temporary, folder, uid, why) : QString();
        if (final.isEmpty()) {
            if (written.bad()) {
                why = QString::fromLatin1(written.text());
                QFile::remove(temporary);
            }
            qCWarning(lcImaging) << "C-GET: instance not written:" << why;
            status = STATUS_STORE_Refused_OutOfResources;
            return EC_Normal;
        }
        result.files.append(final);
        status = STATUS_Success;
        return EC_Normal;
    }

private:
    void absorb(const RetrieveResponse* response, OFBool& more) {
        if (response == nullptr)
            return;
        result.completed = int(response->m_numberOfCompletedSubops);
        result.failed = int(response->m_numberOfFailedSubops);
        result.warning = int(response->m_numberOfWarningSubops);
        result.remaining = int(response->m_numberOfRemainingSubops);
        result.status = response->m_status;
        if (!more)
            finished = true;
        if (progress != nullptr && *progress) {
            TransferProgress p;
            p.completed = result.completed;
            p.failed = result.failed;
            p.warning = result.warning;
            p.remaining = more ? result.remaining : 0;
            (*progress)(p);
        }
        // C-CANCEL goes between two answers of the PACS, never in the middle of a sub-operation;
        // the PACS stops at its next sub-operation and sends its final answer, still read.
        if (more && !cancelSent && cancel.stop_requested()) {
            cancelSent = true;
            sendCANCELRequest(requestContext);
        }
    }
};

// The storage contexts of a C-GET: the SOP classes the study is known to hold first (a PACS can
// send only what a context was accepted for, and DICOM allows 128 contexts for the hundred or so
// storage classes), then DCMTK's list of the common ones. Role selection: for the storage SOP
// classes Sijil is the SCP (PS3.7 D.3.3.4), so that the PACS may send C-STORE requests back on
// this association. Image classes Sijil reads compressed also get one context per compressed
// syntax, so that the PACS can send what it holds without transcoding.
void addGetContexts(RetrieveScu& scu, const QStringList& studyClasses) {
    scu.addPresentationContext(UID_GETStudyRootQueryRetrieveInformationModel,
                               dimse::uncompressedSyntaxes());
    int contexts = 1;
    std::set<std::string> offered;
    const auto offer = [&](const std::string& sopClass) {
        if (contexts >= kMaxContexts || !offered.insert(sopClass).second)
            return;
        scu.addPresentationContext(sopClass.c_str(), dimse::uncompressedSyntaxes(),
                                   ASC_SC_ROLE_SCP);
        ++contexts;
        for (const CompressedOffer& compressed : kCompressedOffers) {
            if (sopClass != compressed.sopClass)
                continue;
            std::vector<const char*> syntaxes(std::begin(kLosslessSyntaxes),
                                              std::end(kLosslessSyntaxes));
            if (compressed.baseline)
                syntaxes.push_back(UID_JPEGProcess1TransferSyntax);
            for (const char* syntax : syntaxes) {
                if (contexts >= kMaxContexts)
                    return;
                OFList<OFString> one;
                one.push_back(syntax);
                scu.addPresentationContext(sopClass.c_str(), one, ASC_SC_ROLE_SCP);
                ++contexts;
            }
        }
    };
    for (const QString& sopClass : studyClasses)
        offer(sopClass.toStdString());
    for (const CompressedOffer& compressed : kCompressedOffers)
        offer(compressed.sopClass);
    for (int i = 0; i < numberOfDcmShortSCUStorageSOPClassUIDs; ++i)
        offer(dcmShortSCUStorageSOPClassUIDs[i]);
}

bool isFailure(quint16 status) {
    return status != STATUS_Success && (status & 0xf000) != 0xb000 && status != STATUS_GET_Cancel;
}

// After the request: the association's end and the final status turned into a result or error.
core::Result<RetrieveResult> finish(RetrieveScu& scu, const OFCondition& cond, const PacsNode& node,
                                    const QString& what, const QString& destinationAe) {
    if (cond.bad() || !scu.finished) {
        scu.abortAssociation();
        if (cond.bad())
            return dimse::networkError(cond, node, what);
        return errors::pacsProtocol(
            QStringLiteral("%1 %2: no final response").arg(what, where(node)));
    }
    scu.releaseAssociation();
    RetrieveResult& r = scu.result;
    const QString detail = QStringLiteral("%1 %2: final status 0x%3, %4 completed, %5 failed, "
                                          "%6 warning, %7 remaining")
                               .arg(what, where(node))
                               .arg(r.status, 4, 16, QLatin1Char('0'))
                               .arg(r.completed)
                               .arg(r.failed)
                               .arg(r.warning)
                               .arg(r.remaining);
    qCInfo(lcImaging).noquote() << detail;
    if (!destinationAe.isEmpty() && r.status == STATUS_MOVE_Failed_MoveDestinationUnknown)
        return errors::pacsMoveDestinationUnknown(destinationAe, detail);
    if (isFailure(r.status)) {
        if (!destinationAe.isEmpty())
            return errors::pacsMoveFailed(destinationAe, r.status, detail);
        return errors::pacsStatus(r.status, detail);
    }
    r.cancelled = r.status == STATUS_GET_Cancel;
    return std::move(r);
}

} // namespace

core::Result<RetrieveResult> DimseClient::get(const PacsNode& node, RetrieveLevel level,
                                              const QStringList& uids, const QString& targetFolder,
                                              const TransferCallback& progress,
                                              std::stop_token cancel) const {
    const QString what = QStringLiteral("C-GET");
    ensureDcmtkReady();
    if (auto checked = checkUids(uids); !checked)
        return checked.error();
    if (auto ready = received::prepareFolder(targetFolder); !ready)
        return ready.error();
    // What the studies hold, when the PACS says (SOP Classes in Study): a study of a class outside
    // the common list (breast tomosynthesis, enhanced CT...) would otherwise be refused.
    QStringList studyClasses;
    if (level == RetrieveLevel::Study) {
        StudyQuery q;
        q.studyInstanceUids = uids;
        q.maxResults = int(uids.size());
        if (auto found = find(node, q); found) {
            for (const StudyResult& s : found->studies)
                studyClasses += s.sopClasses;
        } else {
            qCInfo(lcImaging) << "C-GET: SOP classes of the study unknown:" << found.error();
        }
    }
    RetrieveScu scu;
    if (auto configured = dimse::configure(scu, node, m_timeouts); !configured)
        return configured.error();
    addGetContexts(scu, studyClasses);
    scu.setStorageMode(DCMSCU_STORAGE_DISK);
    scu.folder = targetFolder;
    scu.cancel = cancel;
    scu.progress = &progress;
    if (cancel.stop_requested()) {
        RetrieveResult r;
        r.cancelled = true;
        return r;
    }
    if (auto connected = dimse::connect(scu, node, what); !connected)
        return connected.error();
    scu.requestContext = scu.findAnyPresentationContextID(
        UID_GETStudyRootQueryRetrieveInformationModel, UID_LittleEndianExplicitTransferSyntax);
    if (scu.requestContext == 0) {
        scu.abortAssociation();
        return errors::pacsUnsupported(
            QStringLiteral("%1 %2: C-GET not accepted").arg(what, where(node)));
    }
    DcmDataset keys;
    buildKeys(keys, level, uids);
    const OFCondition cond = scu.sendCGETRequest(scu.requestContext, &keys, nullptr);
    return finish(scu, cond, node, what, {});
}

core::Result<RetrieveResult> DimseClient::move(const PacsNode& node, const QString& destinationAe,
                                               RetrieveLevel level, const QStringList& uids,
                                               const TransferCallback& progress,
                                               std::stop_token cancel) const {
    const QString what = QStringLiteral("C-MOVE");
    if (auto checked = checkUids(uids); !checked)
        return checked.error();
    if (auto valid = node.validate(); !valid)
        return valid.error();
    PacsNode destination = node;
    destination.aeTitle = destinationAe;
    if (auto valid = destination.validate(); !valid)
        return errors::pacsBadNode(QStringLiteral("destinationAe"), valid.error().detail());
    RetrieveScu scu;
    if (auto configured = dimse::configure(scu, node, m_timeouts); !configured)
        return configured.error();
    scu.addPresentationContext(UID_MOVEStudyRootQueryRetrieveInformationModel,
                               dimse::uncompressedSyntaxes());
    scu.cancel = cancel;
    scu.progress = &progress;
    if (cancel.stop_requested()) {
        RetrieveResult r;
        r.cancelled = true;
        return r;
    }
    if (auto connected = dimse::connect(scu, node, what); !connected)
        return connected.error();
    scu.requestContext = scu.findAnyPresentationContextID(
        UID_MOVEStudyRootQueryRetrieveInformationModel, UID_LittleEndianExplicitTransferSyntax);
    if (scu.requestContext == 0) {
        scu.abortAssociation();
        return errors::pacsUnsupported(
            QStringLiteral("%1 %2: C-MOVE not accepted").arg(what, where(node)));
    }
    DcmDataset keys;
    buildKeys(keys, level, uids);
    const OFCondition cond = scu.sendMOVERequest(
        scu.requestContext, destinationAe.trimmed().toStdString().c_str(), &keys, nullptr);
    return finish(scu, cond, node, what, destinationAe.trimmed());
}

core::Result<RetrieveResult>
DimseClient::moveHere(const PacsNode& node, const QString& localAeTitle, int port,
                      RetrieveLevel level, const QStringList& uids, const QString& targetFolder,
                      const TransferCallback& progress, std::stop_token cancel) const {
    if (auto checked = checkUids(uids); !checked)
        return checked.error();
    if (auto valid = node.validate(); !valid)
        return valid.error();
    StorageScp scp;
    if (auto started = scp.start(port, localAeTitle, targetFolder, {node.aeTitle.trimmed()},
                                 m_timeouts.dimseSeconds);
        !started)
        return started.error();
    auto moved = move(node, localAeTitle, level, uids, progress, cancel);
    // The PACS sends its final answer only after our SCP answered the last C-STORE, by which
    // time that file was renamed: the list is complete.
    scp.stop();
    if (moved)
        moved->files = scp.receivedFiles();
    return moved;
}

} // namespace sijil::imaging
