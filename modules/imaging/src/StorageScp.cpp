#include "DcmtkRuntime.h"
#include "DimseAssociation.h"
#include "ImagingErrors.h"
#include "ImagingLog.h"
#include "ReceivedFile.h"

#include <sijil/imaging/PacsNode.h>
#include <sijil/imaging/StorageScp.h>

#include <QFile>

#include <atomic>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/scp.h>
#include <mutex>
#include <thread>

namespace sijil::imaging {

namespace {

// Syntaxes accepted for storage, in Sijil's order of preference when a peer offers several in one
// presentation context: uncompressed first (every sender can), then the compressed ones Sijil
// reads, kept as sent (bit-preserving) when a peer offers them in contexts of their own.
OFList<OFString> storageSyntaxes() {
    OFList<OFString> s;
    for (const char* uid :
         {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax,
          UID_BigEndianExplicitTransferSyntax, UID_JPEGLSLosslessTransferSyntax,
          UID_JPEGProcess14SV1TransferSyntax, UID_JPEGProcess14TransferSyntax,
          UID_RLELosslessTransferSyntax, UID_JPEG2000LosslessOnlyTransferSyntax,
          UID_JPEG2000TransferSyntax, UID_JPEGProcess1TransferSyntax,
          UID_JPEGProcess2_4TransferSyntax, UID_JPEGLSLossyTransferSyntax,
          UID_DeflatedExplicitVRLittleEndianTransferSyntax})
        s.push_back(uid);
    return s;
}

QString aeOf(const OFString& title) {
    return QString::fromLatin1(title.c_str()).trimmed();
}

class Scp : public DcmSCP {
public:
    QString folder;
    QString aeTitle;
    QStringList callers;
    std::atomic_bool stopRequested{false};
    std::atomic_int refused{0};

    QStringList files() const {
        std::lock_guard lock(m_mutex);
        return m_files;
    }

protected:
    OFBool checkCalledAETitleAccepted(const OFString& called) override {
        const bool ok = aeOf(called) == aeTitle;
        if (!ok)
            ++refused;
        return ok;
    }

    OFBool checkCallingAETitleAccepted(const OFString& calling) override {
        const bool ok = callers.contains(aeOf(calling));
        if (!ok) {
            ++refused;
            qCWarning(lcImaging) << "storage SCP: association refused, unknown calling AE title";
        }
        return ok;
    }

    OFBool stopAfterConnectionTimeout() override { return stopRequested.load(); }
    OFBool stopAfterCurrentAssociation() override { return stopRequested.load(); }

    OFCondition handleIncomingCommand(T_DIMSE_Message* message,
                                      const DcmPresentationContextInfo& info) override {
        if (message->CommandField != DIMSE_C_STORE_RQ)
            return DcmSCP::handleIncomingCommand(message, info);
        T_DIMSE_C_StoreRQ& request = message->msg.CStoreRQ;
        const T_ASC_PresentationContextID context = info.presentationContextID;
        const QString uid = QString::fromLatin1(request.AffectedSOPInstanceUID).trimmed();
        if (!dimse::isSafeUid(uid)) {
            // Read and drop the data set: the UID cannot name a file.
            DcmDataset* dropped = nullptr;
            const OFCondition cond = receiveSTORERequest(request, context, dropped);
            delete dropped;
            if (cond.bad())
                return cond;
            return sendSTOREResponse(context, request, STATUS_STORE_Error_CannotUnderstand);
        }
        const QString temporary = received::temporaryPath(folder, uid);
        const OFCondition cond =
            receiveSTORERequest(request, context, OFString(temporary.toStdString().c_str()));
        if (cond.bad()) {
            // The association is over (network, timeout): no partial file stays behind. DCMTK
            // 3.6.7 deletes it already; this does not rely on that.
            QFile::remove(temporary);
            return cond;
        }
        QString why;
        const QString final = received::commit(temporary, folder, uid, why);
        Uint16 status = STATUS_Success;
        if (final.isEmpty()) {
            qCWarning(lcImaging).noquote() << "storage SCP: instance not kept:" << why;
            status = STATUS_STORE_Refused_OutOfResources;
        } else {
            std::lock_guard lock(m_mutex);
            m_files.append(final);
        }
        return sendSTOREResponse(context, request, status);
    }

private:
    mutable std::mutex m_mutex;
    QStringList m_files;
};

} // namespace

struct StorageScp::Impl {
    std::unique_ptr<Scp> scp;
    std::thread thread;
};

StorageScp::StorageScp()
    : d(std::make_unique<Impl>()) {}

StorageScp::~StorageScp() {
    stop();
}

core::Status StorageScp::start(int port, const QString& aeTitle, const QString& folder,
                               const QStringList& acceptedCallingAeTitles,
                               int dimseTimeoutSeconds) {
    stop();
    ensureDcmtkReady();
    // PacsNode's rules for AE titles and ports.
    PacsNode check;
    check.aeTitle = aeTitle;
    check.host = QStringLiteral("localhost");
    check.port = port;
    if (auto valid = check.validate(); !valid)
        return valid.error();
    if (acceptedCallingAeTitles.isEmpty())
        return errors::pacsBadNode(QStringLiteral("callingAeTitle"),
                                   QStringLiteral("no accepted calling AE title"));
    for (const QString& caller : acceptedCallingAeTitles) {
        check.callingAeTitle = caller;
        if (auto valid = check.validate(); !valid)
            return valid.error();
    }
    if (auto ready = received::prepareFolder(folder); !ready)
        return ready.error();

    auto scp = std::make_unique<Scp>();
    scp->folder = folder;
    scp->aeTitle = aeTitle.trimmed();
    for (const QString& caller : acceptedCallingAeTitles)
        scp->callers.append(caller.trimmed());
    scp->setPort(Uint16(port));
    scp->setAETitle(scp->aeTitle.toStdString().c_str());
    scp->setRespondWithCalledAETitle(OFFalse);
    // Non-blocking with a one-second poll, so that stop() is seen while no peer connects.
    scp->setConnectionBlockingMode(DUL_NOBLOCK);
    scp->setConnectionTimeout(1);
    scp->setACSETimeout(Uint32(dimseTimeoutSeconds));
    scp->setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    scp->setDIMSETimeout(Uint32(dimseTimeoutSeconds));
    scp->setHostLookupEnabled(OFFalse);
    const OFList<OFString> syntaxes = storageSyntaxes();
    OFList<OFString> verification;
    verification.push_back(UID_LittleEndianExplicitTransferSyntax);
    verification.push_back(UID_LittleEndianImplicitTransferSyntax);
    scp->addPresentationContext(UID_VerificationSOPClass, verification);
    for (int i = 0; i < numberOfDcmAllStorageSOPClassUIDs; ++i)
        scp->addPresentationContext(dcmAllStorageSOPClassUIDs[i], syntaxes);

    const OFCondition cond = scp->openListenPort();
    if (cond.bad())
        return errors::scpCannotListen(port, QString::fromLatin1(cond.text()));
    Scp* raw = scp.get();
    d->scp = std::move(scp);
    d->thread = std::thread([raw] { raw->acceptAssociations(); });
    qCInfo(lcImaging) << "storage SCP listening on port" << port;
    return {};
}

void StorageScp::stop() {
    if (!d->scp || !d->thread.joinable())
        return;
    d->scp->stopRequested = true;
    d->thread.join();
    qCInfo(lcImaging) << "storage SCP stopped," << d->scp->files().size() << "files received";
    // The files and counts stay readable until the next start().
}

bool StorageScp::isRunning() const {
    return d->scp && !d->scp->stopRequested && d->thread.joinable();
}

QStringList StorageScp::receivedFiles() const {
    return d->scp ? d->scp->files() : QStringList();
}

int StorageScp::refusedAssociations() const {
    return d->scp ? d->scp->refused.load() : 0;
}

} // namespace sijil::imaging
