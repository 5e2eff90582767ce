#include "quietlegs/core/JournalSettings.h"

#include <array>
#include <charconv>
#include <cmath>

namespace quietlegs {
namespace {

constexpr std::array<std::string_view, 6> kKeys{
    "primary_question",        "primary_mid",    "rda_profile", "week_start",
    "score_ten_areas_nightly", "magnesium_ul_mg"};

// statistics-v2.md section 3 allows lags of a month at most.
constexpr int kMaxPrimaryLag = 30;
// A supplemental magnesium limit outside this range is a typing slip, not a setting.
constexpr double kMinMagnesiumUlMg = 1;
constexpr double kMaxMagnesiumUlMg = 5000;

std::string shortest(double value)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return std::string(buffer, end);
}

Result<double> settingNumber(std::string_view key, std::string_view text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
        !std::isfinite(value))
        return Error{std::string(key), std::string(text), "must be a number"};
    return value;
}

/// The shape of EXPOSURE:OUTCOME:LAG, split at the last two colons; the ids themselves are the
/// analysis layer's to check.
Status checkQuestionShape(std::string_view text)
{
    const Error bad{"primary_question", std::string(text),
                    "must be EXPOSURE:OUTCOME:LAG, e.g. magnesium_mg:severity:0"};
    const auto last = text.rfind(':');
    if (last == std::string_view::npos || last == 0)
        return bad;
    const auto middle = text.rfind(':', last - 1);
    if (middle == std::string_view::npos || middle == 0 || middle + 1 == last)
        return bad;
    const std::string_view lagText = text.substr(last + 1);
    int lag = -1;
    const auto [end, error] = std::from_chars(lagText.data(), lagText.data() + lagText.size(), lag);
    if (lagText.empty() || error != std::errc() || end != lagText.data() + lagText.size() ||
        lag < 0 || lag > kMaxPrimaryLag)
        return Error{"primary_question", std::string(text),
                     "the lag after the last colon must be a whole number of days from 0 to " +
                         std::to_string(kMaxPrimaryLag)};
    return Status::success();
}

} // namespace

std::span<const std::string_view> journalSettingKeys()
{
    return kKeys;
}

std::string_view weekStartId(WeekStart start)
{
    return start == WeekStart::Sunday ? "sunday" : "monday";
}

Status JournalSettings::set(std::string_view key, std::string_view text)
{
    if (key == "primary_question") {
        if (auto status = checkQuestionShape(text); !status)
            return status;
        primaryQuestion = std::string(text);
    } else if (key == "primary_mid") {
        auto value = settingNumber(key, text);
        if (!value)
            return value.error();
        if (*value <= 0)
            return Error{std::string(key), std::string(text),
                         "must be above 0 (outcome units per display dose)"};
        primaryMid = *value;
    } else if (key == "rda_profile") {
        const auto profile = parseRdaProfile(text);
        if (!profile) {
            std::string ids;
            for (const RdaProfile p : allRdaProfiles())
                ids += (ids.empty() ? "" : ", ") + std::string(rdaProfileId(p));
            return Error{std::string(key), std::string(text), "must be one of " + ids};
        }
        rdaProfile = *profile;
    } else if (key == "week_start") {
        if (text == "monday")
            weekStart = WeekStart::Monday;
        else if (text == "sunday")
            weekStart = WeekStart::Sunday;
        else
            return Error{std::string(key), std::string(text), "must be monday or sunday"};
    } else if (key == "score_ten_areas_nightly") {
        if (text == "true")
            scoreTenAreasNightly = true;
        else if (text == "false")
            scoreTenAreasNightly = false;
        else
            return Error{std::string(key), std::string(text), "must be true or false"};
    } else if (key == "magnesium_ul_mg") {
        auto value = settingNumber(key, text);
        if (!value)
            return value.error();
        if (*value < kMinMagnesiumUlMg || *value > kMaxMagnesiumUlMg)
            return Error{std::string(key), std::string(text), "must be between 1 and 5000 mg"};
        magnesiumUlMg = *value;
    } else {
        std::string keys;
        for (const auto known : kKeys)
            keys += (keys.empty() ? "" : ", ") + std::string(known);
        return Error{"settings", std::string(key), "is not a journal setting; known: " + keys};
    }
    return Status::success();
}

std::vector<std::pair<std::string, std::string>> JournalSettings::entries() const
{
    std::vector<std::pair<std::string, std::string>> out;
    if (primaryQuestion)
        out.emplace_back("primary_question", *primaryQuestion);
    if (primaryMid)
        out.emplace_back("primary_mid", shortest(*primaryMid));
    if (rdaProfile)
        out.emplace_back("rda_profile", std::string(rdaProfileId(*rdaProfile)));
    if (weekStart)
        out.emplace_back("week_start", std::string(weekStartId(*weekStart)));
    if (scoreTenAreasNightly)
        out.emplace_back("score_ten_areas_nightly", *scoreTenAreasNightly ? "true" : "false");
    if (magnesiumUlMg)
        out.emplace_back("magnesium_ul_mg", shortest(*magnesiumUlMg));
    return out;
}

} // namespace quietlegs
