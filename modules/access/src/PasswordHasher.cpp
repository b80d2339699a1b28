#include <sijil/access/PasswordHasher.h>

#include <QList>
#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace sijil::access {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// Upper bounds accepted from a stored string, so that a tampered row cannot make sign-in
// allocate gigabytes.
constexpr int kMaxLog2N = 20;
constexpr int kMaxR = 16;
constexpr int kMaxP = 4;
// The parameters together, too: ln=20 with r=16 is within each bound but needs 2 GiB.
constexpr quint64 kMaxMemoryBytes = 256ULL * 1024 * 1024;

constexpr auto kB64 = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;

QByteArray derive(const QString& password, const QByteArray& salt, PasswordHasher::Cost cost) {
    const QByteArray pw = password.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    const uint64_t n = uint64_t(1) << cost.log2N;
    const uint64_t maxMem = 128ULL * cost.r * (n + cost.p + 2) + 1024 * 1024;
    const int ok = EVP_PBE_scrypt(
        pw.constData(), size_t(pw.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
        size_t(salt.size()), n, uint64_t(cost.r), uint64_t(cost.p), maxMem,
        reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()));
    return ok == 1 ? out : QByteArray();
}

struct Parsed {
    PasswordHasher::Cost cost;
    QByteArray salt;
    QByteArray hash;
    bool ok = false;
};

Parsed parse(const QByteArray& phc) {
    static const QRegularExpression re(QStringLiteral(
        "^\\$scrypt\\$ln=(\\d{1,2}),r=(\\d{1,2}),p=(\\d)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$"));
    Parsed p;
    const auto m = re.match(QString::fromLatin1(phc));
    if (!m.hasMatch())
        return p;
    p.cost = {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
    if (p.cost.log2N < 10 || p.cost.log2N > kMaxLog2N || p.cost.r < 1 || p.cost.r > kMaxR ||
        p.cost.p < 1 || p.cost.p > kMaxP ||
        (128ULL * quint64(p.cost.r) << p.cost.log2N) > kMaxMemoryBytes)
        return p;
    p.salt = QByteArray::fromBase64(m.captured(4).toLatin1(), kB64);
    p.hash = QByteArray::fromBase64(m.captured(5).toLatin1(), kB64);
    p.ok = p.salt.size() >= 8 && p.hash.size() == kHashBytes;
    return p;
}

} // namespace

QByteArray PasswordHasher::hash(const QString& password, Cost cost) {
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1)
        return {};
    const QByteArray dk = derive(password, salt, cost);
    if (dk.isEmpty())
        return {};
    return QByteArrayLiteral("$scrypt$ln=") + QByteArray::number(cost.log2N) +
           ",r=" + QByteArray::number(cost.r) + ",p=" + QByteArray::number(cost.p) + '$' +
           salt.toBase64(kB64) + '$' + dk.toBase64(kB64);
}

bool PasswordHasher::verify(const QString& password, const QByteArray& phc) {
    const Parsed p = parse(phc);
    if (!p.ok)
        return false;
    const QByteArray dk = derive(password, p.salt, p.cost);
    return dk.size() == p.hash.size() &&
           CRYPTO_memcmp(dk.constData(), p.hash.constData(), size_t(dk.size())) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray& phc) {
    const Parsed p = parse(phc);
    const Cost current;
    return !p.ok || p.cost.log2N < current.log2N || p.cost.r < current.r;
}

} // namespace sijil::access
