#include "WindowPresets.h"

#include <QtGlobal>

#include <algorithm>

namespace sijil::ui {

const QList<WindowPreset>& ctWindowPresets() {
    static const QList<WindowPreset> presets{
        {QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Cerveau"), {40, 80}, QStringLiteral("1")},
        {QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Sous-dural"), {75, 215}, QStringLiteral("2")},
        {QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Poumon"), {-600, 1500}, QStringLiteral("3")},
        {QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Médiastin"), {50, 350}, QStringLiteral("4")},
        {QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Abdomen"), {60, 400}, QStringLiteral("5")},
        {QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Foie"), {80, 150}, QStringLiteral("6")},
        {QT_TRANSLATE_NOOP("sijil::ui::ViewerPage", "Os"), {400, 1800}, QStringLiteral("7")},
    };
    return presets;
}

imaging::Window draggedWindow(const imaging::Window& from, int dx, int dy) {
    const double step = std::max(from.width / 256.0, 0.5);
    return imaging::Window{from.centre + dy * step, std::max(1.0, from.width + dx * step)};
}

} // namespace sijil::ui
