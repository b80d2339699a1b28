#pragma once

#include <sijil/imaging/DicomImage.h>

#include <QList>
#include <QString>

namespace sijil::ui {

// The usual CT windows, in Hounsfield units, as radiology departments name them.
struct WindowPreset {
    const char* name; // QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", ...)
    imaging::Window window;
    QString shortcut; // a digit key
};

const QList<WindowPreset>& ctWindowPresets();

// Window dragging: (dx, dy) mouse pixels change the width (horizontally) and the centre
// (vertically) in steps proportional to the current width, so that a narrow brain window and
// a wide lung window are both adjusted finely. The width never goes below 1.
imaging::Window draggedWindow(const imaging::Window& from, int dx, int dy);

} // namespace sijil::ui
