// The peer of bench/startup: the smallest honest Qt Widgets main window (menu bar, status bar,
// a central label, the same 1280x800 size as Sijil's), measured by the same FirstFrameReporter
// as Sijil itself. Whatever Sijil costs beyond this is Sijil's own start-up work.

#include "FirstFrameReporter.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    sijil::bench::FirstFrameReporter::watchFirstMainWindow();

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare Qt Widgets window"));
    QMenu* file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.menuBar()->addMenu(QStringLiteral("&Help"));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    auto* label = new QLabel(QStringLiteral("Bare Qt Widgets window"), &window);
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}
