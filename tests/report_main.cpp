// Catch2 main for the report tests: QtGui (fonts, QPdfWriter) needs a QGuiApplication, and
// tests run without a screen.
#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
