// The start-up floor: an empty QMainWindow of the app's size, shown once. With
// QUIETLEGS_BENCH_FIRST_PAINT set it prints the time of its first paint and quits, exactly as
// quietlegs does, so bench/run compares the app's launch -> first paint with Qt's own.
// With --with-text the window shows one label: the same floor plus loading a font (an empty
// window draws no text, so it never starts fontconfig), for context in the table.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include <cstring>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 860);
    if (argc > 1 && std::strcmp(argv[1], "--with-text") == 0)
        window.setCentralWidget(new QLabel(QStringLiteral("QuietLegs"), &window));
    quietlegs::FirstPaintProbe::installIfRequested(&window);
    window.show();
    return app.exec();
}
