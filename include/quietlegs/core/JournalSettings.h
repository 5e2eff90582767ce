#pragma once

#include "quietlegs/core/Result.h"
#include "quietlegs/core/SafetyRules.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quietlegs {

/// The first day of a week in the journal's weekly views and report.
enum class WeekStart
{
    Monday,
    Sunday
};

/// The journal's own settings (interchange-v2.md "Journal settings"): what changes the meaning
/// of the journal's numbers lives in the journal, so the app, the CLI and the report agree.
/// Each value is empty until set; readers then use their default. Stored as text by key in the
/// `settings` table and written as typed JSON values in the interchange `settings` object.
struct JournalSettings
{
    /// "EXPOSURE:OUTCOME:LAG" (statistics-v2.md section 3). Checked here for its shape (three
    /// parts split at the last two colons, lag 0..30); the analysis layer checks the ids.
    std::optional<std::string> primaryQuestion;
    std::optional<double> primaryMid; // > 0, outcome units per display dose
    std::optional<RdaProfile> rdaProfile;
    std::optional<WeekStart> weekStart;
    std::optional<bool> scoreTenAreasNightly;
    std::optional<double> magnesiumUlMg; // supplemental magnesium upper limit, 1..5000 mg

    /// Sets `key` from its stored text ("magnesium_mg:severity:0", "1", "female_31_50",
    /// "monday", "true", "350"); an unknown key or a bad value names the key and changes nothing.
    Status set(std::string_view key, std::string_view text);
    /// The stored text of every value that is set, in journalSettingKeys() order.
    std::vector<std::pair<std::string, std::string>> entries() const;
    bool empty() const { return entries().empty(); }

    friend bool operator==(const JournalSettings&, const JournalSettings&) = default;
};

/// The six keys of interchange-v2.md, in its order: primary_question, primary_mid,
/// rda_profile, week_start, score_ten_areas_nightly, magnesium_ul_mg.
std::span<const std::string_view> journalSettingKeys();

std::string_view weekStartId(WeekStart start); // "monday", "sunday"

} // namespace quietlegs
