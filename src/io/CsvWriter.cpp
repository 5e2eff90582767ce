#include "quietlegs/io/CsvWriter.h"

#include "TextChecks.h"
#include "quietlegs/io/CsvTable.h"

#include <cmath>
#include <cstdio>
#include <csv.h>

namespace quietlegs {

CsvWriter& CsvWriter::text(std::string_view value)
{
    separate();
    const std::string guarded = guardCsvFormula(value);
    // csv_write needs at most 2 * n + 2 bytes: every byte a quote, plus the outer pair.
    std::string quoted(2 * guarded.size() + 2, '\0');
    const std::size_t n = csv_write(quoted.data(), quoted.size(), guarded.data(), guarded.size());
    m_out.append(quoted.data(), n);
    return *this;
}

CsvWriter& CsvWriter::raw(std::string_view value)
{
    separate();
    m_out.append(value);
    return *this;
}

CsvWriter& CsvWriter::number(double value)
{
    return raw(shortestNumber(value));
}

CsvWriter& CsvWriter::rounded(double value, int decimals)
{
    // Meaningful precision (issue 23): 0.864, not the float noise of a computed figure
    // (2.1 mg/dL / 2.4305 = 0.8640197490228348; 700 mg x 0.141 = 98.69999999999999).
    const double scale = std::pow(10.0, decimals);
    const double result = std::round(value * scale) / scale;
    return raw(shortestNumber(result == 0 ? 0.0 : result));
}

CsvWriter& CsvWriter::fixed(std::optional<double> value, int decimals)
{
    if (!value)
        return empty();
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, *value);
    return raw(buffer);
}

CsvWriter& CsvWriter::time(const std::optional<LocalDateTime>& when)
{
    return when ? raw(formatLocalDateTime(*when)) : empty();
}

CsvWriter& CsvWriter::header(std::initializer_list<std::string_view> names)
{
    for (std::string_view name : names)
        text(name);
    return endRow();
}

CsvWriter& CsvWriter::endRow()
{
    m_out += "\r\n";
    m_rowStarted = false;
    return *this;
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_out += ',';
    m_rowStarted = true;
}

} // namespace quietlegs
