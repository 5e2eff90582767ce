#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace quietlegs {

/// The Qt-free layers name things in English (nutrients, intake forms, lab tests, statistics
/// variables, RDA profiles). The GUI shows those names through this, which translates the
/// ones DisplayNames.cpp lists; any other text comes back unchanged.
QString displayName(std::string_view english);

/// displayName() for the middle of a sentence: lower case ("Edit magnesium intake"), except
/// in German, whose nouns stay capitalised.
QString displayNameInSentence(std::string_view english);

/// A number the analysis layer formatted (formatNumber(), formatPValue(): C locale, fixed
/// rounding) with the decimal separator of the user's locale, for showing only, never export.
QString localDecimals(const std::string& cLocaleNumber);

/// "on the same day", "the day before", "%n days before" (lagPhrase() of PlainLanguage.h).
QString lagDisplayPhrase(int lagDays);

} // namespace quietlegs
