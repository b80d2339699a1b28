#include "LabelPrinter.h"

#include <sijil/registry/PatientSearchModel.h>

#include <QGlyphRun>
#include <QPainter>
#include <QPainterPath>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRawFont>
#include <QStyle>
#include <QTextLayout>
#include <QTextOption>

#include <memory>
#include <zint.h>

namespace sijil::ui {

namespace {

constexpr const char* kCtx = "sijil::ui::LabelPrinter";
constexpr double kQuietZone = 10; // modules of white each side, as Code 128 requires

core::Error barcodeError(const QString& detail) {
    return core::Error("registration/barcode",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::LabelPrinter",
                                                              "Le code-barres de l'IPP n'a pas pu "
                                                              "être produit.")),
                       detail);
}

// Shrinks the font until `text` fits `width`.
void fitFont(QPainter& painter, const QString& text, double width, double pixelSize, bool bold) {
    QFont font = painter.font();
    font.setBold(bold);
    for (double size = pixelSize; size > 4; size *= 0.9) {
        font.setPixelSize(int(size));
        if (QFontMetricsF(font, painter.device()).horizontalAdvance(text) <= width)
            break;
    }
    painter.setFont(font);
}

// `text` in `box`, as outlines. Qt's print preview records text as strings and lays them out
// again when it shows a page, which scrambles a line mixing Arabic, digits and punctuation; the
// glyphs' outlines, placed once here, look the same in the preview, on paper and in a PDF.
void drawLine(QPainter& painter, const QRectF& box, const QString& text,
              const QTextOption& option) {
    QTextLayout layout(text, painter.font(), painter.device());
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(box.width());
    layout.endLayout();
    const QPointF origin(box.left(), box.top() + (box.height() - line.height()) / 2);
    QPainterPath outlines;
    for (const QGlyphRun& run : layout.glyphRuns()) {
        const QRawFont font = run.rawFont();
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> at = run.positions();
        for (qsizetype i = 0; i < glyphs.size(); ++i)
            outlines.addPath(font.pathForGlyph(glyphs[i]).translated(origin + at[i]));
    }
    painter.fillPath(outlines, painter.pen().color());
}

} // namespace

core::Result<LabelPrinter::Barcode> LabelPrinter::code128(const QString& text) {
    const QByteArray data = text.toLatin1();
    if (data.isEmpty())
        return barcodeError(QStringLiteral("empty text"));
    std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(),
                                                                    &ZBarcode_Delete);
    if (!symbol)
        return barcodeError(QStringLiteral("zint: out of memory"));
    symbol->symbology = BARCODE_CODE128;
    symbol->show_hrt = 0; // the IPP is printed by us, in the label's font
    symbol->height = 40;
    const int rc = ZBarcode_Encode_and_Buffer_Vector(
        symbol.get(), reinterpret_cast<const unsigned char*>(data.constData()), int(data.size()),
        0);
    if (rc >= ZINT_ERROR || !symbol->vector)
        return barcodeError(
            QStringLiteral("zint %1: %2").arg(rc).arg(QString::fromLatin1(symbol->errtxt)));
    Barcode out;
    out.size = QSizeF(symbol->vector->width, symbol->vector->height);
    for (const zint_vector_rect* r = symbol->vector->rectangles; r; r = r->next) {
        if (r->colour == -1 || r->colour == 7) // foreground or black
            out.bars << QRectF(r->x, r->y, r->width, r->height);
    }
    if (out.bars.isEmpty())
        return barcodeError(QStringLiteral("zint drew no bars"));
    return out;
}

QPageSize LabelPrinter::pageSize() {
    return QPageSize(QSizeF(70, 35), QPageSize::Millimeter, QStringLiteral("Sijil 70x35"),
                     QPageSize::ExactMatch);
}

LabelPrinter::Lines LabelPrinter::lines(const registry::PatientRecord& r, const QString& facility) {
    using Script = core::PersonName::Script;
    using Precision = core::PartialDate::Precision;
    Lines out;
    out.facility = facility;
    // A provisional identity says so: no name to check the patient against.
    if (r.unidentified)
        out.unidentified = tr("Patient non identifié");
    out.latinName = r.name.display(Script::Latin);
    out.arabicName = r.name.display(Script::Arabic);
    if (r.birthDate.isValid())
        out.born = r.birthDate.precision() == Precision::Day
                       ? tr("Né(e) le %1").arg(r.birthDate.toDisplayString())
                       : tr("Né(e) en %1").arg(r.birthDate.toDisplayString()); // no day known
    if (r.sex != core::Sex::Unknown)
        out.born += (out.born.isEmpty() ? QString() : QStringLiteral(" — ")) +
                    registry::PatientSearchModel::sexText(r.sex);
    out.ipp = tr("IPP %1").arg(r.ipp);
    return out;
}

core::Status LabelPrinter::paint(QPainter& painter, const QRectF& area,
                                 const registry::PatientRecord& r, const QString& facility) {
    auto barcode = code128(r.ipp);
    if (!barcode)
        return barcode.error();
    painter.save();
    painter.fillRect(area, Qt::white);
    painter.setPen(Qt::black);
    const double margin = area.height() * 0.06;
    const QRectF inner = area.adjusted(margin, margin, -margin, -margin);
    const double line = inner.height() / 8.5;
    double y = inner.top();
    // Each line in its own text's direction, from its own leading side: a printer's painter
    // starts left to right whatever the interface's language, and an Arabic line laid out left to
    // right came out scrambled ("تاريخ الميلاد: 12/03/1975 — ذكر" with the colon at the far end).
    auto text = [&](const QString& s, double size, bool bold, Qt::Alignment align) {
        if (s.isEmpty())
            return;
        fitFont(painter, s, inner.width(), size, bold);
        const QRectF box(inner.left(), y, inner.width(), size * 1.25);
        const Qt::LayoutDirection direction = s.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
        // QTextLayout aligns by the flag as given: the leading side made left or right here.
        QTextOption option(QStyle::visualAlignment(direction, align) | Qt::AlignVCenter);
        option.setTextDirection(direction);
        option.setWrapMode(QTextOption::NoWrap);
        drawLine(painter, box, s, option);
        y += size * 1.25;
    };
    const Lines label = lines(r, facility);
    text(label.facility, line * 0.75, false, Qt::AlignLeading);
    text(label.unidentified, line * 1.1, true, Qt::AlignLeading);
    text(label.latinName, line * 1.1, true, Qt::AlignLeading);
    text(label.arabicName, line * 1.1, true, Qt::AlignLeading);
    text(label.born, line * 0.85, false, Qt::AlignLeading);

    // The barcode fills what is left, above the IPP in clear.
    const double ippHeight = line * 1.0;
    const QRectF codeBox(inner.left(), y + line * 0.15, inner.width(),
                         inner.bottom() - ippHeight - y - line * 0.15);
    if (codeBox.height() > 0) {
        const double unitsWide = barcode->size.width() + 2 * kQuietZone;
        const double sx = codeBox.width() / unitsWide;
        const double sy = codeBox.height() / barcode->size.height();
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        for (const QRectF& bar : barcode->bars)
            painter.drawRect(QRectF(codeBox.left() + (bar.x() + kQuietZone) * sx,
                                    codeBox.top() + bar.y() * sy, bar.width() * sx,
                                    bar.height() * sy));
        painter.setPen(Qt::black);
    }
    y = inner.bottom() - ippHeight;
    text(label.ipp, ippHeight * 0.9, true, Qt::AlignHCenter);
    painter.restore();
    return {};
}

core::Status LabelPrinter::print(QPrinter& printer, const registry::PatientRecord& record,
                                 const QString& facility) {
    printer.setPageSize(pageSize());
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer.setFullPage(true);
    printer.setDocName(tr("Étiquette patient"));
    QPainter painter;
    if (!painter.begin(&printer))
        return core::Error("registration/print",
                           core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::LabelPrinter",
                                                                  "L'imprimante n'a pas pu être "
                                                                  "ouverte.")),
                           printer.outputFileName());
    const QRectF area(QPointF(0, 0), printer.pageRect(QPrinter::DevicePixel).size());
    auto painted = paint(painter, area, record, facility);
    painter.end();
    return painted;
}

core::Status LabelPrinter::preview(const registry::PatientRecord& record, const QString& facility,
                                   QWidget* parent) {
    if (auto barcode = code128(record.ipp); !barcode)
        return barcode.error();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSize());
    QPrintPreviewDialog dialog(&printer, parent);
    // Whose label it is, before it is printed: the IPP the wristband will carry.
    dialog.setWindowTitle(tr("Étiquette patient, IPP %1").arg(record.ipp));
    // Room for the whole tool bar: at Qt's default size the Print button hid behind its overflow.
    dialog.resize(kPreviewSize);
    // The preview draws on each request, the Print button too: the first failure is kept.
    core::Status printed;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* p) {
        if (auto s = print(*p, record, facility); !s && printed)
            printed = s;
    });
    dialog.exec();
    return printed;
}

} // namespace sijil::ui
