#pragma once

// Shared by the io tests: temporary journals and fixture files.

#include "quietlegs/storage/Journal.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace quietlegs::test {

/// A fresh directory under the system temp dir, removed with everything in it.
class TemporaryDirectory
{
public:
    TemporaryDirectory()
    {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "quietlegs-io-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        m_path = pattern;
    }
    ~TemporaryDirectory()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

inline std::string fixture(const std::string& relative)
{
    std::ifstream in(std::filesystem::path(QUIETLEGS_TEST_DATA) / relative, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::string readText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline void writeText(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

inline Journal openJournal(const std::filesystem::path& path)
{
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    return std::move(journal).value();
}

inline JournalRecords recordsOf(const Journal& journal)
{
    auto records = journal.records();
    REQUIRE(records.ok());
    return std::move(records).value();
}

/// Drops the `exported_at` line so two exports can be compared.
inline std::string withoutExportedAt(const std::string& document)
{
    std::istringstream in(document);
    std::string line, out;
    while (std::getline(in, line))
        if (line.find("\"exported_at\"") == std::string::npos)
            out += line + "\n";
    return out;
}

template <typename T> T valueOf(Result<T> result)
{
    INFO((result.ok() ? std::string() : result.error().message()));
    REQUIRE(result.ok());
    return std::move(result).value();
}

} // namespace quietlegs::test
