#pragma once

#include <sijil/core/Result.h>
#include <sijil/registry/PatientRecord.h>

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QSize>

class QPainter;
class QPrinter;
class QWidget;

namespace sijil::ui {

// The patient's label: facility, names in both scripts, birth date and sex, and the IPP as a Code
// 128 barcode (drawn from zint's vector output, so it stays sharp at any printer resolution).
class LabelPrinter {
    Q_DECLARE_TR_FUNCTIONS(sijil::ui::LabelPrinter)
public:
    struct Barcode {
        QList<QRectF> bars; // in zint's units
        QSizeF size;        // of the whole symbol, in the same units
    };
    // Code 128 of `text`; an error when zint refuses it.
    static core::Result<Barcode> code128(const QString& text);
    // The usual adhesive label of admission desks: 70 × 35 mm.
    static QPageSize pageSize();

    // The label's lines, as drawn (an empty one is left out): what the clerk reads on it.
    struct Lines {
        QString facility;
        QString unidentified; // "Patient non identifié", for a provisional identity
        QString latinName;
        QString arabicName;
        QString born; // birth date (or year, marked as such) and sex
        QString ipp;
    };
    static Lines lines(const registry::PatientRecord& record, const QString& facility);
    // Draws the label into `area` (any device: printer, PDF, image).
    static core::Status paint(QPainter& painter, const QRectF& area,
                              const registry::PatientRecord& record, const QString& facility);
    // One label on `printer`, which is set to the label's size with no margins.
    static core::Status print(QPrinter& printer, const registry::PatientRecord& record,
                              const QString& facility);
    // The print preview, from which the clerk prints to the label printer. Fails (and shows
    // nothing) when the label cannot be drawn, e.g. a record with no IPP; a print from the
    // preview that failed (the printer could not be opened) is returned once it is closed.
    static core::Status preview(const registry::PatientRecord& record, const QString& facility,
                                QWidget* parent);
    static constexpr QSize kPreviewSize{900, 640};
};

} // namespace sijil::ui
