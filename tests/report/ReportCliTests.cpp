// `export --format pdf` end to end, through the real quietlegs-cli on a temporary journal.
#include "../cli/CliProcess.h"
#include "ReportTestSupport.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <regex>

namespace QUIETLEGS_TEST_FILE {

namespace {

/// The command that writes the PDF report, followed by `args`.
std::vector<std::string> pdfExport(const TempFolder& folder, std::vector<std::string> args)
{
    std::vector<std::string> command{"--database", (folder / "journal.sqlite").string(), "export",
                                     "--format", "pdf"};
    command.insert(command.end(), args.begin(), args.end());
    return command;
}

void fillDemoJournal(const TempFolder& folder)
{
    const CliRun demo = runCli({"--database", (folder / "journal.sqlite").string(), "demo",
                                "--days", "120", "--end", "2026-11-22"});
    REQUIRE(demo.exitCode == 0);
}

} // namespace

TEST_CASE("cli: the pdf export writes a valid PDF with the period and patient")
{
    TempFolder folder;
    fillDemoJournal(folder);
    const auto pdf = folder / "report.pdf";
    const CliRun run =
        runCli(pdfExport(folder, {"--from", "2026-08-31", "--to", "2026-11-22", "--patient",
                                  "Ana Example", "--paper", "letter", "--notes", "--compare",
                                  "2026-07-26:2026-08-31,2026-10-01:2026-11-22", "--outcome",
                                  "irls_total", "--out", pdf.string()}));
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.find("exported the report of 2026-08-31 to 2026-11-22") == 0);
    const int pages = pdfPageCount(pdf);
    CHECK(pages >= 4);
    const std::string text = pdfText(pdf);
    CHECK(text.find("Ana Example") != std::string::npos);
    CHECK(text.find("2026-08-31 to 2026-11-22") != std::string::npos);
    CHECK(text.find("page 1 of " + std::to_string(pages)) != std::string::npos);
    CHECK(text.find("Before and after: IRLS-style total") != std::string::npos);
    CHECK(text.find("Notes from the period") != std::string::npos);
    CHECK(commandOutput("pdfinfo '" + pdf.string() + "'").find("(letter)") != std::string::npos);
}

TEST_CASE("cli: bad pdf export flags exit 2, name the flag and write nothing")
{
    TempFolder folder;
    fillDemoJournal(folder);
    const auto pdf = folder / "report.pdf";
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"--paper", "a5"}, "--paper"},
        {{"--from", "2026-02-30"}, "--from"},
        {{"--from", "2026-11-01", "--to", "2026-10-01"}, "--to"},
        {{"--compare", "2026-01-01:2026-01-31"}, "--outcome"},
        {{"--compare", "2026-01-01:2026-01-31,2026-02-01", "--outcome", "irls_total"}, "--compare"},
        {{"--compare", "2026-01-01:2026-01-31,2026-02-01:2026-02-28", "--outcome", "mood"},
         "--outcome"},
        {{"--magnesium-limit", "-5"}, "--magnesium-limit"},
        {{"--week-start", "friday"}, "--week-start"},
        {{"--rda-profile", "teenager"}, "--rda-profile"},
        {{"--period", "before"}, "--period"},
        {{"--period", "before:2026-09-01:2026-02-30"}, "--period"},
        {{"--period", "before:2026-09-10:2026-09-01"}, "--period"},
    };
    for (const auto& [flags, named] : cases) {
        std::vector<std::string> args = flags;
        args.insert(args.end(), {"--out", pdf.string()});
        const CliRun run = runCli(pdfExport(folder, args));
        INFO(run.err);
        CHECK(run.exitCode == 2);
        CHECK(run.err.find(named) != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(pdf));
    }
    // A flag of the report given to another format.
    const CliRun notes = runCli({"--database", (folder / "journal.sqlite").string(), "export",
                                 "--format", "csv", "--notes", "--out", (folder / "csv").string()});
    CHECK(notes.exitCode == 2);
    CHECK(notes.err.find("--notes") != std::string::npos);
    // Without --out.
    CHECK(runCli(pdfExport(folder, {"--from", "2026-08-31"})).exitCode == 2);
}

TEST_CASE("cli: the pdf export keeps decimal points under a German C locale")
{
    // QGuiApplication sets the C library's locale from LANG; the report's analysis figures are
    // printed with snprintf, so under de_DE they came out as "-0,38" beside Qt's "6.0".
    TempFolder folder;
    fillDemoJournal(folder);
    const auto locales = folder / "locale";
    std::filesystem::create_directories(locales);
    if (std::system(("localedef -i de_DE -f UTF-8 '" + (locales / "de_DE.UTF-8").string() +
                     "' >/dev/null 2>&1")
                        .c_str()) != 0) {
        WARN("localedef (package locales) cannot make de_DE.UTF-8: not exercised");
        return;
    }
    const auto pdf = folder / "report.pdf";
    setenv("LOCPATH", locales.c_str(), 1);
    setenv("LC_ALL", "de_DE.UTF-8", 1);
    const CliRun run = runCli(pdfExport(
        folder, {"--from", "2026-08-31", "--to", "2026-11-22", "--compare",
                 "2026-07-26:2026-08-31,2026-10-01:2026-11-22", "--outcome", "irls_total",
                 "--out", pdf.string()}));
    unsetenv("LC_ALL");
    unsetenv("LOCPATH");
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const std::string text = pdfText(pdf);
    CHECK(std::regex_search(text, std::regex(R"(-?0\.\d\d)"))); // correlations, Hedges g
    std::smatch comma;
    std::regex_search(text, comma, std::regex(R"(.{0,30}\d,\d.{0,10})"));
    INFO("decimal comma in: " << comma.str());
    CHECK(comma.empty());
}

TEST_CASE("cli: --week-start, --rda-profile and --period shape the pdf report")
{
    TempFolder folder;
    fillDemoJournal(folder);
    const auto pdf = folder / "report.pdf";
    const CliRun run = runCli(pdfExport(
        folder, {"--from", "2026-09-02", "--to", "2026-11-22", "--week-start", "sunday",
                 "--rda-profile", "male_31_plus", "--period", "before: iron:2026-08-01:2026-08-31",
                 "--period", "magnesium:2026-09-01:2026-10-15", "--out", pdf.string()}));
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const std::string text = pdfText(pdf);
    CHECK(text.find("weeks from Sunday") != std::string::npos);
    CHECK(text.find("Man, 31 or older") != std::string::npos);
    CHECK(text.find("Periods compared") != std::string::npos);
    CHECK(text.find("before: iron") != std::string::npos);
    CHECK(text.find("2026-09-01 to 2026-10-15") != std::string::npos);
}

} // namespace QUIETLEGS_TEST_FILE
