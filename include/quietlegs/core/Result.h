#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace quietlegs {

/// A number as an Error quotes it: shortest of %g's six significant digits, always with a
/// decimal point whatever the process's locale (Qt sets the C locale from the environment).
std::string errorValue(double value);

/// Why a value was refused: which field, what it held, and the rule it broke.
struct Error
{
    std::string field;
    std::string value;
    std::string rule;

    /// One line for a person: `field "value": rule` (or just the rule when no field is named).
    std::string message() const
    {
        if (field.empty())
            return rule;
        if (value.empty())
            return field + ": " + rule;
        return field + " \"" + value + "\": " + rule;
    }

    /// The same error placed inside a larger thing, e.g. `nights[3].date`.
    Error within(const std::string& prefix) const
    {
        return Error{field.empty() ? prefix : prefix + "." + field, value, rule};
    }
};

/// A value or the Error that prevented it; the core's stand-in for std::expected.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Success without a value, or an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    static Status success() { return {}; }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

/// A result's success or its Error, without the value.
template <typename T> Status statusOf(const Result<T>& result)
{
    return result ? Status::success() : Status(result.error());
}

} // namespace quietlegs
