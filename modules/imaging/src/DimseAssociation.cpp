#include "DimseAssociation.h"

#include "DcmtkRuntime.h"
#include "ImagingErrors.h"

#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/cond.h>
#include <dcmtk/dcmnet/diutil.h>

namespace sijil::imaging::dimse {

namespace {

// DcmSCU (DCMTK 3.6.7) reads the A-ASSOCIATE-RJ into its private m_params and only writes the
// reason to its debug log, but the reason is what tells the user which setting is wrong (the
// PACS's AE title or Sijil's). An explicit instantiation may name a private member
// ([temp.spec.general]): this exposes that one pointer-to-member, read only after a rejection.
// Should DCMTK rename the member, this stops compiling instead of misbehaving.
struct ScuParamsTag {
    using type = T_ASC_Parameters* DcmSCU::*;
    friend type scuParamsMember(ScuParamsTag);
};
template <typename Tag, typename Tag::type Member>
struct ExposeMember {
    friend typename Tag::type scuParamsMember(Tag) { return Member; }
};
template struct ExposeMember<ScuParamsTag, &DcmSCU::m_params>;

} // namespace

QString where(const PacsNode& node) {
    return QStringLiteral("%1@%2:%3").arg(node.aeTitle.trimmed(), node.host).arg(node.port);
}

QString conditionText(const OFCondition& cond) {
    return QString::fromLatin1(cond.text());
}

// Any failure of the network or of DIMSE, once the association is asked for.
core::Error networkError(const OFCondition& cond, const PacsNode& node, const QString& what) {
    const QString detail = QStringLiteral("%1 %2: %3").arg(what, where(node), conditionText(cond));
    if (cond.module() == OFM_dcmnet) {
        switch (cond.code()) {
        case DULC_UNKNOWNHOST:
            return errors::pacsUnreachable(node.host, node.port, detail);
        case DULC_TCPINITERROR:
            // The connect timeout ends in the same condition as a refused connection.
            if (conditionText(cond).contains(u"timed out", Qt::CaseInsensitive))
                return errors::pacsTimeout(node.host, node.port, detail);
            return errors::pacsUnreachable(node.host, node.port, detail);
        case DULC_READTIMEOUT:
        case DIMSEC_NODATAAVAILABLE:
            return errors::pacsTimeout(node.host, node.port, detail);
        case DULC_PEERABORTEDASSOCIATION:
        case DULC_NETWORKCLOSED:
        case DULC_PEERREQUESTEDRELEASE:
        case DULC_TCPIOERROR:
        case DIMSEC_READPDVFAILED:
        case DIMSEC_RECEIVEFAILED:
            return errors::pacsAborted(detail);
        default:
            break;
        }
    }
    return errors::pacsProtocol(detail);
}

namespace {

core::Error rejection(DcmSCU& scu, const PacsNode& node, const QString& what) {
    T_ASC_RejectParameters rej{};
    T_ASC_Parameters* params = scu.*scuParamsMember(ScuParamsTag{});
    if (params == nullptr || ASC_getRejectParameters(params, &rej).bad())
        return errors::pacsRejected(false, QStringLiteral("%1 %2: association rejected, no "
                                                          "reason available")
                                               .arg(what, where(node)));
    OFString printed;
    ASC_printRejectParameters(printed, &rej);
    const QString detail =
        QStringLiteral("%1 %2: association rejected: %3")
            .arg(what, where(node), QString::fromLatin1(printed.c_str()).simplified());
    switch (rej.reason) {
    case ASC_REASON_SU_CALLEDAETITLENOTRECOGNIZED:
        return errors::pacsCalledAeRefused(node.aeTitle.trimmed(), detail);
    case ASC_REASON_SU_CALLINGAETITLENOTRECOGNIZED:
        return errors::pacsCallingAeRefused(node.callingAeTitle.trimmed(), detail);
    default:
        return errors::pacsRejected(rej.result == ASC_RESULT_REJECTEDTRANSIENT, detail);
    }
}

} // namespace

OFList<OFString> uncompressedSyntaxes() {
    OFList<OFString> syntaxes;
    syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
    syntaxes.push_back(UID_BigEndianExplicitTransferSyntax);
    syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    return syntaxes;
}

core::Status configure(DcmSCU& scu, const PacsNode& node, const DimseClient::Timeouts& timeouts) {
    ensureDcmtkReady();
    if (auto valid = node.validate(); !valid)
        return valid.error();
    scu.setAETitle(node.callingAeTitle.trimmed().toStdString().c_str());
    scu.setPeerAETitle(node.aeTitle.trimmed().toStdString().c_str());
    scu.setPeerHostName(node.host.trimmed().toStdString().c_str());
    scu.setPeerPort(Uint16(node.port));
    // DCMTK keeps the connect timeout in one process-wide setting (dcmConnectionTimeout): calls
    // made at once with different Timeouts share the last one set.
    scu.setConnectionTimeout(Sint32(timeouts.connectSeconds));
    scu.setACSETimeout(Uint32(timeouts.acseSeconds));
    scu.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    scu.setDIMSETimeout(Uint32(timeouts.dimseSeconds));
    return {};
}

core::Status connect(DcmSCU& scu, const PacsNode& node, const QString& what) {
    OFCondition cond = scu.initNetwork();
    if (cond.bad())
        return errors::pacsProtocol(
            QStringLiteral("%1 %2: initNetwork: %3").arg(what, where(node), conditionText(cond)));
    cond = scu.negotiateAssociation();
    if (cond == DUL_ASSOCIATIONREJECTED)
        return rejection(scu, node, what);
    if (cond == NET_EC_NoAcceptablePresentationContexts)
        return errors::pacsUnsupported(
            QStringLiteral("%1 %2: no presentation context accepted").arg(what, where(node)));
    if (cond.bad())
        return networkError(cond, node, what);
    return {};
}

bool isSafeUid(const QString& uid) {
    if (uid.isEmpty() || uid.size() > 64 || uid.startsWith(u'.') || uid.endsWith(u'.'))
        return false;
    for (const QChar c : uid) {
        if (!(c.isDigit() && c.unicode() < 0x80) && c != u'.')
            return false;
    }
    return true;
}

} // namespace sijil::imaging::dimse
