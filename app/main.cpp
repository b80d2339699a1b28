#include "CompositionRoot.h"
#include "FirstFrameReporter.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    // Inert unless SIJIL_BENCH_FIRST_FRAME=1 (bench/startup measures time to the first frame).
    sijil::bench::FirstFrameReporter::installFromEnvironment();
    sijil::app::CompositionRoot root;
    return root.run();
}
