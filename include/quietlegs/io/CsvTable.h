#pragma once

#include "quietlegs/core/Result.h"
#include "quietlegs/io/ImportBatch.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quietlegs {

/// One record of a CSV file with the physical line it starts on (for error messages).
struct CsvRow
{
    int line = 0;
    std::vector<std::string> cells;
};

/// A CSV file read with libcsv (RFC 4180: quoted fields, doubled quotes, CRLF or LF line
/// ends), its first record taken as the header. A UTF-8 byte order mark is dropped.
struct CsvTable
{
    std::vector<std::string> header;
    std::vector<CsvRow> rows;
    bool truncated = false; // stopped after `maxRows` rows (a preview)

    /// Index of the header cell equal to `name` (ASCII case and surrounding spaces ignored).
    std::optional<std::size_t> column(std::string_view name) const;
};

/// Refuses files past these sizes before they can exhaust memory.
inline constexpr std::size_t kCsvMaxColumns = 4096;
inline constexpr std::size_t kCsvMaxCellBytes = 1 << 20;

/// Parses CSV text; never throws. Refuses text that is not UTF-8, malformed quoting and
/// oversized records, naming the line. With `maxRows`, stops after that many data rows.
/// `progress` gets bytes read of the total.
Result<CsvTable> readCsvTable(std::string_view text, std::optional<std::size_t> maxRows = {},
                              const ImportProgress& progress = {});

} // namespace quietlegs
