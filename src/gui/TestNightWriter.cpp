#include "TestNightWriter.h"

#include "JournalSession.h"

#include <QTimer>
#include <cstdio>
#include <cstdlib>

namespace quietlegs {

void TestNightWriter::startIfRequested(JournalSession* session, QObject* parent)
{
    const char* value = std::getenv(kEnvironmentVariable);
    if (value == nullptr || *value == '\0')
        return;
    const int count = std::atoi(value);
    if (count > 0)
        new TestNightWriter(session, count, parent);
}

TestNightWriter::TestNightWriter(JournalSession* session, int count, QObject* parent)
    : QObject(parent), m_session(session), m_remaining(count)
{
    QTimer::singleShot(0, this, &TestNightWriter::saveNext);
}

void TestNightWriter::saveNext()
{
    if (m_remaining-- <= 0)
        return;
    const JournalCounts counts = m_session->counts();
    const Date date = counts.lastDate ? addDays(*counts.lastDate, 1) : *parseDate("2020-01-01");
    // Saves are quick enough to pass the last date a journal accepts (year 2200) within a
    // kill test's minute: stop there rather than store a night no reader takes back.
    if (date > *parseDate("2200-12-31"))
        return;
    NightEntry entry;
    entry.date = date;
    entry.severity = static_cast<int>(counts.nights % 11);
    entry.notes = "kill test";
    auto night = Night::create(entry);
    if (night && m_session->saveNight(*night)) {
        std::printf("saved %s\n", formatDate(date).c_str());
        std::fflush(stdout);
    }
    QTimer::singleShot(0, this, &TestNightWriter::saveNext);
}

} // namespace quietlegs
