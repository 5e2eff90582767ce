// The start-up floors: a QMainWindow of the app's size, shown once. With
// QUIETLEGS_BENCH_FIRST_PAINT set it prints the time of its first paint and quits, exactly as
// quietlegs does, so bench/run compares the app's launch -> first paint with Qt's own.
//   (no option)  an empty window: Qt alone (it draws no text, so it never starts fontconfig)
//   --with-text  one label: the same plus loading a font
//   --form       a form of 24 labelled line edits (issue 24): fonts, text layout and a style's
//                widgets, the least any window that shows a form can do. The start-up budget
//                is a ratio to this floor.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>

#include <cstring>

namespace {
constexpr int kFormFields = 24;
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 860);
    const char* option = argc > 1 ? argv[1] : "";
    if (std::strcmp(option, "--with-text") == 0) {
        window.setCentralWidget(new QLabel(QStringLiteral("QuietLegs"), &window));
    } else if (std::strcmp(option, "--form") == 0) {
        auto* form = new QWidget(&window);
        auto* layout = new QFormLayout(form);
        for (int i = 1; i <= kFormFields; ++i)
            layout->addRow(QStringLiteral("Field %1:").arg(i),
                           new QLineEdit(QStringLiteral("Value %1").arg(i), form));
        window.setCentralWidget(form);
    }
    quietlegs::FirstPaintProbe::installIfRequested(&window);
    window.show();
    return app.exec();
}
