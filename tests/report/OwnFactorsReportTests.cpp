// The report lists the person's own factors (issue 21 "Your own factors").
#include "ReportTestSupport.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

TEST_CASE("the PDF lists each own factor with its days logged and mean or days yes")
{
    DemoJournalFolder demo;
    ReportOptions options = twelveWeekOptions(PaperSize::A4);
    demo.records.factors.push_back(
        *FactorDefinition::create("long drive", "min", FactorKind::Number));
    demo.records.factors.push_back(*FactorDefinition::create("hot bath", "", FactorKind::YesNo));
    demo.records.factorValues.push_back(*FactorValue::create(options.to, "long drive", 90));
    demo.records.factorValues.push_back(
        *FactorValue::create(addDays(options.to, -1), "long drive", 30));
    demo.records.factorValues.push_back(*FactorValue::create(options.to, "hot bath", 1));
    demo.records.factorValues.push_back(
        *FactorValue::create(addDays(options.to, -1), "hot bath", 0));

    auto content = ReportContent::compute(demo.records, options);
    REQUIRE(content);
    REQUIRE(content->ownFactors.size() == 2);
    const NutritionistReport report(std::move(content).value());
    const auto pdf = demo.folder / "factors.pdf";
    REQUIRE(report.writePdf(QString::fromStdString(pdf.string())).ok());
    const std::string text = pdfText(pdf);
    CHECK(text.find("The patient's own factors") != std::string::npos);
    CHECK(text.find("long drive") != std::string::npos);
    CHECK(text.find("60.0") != std::string::npos);
    CHECK(text.find("1 day") != std::string::npos); // "1 day yes" once en_GB has the plural
}

TEST_CASE("a journal without own factors has no own-factors section")
{
    DemoJournalFolder demo;
    auto content = ReportContent::compute(demo.records, twelveWeekOptions(PaperSize::A4));
    REQUIRE(content);
    const NutritionistReport report(std::move(content).value());
    const auto pdf = demo.folder / "none.pdf";
    REQUIRE(report.writePdf(QString::fromStdString(pdf.string())).ok());
    CHECK(pdfText(pdf).find("own factors") == std::string::npos);
}

} // namespace QUIETLEGS_TEST_FILE
