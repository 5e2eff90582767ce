#include "GuiTestMain.h"

#include <QApplication>

#include <cstdio>
#include <cstring>
#include <map>
#include <string>

namespace quietlegs::test {
namespace {

std::map<std::string, GuiTestRunner>& registry()
{
    static std::map<std::string, GuiTestRunner> tests;
    return tests;
}

} // namespace

bool registerGuiTest(const char* name, GuiTestRunner runner)
{
    registry().emplace(name, std::move(runner));
    return true;
}

} // namespace quietlegs::test

int main(int argc, char** argv)
{
    const auto& tests = quietlegs::test::registry();
    const auto chosen = argc >= 2 ? tests.find(argv[1]) : tests.end();
    if (chosen == tests.end()) {
        std::fprintf(stderr, "usage: %s TEST_CLASS [QtTest arguments]\ntest classes:", argv[0]);
        for (const auto& [name, runner] : tests)
            std::fprintf(stderr, " %s", name.c_str());
        std::fprintf(stderr, "\n");
        return 2;
    }
    // The class name takes the program name's place: QtTest sees only its own arguments.
    argv[1] = argv[0];
    int qtArgc = argc - 1;
    char** qtArgv = argv + 1;
    // As QTEST_MAIN does for a widgets test.
    QApplication application(qtArgc, qtArgv);
    application.setAttribute(Qt::AA_Use96Dpi, true);
    return chosen->second(qtArgc, qtArgv);
}
