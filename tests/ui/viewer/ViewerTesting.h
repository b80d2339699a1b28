#pragma once

// Opening test images in a viewer page, for the viewer's tests.

#include <QSignalSpy>
#include <QTest>

#include <viewer/ViewerPage.h>

namespace sijil::testing {

// Opens `path` in `page` and waits until the scan succeeded and the first slice is on screen.
inline bool openInViewer(ui::ViewerPage& page, const QString& path) {
    QSignalSpy shown(&page, &ui::ViewerPage::sliceShown);
    QSignalSpy scanned(&page, &ui::ViewerPage::scanFinished);
    page.openPath(path);
    if (!scanned.wait(20000) || !scanned.first().first().toBool())
        return false;
    return shown.count() > 0 || shown.wait(20000);
}

// The same in a page shown on screen first, large enough for four panes.
inline bool showAndOpen(ui::ViewerPage& page, const QString& path) {
    page.resize(1000, 700);
    page.show();
    return QTest::qWaitForWindowExposed(&page) && openInViewer(page, path);
}

} // namespace sijil::testing
