#pragma once

#include <QString>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dccodec.h>

namespace sijil::imaging {

// A decode-only DCMTK codec for JPEG 2000 (1.2.840.10008.1.2.4.90 lossless, .91 lossy), built on
// OpenJPEG since DCMTK's free build has none. Registered in DCMTK's codec list (DcmtkRuntime), so
// DCMTK's pipeline (modality LUT, windows, one frame at a time) works as for RLE or JPEG-LS.
//
// The codestream is not trusted: its size, component count and bit depth must agree with the DICOM
// header (Rows, Columns, Samples per Pixel, Bits Allocated) before anything is decoded, so a
// codestream claiming a huge image allocates nothing; every decoded value must then fit Bits
// Stored and Pixel Representation. Colour codestreams with the JPEG 2000 colour transform
// (YBR_ICT, YBR_RCT) come out as RGB. Parts 2 (.92/.93, multi-component) are not handled.
class Jpeg2000Decoder : public DcmCodec {
public:
    OFCondition decode(const DcmRepresentationParameter* fromRepParam, DcmPixelSequence* pixSeq,
                       DcmPolymorphOBOW& uncompressedPixelData, const DcmCodecParameter* cp,
                       const DcmStack& objStack, OFBool& removeOldRep) const override;
    OFCondition decodeFrame(const DcmRepresentationParameter* fromParam,
                            DcmPixelSequence* fromPixSeq, const DcmCodecParameter* cp,
                            DcmItem* dataset, Uint32 frameNo, Uint32& startFragment, void* buffer,
                            Uint32 bufSize, OFString& decompressedColorModel) const override;
    OFCondition encode(const Uint16* pixelData, const Uint32 length,
                       const DcmRepresentationParameter* toRepParam, DcmPixelSequence*& pixSeq,
                       const DcmCodecParameter* cp, DcmStack& objStack,
                       OFBool& removeOldRep) const override;
    OFCondition encode(const E_TransferSyntax fromRepType,
                       const DcmRepresentationParameter* fromRepParam, DcmPixelSequence* fromPixSeq,
                       const DcmRepresentationParameter* toRepParam, DcmPixelSequence*& toPixSeq,
                       const DcmCodecParameter* cp, DcmStack& objStack,
                       OFBool& removeOldRep) const override;
    OFBool canChangeCoding(const E_TransferSyntax oldRepType,
                           const E_TransferSyntax newRepType) const override;
    OFCondition determineDecompressedColorModel(const DcmRepresentationParameter* fromParam,
                                                DcmPixelSequence* fromPixSeq,
                                                const DcmCodecParameter* cp, DcmItem* dataset,
                                                OFString& decompressedColorModel) const override;
};

// DCMTK's codec list wants a parameter object per codec; the decoder has no settings.
class Jpeg2000DecoderParameter : public DcmCodecParameter {
public:
    DcmCodecParameter* clone() const override { return new Jpeg2000DecoderParameter(*this); }
    const char* className() const override { return "sijil::imaging::Jpeg2000DecoderParameter"; }
};

// Why the last JPEG 2000 frame decoded on this thread was refused (empty when it was not), and
// forgets it. DCMTK reduces a codec's failure to a generic image status; this keeps the reason
// for the error's detail. Never holds pixel values or attribute text, only sizes and counts.
QString takeJpeg2000Problem();

} // namespace sijil::imaging
