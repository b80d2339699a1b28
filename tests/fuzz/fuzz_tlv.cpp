// libFuzzer target: the BER-TLV reader the chip's answers go through (EF.COM, DG1, DG2, DG11 and
// secure messaging), and the data-group decoders built on it. Bytes from a card are hostile.
#include <sijil/identity/DataGroups.h>
#include <sijil/identity/Tlv.h>

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sijil::identity;
    const QByteArrayView bytes(data, qsizetype(size));
    (void)TlvReader::readHeader(bytes);
    if (const auto all = TlvReader::readAll(bytes, true); all) {
        for (const Tlv& t : *all)
            (void)TlvReader::find(t.children, t.tag);
    }
    (void)TlvReader::readOne(bytes, true);
    (void)DataGroups::face(bytes);
    (void)DataGroups::additionalDetails(bytes);
    return 0;
}
