#pragma once

// The content of a journal file as text: every row of every table (and the schema), in rowid
// order, each value with its SQLite type. Two journals with equal dumps hold the same data,
// whatever their pages look like; used to prove that refused input changed nothing.

#include <filesystem>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace quietlegs::testsupport {

inline std::string journalDump(const std::filesystem::path& file)
{
    if (!std::filesystem::exists(file))
        return "<no file>";
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + file.string());
    }
    std::string out;
    auto query = [&](const std::string& sql, auto&& onRow) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string("dump: ") + sqlite3_errmsg(db));
        while (sqlite3_step(statement) == SQLITE_ROW)
            onRow(statement);
        sqlite3_finalize(statement);
    };
    for (const char* pragma : {"PRAGMA user_version", "PRAGMA application_id"})
        query(pragma, [&](sqlite3_stmt* row) {
            out +=
                std::string(pragma) + " = " + std::to_string(sqlite3_column_int64(row, 0)) + "\n";
        });
    std::vector<std::string> tables;
    query("SELECT name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name",
          [&](sqlite3_stmt* row) {
              out += reinterpret_cast<const char*>(sqlite3_column_text(row, 1));
              out += "\n";
          });
    query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER "
          "BY name",
          [&](sqlite3_stmt* row) {
              tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(row, 0)));
          });
    for (const std::string& table : tables) {
        out += "-- " + table + "\n";
        query("SELECT * FROM \"" + table + "\" ORDER BY rowid", [&](sqlite3_stmt* row) {
            for (int i = 0; i < sqlite3_column_count(row); ++i) {
                switch (sqlite3_column_type(row, i)) {
                case SQLITE_NULL:
                    out += "NULL";
                    break;
                case SQLITE_INTEGER:
                    out += "i" + std::to_string(sqlite3_column_int64(row, i));
                    break;
                case SQLITE_FLOAT: {
                    char buffer[40];
                    std::snprintf(buffer, sizeof buffer, "f%.17g", sqlite3_column_double(row, i));
                    out += buffer;
                    break;
                }
                default:
                    out += "'" +
                           std::string(reinterpret_cast<const char*>(sqlite3_column_text(row, i)),
                                       std::size_t(sqlite3_column_bytes(row, i))) +
                           "'";
                }
                out += i + 1 < sqlite3_column_count(row) ? "|" : "\n";
            }
        });
    }
    sqlite3_close(db);
    return out;
}

} // namespace quietlegs::testsupport
