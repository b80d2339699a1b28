#include "DcmtkRuntime.h"

#include "Jpeg2000Codec.h"

#include <QtGlobal>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>
#include <mutex>

namespace sijil::imaging {

void ensureDcmtkReady() {
    static std::once_flag once;
    std::call_once(once, [] {
        // SIJIL_DCMTK_LOG lets an administrator see DCMTK's own diagnostics.
        OFLog::configure(qEnvironmentVariableIsSet("SIJIL_DCMTK_LOG") ? OFLogger::WARN_LOG_LEVEL
                                                                      : OFLogger::OFF_LOG_LEVEL);
        DcmRLEDecoderRegistration::registerCodecs();
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
        static const Jpeg2000Decoder jpeg2000;
        static const Jpeg2000DecoderParameter jpeg2000Parameter;
        DcmCodecList::registerCodec(&jpeg2000, nullptr, &jpeg2000Parameter);
        // Never unregistered: the codecs live as long as the process.
    });
}

} // namespace sijil::imaging
