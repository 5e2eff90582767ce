#pragma once

#include "../storage/TempJournal.h"
#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/report/NutritionistReport.h"
#include "quietlegs/storage/Journal.h"

#include <cstdio>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

/// Everything a program printed on stdout (for pdftotext, pdfinfo, pdffonts).
inline std::string commandOutput(const std::string& command)
{
    std::string output;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[4096];
        std::size_t n = 0;
        while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
            output.append(buffer, n);
        pclose(pipe);
    }
    return output;
}

/// The text of a PDF (or of one page of it) as `pdftotext -layout` lays it out.
/// True when one line of the text holds every part, in order.
inline bool hasLineWith(const std::string& text, const std::vector<std::string>& parts)
{
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        std::size_t at = 0;
        bool all = true;
        for (const std::string& part : parts) {
            at = line.find(part, at);
            if (at == std::string::npos) {
                all = false;
                break;
            }
            at += part.size();
        }
        if (all)
            return true;
    }
    return false;
}

inline std::string pdfText(const std::filesystem::path& pdf, int page = 0)
{
    std::string range =
        page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
    return commandOutput("pdftotext -layout" + range + " '" + pdf.string() + "' -");
}

inline int pdfPageCount(const std::filesystem::path& pdf)
{
    std::smatch match;
    const std::string info = commandOutput("pdfinfo '" + pdf.string() + "'");
    if (std::regex_search(info, match, std::regex(R"(Pages:\s+(\d+))")))
        return std::stoi(match[1]);
    return 0;
}

/// A journal with 120 days of demo data ending 2026-11-22, in a temporary folder.
struct DemoJournalFolder
{
    TempFolder folder;
    quietlegs::JournalRecords records;

    explicit DemoJournalFolder(int days = 120, std::uint64_t seed = 7)
    {
        using namespace quietlegs;
        auto journal = Journal::open(folder / "journal.sqlite");
        if (!journal)
            throw std::runtime_error(journal.error().message());
        if (auto merged = journal->merge(demoJournal(*parseDate("2026-11-22"), days, seed));
            !merged)
            throw std::runtime_error(merged.error().message());
        records = std::move(journal->records()).value();
    }
};

/// The 12 weeks 2026-08-31 (a Monday) to 2026-11-22, generated the next day.
inline quietlegs::ReportOptions twelveWeekOptions(quietlegs::PaperSize paper)
{
    using namespace quietlegs;
    ReportOptions options;
    options.from = *parseDate("2026-08-31");
    options.to = *parseDate("2026-11-22");
    options.generatedOn = *parseDate("2026-11-23");
    options.patientName = "Ana Example";
    options.recipientName = "Dr Bea Nutrition";
    options.paper = paper;
    return options;
}
