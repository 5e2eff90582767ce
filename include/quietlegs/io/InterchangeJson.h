#pragma once

#include "quietlegs/core/JournalRecords.h"
#include "quietlegs/io/ImportBatch.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace quietlegs {

/// The interchange document (docs/interchange-v1.md, interchange-v2.md): `format` and the
/// `version` written; readers accept 1 up to it.
inline constexpr std::string_view kInterchangeFormat = "quietlegs";
inline constexpr int kInterchangeVersion = 2;
/// Deeper JSON is refused before it is built: a valid document nests 4 levels.
inline constexpr std::size_t kInterchangeMaxDepth = 64;

/// Entity objects of the interchange-v1 format (docs/interchange-v1.md). Absent values are
/// written as `null`; elemental mg is always written, computed when only the compound was given.
nlohmann::ordered_json nightToJson(const Night& night);
nlohmann::ordered_json intakeToJson(const Intake& intake);
nlohmann::ordered_json dailyFactorsToJson(const DailyFactors& factors);
nlohmann::ordered_json labResultToJson(const LabResult& result);

/// `2026-11-24T10:00:00Z`: a UTC moment as `exported_at` writes it.
std::string formatUtcTimestamp(std::chrono::sys_seconds when);

/// The whole interchange-v1 document for `records` (pretty-printed, ending in a newline).
/// Never throws: text that is not UTF-8 is written with U+FFFD in its place.
std::string interchangeJson(const JournalRecords& records, std::chrono::sys_seconds exportedAt);

/// Reads an interchange-v1 document, validating every entity through the core constructors.
/// Never throws; the error names the first problem, e.g.
/// `nights[3].sleep_latency_min "-5": must be between 0 and 1440`. A night, daily row or lab
/// that appears twice under the same key is refused (the document would contradict itself).
/// The text is a std::string so that the spare capacity readImportFile() leaves after it can
/// be used: a ten-year file is then read where it is, not copied first.
Result<JournalRecords> readInterchangeJson(const std::string& text,
                                           const ImportProgress& progress = {});

/// The same, as an ImportBatch (records upserted as they are) for applyImport().
Result<ImportBatch> importInterchangeJson(const std::string& text,
                                          const ImportProgress& progress = {});

/// importInterchangeJson() of a document already parsed (by parseJsonSafely()): the reading
/// every quicker path must agree with, errors included.
Result<ImportBatch> importInterchangeDocument(const nlohmann::json& document,
                                              const ImportProgress& progress = {});

/// importInterchangeJson() of `text` when the quick JSON reader vouches for it and finds what
/// detectImportFormat() calls an interchange document (an object with a "format" member); none
/// otherwise, for the caller to detect the format and read it. Reads a ten-year file once where
/// detecting and then reading would read it twice (issue 7).
std::optional<Result<ImportBatch>> importIfInterchangeJson(const std::string& text);

/// Parses JSON text with a nesting limit and without exceptions: deep nesting, invalid
/// UTF-8, numbers out of range and syntax errors come back as an Error naming the byte.
Result<nlohmann::json> parseJsonSafely(std::string_view text,
                                       std::size_t maxDepth = kInterchangeMaxDepth);

} // namespace quietlegs
