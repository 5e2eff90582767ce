#pragma once

// JSON helpers the io writers and readers share (private to the io layer).

#include "quietlegs/analysis/Descriptive.h"

#include "TextChecks.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace quietlegs::json_values {

/// A value or JSON null.
template <typename T> nlohmann::ordered_json orNull(const std::optional<T>& value)
{
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

/// An interval as [low, high], or null.
inline nlohmann::ordered_json intervalOrNull(const std::optional<Interval>& interval)
{
    return interval ? nlohmann::ordered_json::array({interval->low, interval->high})
                    : nlohmann::ordered_json(nullptr);
}

/// A value from a file as an error message quotes it: one line, at most 60 bytes.
inline std::string shown(const nlohmann::json& value)
{
    if (value.is_string())
        return printableText(value.get_ref<const std::string&>(), 60);
    return printableText(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), 60);
}

} // namespace quietlegs::json_values
