#pragma once

// Damages one leaf page of a table, found without dbstat or sqlite_dbpage (Debian's SQLite
// has neither): a table b-tree leaf page starts with the byte 0x0D, and rows of the table
// chosen carry a marker text that no other table holds.

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

namespace quietlegs::testsupport {

/// Overwrites the header and cell pointers of the middle one of the table leaf pages holding
/// `marker`, so that SQLite reports that page as malformed. Returns the page's number (1-based).
inline std::size_t damageLeafPageHolding(const std::filesystem::path& file,
                                         const std::string& marker, std::size_t pageSize = 4096)
{
    std::string bytes;
    {
        std::ifstream in(file, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    std::vector<std::size_t> leaves;
    for (std::size_t page = 1; (page + 1) * pageSize <= bytes.size(); ++page) {
        const std::string_view content(bytes.data() + page * pageSize, pageSize);
        if (content[0] == 0x0D && content.find(marker) != std::string_view::npos)
            leaves.push_back(page);
    }
    if (leaves.size() < 3)
        throw std::runtime_error("fewer than three leaf pages hold the marker");
    const std::size_t page = leaves[leaves.size() / 2];
    for (std::size_t i = 0; i < 48; ++i)
        bytes[page * pageSize + i] = char(0xA5);
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
    return page + 1;
}

} // namespace quietlegs::testsupport
