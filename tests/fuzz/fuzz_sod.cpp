// libFuzzer target: EF.SOD and the LDS security object inside it (CMS SignedData and ASN.1
// through OpenSSL), as passive authentication reads them before anything is verified.
#include <sijil/identity/LdsSecurityObject.h>
#include <sijil/identity/PassiveAuthentication.h>

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sijil::identity;
    const QByteArrayView bytes(data, qsizetype(size));
    (void)PassiveAuthentication::securityObject(bytes);
    (void)LdsSecurityObject::decode(bytes);
    return 0;
}
