#include "ImageView.h"

#include "DicomText.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace sijil::ui {

namespace {

constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 32;
constexpr double kWheelZoomStep = 1.25;
// Dragging the zoom tool: doubling every 100 pixels upwards.
constexpr double kZoomDragPixels = 100;

} // namespace

ImageView::ImageView(QWidget* parent)
    : QWidget(parent) {
    setMinimumSize(200, 200);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Images keep their orientation in Arabic: painting here never follows layoutDirection.
    setLayoutDirection(Qt::LeftToRight);
    setContextMenuPolicy(Qt::PreventContextMenu); // the right button adjusts the window
}

void ImageView::setImage(const QImage& image, const QString& key) {
    if (key != m_key)
        finishEditing(true); // a label being typed stays on its own slice
    m_image = image;
    m_key = key;
    update();
}

void ImageView::clearImage() {
    finishEditing(false);
    m_image = {};
    m_key.clear();
    update();
}

void ImageView::setPixelSpacing(std::optional<std::pair<double, double>> spacing) {
    m_spacing = spacing;
    update();
}

void ImageView::setCornerText(Corner corner, const QStringList& lines) {
    m_corners[std::size_t(corner)] = lines;
    update();
}

void ImageView::setTool(Tool tool) {
    finishEditing(true);
    m_tool = tool;
    m_drawingAngle.reset(); // an angle left half drawn goes with its tool
    m_secondArm = false;
    setMouseTracking(false);
    setCursor(tool == Tool::Pan                            ? Qt::OpenHandCursor
              : tool == Tool::Window || tool == Tool::Zoom ? Qt::ArrowCursor
                                                           : Qt::CrossCursor);
}

void ImageView::setZoom(double zoom) {
    const double clamped = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (clamped == m_zoom)
        return;
    m_zoom = clamped;
    update();
    emit zoomChanged(m_zoom);
}

void ImageView::rotateQuarter(int quarters) {
    m_quarters = ((m_quarters + quarters) % 4 + 4) % 4;
    update();
}

void ImageView::flipHorizontally() {
    m_flipped = !m_flipped;
    update();
}

void ImageView::resetView() {
    m_quarters = 0;
    m_flipped = false;
    m_pan = {};
    setZoom(1);
    update();
}

double ImageView::fitScale() const {
    if (m_image.isNull())
        return 1;
    const bool sideways = m_quarters % 2 == 1;
    const double w = sideways ? m_image.height() : m_image.width();
    const double h = sideways ? m_image.width() : m_image.height();
    return std::min(width() / w, height() / h);
}

QTransform ImageView::imageToWidget() const {
    QTransform t;
    t.translate(width() / 2.0 + m_pan.x(), height() / 2.0 + m_pan.y());
    const double scale = fitScale() * m_zoom;
    t.scale(scale, scale);
    t.rotate(m_quarters * 90.0);
    if (m_flipped)
        t.scale(-1, 1);
    t.translate(-m_image.width() / 2.0, -m_image.height() / 2.0);
    return t;
}

double ImageView::length(const QLineF& line) const {
    if (!m_spacing)
        return line.length();
    const double dx = line.dx() * m_spacing->second; // columns
    const double dy = line.dy() * m_spacing->first;  // rows
    return std::hypot(dx, dy);
}

QList<double> ImageView::measuredLengths() const {
    QList<double> lengths;
    for (const QLineF& line : m_lines.value(m_key))
        lengths.append(length(line));
    return lengths;
}

void ImageView::forgetAll() {
    finishEditing(false);
    m_lines.clear();
    m_regions.clear();
    m_angles.clear();
    m_annotations.clear();
    m_drawing.reset();
    m_drawingAngle.reset();
    m_drawingArrow.reset();
    m_secondArm = false;
    clearImage();
}

void ImageView::clearMeasurements() {
    m_lines.remove(m_key);
    m_regions.remove(m_key);
    m_angles.remove(m_key);
    m_annotations.remove(m_key);
    finishEditing(false);
    m_drawingAngle.reset();
    m_secondArm = false;
    update();
}

double ImageView::degrees(const Angle& angle) const {
    // In millimetres: x along columns, y along rows.
    const double sx = m_spacing ? m_spacing->second : 1.0;
    const double sy = m_spacing ? m_spacing->first : 1.0;
    const QPointF a((angle[0].x() - angle[1].x()) * sx, (angle[0].y() - angle[1].y()) * sy);
    const QPointF b((angle[2].x() - angle[1].x()) * sx, (angle[2].y() - angle[1].y()) * sy);
    const double na = std::hypot(a.x(), a.y());
    const double nb = std::hypot(b.x(), b.y());
    if (na == 0 || nb == 0)
        return 0;
    const double cosine = std::clamp((a.x() * b.x() + a.y() * b.y()) / (na * nb), -1.0, 1.0);
    return std::acos(cosine) * 180.0 / M_PI;
}

QList<double> ImageView::measuredAngles() const {
    QList<double> list;
    for (const Angle& a : m_angles.value(m_key))
        list.append(degrees(a));
    return list;
}

QList<imaging::Region> ImageView::regions() const {
    QList<imaging::Region> list;
    for (const Mark& m : m_regions.value(m_key))
        list.append(m.region);
    return list;
}

QStringList ImageView::regionLabels() const {
    QStringList list;
    for (const Mark& m : m_regions.value(m_key))
        list.append(m.label);
    return list;
}

void ImageView::setRegionLabel(const QString& key, int index, const QString& text) {
    auto it = m_regions.find(key);
    if (it == m_regions.end() || index < 0 || index >= it->size())
        return;
    (*it)[index].label = text;
    update();
}

QString ImageView::lengthText(double value) const {
    return m_spacing ? tr("%1 mm").arg(localNumber(value, 1))
                     : tr("%1 pixels").arg(localNumber(value, 1));
}

void ImageView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (m_image.isNull())
        return;
    const QTransform t = imageToWidget();
    p.save();
    p.setTransform(t);
    p.setRenderHint(QPainter::SmoothPixmapTransform, fitScale() * m_zoom < 1);
    p.drawImage(QPointF(0, 0), m_image);
    p.restore();

    p.setRenderHint(QPainter::Antialiasing);
    QList<QLineF> lines = m_lines.value(m_key);
    if (m_drawing)
        lines.append(*m_drawing);
    for (const QLineF& line : lines) {
        const QLineF onScreen = t.map(line);
        p.setPen(QPen(QColor(255, 220, 0), 1.5));
        p.drawLine(onScreen);
        for (const QPointF& end : {onScreen.p1(), onScreen.p2()})
            p.drawEllipse(end, 3, 3);
        drawOutlinedText(p, onScreen.center() + QPointF(6, -6), lengthText(length(line)));
    }

    QList<Angle> angles = m_angles.value(m_key);
    if (m_drawingAngle)
        angles.append(*m_drawingAngle);
    for (const Angle& angle : angles) {
        const QPointF a = t.map(angle[0]);
        const QPointF v = t.map(angle[1]);
        const QPointF b = t.map(angle[2]);
        p.setPen(QPen(QColor(255, 140, 0), 1.5));
        p.drawLine(a, v);
        p.drawLine(v, b);
        drawOutlinedText(p, v + QPointF(8, -8), tr("%1°").arg(localNumber(degrees(angle), 1)));
    }

    QList<Mark> marks = m_regions.value(m_key);
    if (m_drawingRegion)
        marks.append({*m_drawingRegion, QString()});
    for (const Mark& mark : marks) {
        QPainterPath shape;
        if (mark.region.shape == imaging::Region::Shape::Ellipse)
            shape.addEllipse(mark.region.bounds);
        else
            shape.addRect(mark.region.bounds);
        const QPainterPath onScreen = t.map(shape);
        p.setPen(QPen(QColor(0, 220, 255), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawPath(onScreen);
        const QRectF box = onScreen.boundingRect();
        const QStringList labelLines = mark.label.split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < labelLines.size(); ++i)
            drawOutlinedText(p, box.bottomLeft() + QPointF(0, 14 + 14 * double(i)),
                             labelLines.at(i));
    }

    for (const TextAnnotation& label : m_annotations.value(m_key))
        label.paint(p, t);
    if (m_drawingArrow) {
        p.setPen(QPen(QColor(255, 255, 160), 1.5));
        p.drawLine(t.map(*m_drawingArrow));
    }

    const QFontMetrics fm(p.font());
    const int margin = 6;
    for (int c = 0; c < 4; ++c) {
        const QStringList& text = m_corners[std::size_t(c)];
        const bool right = c == int(Corner::TopRight) || c == int(Corner::BottomRight);
        const bool bottom = c == int(Corner::BottomLeft) || c == int(Corner::BottomRight);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const int line = bottom ? int(text.size() - 1 - i) : int(i);
            const double y = bottom ? height() - margin - fm.descent() - line * fm.height()
                                    : margin + fm.ascent() + line * fm.height();
            const double x =
                right ? width() - margin - fm.horizontalAdvance(text.at(i)) : double(margin);
            drawOutlinedText(p, QPointF(x, y), text.at(i));
        }
    }
}

void ImageView::mousePressEvent(QMouseEvent* event) {
    emit pressed();
    finishEditing(true);
    m_last = event->position().toPoint();
    if (event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
    } else if (event->button() == Qt::RightButton) {
        m_drag = Drag::Window;
    } else if (event->button() == Qt::LeftButton) {
        switch (m_tool) {
        case Tool::Window:
            m_drag = Drag::Window;
            break;
        case Tool::Pan:
            m_drag = Drag::Pan;
            break;
        case Tool::Zoom:
            m_drag = Drag::Zoom;
            break;
        case Tool::Distance: {
            if (m_image.isNull())
                return;
            const QPointF at = imageToWidget().inverted().map(event->position());
            m_drawing = QLineF(at, at);
            m_drag = Drag::Distance;
            break;
        }
        case Tool::Angle: {
            if (m_image.isNull())
                return;
            const QPointF at = imageToWidget().inverted().map(event->position());
            if (m_drawingAngle && m_secondArm) {
                // The click that ends the second arm.
                (*m_drawingAngle)[2] = at;
                m_angles[m_key].append(*m_drawingAngle);
                emit angleAdded(degrees(*m_drawingAngle));
                m_drawingAngle.reset();
                m_secondArm = false;
                setMouseTracking(false);
                update();
                return;
            }
            m_drawingAngle = Angle{at, at, at};
            m_drag = Drag::Angle;
            break;
        }
        case Tool::Rectangle:
        case Tool::Ellipse: {
            if (m_image.isNull())
                return;
            const QPointF at = imageToWidget().inverted().map(event->position());
            m_drawingRegion =
                imaging::Region{m_tool == Tool::Ellipse ? imaging::Region::Shape::Ellipse
                                                        : imaging::Region::Shape::Rectangle,
                                QRectF(at, at)};
            m_drag = Drag::Region;
            break;
        }
        case Tool::Text: {
            if (m_image.isNull())
                return;
            if (const int hit = annotationAt(event->position()); hit >= 0) {
                editAnnotation(hit);
                return;
            }
            const QPointF at = imageToWidget().inverted().map(event->position());
            m_drawingArrow = QLineF(at, at);
            m_drag = Drag::Text;
            break;
        }
        }
    }
    event->accept();
}

void ImageView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint now = event->position().toPoint();
    const QPoint delta = now - m_last;
    m_last = now;
    switch (m_drag) {
    case Drag::None:
        if (m_drawingAngle && m_secondArm) {
            (*m_drawingAngle)[2] = imageToWidget().inverted().map(event->position());
            update();
        }
        return;
    case Drag::Window:
        if (!delta.isNull())
            emit windowDragged(delta.x(), delta.y());
        break;
    case Drag::Pan:
        m_pan += delta;
        update();
        break;
    case Drag::Zoom:
        setZoom(m_zoom * std::pow(2.0, -delta.y() / kZoomDragPixels));
        break;
    case Drag::Distance:
        m_drawing->setP2(imageToWidget().inverted().map(event->position()));
        update();
        break;
    case Drag::Region:
        m_drawingRegion->bounds.setBottomRight(imageToWidget().inverted().map(event->position()));
        update();
        break;
    case Drag::Text:
        m_drawingArrow->setP1(imageToWidget().inverted().map(event->position()));
        update();
        break;
    case Drag::Angle:
        (*m_drawingAngle)[1] = (*m_drawingAngle)[2] =
            imageToWidget().inverted().map(event->position());
        update();
        break;
    }
    event->accept();
}

void ImageView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_drag == Drag::Distance && m_drawing) {
        m_drawing->setP2(imageToWidget().inverted().map(event->position()));
        // A click without a drag is not a measurement.
        if (imageToWidget().map(*m_drawing).length() >= 3) {
            m_lines[m_key].append(*m_drawing);
            emit measurementAdded(length(*m_drawing));
        }
        m_drawing.reset();
        update();
    }
    if (m_drag == Drag::Angle && m_drawingAngle) {
        const QPointF vertex = imageToWidget().inverted().map(event->position());
        (*m_drawingAngle)[1] = (*m_drawingAngle)[2] = vertex;
        // A first arm too short to see is no start of an angle.
        m_secondArm =
            QLineF(imageToWidget().map((*m_drawingAngle)[0]), event->position()).length() >= 3;
        if (!m_secondArm)
            m_drawingAngle.reset();
        setMouseTracking(m_secondArm);
        update();
    }
    if (m_drag == Drag::Region && m_drawingRegion) {
        imaging::Region region = *m_drawingRegion;
        region.bounds.setBottomRight(imageToWidget().inverted().map(event->position()));
        region.bounds = region.bounds.normalized();
        m_drawingRegion.reset();
        // A click without a drag draws nothing.
        const QRectF onScreen = imageToWidget().mapRect(region.bounds);
        if (onScreen.width() >= 3 && onScreen.height() >= 3) {
            auto& list = m_regions[m_key];
            list.append({region, QString()});
            emit regionAdded(m_key, int(list.size() - 1), region);
        }
        update();
    }
    if (m_drag == Drag::Text && m_drawingArrow) {
        m_drawingArrow->setP1(imageToWidget().inverted().map(event->position()));
        // Dragged: the label goes where the button is released, its arrow to where it was pressed.
        m_newAnnotation = {m_drawingArrow->p1(), std::nullopt, QString()};
        if (imageToWidget().map(*m_drawingArrow).length() >= 3)
            m_newAnnotation.tip = m_drawingArrow->p2();
        m_drawingArrow.reset();
        m_drag = Drag::None;
        editAnnotation(-1);
        event->accept();
        return;
    }
    m_drag = Drag::None;
    event->accept();
}

void ImageView::wheelEvent(QWheelEvent* event) {
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    if (event->modifiers() & Qt::ControlModifier)
        setZoom(m_zoom * std::pow(kWheelZoomStep, steps));
    else
        emit sliceStepRequested(-steps); // wheel away: towards the next slice
    event->accept();
}

QImage ImageView::snapshot() {
    QImage out(size(), QImage::Format_RGB32);
    render(&out);
    return out;
}

void ImageView::addAnnotation(const TextAnnotation& annotation) {
    if (annotation.text.trimmed().isEmpty())
        return;
    m_annotations[m_key].append(annotation);
    update();
}

void ImageView::setAnnotationText(int index, const QString& text) {
    auto it = m_annotations.find(m_key);
    if (it == m_annotations.end() || index < 0 || index >= it->size())
        return;
    if (text.trimmed().isEmpty())
        it->removeAt(index);
    else
        (*it)[index].text = text;
    update();
}

int ImageView::annotationAt(const QPointF& widgetPoint) const {
    const QList<TextAnnotation> list = m_annotations.value(m_key);
    const QFontMetricsF metrics(font());
    const QTransform t = imageToWidget();
    // The last drawn is on top.
    for (qsizetype i = list.size() - 1; i >= 0; --i)
        if (list.at(i).textRect(metrics, t).adjusted(-3, -3, 3, 3).contains(widgetPoint))
            return int(i);
    return -1;
}

void ImageView::editAnnotation(int index) {
    const QList<TextAnnotation> list = m_annotations.value(m_key);
    if (index >= list.size())
        return;
    if (!m_editor) {
        m_editor = new QLineEdit(this);
        m_editor->setObjectName(QStringLiteral("annotationEditor"));
        m_editor->installEventFilter(this);
        connect(m_editor, &QLineEdit::returnPressed, this, [this] { finishEditing(true); });
    }
    m_editIndex = index;
    const TextAnnotation& label = index >= 0 ? list.at(index) : m_newAnnotation;
    m_editor->setText(label.text);
    m_editor->selectAll();
    const QPointF origin = imageToWidget().map(label.at);
    const int height = m_editor->sizeHint().height();
    m_editor->setGeometry(int(origin.x()), int(origin.y()) - height + 4,
                          std::max(160, fontMetrics().horizontalAdvance(label.text) + 24), height);
    m_editor->show();
    m_editor->setFocus();
}

void ImageView::finishEditing(bool keep) {
    if (!m_editor || m_editor->isHidden())
        return;
    m_editor->hide(); // first: hiding moves the focus, which must not finish it twice
    const QString text = m_editor->text();
    if (keep) {
        if (m_editIndex >= 0) {
            setAnnotationText(m_editIndex, text);
        } else {
            m_newAnnotation.text = text;
            addAnnotation(m_newAnnotation);
        }
    }
    m_newAnnotation = {};
    m_editIndex = -1;
    setFocus();
    update();
}

bool ImageView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            finishEditing(false);
            return true;
        }
        if (event->type() == QEvent::FocusOut)
            finishEditing(true);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sijil::ui
