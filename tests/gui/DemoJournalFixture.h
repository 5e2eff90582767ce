#pragma once

// A fixed demo journal in a temporary file, shared by the Trends and Insights view tests.
#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/storage/Journal.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <optional>

namespace quietlegs::testing {

inline Date demoLastDate()
{
    return Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{20}};
}

/// demoJournal(2026-11-20, days, seed) merged into a new journal in a temporary directory.
class DemoJournalFixture
{
public:
    explicit DemoJournalFixture(int days = 365, std::uint64_t seed = 7)
    {
        auto opened = Journal::open(m_dir.filePath(QStringLiteral("journal.sqlite")).toStdString());
        if (!opened)
            qFatal("cannot open the test journal: %s", opened.error().message().c_str());
        m_journal.emplace(std::move(opened).value());
        auto merged = m_journal->merge(demoJournal(demoLastDate(), days, seed));
        if (!merged)
            qFatal("cannot fill the test journal: %s", merged.error().message().c_str());
    }

    const Journal& journal() const { return *m_journal; }
    /// For writes a view makes through a JournalSession in the app (e.g. saving a plan).
    Journal& writableJournal() { return *m_journal; }
    QString path() const { return QString::fromStdString(m_journal->path().string()); }
    /// The engine's series of what the journal holds, read back as the views read it.
    JournalSeries series() const
    {
        return JournalSeries::fromRecords(m_journal->records().value());
    }

private:
    QTemporaryDir m_dir;
    std::optional<Journal> m_journal;
};

} // namespace quietlegs::testing
