#pragma once

#include <QObject>

namespace quietlegs {

class JournalSession;

/// TEST ONLY (the GUI kill test, tests/crash/gui-kill-test). Started by the app when the
/// environment variable QUIETLEGS_TEST_SAVE_NIGHTS=N is set: saves N nights, one per event
/// loop turn, through JournalSession::saveNight (the path Today's Save takes), each on the
/// day after the journal's newest night, and prints "saved YYYY-MM-DD" to stdout (flushed)
/// only after its transaction committed. Never set by the app itself.
class TestNightWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kEnvironmentVariable = "QUIETLEGS_TEST_SAVE_NIGHTS";

    /// Starts the writer when the variable is set; does nothing otherwise.
    static void startIfRequested(JournalSession* session, QObject* parent);

private:
    TestNightWriter(JournalSession* session, int count, QObject* parent);
    void saveNext();

    JournalSession* m_session;
    int m_remaining;
};

} // namespace quietlegs
