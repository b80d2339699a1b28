#pragma once

#include <sijil/core/Result.h>

#include <QString>
#include <QStringList>

#include <memory>

namespace sijil::imaging {

// Sijil's own DICOM storage service (C-STORE SCP, and C-ECHO), which a PACS sends images to when
// asked with a C-MOVE. It listens on a TCP port on its own thread from start() to stop() and
// accepts associations only when they call its AE title from one of the accepted calling AE
// titles. Each instance is received into a hidden temporary file in the folder, checked (its SOP
// Instance UID must be the one announced) and renamed to <SOP Instance UID>.dcm: the folder never
// holds a partial file under a final name. Bit-preserving: files keep the transfer syntax they
// were sent in.
//
// Error codes: imaging/pacs-bad-node (an AE title or the port is invalid; field() names
// "aeTitle", "callingAeTitle" or "port"), imaging/folder-not-writable, imaging/scp-cannot-listen
// (the port is taken or not allowed).
class StorageScp {
public:
    StorageScp();
    ~StorageScp(); // stops
    StorageScp(const StorageScp&) = delete;
    StorageScp& operator=(const StorageScp&) = delete;

    // Opens the port (so a PACS can connect as soon as this returns) and starts serving.
    // `dimseTimeoutSeconds` bounds each wait for the peer within an association.
    [[nodiscard]] core::Status start(int port, const QString& aeTitle, const QString& folder,
                                     const QStringList& acceptedCallingAeTitles,
                                     int dimseTimeoutSeconds = 30);
    // Stops accepting; an association in progress ends first (at most its DIMSE timeout). Safe to
    // call twice.
    void stop();
    [[nodiscard]] bool isRunning() const;

    // Files written since start(), in arrival order; and associations refused (unknown calling
    // or called AE title).
    [[nodiscard]] QStringList receivedFiles() const;
    [[nodiscard]] int refusedAssociations() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sijil::imaging
