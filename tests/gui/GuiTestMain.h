#pragma once
// All widget test classes live in one program, test_gui (linking Qt and the GUI once instead of
// ten times keeps CI inside its hour): `test_gui TodayTests [function ...]` runs one class the
// way QTEST_MAIN would. A test file ends with QUIETLEGS_GUI_TEST(Class) instead of QTEST_MAIN.

#include <QtTest>

#include <functional>

namespace quietlegs::test {

/// Runs a test class with QTest::qExec's arguments; the class is made only when it is chosen.
using GuiTestRunner = std::function<int(int argc, char** argv)>;

/// Registers a class under its name (at static initialisation); returns true.
bool registerGuiTest(const char* name, GuiTestRunner runner);

} // namespace quietlegs::test

#define QUIETLEGS_GUI_TEST(TestObject)                                                         \
    static const bool registered##TestObject = quietlegs::test::registerGuiTest(                \
        #TestObject, [](int argc, char** argv) {                                                \
            TestObject test;                                                                    \
            return QTest::qExec(&test, argc, argv);                                             \
        });
