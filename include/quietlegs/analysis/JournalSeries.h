#pragma once

#include "quietlegs/analysis/DatedSeries.h"
#include "quietlegs/analysis/Variables.h"
#include "quietlegs/core/JournalDay.h"
#include "quietlegs/core/JournalRecords.h"

#include <array>
#include <optional>
#include <set>

namespace quietlegs {

/// How exposures are read from the journal.
struct SeriesOptions
{
    /// Topical magnesium (Epsom baths, oils) is left out of magnesium_mg by default: its
    /// absorption is unproven (domain.md, statistics-v1.md "Variables").
    bool includeTopicalMagnesium = false;
    std::chrono::minutes journalDayBoundary = kDefaultJournalDayBoundary;
};

/// The daily exposure and nightly outcome series of a journal (statistics-v1.md "Variables",
/// interchange-v1.md "Daily exposure"), the input of every statistic.
class JournalSeries
{
public:
    JournalSeries() = default;
    /// Works on `Journal::records()` as on records built in a test. Nights with the same date:
    /// the last wins (the journal keys nights by date, so this only matters for hand-made input).
    static JournalSeries fromRecords(const JournalRecords& records,
                                     const SeriesOptions& options = {});

    /// Exposure by journal date: for magnesium and iron the oral elemental mg, defined (0 when
    /// none) on every date with any record; for the daily factors the value where present.
    const DatedSeries& exposure(Exposure exposure) const { return m_exposures[indexOf(exposure)]; }
    /// Outcome by night date, defined where computable (IRLS total only with all ten items).
    const DatedSeries& outcome(Outcome outcome) const { return m_outcomes[indexOf(outcome)]; }

    /// Elemental mg of magnesium supplements (by mouth, not food, not topical) by journal date,
    /// defined (0 when none) on every date with any record: what an on/off self-experiment
    /// asks to take or leave out, whatever SeriesOptions say about topical magnesium.
    const DatedSeries& supplementMagnesiumMg() const { return m_supplementMagnesium; }

    /// Dates with a night entry, whatever it holds.
    const std::set<Date>& nightDates() const { return m_nightDates; }
    /// Dates with any record: a night, an intake of any nutrient or route, or a daily row.
    const std::set<Date>& recordDates() const { return m_recordDates; }
    std::optional<Date> firstDate() const;
    std::optional<Date> lastDate() const;

private:
    std::array<DatedSeries, kExposureCount> m_exposures;
    std::array<DatedSeries, kOutcomeCount> m_outcomes;
    DatedSeries m_supplementMagnesium;
    std::set<Date> m_nightDates;
    std::set<Date> m_recordDates;
};

} // namespace quietlegs
