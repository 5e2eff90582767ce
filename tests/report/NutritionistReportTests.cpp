#include "ReportTestSupport.h"
#include "quietlegs/analysis/EffectWording.h"
#include "quietlegs/analysis/PlainLanguage.h"

#include <QImage>
#include <algorithm>
#include <cctype>
#include <QPdfWriter>
#include <QString>
#include <catch2/catch.hpp>
#include <sys/stat.h>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

std::string fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals).toStdString();
}

/// Writes the report of `options` over the demo journal and returns the PDF's path.
std::filesystem::path writeReport(const DemoJournalFolder& demo, const ReportOptions& options,
                                  const std::string& name, ReportContent* computed = nullptr)
{
    auto content = ReportContent::compute(demo.records, options);
    REQUIRE(content.ok());
    if (computed)
        *computed = *content;
    const NutritionistReport report(std::move(content).value());
    const auto pdf = demo.folder / name;
    const Status written = report.writePdf(QString::fromStdString(pdf.string()));
    REQUIRE(written.ok());
    return pdf;
}


/// The text with every run of white space (line breaks, layout padding) as one space, so that a
/// sentence wrapped over lines can be found whole.
std::string flat(const std::string& text)
{
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace

TEST_CASE("the PDF shows the period summary's figures exactly as PeriodSummary computed them")
{
    DemoJournalFolder demo;
    for (PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
        ReportOptions options = twelveWeekOptions(paper);
        // A stricter limit on Letter, so that some days are over it.
        const double limit = paper == PaperSize::A4 ? 350 : 150;
        options.supplementalMagnesiumLimitMg = limit;
        ReportContent content;
        const auto pdf = writeReport(demo, options, "summary.pdf", &content);
        const std::string text = pdfText(pdf);
        const PeriodSummary& s = content.summary;
        REQUIRE(s.nightsLogged > 50);
        CHECK(
            hasLineWith(text, {"Nights logged", std::to_string(s.nightsLogged) + " of 84 nights"}));
        REQUIRE(s.sleepEfficiencyMean);
        CHECK(
            hasLineWith(text, {"Sleep efficiency, mean", fixed(*s.sleepEfficiencyMean, 1) + " %"}));
        REQUIRE(s.irlsMean);
        CHECK(hasLineWith(text,
                          {"IRLS-style score", fixed(*s.irlsMean, 1) + " (" +
                                                   std::string(irlsBandName(*s.irlsBand)) + ")"}));
        CHECK(hasLineWith(text, {"Days over the supplemental magnesium limit",
                                 std::to_string(s.daysOverSupplementalLimit) + " of " +
                                     std::to_string(s.recordDays) + " days with records (limit " +
                                     fixed(limit, 0) + " mg/day)"}));
        if (paper == PaperSize::Letter)
            CHECK(s.daysOverSupplementalLimit > 0);
        CHECK(hasLineWith(
            text, {"from supplements", fixed(*s.supplementMagnesiumMean, 0) + " mg per day"}));
        CHECK(text.find("Patient") != std::string::npos);
        CHECK(text.find("Ana Example") != std::string::npos);
        CHECK(text.find("Dr Bea Nutrition") != std::string::npos);
        CHECK(text.find("2026-08-31 to 2026-11-22") != std::string::npos);
        // The latest ferritin and its flag naming the guideline.
        REQUIRE_FALSE(s.latestLabs.empty());
        CHECK(text.find("Ferritin") != std::string::npos);
        CHECK(text.find("AASM 2024") != std::string::npos);
    }
}

TEST_CASE("the PDF's effects table shows the effect per dose with its interval, then r and q")
{
    DemoJournalFolder demo;
    ReportContent content;
    const auto pdf = writeReport(demo, twelveWeekOptions(PaperSize::A4), "effects.pdf", &content);
    const std::string text = pdfText(pdf);
    const CorrelationTable& table = content.statistics.correlations;
    const VariableCatalogue& variables = content.statistics.variables;
    int checked = 0;
    for (std::size_t i = 0; i < table.rows().size(); ++i) {
        const CorrelationRow& row = table.rows()[i];
        const EffectRow& effect = table.effects()[i];
        if (row.lagDays > 1 || !effect.slope || !effect.qValue || !row.stats.pearsonR)
            continue;
        if (row.exposure != "magnesium_mg")
            continue;
        CHECK(hasLineWith(text, {exposureDisplayName(row.exposure),
                                 outcomeDisplayName(row.outcome),
                                 std::to_string(row.lagDays), std::to_string(row.stats.n),
                                 "100 mg", effectCellText(effect, variables),
                                 effectIntervalCellText(effect, variables),
                                 formatNumber(*row.stats.pearsonR, 2),
                                 formatPValue(*effect.qValue)}));
        ++checked;
    }
    CHECK(checked == 6); // magnesium x three outcomes x lags 0 and 1
    const std::string all = flat(text);
    CHECK(all.find(flat(exploratoryNote(table, variables))) != std::string::npos);
    CHECK(all.find("likely overstated") != std::string::npos);
}

TEST_CASE("the PDF leads with the primary effect, carries the caveat and never says "
          "'significant'")
{
    DemoJournalFolder demo;
    ReportContent content;
    ReportOptions options = twelveWeekOptions(PaperSize::A4);
    options.comparison = ComparisonRequest{"severity", *parseDate("2026-07-26"),
                                           *parseDate("2026-08-31"), *parseDate("2026-10-01"),
                                           *parseDate("2026-11-22")};
    const std::string text = flat(pdfText(writeReport(demo, options, "honest.pdf", &content)));
    const StatisticsReport& statistics = content.statistics;
    const std::string lead = flat(effectSentence(statistics.primary.effect, statistics.variables));
    CHECK(lead.rfind("100 mg more magnesium: severity ", 0) == 0);
    const std::string heading = "Summary for the professional reader";
    const auto summary = text.find(heading);
    REQUIRE(summary != std::string::npos);
    // The effect sentence comes first in the summary, before any other figure.
    CHECK(text.find(lead, summary) == summary + heading.size() + 1);
    CHECK(text.find(lead, summary) < text.find("Nights logged", summary));
    CHECK(text.find(flat(verdictSentence(statistics.primary, statistics.variables, true))) !=
          std::string::npos);
    CHECK(text.find(flat(std::string(diaryCaveat()))) != std::string::npos);
    CHECK(text.find("natural ups and downs") != std::string::npos);
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    CHECK(lower.find("significant") == std::string::npos);
}

TEST_CASE("the report answers the journal's own primary question")
{
    DemoJournalFolder demo;
    demo.records.settings.primaryQuestion = "magnesium_mg:irls_total:1";
    demo.records.settings.primaryMid = 3;
    ReportContent content;
    const std::string text =
        flat(pdfText(writeReport(demo, twelveWeekOptions(PaperSize::A4), "asked.pdf", &content)));
    CHECK(content.statistics.primary.question.relation ==
          RelationKey{"magnesium_mg", "irls_total", 1});
    CHECK(text.find("100 mg more magnesium the day before: IRLS-style total") !=
          std::string::npos);
    CHECK(text.find("Minimal important difference (MID): 3 points") != std::string::npos);
}

TEST_CASE("fewer than 14 pairs show 'not enough nights yet' instead of a number")
{
    DemoJournalFolder demo;
    ReportOptions options = twelveWeekOptions(PaperSize::A4);
    options.from = *parseDate("2026-11-13"); // 10 days
    const auto pdf = writeReport(demo, options, "short.pdf");
    const std::string text = pdfText(pdf);
    CHECK(hasLineWith(text,
                      {"Magnesium (mg)", "IRLS-style total", "0", "not enough nights yet"}));
    CHECK(text.find("Not enough nights yet") != std::string::npos);
}

TEST_CASE("every page has the period in its header and 'page X of Y' in its footer")
{
    DemoJournalFolder demo;
    for (PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
        const auto pdf = writeReport(demo, twelveWeekOptions(paper), "pages.pdf");
        const int pages = pdfPageCount(pdf);
        CHECK(pages >= 4);
        CHECK(pages <= 10);
        for (int page = 1; page <= pages; ++page) {
            const std::string text = pdfText(pdf, page);
            CHECK(text.find("page " + std::to_string(page) + " of " + std::to_string(pages)) !=
                  std::string::npos);
            CHECK(text.find("2026-08-31 to 2026-11-22") != std::string::npos);
            CHECK(text.find("Ana Example") != std::string::npos);
        }
    }
}

TEST_CASE("the report is laid out on A4 or Letter paper")
{
    DemoJournalFolder demo;
    const std::string a4 = commandOutput(
        "pdfinfo '" + writeReport(demo, twelveWeekOptions(PaperSize::A4), "a4.pdf").string() + "'");
    CHECK(a4.find("(A4)") != std::string::npos);
    const std::string letter = commandOutput(
        "pdfinfo '" +
        writeReport(demo, twelveWeekOptions(PaperSize::Letter), "letter.pdf").string() + "'");
    CHECK(letter.find("612 x 792 pts (letter)") != std::string::npos);
}

TEST_CASE("the PDF embeds its fonts and is readable by its owner only")
{
    DemoJournalFolder demo;
    const auto pdf = writeReport(demo, twelveWeekOptions(PaperSize::A4), "fonts.pdf");
    const std::string fonts = commandOutput("pdffonts '" + pdf.string() + "'");
    std::istringstream lines(fonts);
    std::string line;
    std::getline(lines, line); // header
    std::getline(lines, line); // ----
    int listed = 0;
    while (std::getline(lines, line)) {
        if (line.empty())
            continue;
        ++listed;
        CHECK(line.find("DejaVu") != std::string::npos);
        // Columns: name type encoding emb sub uni ...: "emb" must be yes.
        CHECK(std::regex_search(line, std::regex(R"(Identity-H\s+yes)")));
    }
    CHECK(listed >= 2); // regular and bold
    struct stat info
    {
    };
    REQUIRE(stat(pdf.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("long tables break between rows and repeat their header row on the next page")
{
    // Two years of weeks make the weekly table run over several pages.
    DemoJournalFolder demo(730, 11);
    ReportOptions options = twelveWeekOptions(PaperSize::A4);
    options.from = *parseDate("2024-11-25");
    const auto pdf = writeReport(demo, options, "long.pdf");
    const int pages = pdfPageCount(pdf);
    const std::regex weekRow(R"((^|\n)\s*\d{4}-\d{2}-\d{2}\s+\d+\s+[\d.–]+\s+[\d.–]+)");
    int pagesWithWeekRows = 0;
    for (int page = 1; page <= pages; ++page) {
        const std::string text = pdfText(pdf, page);
        if (!std::regex_search(text, weekRow))
            continue;
        ++pagesWithWeekRows;
        CHECK(text.find("Week of") != std::string::npos);
    }
    CHECK(pagesWithWeekRows >= 2);
}

TEST_CASE("notes appear only when asked for")
{
    DemoJournalFolder demo;
    ReportOptions options = twelveWeekOptions(PaperSize::A4);
    ReportContent content;
    const std::string without = pdfText(writeReport(demo, options, "private.pdf", &content));
    CHECK(content.notes.empty());
    CHECK(without.find("Notes from the period") == std::string::npos);

    options.includeNotes = true;
    const std::string with = pdfText(writeReport(demo, options, "notes.pdf", &content));
    REQUIRE_FALSE(content.notes.empty());
    CHECK(with.find("Notes from the period") != std::string::npos);
    CHECK(hasLineWith(with, {formatDate(content.notes.front().date), content.notes.front().text}));
}

TEST_CASE("a before/after comparison appears with both periods' means and the interrupted time "
          "series")
{
    DemoJournalFolder demo;
    ReportOptions options = twelveWeekOptions(PaperSize::A4);
    options.comparison = ComparisonRequest{"sleep_efficiency", *parseDate("2026-07-26"),
                                           *parseDate("2026-08-31"), *parseDate("2026-10-01"),
                                           *parseDate("2026-11-22")};
    ReportContent content;
    const std::string text = pdfText(writeReport(demo, options, "compare.pdf", &content));
    REQUIRE(content.statistics.comparison);
    const Comparison& comparison = *content.statistics.comparison;
    CHECK(text.find("Before and after: Sleep efficiency") != std::string::npos);
    CHECK(hasLineWith(text, {"A (before)", "2026-07-26 to 2026-08-31",
                             std::to_string(comparison.a.n), fixed(*comparison.a.mean, 1)}));
    CHECK(hasLineWith(text,
                      {"B (after)", std::to_string(comparison.b.n), fixed(*comparison.b.mean, 1)}));
    CHECK(hasLineWith(text, {"Hedges g", formatNumber(*comparison.hedgesG, 2)}));
    const ItsCoefficient& level = comparison.its.levelChange;
    REQUIRE(level.estimate);
    CHECK(hasLineWith(text, {"ITS change of level at B", formatNumber(*level.estimate, 2),
                             formatNumber(level.ci95->low, 2) + " to " +
                                 formatNumber(level.ci95->high, 2)}));
    // v1's tests assume independent nights: they are named only to say they are not reported.
    CHECK(text.find("Mann-Whitney U test, two-sided p") == std::string::npos);
    CHECK(flat(text).find(flat(comparisonSentence(comparison, Audience::Report))) !=
          std::string::npos);
}

TEST_CASE("the methods section names the formulas and the sources")
{
    DemoJournalFolder demo;
    const std::string text =
        flat(pdfText(writeReport(demo, twelveWeekOptions(PaperSize::A4), "methods.pdf")));
    for (const char* expected :
         {"SE = TST / TIB x 100", "Hornyak", "Sleep 1998;21(5):501-505",
          "J Clin Sleep Med 2025;21(1):137-152", "Consensus Sleep Diary",
          "Indian Food Composition Tables 2017", "licensed IRLS form", "Benjamini-Hochberg",
          "AR(1)", "Pyper", "effective number of pairs", "interrupted time series",
          "Wagner", "Barnett", "minimal important difference", "Kravitz"})
        CHECK(text.find(expected) != std::string::npos);
}

TEST_CASE("a page renders as an image for a preview")
{
    DemoJournalFolder demo(30);
    auto content = ReportContent::compute(demo.records, twelveWeekOptions(PaperSize::Letter));
    REQUIRE(content.ok());
    const NutritionistReport report(std::move(content).value());
    const QImage page = report.pageImage(0, 72);
    CHECK(page.width() == 612);
    CHECK(page.height() == 792);
    // Something was drawn: not every pixel is white.
    bool inked = false;
    for (int y = 0; y < page.height() && !inked; y += 3)
        for (int x = 0; x < page.width() && !inked; x += 3)
            inked = page.pixel(x, y) != qRgb(255, 255, 255);
    CHECK(inked);
}

TEST_CASE("report options that make no sense are refused, naming the field")
{
    DemoJournalFolder demo(20);
    ReportOptions options = twelveWeekOptions(PaperSize::A4);
    options.to = *parseDate("2026-08-01");
    auto content = ReportContent::compute(demo.records, options);
    REQUIRE_FALSE(content.ok());
    CHECK(content.error().field == "to");
    options = twelveWeekOptions(PaperSize::A4);
    options.patientName = std::string(300, 'x');
    content = ReportContent::compute(demo.records, options);
    REQUIRE_FALSE(content.ok());
    CHECK(content.error().field == "patient");
}

TEST_CASE("a period without records still makes a complete report that says so")
{
    TempFolder folder;
    const JournalRecords nothing;
    auto content = ReportContent::compute(nothing, twelveWeekOptions(PaperSize::A4));
    REQUIRE(content.ok());
    const NutritionistReport report(std::move(content).value());
    const auto pdf = folder / "empty.pdf";
    REQUIRE(report.writePdf(QString::fromStdString(pdf.string())).ok());
    const std::string text = pdfText(pdf);
    CHECK(text.find("0 of 84 nights in the period") != std::string::npos);
    CHECK(text.find("No blood test recorded") != std::string::npos);
    CHECK(text.find("No records in this period") != std::string::npos);
    CHECK(text.find("Not enough nights yet") != std::string::npos);
    CHECK(text.find("page 1 of " + std::to_string(pdfPageCount(pdf))) != std::string::npos);
}

TEST_CASE("a very long note is shortened so that its row fits on a page")
{
    DemoJournalFolder demo(20);
    NightEntry entry;
    entry.date = *parseDate("2026-11-20");
    entry.severity = 3;
    entry.notes = std::string(kNotesMaxLength - 5, 'x') + " end.";
    demo.records.nights.push_back(*Night::create(entry));
    ReportOptions options = twelveWeekOptions(PaperSize::A4);
    options.includeNotes = true;
    const std::string text = pdfText(writeReport(demo, options, "long-note.pdf"));
    CHECK(text.find("shortened") != std::string::npos);
}

TEST_CASE("the report prints the same pages to a paged device of any resolution")
{
    DemoJournalFolder demo(60);
    auto content = ReportContent::compute(demo.records, twelveWeekOptions(PaperSize::A4));
    REQUIRE(content.ok());
    const NutritionistReport report(std::move(content).value());
    const auto pdf = demo.folder / "printed.pdf";
    {
        QPdfWriter writer(QString::fromStdString(pdf.string()));
        writer.setResolution(300); // as a printer might be
        REQUIRE(report.print(writer).ok());
    }
    CHECK(pdfPageCount(pdf) == report.pageCount());
    const std::string text = pdfText(pdf, report.pageCount());
    CHECK(text.find("page " + std::to_string(report.pageCount()) + " of " +
                    std::to_string(report.pageCount())) != std::string::npos);
    CHECK(commandOutput("pdfinfo '" + pdf.string() + "'").find("(A4)") != std::string::npos);
}

TEST_CASE("a bath's magnesium is marked as in the product, not taken, in the supplements table")
{
    DemoJournalFolder demo;
    ReportContent content;
    const auto pdf = writeReport(demo, twelveWeekOptions(PaperSize::A4), "topical.pdf", &content);
    const std::string text = pdfText(pdf);
    int topical = 0;
    for (const SupplementUse& use : content.summary.supplements) {
        const std::string amount = fixed(use.typicalDailyElementalMg, 0);
        if (use.route == Route::Topical) {
            ++topical;
            CHECK(hasLineWith(text, {"on the skin", amount + " in product*"}));
        } else {
            CHECK(hasLineWith(text, {"by mouth", amount}));
        }
    }
    REQUIRE(topical > 0); // the demo journal has Epsom baths in the period
    CHECK(text.find("not an amount absorbed") != std::string::npos);
}

} // namespace QUIETLEGS_TEST_FILE
