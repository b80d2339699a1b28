#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <optional>

class QFontMetricsF;
class QPainter;

namespace sijil::ui {

// A text label placed on an image by the reader, in image pixel coordinates so that it stays on
// the same anatomy whatever the zoom, pan, rotation or flip; optionally with an arrow from the
// label to the point it designates.
struct TextAnnotation {
    QPointF at; // the start of the text's baseline
    std::optional<QPointF> tip;
    QString text;

    // Where the text is drawn on the widget (what a click must hit to edit it).
    [[nodiscard]] QRectF textRect(const QFontMetricsF& metrics,
                                  const QTransform& imageToWidget) const;
    void paint(QPainter& painter, const QTransform& imageToWidget) const;
};

// Text drawn over images (corners, measurements, labels): light yellow with a dark outline, legible
// on any grey.
void drawOutlinedText(QPainter& painter, const QPointF& at, const QString& text);

} // namespace sijil::ui
