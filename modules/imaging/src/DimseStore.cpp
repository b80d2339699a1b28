// DimseClient::store: C-STORE SCU.

#include "DcmtkRuntime.h"
#include "DimseAssociation.h"
#include "ImagingErrors.h"
#include "ImagingLog.h"

#include <sijil/imaging/DimseClient.h>

#include <QFileInfo>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/scu.h>
#include <set>
#include <utility>

namespace sijil::imaging {

int StoreResult::count(StoreOutcome::Kind kind) const {
    int n = 0;
    for (const StoreOutcome& f : files)
        n += f.kind == kind ? 1 : 0;
    return n;
}

namespace {

using dimse::where;

// An association carries at most 128 presentation contexts (odd IDs 1 to 255).
constexpr std::size_t kMaxContexts = 120;

struct FileInfo {
    OFString sopClass;
    OFString sopInstance;
    OFString syntax; // the transfer syntax the file is encoded in
};

bool isUncompressed(const OFString& syntax) {
    const DcmXfer xfer(syntax.c_str());
    return !xfer.isEncapsulated() && xfer.getStreamCompression() == ESC_none;
}

// Reads the header only; a file that is not DICOM (or has no SOP class and instance) fails here.
core::Result<FileInfo> readHeader(const QString& path) {
    if (!QFileInfo(path).isFile())
        return errors::unreadable(path, QStringLiteral("not a regular file"));
    DcmFileFormat file;
    const OFCondition cond =
        file.loadFileUntilTag(path.toStdString().c_str(), EXS_Unknown, EGL_noChange,
                              DCM_MaxReadLength, ERM_autoDetect, DCM_PixelData);
    if (cond.bad())
        return errors::notDicom(QString::fromLatin1(cond.text()));
    FileInfo info;
    DcmDataset* dataset = file.getDataset();
    dataset->findAndGetOFString(DCM_SOPClassUID, info.sopClass);
    dataset->findAndGetOFString(DCM_SOPInstanceUID, info.sopInstance);
    info.syntax = DcmXfer(dataset->getOriginalXfer()).getXferID();
    if (info.sopClass.empty() || info.sopInstance.empty() ||
        dataset->getOriginalXfer() == EXS_Unknown)
        return errors::notDicom(QStringLiteral("no SOP class, SOP instance or transfer syntax"));
    return info;
}

StoreOutcome::Kind kindOf(Uint16 status) {
    if (status == STATUS_Success)
        return StoreOutcome::Kind::Stored;
    // B000 coercion, B007 data set does not match SOP class, B006 elements discarded.
    if ((status & 0xf000) == 0xb000)
        return StoreOutcome::Kind::Warning;
    return StoreOutcome::Kind::Failed;
}

struct Batch {
    std::vector<qsizetype> files; // indexes into the outcomes
    // (SOP class, syntax) pairs to propose: each compressed file's own syntax gets a context of
    // its own, and every SOP class gets one context with the uncompressed syntaxes.
    std::set<std::pair<OFString, OFString>> compressed;
    std::set<OFString> classes;

    [[nodiscard]] std::size_t contextsWith(const FileInfo& f) const {
        std::size_t n = compressed.size() + classes.size();
        if (!isUncompressed(f.syntax) && !compressed.count({f.sopClass, f.syntax}))
            ++n;
        if (!classes.count(f.sopClass))
            ++n;
        return n;
    }
    void add(qsizetype index, const FileInfo& f) {
        files.push_back(index);
        if (!isUncompressed(f.syntax))
            compressed.insert({f.sopClass, f.syntax});
        classes.insert(f.sopClass);
    }
};

} // namespace

core::Result<StoreResult> DimseClient::store(const PacsNode& node, const QStringList& files,
                                             const TransferCallback& progress,
                                             std::stop_token cancel) const {
    const QString what = QStringLiteral("C-STORE");
    ensureDcmtkReady();
    if (auto valid = node.validate(); !valid)
        return valid.error();

    StoreResult result;
    std::vector<FileInfo> infos(std::size_t(files.size()));
    std::vector<Batch> batches(1);
    TransferProgress counts;
    counts.remaining = int(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        StoreOutcome outcome;
        outcome.path = files.at(i);
        if (auto header = readHeader(files.at(i)); !header) {
            outcome.kind = StoreOutcome::Kind::Failed;
            outcome.error = header.error();
            ++counts.failed;
            --counts.remaining;
        } else {
            infos[std::size_t(i)] = *header;
            outcome.sopInstanceUid = QString::fromLatin1(header->sopInstance.c_str());
            if (batches.back().contextsWith(*header) > kMaxContexts)
                batches.emplace_back();
            batches.back().add(i, *header);
        }
        result.files.append(std::move(outcome));
    }

    for (const Batch& batch : batches) {
        if (batch.files.empty())
            continue;
        if (cancel.stop_requested()) {
            result.cancelled = true;
            break;
        }
        DcmSCU scu;
        if (auto configured = dimse::configure(scu, node, m_timeouts); !configured)
            return configured.error();
        for (const auto& [sopClass, syntax] : batch.compressed) {
            OFList<OFString> own;
            own.push_back(syntax);
            scu.addPresentationContext(sopClass, own);
        }
        for (const OFString& sopClass : batch.classes)
            scu.addPresentationContext(sopClass, dimse::uncompressedSyntaxes());
        // A file sent on an uncompressed context (the PACS refused its own syntax) is
        // decompressed by DcmSCU with the codecs registered in ensureDcmtkReady().
        scu.setDatasetConversionMode(OFTrue);
        if (auto connected = dimse::connect(scu, node, what); !connected) {
            // Nothing was sent: the whole call fails if it is the first association, else the
            // files of this batch say why.
            if (&batch == &batches.front())
                return connected.error();
            for (const qsizetype i : batch.files) {
                result.files[i].kind = StoreOutcome::Kind::NotSent;
                result.files[i].error = connected.error();
            }
            continue;
        }

        bool broken = false;
        for (const qsizetype i : batch.files) {
            StoreOutcome& outcome = result.files[i];
            const FileInfo& info = infos[std::size_t(i)];
            if (cancel.stop_requested()) {
                result.cancelled = true;
                break;
            }
            if (broken) {
                outcome.kind = StoreOutcome::Kind::NotSent;
                continue;
            }
            T_ASC_PresentationContextID context =
                scu.findPresentationContextID(info.sopClass, info.syntax);
            for (const char* fallback :
                 {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax,
                  UID_BigEndianExplicitTransferSyntax}) {
                if (context == 0)
                    context = scu.findPresentationContextID(info.sopClass, fallback);
            }
            --counts.remaining;
            if (context == 0) {
                outcome.kind = StoreOutcome::Kind::Failed;
                outcome.error = errors::pacsUnsupported(
                    QStringLiteral("%1 %2: SOP class %3 not accepted")
                        .arg(what, where(node), QString::fromLatin1(info.sopClass.c_str())));
                ++counts.failed;
            } else {
                Uint16 status = 0;
                const OFCondition cond = scu.sendSTORERequest(
                    context, OFFilename(outcome.path.toStdString().c_str()), nullptr, status);
                if (cond.bad()) {
                    outcome.kind = StoreOutcome::Kind::Failed;
                    outcome.error = dimse::networkError(cond, node, what);
                    ++counts.failed;
                    // The association may be gone (network) or only this file failed (say a
                    // decompression): only a live association goes on.
                    const QByteArray code = outcome.error->code();
                    broken = !scu.isConnected() || code == "imaging/pacs-aborted" ||
                             code == "imaging/pacs-timeout";
                } else {
                    outcome.status = status;
                    outcome.kind = kindOf(status);
                    if (outcome.kind == StoreOutcome::Kind::Failed) {
                        outcome.error =
                            errors::pacsStatus(status, QStringLiteral("%1 %2: status 0x%3")
                                                           .arg(what, where(node))
                                                           .arg(status, 4, 16, QLatin1Char('0')));
                        ++counts.failed;
                    } else if (outcome.kind == StoreOutcome::Kind::Warning) {
                        ++counts.warning;
                    } else {
                        ++counts.completed;
                    }
                }
            }
            if (progress)
                progress(counts);
        }
        if (scu.isConnected()) {
            if (broken)
                scu.abortAssociation();
            else
                scu.releaseAssociation();
        }
        if (result.cancelled)
            break;
    }
    qCInfo(lcImaging) << "C-STORE" << where(node) << counts.completed << "stored," << counts.warning
                      << "with warnings," << counts.failed << "failed"
                      << (result.cancelled ? "(cancelled)" : "");
    return result;
}

} // namespace sijil::imaging
