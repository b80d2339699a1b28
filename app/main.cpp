#include "CompositionRoot.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    sijil::app::CompositionRoot root;
    return root.run();
}
