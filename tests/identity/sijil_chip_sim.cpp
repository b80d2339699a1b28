// sijil_chip_sim: the PACE chip of PaceChipSimulator.h laid on vsmartcard's virtual reader vpcd,
// so that pcscd and PcscReaderPlugin talk to it as to a real card (tests/peers/card-emulator.sh
// with CARD_KIND=pace). Test-only; never installed.
//
//   sijil_chip_sim --port <vpcd port> [--host 127.0.0.1] [--can 123456] [--mrz <TD1, 90 chars>]
//                  [--trust-dir <folder>]
//
// --trust-dir: the test CSCA that issued the chip's document signer is imported there (a
// TrustStore folder), so that a reader trusting it gets the verdict Verified.
//
// vpcd's protocol (vsmartcard, virtualsmartcard/doc): vpcd listens, the card connects; every
// message either way is a 2-byte big-endian length then that many bytes. From vpcd, one byte is a
// control command (0 power off, 1 power on, 2 reset: no answer; 4 get ATR: answered with the
// ATR), anything longer a command APDU, answered with the response APDU.
#include "PaceTestDocument.h"

#include <sijil/identity/TrustStore.h>

#include <QCoreApplication>
#include <QStringList>

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace sijil::identity;

namespace {

bool readAll(int fd, char* into, size_t size) {
    while (size > 0) {
        const ssize_t n = ::read(fd, into, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        into += n;
        size -= size_t(n);
    }
    return true;
}

bool writeMessage(int fd, const QByteArray& payload) {
    const QByteArray message = test::bigEndian(quint32(payload.size()), 2) + payload;
    const char* from = message.constData();
    size_t size = size_t(message.size());
    while (size > 0) {
        const ssize_t n = ::write(fd, from, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        from += n;
        size -= size_t(n);
    }
    return true;
}

// vpcd may not listen yet when the card is started: try for a while.
int connectToVpcd(const QByteArray& host, quint16 port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    if (inet_pton(AF_INET, host.constData(), &address.sin_addr) != 1)
        return -1;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return -1;
        if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            return fd;
        }
        ::close(fd);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return -1;
}

int usage() {
    std::fprintf(stderr, "usage: sijil_chip_sim --port <vpcd port> [--host 127.0.0.1] "
                         "[--can 123456] [--mrz <TD1>] [--trust-dir <folder>]\n");
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    // QImage's JPEG writer is a plug-in, found through the application.
    QCoreApplication app(argc, argv);
    QByteArray host = "127.0.0.1";
    QByteArray can = test::kSpecimenCan;
    QByteArray mrz = test::kSpecimenTd1;
    QString trustDir;
    int port = 0;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (i + 1 >= args.size())
            return usage();
        const QString value = args.at(++i);
        if (arg == QLatin1String("--port"))
            port = value.toInt();
        else if (arg == QLatin1String("--host"))
            host = value.toLatin1();
        else if (arg == QLatin1String("--can"))
            can = value.toLatin1();
        else if (arg == QLatin1String("--mrz"))
            mrz = value.toLatin1();
        else if (arg == QLatin1String("--trust-dir"))
            trustDir = value;
        else
            return usage();
    }
    if (port <= 0 || port > 65535)
        return usage();
    if (mrz.size() != 90) {
        std::fprintf(stderr, "sijil_chip_sim: --mrz must be a TD1 zone of 90 characters\n");
        return 2;
    }

    const test::Identity csca = test::makeIdentity("CSCA Test Sijil", true);
    const test::Identity ds = test::makeIdentity("DS Test Sijil", false, &csca);
    test::PaceChipSimulator chip(can, mrz);
    // As Morocco's CNIE: DG11 (Arabic name, place of birth, address) and DG12 (issuer, date).
    test::fillSpecimen(chip, ds, mrz, test::specimenJpeg(), true);
    if (!trustDir.isEmpty()) {
        TrustStore trust(trustDir);
        const auto imported = trust.importData(test::der(csca.cert));
        if (!imported.ok()) {
            std::fprintf(stderr, "sijil_chip_sim: cannot write the CSCA to %s: %s\n",
                         qPrintable(trustDir), qPrintable(imported.error().detail()));
            return 1;
        }
    }

    const int fd = connectToVpcd(host, quint16(port));
    if (fd < 0) {
        std::fprintf(stderr, "sijil_chip_sim: cannot reach vpcd at %s:%d\n", host.constData(),
                     port);
        return 1;
    }
    std::fprintf(stderr, "sijil_chip_sim: card on vpcd %s:%d (DG2 %lld bytes)\n", host.constData(),
                 port, static_cast<long long>(chip.files[0x0102].size()));

    int apdus = 0;
    for (;;) {
        char header[2];
        if (!readAll(fd, header, 2))
            break; // vpcd (pcscd) went away
        const int length = (quint8(header[0]) << 8) | quint8(header[1]);
        QByteArray payload(length, '\0');
        if (!readAll(fd, payload.data(), size_t(length)))
            break;
        if (length == 1) {
            switch (payload.at(0)) {
            case 0: // power off
            case 2: // reset
                chip.resetCard();
                break;
            case 1: // power on: nothing was kept
                break;
            case 4:
                if (!writeMessage(fd, chip.atr()))
                    return 1;
                break;
            default:
                std::fprintf(stderr, "sijil_chip_sim: unknown control %d\n", int(payload.at(0)));
                break;
            }
            continue;
        }
        ++apdus;
        const auto response = chip.transmit(payload);
        // The simulator answers every APDU (a status word at worst).
        if (!writeMessage(fd, response.ok() ? *response : QByteArray::fromHex("6F00")))
            return 1;
    }
    std::fprintf(stderr, "sijil_chip_sim: vpcd closed the connection after %d APDUs\n", apdus);
    ::close(fd);
    return 0;
}
