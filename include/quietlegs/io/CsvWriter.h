#pragma once

#include "quietlegs/core/Dates.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace quietlegs {

/// One CSV file being written, as every CSV QuietLegs writes: RFC 4180 (comma separated,
/// CRLF line ends), cells added left to right. Text cells are quoted (inner quotes doubled)
/// and guarded against formula injection (guardCsvFormula in CsvTable.h); numbers, dates and
/// times QuietLegs formats itself are written as they are, so -5 stays a number.
class CsvWriter
{
public:
    /// A text cell: quoted, with a leading ' when a spreadsheet would run it as a formula.
    CsvWriter& text(std::string_view value);
    /// A number or code formatted by QuietLegs: no separators or quotes can occur in it.
    CsvWriter& raw(std::string_view value);
    CsvWriter& empty() { return raw(""); }
    /// The shortest text that reads back exactly ('.' as decimal mark, in any locale).
    CsvWriter& number(double value);
    template <typename T> CsvWriter& number(const std::optional<T>& value)
    {
        return value ? number(double(*value)) : empty();
    }
    /// `decimals` digits after the '.'; empty when missing.
    CsvWriter& fixed(std::optional<double> value, int decimals);
    /// A computed number to at most `decimals` places, trailing zeros dropped (0.864, 98.7).
    CsvWriter& rounded(double value, int decimals);
    /// YYYY-MM-DDTHH:MM; empty when missing.
    CsvWriter& time(const std::optional<LocalDateTime>& when);
    /// A header row of text cells.
    CsvWriter& header(std::initializer_list<std::string_view> names);
    CsvWriter& endRow();
    const std::string& str() const { return m_out; }

private:
    void separate();

    std::string m_out;
    bool m_rowStarted = false;
};

} // namespace quietlegs
