// The start-up floor: an empty QMainWindow of the app's size, shown once. With
// QUIETLEGS_BENCH_FIRST_PAINT set it prints the time of its first paint and quits, exactly as
// quietlegs does, so bench/run compares the app's launch -> first paint with Qt's own.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 860);
    quietlegs::FirstPaintProbe::installIfRequested(&window);
    window.show();
    return app.exec();
}
