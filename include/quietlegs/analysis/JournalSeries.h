#pragma once

#include "quietlegs/analysis/DatedSeries.h"
#include "quietlegs/analysis/Variables.h"
#include "quietlegs/core/JournalDay.h"
#include "quietlegs/core/JournalRecords.h"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

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

    /// The series of any catalogue id (statistics-v2.md "Vocabulary"): the built-in ones above,
    /// `med:<drug>` and `factor:<name>` exposures, the outcomes `onset_min_before_lights_out`
    /// and `rls_awakenings`. Null when the journal holds no such series (no data yet).
    const DatedSeries* exposureSeries(std::string_view id) const;
    const DatedSeries* outcomeSeries(std::string_view id) const;
    /// The variable table of this journal: the standard rows, plus a med:/factor: row for each
    /// medicine or factor with data. Outcomes without data (onset, awakenings until the journal
    /// records them) stay in the table; CorrelationTable leaves their rows out.
    VariableCatalogue catalogue() const;

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
    // Series the v1 enums do not name, by catalogue id ("med:pramipexole", "factor:long drive",
    // "rls_awakenings"). Filling one here in fromRecords() is all a new kind of data needs.
    std::map<std::string, DatedSeries, std::less<>> m_moreExposures;
    std::map<std::string, DatedSeries, std::less<>> m_moreOutcomes;
    std::map<std::string, std::string, std::less<>> m_factorUnits; // by factor id
    std::set<std::string, std::less<>> m_yesNoFactors;              // factor ids
    std::set<Date> m_nightDates;
    std::set<Date> m_recordDates;
};

} // namespace quietlegs
