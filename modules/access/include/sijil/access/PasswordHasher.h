#pragma once

#include <QByteArray>
#include <QString>

namespace sijil::access {

// Password storage with scrypt (memory-hard, from OpenSSL), written as a PHC string:
//   $scrypt$ln=15,r=8,p=1$<salt>$<hash>   (base64 without padding)
// The cost is inside the string, so it can be raised later and old hashes still verify.
// Hashing takes about a tenth of a second and 32 MiB: never call it on the GUI thread.
struct ScryptCost {
    int log2N = 15; // N = 32768: 32 MiB with r = 8
    int r = 8;
    int p = 1;
};

class PasswordHasher {
public:
    using Cost = ScryptCost;

    // Empty on failure (out of memory): callers must not store an empty hash.
    [[nodiscard]] static QByteArray hash(const QString& password, Cost cost = {});
    // Constant-time comparison; false for malformed strings.
    [[nodiscard]] static bool verify(const QString& password, const QByteArray& phc);
    // True when `phc` was made with a lower cost than the current default.
    [[nodiscard]] static bool needsRehash(const QByteArray& phc);
};

} // namespace sijil::access
