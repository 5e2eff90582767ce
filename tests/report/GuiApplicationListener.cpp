// The report tests draw with QtGui (fonts, QPdfWriter), which needs a QGuiApplication; a
// Catch2 listener makes one for the run, so these tests share Catch2's main with the others
// instead of compiling Catch2's implementation a second time (the slowest file under ASan).
#include <QGuiApplication>
#include <catch2/catch.hpp>

#include <memory>

namespace {

class GuiApplicationListener : public Catch::TestEventListenerBase
{
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo& info) override
    {
        TestEventListenerBase::testRunStarting(info);
        // Tests run without a screen.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        m_application = std::make_unique<QGuiApplication>(m_argc, m_argv);
    }

    void testRunEnded(const Catch::TestRunStats& stats) override
    {
        m_application.reset();
        TestEventListenerBase::testRunEnded(stats);
    }

private:
    // QGuiApplication keeps references to both for its whole life.
    int m_argc = 1;
    char m_name[12] = "test_report";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QGuiApplication> m_application;
};

} // namespace

CATCH_REGISTER_LISTENER(GuiApplicationListener)
