#include "TextAnnotation.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

namespace sijil::ui {

namespace {

constexpr double kArrowHead = 9; // widget pixels
constexpr double kArrowAngle = 25;

} // namespace

void drawOutlinedText(QPainter& p, const QPointF& at, const QString& text) {
    QPainterPath path;
    path.addText(at, p.font(), text);
    p.setPen(QPen(QColor(0, 0, 0, 200), 3));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 160));
    p.drawPath(path);
    p.setBrush(Qt::NoBrush);
}

QRectF TextAnnotation::textRect(const QFontMetricsF& metrics, const QTransform& t) const {
    const QPointF origin = t.map(at);
    return {origin.x(), origin.y() - metrics.ascent(), metrics.horizontalAdvance(text),
            metrics.height()};
}

void TextAnnotation::paint(QPainter& p, const QTransform& t) const {
    if (tip) {
        const QRectF box = textRect(QFontMetricsF(p.font()), t);
        const QPointF end = t.map(*tip);
        // The arrow leaves the side of the label nearest to what it points at.
        const QPointF start(end.x() < box.left()    ? box.left()
                            : end.x() > box.right() ? box.right()
                                                    : box.center().x(),
                            end.y() < box.top()      ? box.top()
                            : end.y() > box.bottom() ? box.bottom()
                                                     : box.center().y());
        const QLineF shaft(start, end);
        p.setPen(QPen(QColor(255, 255, 160), 1.5));
        p.drawLine(shaft);
        if (shaft.length() > 0) {
            QLineF back(end, start);
            back.setLength(kArrowHead);
            QLineF left = back;
            left.setAngle(back.angle() + kArrowAngle);
            QLineF right = back;
            right.setAngle(back.angle() - kArrowAngle);
            p.setBrush(QColor(255, 255, 160));
            p.drawPolygon(QPolygonF({end, left.p2(), right.p2()}));
            p.setBrush(Qt::NoBrush);
        }
    }
    drawOutlinedText(p, t.map(at), text);
}

} // namespace sijil::ui
