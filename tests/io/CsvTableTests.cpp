#include "IoTestSupport.h"
#include "quietlegs/io/CsvTable.h"

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

TEST_CASE("CSV with a byte order mark, CRLF and quoted fields reads cell by cell")
{
    const std::string text = "\xEF\xBB\xBF"
                             "Date,Vitamin B12 (µg),Notes\r\n"
                             "2026-11-01,2.4,\"a, b\"\r\n"
                             "2026-11-02,,\"say \"\"hi\"\"\"\r\n";
    const CsvTable table = valueOf(readCsvTable(text));
    REQUIRE(table.header == std::vector<std::string>{"Date", "Vitamin B12 (µg)", "Notes"});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells == std::vector<std::string>{"2026-11-01", "2.4", "a, b"});
    CHECK(table.rows[1].cells == std::vector<std::string>{"2026-11-02", "", "say \"hi\""});
    CHECK(table.column("vitamin b12 (µg)") == 1u);
    CHECK(table.column(" date ") == 0u);
    CHECK_FALSE(table.column("Iron (mg)").has_value());
}

TEST_CASE("rows know the line they start on, across blank lines and multi-line cells")
{
    const std::string text = "a,b\n1,\"two\nlines\"\n\n3,4\n5,6";
    const CsvTable table = valueOf(readCsvTable(text));
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].line == 2);
    CHECK(table.rows[0].cells[1] == "two\nlines");
    CHECK(table.rows[1].line == 5);
    CHECK(table.rows[2].line == 6); // no final line break
}

TEST_CASE("malformed CSV, non-UTF-8 text and empty files are refused with the line")
{
    auto badQuote = readCsvTable("a,b\n1,2\n3,\"x\"y\n");
    REQUIRE_FALSE(badQuote.ok());
    CHECK(badQuote.error().message().rfind("line 3", 0) == 0);

    auto unclosed = readCsvTable("a,b\n1,\"never closed\n");
    REQUIRE_FALSE(unclosed.ok());
    CHECK(unclosed.error().message().find("never closed") != std::string::npos);

    auto latin1 = readCsvTable("a,b\n1,2\nGr\xf6\xdf"
                               "e,3\n");
    REQUIRE_FALSE(latin1.ok());
    CHECK(latin1.error().message() == "line 3: is not valid UTF-8 text (save the file as UTF-8)");

    CHECK_FALSE(readCsvTable("").ok());
    CHECK_FALSE(readCsvTable("\xEF\xBB\xBF").ok());
}

TEST_CASE("a preview stops after the rows it needs")
{
    std::string text = "Date,Severity\n";
    for (int i = 1; i <= 28; ++i)
        text += "2024-02-" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ",3\n";
    const CsvTable preview = valueOf(readCsvTable(text, 5));
    CHECK(preview.rows.size() == 5);
    CHECK(preview.truncated);
    const CsvTable header = valueOf(readCsvTable(text, 0));
    CHECK(header.rows.empty());
    CHECK(header.header.size() == 2);
    CHECK_FALSE(valueOf(readCsvTable(text)).truncated);
}

TEST_CASE("reading a large CSV reports progress in bytes and can be cancelled")
{
    std::string text = "Date,Severity,Notes\n";
    while (text.size() < 400000)
        text += "2024-02-01,3,\"a note, long enough to make the file big\"\n";
    std::int64_t lastDone = 0, lastTotal = 0;
    int calls = 0;
    REQUIRE(readCsvTable(text, std::nullopt, [&](std::int64_t done, std::int64_t total) {
                CHECK(done >= lastDone);
                lastDone = done;
                lastTotal = total;
                ++calls;
                return true;
            }).ok());
    CHECK(calls > 3);
    CHECK(lastDone == std::int64_t(text.size()));
    CHECK(lastTotal == std::int64_t(text.size()));

    auto cancelled = readCsvTable(
        text, std::nullopt, [](std::int64_t done, std::int64_t total) { return done < total / 2; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message().find("cancelled") != std::string::npos);
}

TEST_CASE("lone CR line ends (old Mac spreadsheets) still give the right line numbers")
{
    const CsvTable table = valueOf(readCsvTable("a,b\r1,2\r\r3,\"x\ry\"\r5,6"));
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].line == 2);
    CHECK(table.rows[1].line == 4);
    CHECK(table.rows[1].cells[1] == "x\ry");
    CHECK(table.rows[2].line == 6);
    auto bad = readCsvTable("a,b\r1,2\r3,\"x\"y\r");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message().rfind("line 3", 0) == 0);
}

} // namespace QUIETLEGS_TEST_FILE
