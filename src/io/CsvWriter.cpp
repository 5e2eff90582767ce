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
    // Meaningful precision (issue 23): to a thousandth at most (0.864, a 0.125 mg dose), never
    // the float noise of a computed figure (500 mg x 0.141 = 70.49999999999999).
    const double rounded = std::round(value * 1000) / 1000;
    return raw(shortestNumber(rounded == 0 ? 0.0 : rounded));
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
