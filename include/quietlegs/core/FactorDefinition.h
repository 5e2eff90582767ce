#pragma once

#include "quietlegs/core/Dates.h"
#include "quietlegs/core/Result.h"

#include <string>
#include <string_view>

namespace quietlegs {

/// How a person's own factor is logged: an amount in its unit, or yes/no (stored 1/0).
enum class FactorKind
{
    Number,
    YesNo
};

std::string_view factorKindId(FactorKind kind); // "number", "yesno"
Result<FactorKind> parseFactorKind(std::string_view text, std::string_view field = "kind");

/// The longest factor name (interchange-v2.md "User-defined factors") and unit, in characters.
inline constexpr std::size_t kMaxFactorNameLength = 60;
inline constexpr std::size_t kMaxFactorUnitLength = 20;

/// A factor the person defined ("long drive", unit "min", number; "hot bath", yes/no).
/// Names are unique case-insensitively (sameFactorName).
class FactorDefinition
{
public:
    /// Name 1-60 characters (surrounding spaces dropped), unit up to 20; no control characters.
    static Result<FactorDefinition> create(std::string_view name, std::string_view unit,
                                           FactorKind kind);

    const std::string& name() const { return m_name; }
    const std::string& unit() const { return m_unit; }
    FactorKind kind() const { return m_kind; }

    /// The value of `text` for this factor: a number, or for yes/no `yes`, `no`, `1`, `0`
    /// (as 1/0). Errors name `field`.
    Result<double> parseValue(std::string_view text, std::string_view field = "value") const;
    /// Whether `value` is one this factor can hold (yes/no: 0 or 1), naming `field`.
    Status checkValue(double value, std::string_view field = "value") const;

    friend bool operator==(const FactorDefinition&, const FactorDefinition&) = default;

private:
    FactorDefinition() = default;
    std::string m_name;
    std::string m_unit;
    FactorKind m_kind = FactorKind::Number;
};

/// Factor names compare without regard to ASCII case (as the journal's COLLATE NOCASE does).
bool sameFactorName(std::string_view a, std::string_view b);

/// One day's value of a factor, keyed by (date, name). Yes/no factors hold 1 or 0.
class FactorValue
{
public:
    static Result<FactorValue> create(Date date, std::string_view name, double value);

    Date date() const { return m_date; }
    const std::string& name() const { return m_name; }
    double value() const { return m_value; }

    friend bool operator==(const FactorValue&, const FactorValue&) = default;

private:
    FactorValue() = default;
    Date m_date;
    std::string m_name;
    double m_value = 0;
};

} // namespace quietlegs
