#pragma once

// Small text helpers the io readers share (private to the io layer).

#include <optional>
#include <string>
#include <string_view>

namespace quietlegs {

/// True when `text` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool isValidUtf8(std::string_view text);

/// `text` made safe to show in a one-line message: control bytes and bytes that are not
/// valid UTF-8 become '?', and it is cut at `maxLength` bytes with "...".
std::string printableText(std::string_view text, std::size_t maxLength);

/// `text` without a leading UTF-8 byte order mark.
std::string_view withoutByteOrderMark(std::string_view text);

/// `text` without leading and trailing spaces and tabs.
std::string_view trimmed(std::string_view text);

/// A plain decimal number ("354.12", "-5", "1e3"); none for anything else, including
/// text with trailing characters, infinities and NaN.
std::optional<double> parseDecimal(std::string_view text);

/// `text` in ASCII lower case.
std::string asciiLower(std::string_view text);

/// The shortest text that reads back as exactly `value` ("141", "140.99999999999997").
std::string shortestNumber(double value);

} // namespace quietlegs
