#pragma once

#include "TextAnnotation.h"

#include <sijil/imaging/FramePixels.h>

#include <QHash>
#include <QImage>
#include <QLineF>
#include <QStringList>
#include <QTransform>
#include <QWidget>

#include <array>
#include <optional>
#include <utility>

class QLineEdit;

namespace sijil::ui {

// One image on screen, as radiologists expect it: fitted to the pane, zoomed, panned, rotated by
// quarter turns and flipped; the window adjusted by dragging; distances measured in millimetres
// from the pixel spacing; four corners of text over it. The image is never mirrored by an
// Arabic (right-to-left) layout: only explicit flips change its orientation.
//
// Mouse: the left button does the current tool (window by default), the middle button pans, the
// right button adjusts the window whatever the tool; the wheel steps through slices, Ctrl+wheel
// zooms. The text tool places a label where the button is released (an arrow to where it was
// pressed, when dragged) and edits it in place; clicking a label with that tool edits it again,
// and a label whose text is emptied is deleted. The view computes nothing about pixels: it asks for
// a new window (windowDragged) and its owner renders again.
class ImageView : public QWidget {
    Q_OBJECT
public:
    enum class Tool { Window, Pan, Zoom, Distance, Angle, Rectangle, Ellipse, Text };
    enum class Corner { TopLeft, TopRight, BottomLeft, BottomRight };

    explicit ImageView(QWidget* parent = nullptr);

    // `key` names the slice (file and frame): measurements belong to it and come back with it.
    void setImage(const QImage& image, const QString& key);
    void clearImage();
    [[nodiscard]] const QImage& image() const { return m_image; }

    // Row spacing then column spacing in mm (DICOM Pixel Spacing); none: lengths in pixels.
    void setPixelSpacing(std::optional<std::pair<double, double>> spacing);
    void setCornerText(Corner corner, const QStringList& lines);
    [[nodiscard]] QStringList cornerText(Corner corner) const {
        return m_corners[std::size_t(corner)];
    }

    void setTool(Tool tool);
    [[nodiscard]] Tool tool() const { return m_tool; }

    // Zoom relative to "fit in the pane" (1 = fitted).
    void setZoom(double zoom);
    [[nodiscard]] double zoom() const { return m_zoom; }
    void rotateQuarter(int quarters); // clockwise
    void flipHorizontally();
    void resetView();
    [[nodiscard]] int rotation() const { return m_quarters * 90; }
    [[nodiscard]] bool flipped() const { return m_flipped; }

    // Lengths in mm (or pixels without spacing) of the measurements on the current slice.
    [[nodiscard]] QList<double> measuredLengths() const;
    // Angles in degrees on the current slice, measured in millimetres (so that pixels that are
    // not square do not bend them). The angle tool: drag the first arm to the vertex, then
    // click the end of the second arm.
    [[nodiscard]] QList<double> measuredAngles() const;
    void clearMeasurements();
    // Drops every slice's measurements and marks, and the image: nothing of a finished session
    // stays for the next user.
    void forgetAll();
    // Regions of interest on the current slice, with the statistics text their owner set.
    [[nodiscard]] QList<imaging::Region> regions() const;
    [[nodiscard]] QStringList regionLabels() const;
    // Sets the text drawn beside region `index` of slice `key` (the statistics, once computed).
    void setRegionLabel(const QString& key, int index, const QString& text);
    // Text labels on the current slice, in image coordinates.
    [[nodiscard]] QList<TextAnnotation> annotations() const { return m_annotations.value(m_key); }
    void addAnnotation(const TextAnnotation& annotation);
    // An empty text deletes the label.
    void setAnnotationText(int index, const QString& text);
    // The label drawn at this widget point on the current slice, or -1.
    [[nodiscard]] int annotationAt(const QPointF& widgetPoint) const;
    // The in-place editor of a label's text (Enter keeps, Escape cancels); null until first used.
    [[nodiscard]] QLineEdit* annotationEditor() const { return m_editor; }

    // A measurement's text as drawn beside it ("12,5 mm").
    [[nodiscard]] QString lengthText(double length) const;

    // Image pixel coordinates to the widget's, for the current zoom, pan, rotation and flip.
    [[nodiscard]] QTransform imageToWidget() const;

    // The view as the user sees it (image, measurements, corners), for export and printing.
    [[nodiscard]] QImage snapshot();

signals:
    // The mouse moved by (dx, dy) widget pixels with the window tool: horizontal changes the
    // width, vertical the centre.
    void windowDragged(int dx, int dy);
    void sliceStepRequested(int step);
    void measurementAdded(double length);
    void angleAdded(double degrees);
    // A region was drawn on slice `key` at `index` of its list; its owner computes statistics.
    void regionAdded(const QString& key, int index, const sijil::imaging::Region& region);
    void zoomChanged(double zoom);
    // A mouse button was pressed on the view (its viewport becomes the active one).
    void pressed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Drag { None, Window, Pan, Zoom, Distance, Angle, Region, Text };
    // First arm end, vertex, second arm end, in image coordinates.
    using Angle = std::array<QPointF, 3>;
    [[nodiscard]] double degrees(const Angle& angle) const;
    struct Mark {
        imaging::Region region;
        QString label;
    };
    [[nodiscard]] double length(const QLineF& line) const;
    [[nodiscard]] double fitScale() const;
    // Opens the editor over label `index` of the current slice, or over m_newAnnotation (-1).
    void editAnnotation(int index);
    void finishEditing(bool keep);

    QImage m_image;
    QString m_key;
    std::optional<std::pair<double, double>> m_spacing;
    std::array<QStringList, 4> m_corners;  // by Corner
    QHash<QString, QList<QLineF>> m_lines; // image coordinates, per slice
    Tool m_tool = Tool::Window;
    double m_zoom = 1;
    QPointF m_pan;
    int m_quarters = 0;
    bool m_flipped = false;

    Drag m_drag = Drag::None;
    QPoint m_last;
    std::optional<QLineF> m_drawing;
    QHash<QString, QList<Mark>> m_regions; // image coordinates, per slice
    std::optional<imaging::Region> m_drawingRegion;
    QHash<QString, QList<Angle>> m_angles;
    // An angle being drawn: its first arm (dragged), then its second arm follows the mouse.
    std::optional<Angle> m_drawingAngle;
    bool m_secondArm = false;
    QHash<QString, QList<TextAnnotation>> m_annotations; // per slice
    std::optional<QLineF> m_drawingArrow;                // label end to tip, while dragged
    QLineEdit* m_editor = nullptr;
    int m_editIndex = -1;
    TextAnnotation m_newAnnotation; // being typed, when m_editIndex is -1
};

} // namespace sijil::ui
