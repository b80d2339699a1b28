#pragma once

// The parts of DimseClient shared by its services (echo and find, store, get and move): setting
// up a DcmSCU for a PacsNode, opening the association, and turning DCMTK conditions into
// core::Error. DCMTK types stay in src/.

#include <sijil/core/Error.h>
#include <sijil/core/Result.h>
#include <sijil/imaging/DimseClient.h>

#include <QString>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

namespace sijil::imaging::dimse {

// "AE@host:port", for technical details.
QString where(const PacsNode& node);
QString conditionText(const OFCondition& cond);

// Any failure of the network or of DIMSE once the association is asked for.
core::Error networkError(const OFCondition& cond, const PacsNode& node, const QString& what);

// Explicit then implicit VR Little Endian (and Big Endian for queries): every peer takes them.
OFList<OFString> uncompressedSyntaxes();

// Sets the AE titles, the peer's address and the timeouts on `scu` (after validating `node`).
core::Status configure(DcmSCU& scu, const PacsNode& node, const DimseClient::Timeouts& timeouts);

// Opens the association with the presentation contexts already added to `scu`; maps a
// rejection to the AE title at fault.
core::Status connect(DcmSCU& scu, const PacsNode& node, const QString& what);

// A DICOM UID that may name a file: 1 to 64 characters, digits and dots only.
bool isSafeUid(const QString& uid);

} // namespace sijil::imaging::dimse
