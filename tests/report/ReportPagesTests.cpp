// Issue 23: page 1 as a one-page summary, the lab history, the dosing timeline and intake
// against the RDA and upper limits.
#include "ReportTestSupport.h"
#include "quietlegs/report/AlertWording.h"

#include <QString>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <sstream>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

std::string fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals).toStdString();
}

std::filesystem::path writeReport(const TempFolder& folder, const JournalRecords& records,
                                  const ReportOptions& options, const std::string& name,
                                  ReportContent* computed = nullptr, int* pages = nullptr)
{
    auto content = ReportContent::compute(records, options);
    REQUIRE(content.ok());
    if (computed)
        *computed = *content;
    const NutritionistReport report(std::move(content).value());
    if (pages)
        *pages = report.pageCount();
    const auto pdf = folder / name;
    REQUIRE(report.writePdf(QString::fromStdString(pdf.string())).ok());
    return pdf;
}

/// The text with every run of white space as one space.
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


MedicineDose dose(const std::string& when, Drug drug, double mg)
{
    return MedicineDose::create(MedicineDoseEntry{*parseLocalDateTime(when, "test"), drug, mg,
                                                  MedicineRoute::Oral, "", "manual", ""})
        .value();
}

/// Pramipexole 0.125 mg at 21:00 from 2026-10-01 to 2026-10-20.
void addPramipexole(JournalRecords& records)
{
    Date date = *parseDate("2026-10-01");
    for (int i = 0; i < 20; ++i, date = addDays(date, 1))
        records.meds.push_back(dose(formatDate(date) + "T21:00", Drug::Pramipexole, 0.125));
}

} // namespace

TEST_CASE("page 1 splits intake into magnesium and iron from supplements and from food")
{
    DemoJournalFolder demo;
    ReportContent content;
    const auto pdf = writeReport(demo.folder, demo.records, twelveWeekOptions(PaperSize::A4),
                                 "split.pdf", &content);
    const IntakeSplit& split = content.figures.split;
    const PeriodSummary& s = content.summary;
    // The split agrees with the period summary's own means.
    REQUIRE(split.magnesiumSupplementMg);
    CHECK(*split.magnesiumSupplementMg == Approx(*s.supplementMagnesiumMean));
    CHECK(*split.magnesiumFoodMg == Approx(*s.foodMagnesiumMean));
    CHECK(*split.ironSupplementMg + *split.ironFoodMg == Approx(*s.oralIronMean));
    CHECK(*split.ironSupplementMg > 0);
    CHECK(split.recordDays == s.recordDays);

    const std::string page1 = pdfText(pdf, 1);
    CHECK(hasLineWith(page1, {"Magnesium from supplements",
                              fixed(*split.magnesiumSupplementMg, 0) + " mg per day"}));
    CHECK(hasLineWith(page1,
                      {"Magnesium from food", fixed(*split.magnesiumFoodMg, 0) + " mg per day"}));
    CHECK(hasLineWith(
        page1, {"Iron from supplements", fixed(*split.ironSupplementMg, 1) + " mg per day"}));
    CHECK(hasLineWith(page1, {"Iron from food", fixed(*split.ironFoodMg, 1) + " mg per day"}));
    CHECK(hasLineWith(page1, {"Nights logged", std::to_string(s.nightsLogged) + " of 84 nights"}));
    CHECK(page1.find("2026-08-31 to 2026-11-22") != std::string::npos);
}

TEST_CASE("Epsom baths are counted on page 1, never averaged as mg per day")
{
    DemoJournalFolder demo;
    ReportContent content;
    const auto pdf = writeReport(demo.folder, demo.records, twelveWeekOptions(PaperSize::A4),
                                 "baths.pdf", &content);
    int baths = 0;
    for (const Intake& intake : demo.records.intakes) {
        const Date date = intake.journalDate();
        if (intake.route() == Route::Topical && intake.nutrient() == Nutrient::Magnesium &&
            date >= content.options.from && date <= content.options.to)
            ++baths;
    }
    REQUIRE(baths > 0);
    CHECK(content.figures.split.topicalMagnesiumUses == baths);
    const std::string page1 = flat(pdfText(pdf, 1));
    CHECK(page1.find(std::to_string(baths) + " in the period (absorption unknown)") !=
          std::string::npos);
    CHECK(page1.find("on the skin") == std::string::npos);
    CHECK(page1.find(fixed(*content.summary.topicalMagnesiumMean, 0) + " mg per day") ==
          std::string::npos);
}

TEST_CASE("page 1 fits on one page and names active alerts and what changed when")
{
    DemoJournalFolder demo;
    JournalRecords records = demo.records;
    addPramipexole(records);
    for (PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
        ReportContent content;
        const auto pdf =
            writeReport(demo.folder, records, twelveWeekOptions(paper), "changes.pdf", &content);
        const auto& changes = content.figures.changes;
        const auto started =
            std::find_if(changes.begin(), changes.end(), [](const RegimenChange& c) {
                return c.regimen.name == "pramipexole" && c.kind == RegimenChangeKind::Started;
            });
        REQUIRE(started != changes.end());
        CHECK(formatDate(started->date) == "2026-10-01");
        const auto stopped =
            std::find_if(changes.begin(), changes.end(), [](const RegimenChange& c) {
                return c.regimen.name == "pramipexole" && c.kind == RegimenChangeKind::Stopped;
            });
        REQUIRE(stopped != changes.end());
        CHECK(formatDate(stopped->date) == "2026-10-20");

        const std::string page1 = flat(pdfText(pdf, 1));
        // The summary ends on page 1: the lab history starts page 2.
        CHECK(page1.find("Summary for the professional reader") != std::string::npos);
        CHECK(page1.find("Lab history") == std::string::npos);
        CHECK(flat(pdfText(pdf, 2)).find("Lab history") != std::string::npos);
        CHECK((page1.find("pramipexole started: 0.125 mg per day, usually at 21:00") !=
                   std::string::npos ||
               page1.find("more change") != std::string::npos));
        // The demo's latest ferritin (96 ug/L) is flagged: the alert is on page 1.
        REQUIRE_FALSE(content.figures.alerts.empty());
        const AlertWording wording(AlertReader::Professional);
        CHECK(page1.find(
                  flat(wording.sentence(content.figures.alerts.front()).toStdString())
                      .substr(0, 40)) != std::string::npos);
        // The report speaks of the person, never to them.
        CHECK(page1.find("your doctor") == std::string::npos);
    }
}

TEST_CASE("the lab history lists every result of each test up to the period's end")
{
    DemoJournalFolder demo;
    JournalRecords records = demo.records;
    // One more ferritin from a named laboratory, and one after the period (not shown).
    LabDetails details;
    details.laboratory = "Labor Mitte";
    records.labs.push_back(
        LabResult::create(*parseDate("2026-11-20"), LabTest::Ferritin, 102, "ug/L", details)
            .value());
    records.labs.push_back(
        LabResult::create(*parseDate("2026-12-01"), LabTest::Ferritin, 130, "ug/L").value());
    ReportContent content;
    const auto pdf =
        writeReport(demo.folder, records, twelveWeekOptions(PaperSize::A4), "labs.pdf", &content);
    std::vector<double> ferritin;
    for (const LabResult& lab : content.figures.labHistory)
        if (lab.test() == LabTest::Ferritin)
            ferritin.push_back(lab.valueInDisplayUnit());
    CHECK(ferritin == std::vector<double>{48, 71, 96, 102});
    const std::string text = pdfText(pdf);
    CHECK(hasLineWith(text, {"Ferritin", "48", "µg/L", "L (Low)"}));
    CHECK(hasLineWith(text, {"Ferritin", "71", "µg/L"}));
    CHECK(hasLineWith(text, {"Ferritin", "96", "µg/L", "L (Low)"}));
    CHECK(
        hasLineWith(text, {"Ferritin", "2026-11-20", "102", "µg/L", "N (Normal)", "Labor Mitte"}));
    CHECK(text.find("130") == std::string::npos);
}

TEST_CASE("lab interpretation codes follow the references: L, N, H")
{
    auto lab = [](LabTest test, double value, const char* unit) {
        return LabResult::create(*parseDate("2026-01-01"), test, value, unit).value();
    };
    CHECK(labInterpretation(lab(LabTest::Ferritin, 48, "ug/L"), {}) == LabInterpretation::Low);
    CHECK(labInterpretation(lab(LabTest::Ferritin, 120, "ug/L"), {}) == LabInterpretation::Normal);
    CHECK(labInterpretation(lab(LabTest::Crp, 8, "mg/L"), {}) == LabInterpretation::High);
    CHECK(labInterpretation(lab(LabTest::SerumMagnesium, 0.6, "mmol/L"), {}) ==
          LabInterpretation::Low);
    CHECK(labInterpretation(lab(LabTest::SerumMagnesium, 1.1, "mmol/L"), {}) ==
          LabInterpretation::High);
    CHECK_FALSE(labInterpretation(lab(LabTest::Hemoglobin, 11.5, "g/dL"), {}));
    CHECK(labInterpretation(lab(LabTest::Hemoglobin, 11.5, "g/dL"), RdaProfile::Female31to50) ==
          LabInterpretation::Low);
    CHECK(labInterpretation(lab(LabTest::Hemoglobin, 11.5, "g/dL"), RdaProfile::Pregnant) ==
          LabInterpretation::Normal);
}

TEST_CASE("the dosing timeline has a lane per product, medicines included, with lab dates")
{
    DemoJournalFolder demo;
    JournalRecords records = demo.records;
    addPramipexole(records);
    ReportContent content;
    const auto pdf = writeReport(demo.folder, records, twelveWeekOptions(PaperSize::A4),
                                 "timeline.pdf", &content);
    const auto& regimens = content.figures.regimens;
    const auto pramipexole = std::find_if(regimens.begin(), regimens.end(),
                                          [](const Regimen& r) { return r.name == "pramipexole"; });
    REQUIRE(pramipexole != regimens.end());
    CHECK(formatDate(pramipexole->start) == "2026-10-01");
    CHECK(formatDate(pramipexole->stop) == "2026-10-20");
    CHECK(pramipexole->daysTaken == 20);
    const std::string text = pdfText(pdf);
    CHECK(text.find("Dosing timeline") != std::string::npos);
    CHECK(hasLineWith(text, {"pramipexole, 21:00"}));
    CHECK(hasLineWith(text, {"pramipexole", "medicine", "2026-10-01 to 2026-10-20",
                             "20 of 20 (100 %)", "1", "0.125", "21:00"}));
    // The demo's ferritin of 2026-10-18 is inside the period: marked on the axis.
    CHECK(text.find("lab 10-18") != std::string::npos);
}

TEST_CASE("a long product name wraps in the timeline instead of being clipped")
{
    DemoJournalFolder demo;
    JournalRecords records = demo.records;
    const std::string label =
        "Magnesium bisglycinate chelate buffered extra strength capsules from the pharmacy";
    Date date = *parseDate("2026-09-10");
    for (int i = 0; i < 10; ++i, date = addDays(date, 1)) {
        IntakeEntry entry;
        entry.takenAt = *parseLocalDateTime(formatDate(date) + "T20:00", "test");
        entry.nutrient = Nutrient::Magnesium;
        entry.form = "glycinate";
        entry.elementalMg = 200;
        entry.label = label;
        records.intakes.push_back(Intake::create(entry).value());
    }
    const auto pdf =
        writeReport(demo.folder, records, twelveWeekOptions(PaperSize::A4), "long.pdf");
    const std::string text = flat(pdfText(pdf));
    for (const char* word : {"Magnesium bisglycinate", "buffered", "capsules", "pharmacy, 20:00"})
        CHECK(text.find(word) != std::string::npos);
}

TEST_CASE("intake is shown against the journal's RDA profile and both upper limits")
{
    DemoJournalFolder demo;
    JournalRecords records = demo.records;
    REQUIRE(records.settings.set("rda_profile", "male_31_plus").ok());
    ReportContent content;
    auto pdf =
        writeReport(demo.folder, records, twelveWeekOptions(PaperSize::A4), "rda.pdf", &content);
    REQUIRE(content.rdaProfile == RdaProfile::Male31Plus);
    std::string text = pdfText(pdf);
    CHECK(hasLineWith(text, {"Magnesium", "420", "350 (supplements only)"}));
    CHECK(hasLineWith(text, {"Iron", "8", "45 (all iron)"}));
    CHECK(text.find("Iron, mean mg per day of each week") != std::string::npos);

    // An option overrides the journal's setting (the CLI's --rda-profile).
    ReportOptions options = twelveWeekOptions(PaperSize::A4);
    options.rdaProfile = RdaProfile::Female19to30;
    pdf = writeReport(demo.folder, records, options, "rda2.pdf", &content);
    text = pdfText(pdf);
    CHECK(hasLineWith(text, {"Magnesium", "310", "350 (supplements only)"}));
    CHECK(hasLineWith(text, {"Iron", "18", "45 (all iron)"}));
}

TEST_CASE("weeks follow the journal's week start and a cut week is marked partial")
{
    DemoJournalFolder demo;
    JournalRecords records = demo.records;
    ReportOptions options = twelveWeekOptions(PaperSize::A4);
    options.from = *parseDate("2026-09-02"); // a Wednesday
    ReportContent content;
    auto pdf = writeReport(demo.folder, records, options, "weeks.pdf", &content);
    REQUIRE(content.weekStart == WeekStart::Monday);
    const auto& weeks = content.figures.weeks;
    REQUIRE(weeks.size() == 12);
    CHECK(formatDate(weeks.front().start) == "2026-08-31");
    CHECK(weeks.front().partial());
    CHECK(weeks.front().daysInPeriod == 5);
    CHECK_FALSE(weeks.back().partial());
    CHECK(flat(pdfText(pdf)).find(std::to_string(weeks.front().nights) + " night") !=
          std::string::npos);

    REQUIRE(records.settings.set("week_start", "sunday").ok());
    pdf = writeReport(demo.folder, records, options, "sunday.pdf", &content);
    CHECK(content.weekStart == WeekStart::Sunday);
    CHECK(formatDate(content.figures.weeks.front().start) == "2026-08-30");
    CHECK(formatDate(content.figures.weeks.back().start) == "2026-11-22");
    CHECK(content.figures.weeks.back().daysInPeriod == 1);
    CHECK(flat(pdfText(pdf)).find("weeks from Sunday") != std::string::npos);
    // The weekly table and the weekly trend charts use the same weeks as the intake bars.
    REQUIRE_FALSE(content.statistics.weekly.empty());
    for (const WeeklySummary& week : content.statistics.weekly)
        CHECK(mondayOfWeek(addDays(week.weekStart, 1)) == addDays(week.weekStart, 1)); // a Sunday
}

TEST_CASE("iron doses are put in context: magnesium and vitamin C in the same hour")
{
    JournalRecords records;
    auto intake = [&](const char* when, Nutrient nutrient, const char* form, double mg) {
        IntakeEntry entry;
        entry.takenAt = *parseLocalDateTime(when, "test");
        entry.nutrient = nutrient;
        entry.form = form;
        entry.elementalMg = mg;
        records.intakes.push_back(Intake::create(entry).value());
    };
    intake("2026-05-01T08:00", Nutrient::Iron, "ferrous_sulfate", 65);
    intake("2026-05-01T08:30", Nutrient::Magnesium, "citrate", 100);
    intake("2026-05-02T08:00", Nutrient::Iron, "ferrous_sulfate", 65);
    intake("2026-05-02T08:10", Nutrient::VitaminC, "unknown", 500);
    intake("2026-05-03T08:00", Nutrient::Iron, "ferrous_sulfate", 65);
    intake("2026-05-03T11:00", Nutrient::Magnesium, "citrate", 100);
    const ReportFigures figures = reportFigures(records, *parseDate("2026-05-01"),
                                                *parseDate("2026-05-03"), WeekStart::Monday, 350);
    CHECK(figures.ironContext.ironDoses == 3);
    CHECK(figures.ironContext.withMagnesiumSameHour == 1);
    CHECK(figures.ironContext.withVitaminCSameHour == 1);
    CHECK(figures.split.daysOverIronUpperLimit == 3);
}

TEST_CASE("a self-experiment in the period shows its adherence once it has ended, not before")
{
    DemoJournalFolder demo;
    JournalRecords records = demo.records;
    auto plan = [](const char* start) {
        ExperimentPlan p;
        p.id = newExperimentId();
        p.exposure = "magnesium_mg";
        p.outcome = "severity";
        p.dose = 300;
        p.seed = 42;
        p.start = *parseDate(start);
        p.savedAt = "2026-07-01T10:00:00Z";
        REQUIRE(validateExperimentPlan(p).ok());
        return p;
    };
    records.experiments.push_back(plan("2026-07-27")); // 12 weeks: ended 2026-10-18
    records.experiments.push_back(plan("2026-11-01")); // still running on 2026-11-23
    ReportContent content;
    const auto pdf = writeReport(demo.folder, records, twelveWeekOptions(PaperSize::A4),
                                 "experiments.pdf", &content);
    REQUIRE(content.experiments.size() == 2);
    REQUIRE(content.experiments[0].result);
    CHECK_FALSE(content.experiments[1].result);
    const std::string text = flat(pdfText(pdf));
    CHECK(text.find("Self-experiments") != std::string::npos);
    REQUIRE(content.experiments[0].result->adherence);
    CHECK(text.find("followed the randomized schedule on " +
                    fixed(*content.experiments[0].result->adherence * 100, 0) + " %") !=
          std::string::npos);
    CHECK(text.find("Running: the result") != std::string::npos);
}

TEST_CASE("the report speaks of the patient in the third person throughout")
{
    DemoJournalFolder demo;
    ReportOptions options = twelveWeekOptions(PaperSize::A4);
    options.comparison =
        ComparisonRequest{"severity", *parseDate("2026-07-26"), *parseDate("2026-08-31"),
                          *parseDate("2026-10-01"), *parseDate("2026-11-22")};
    const auto pdf = writeReport(demo.folder, demo.records, options, "third.pdf");
    const std::string text = " " + flat(pdfText(pdf)) + " ";
    CHECK(text.find("The patient's average") != std::string::npos);
    for (const char* word : {" you ", " You ", " your ", " Your ", " you.", " you,"}) {
        INFO(word);
        CHECK(text.find(word) == std::string::npos);
    }
}

TEST_CASE("page 1 says how many nights came from a device and which keep a device's record")
{
    DemoJournalFolder demo;
    const Date fromDevice = *parseDate("2026-11-20");
    const Date besideDiary = *parseDate("2026-11-21");
    std::erase_if(demo.records.nights, [&](const Night& night) {
        return night.date() == fromDevice || night.date() == besideDiary;
    });
    NightEntry imported;
    imported.date = fromDevice;
    imported.severity = 4;
    imported.source = EntrySource::Fitbit;
    imported.sourceName = "Charge 6";
    NightEntry typed;
    typed.date = besideDiary;
    typed.severity = 5;
    // The diary: 22:30 to 06:30 in bed, 30 min to fall asleep, 2 awakenings, 30 min awake:
    // 7:00 asleep, 87.5 %. The device: 22:30 to 06:30, 10 min, 5 awakenings, 50 min: 7:00.
    const auto clock = [&](int dayOffset, const char* time) {
        return *parseLocalDateTime(formatDate(addDays(besideDiary, dayOffset)) + "T" + time, "t");
    };
    typed.sleep = SleepDiaryTimes{clock(0, "22:30"), clock(0, "22:30"), 30, 2, 30,
                                  clock(1, "06:30"), clock(1, "06:30")};
    typed.deviceSleep = DeviceSleep{
        EntrySource::Fitbit, "Charge 6",
        SleepDiaryTimes{clock(0, "22:30"), clock(0, "22:30"), 10, 5, 50, clock(1, "06:30"),
                        clock(1, "06:30")}};
    for (const NightEntry& entry : {imported, typed}) {
        auto night = Night::create(entry);
        REQUIRE(night.ok());
        demo.records.nights.push_back(std::move(night).value());
    }

    ReportContent content;
    const auto pdf = writeReport(demo.folder, demo.records, twelveWeekOptions(PaperSize::A4),
                                 "devices.pdf", &content);
    CHECK(content.figures.deviceNights == std::map<std::string, int>{{"Charge 6", 1}});
    CHECK(content.figures.nightsWithDeviceSleep == 1);
    const std::string page1 = flat(pdfText(pdf, 1));
    CHECK(page1.find("Nights imported from a device or app") != std::string::npos);
    CHECK(page1.find("Charge 6: 1") != std::string::npos);
    CHECK(page1.find("Device sleep kept beside the diary") != std::string::npos);
    // Both records of that night side by side in their own table.
    REQUIRE(content.figures.deviceSleepBeside.size() == 1);
    const DeviceSleepBeside& beside = content.figures.deviceSleepBeside.front();
    CHECK(beside.date == besideDiary);
    REQUIRE(beside.diary);
    REQUIRE(beside.device);
    CHECK(beside.diary->totalSleepMin == 420);
    CHECK(beside.device->totalSleepMin == 420);
    CHECK(beside.diaryAwakenings == 2);
    CHECK(beside.deviceAwakenings == 5);
    const std::string text = flat(pdfText(pdf));
    CHECK(text.find("the device's are shown for comparison") != std::string::npos);
    CHECK(text.find(formatDate(besideDiary) + " Charge 6 7:00 88 % 2 7:00 88 % 5") !=
          std::string::npos);
}

TEST_CASE("the year at a glance is printed for each year the period touches, nights counted")
{
    DemoJournalFolder demo;
    ReportOptions options = twelveWeekOptions(PaperSize::A4);
    const Date notLogged = addDays(options.to, -3);
    std::erase_if(demo.records.nights,
                  [&](const Night& night) { return night.date() == notLogged; });

    ReportContent content;
    auto pdf = writeReport(demo.folder, demo.records, options, "year.pdf", &content);
    REQUIRE(content.years.size() == 1);
    const YearCalendar& year = content.years.front();
    CHECK(year.year == int(options.to.year()));
    REQUIRE(year.day(notLogged));
    CHECK(year.day(notLogged)->night == CalendarNight::Missing);
    // The night after the period's end has not happened for the report: blank, not missing.
    CHECK(year.day(addDays(options.to, 1))->night == CalendarNight::Outside);
    int missing = 0;
    for (const CalendarDay& day : year.days)
        missing += day.date >= options.from && day.date <= options.to &&
                   day.night == CalendarNight::Missing;
    CHECK(missing >= 1);
    const std::string text = flat(pdfText(pdf));
    CHECK(text.find("The year at a glance") != std::string::npos);
    CHECK(text.find(std::to_string(missing) + " not logged") != std::string::npos);

    options.from = *parseDate(std::to_string(int(options.to.year()) - 1) + "-12-01");
    writeReport(demo.folder, demo.records, options, "two-years.pdf", &content);
    REQUIRE(content.years.size() == 2);
    CHECK(content.years.front().year + 1 == content.years.back().year);
}

} // namespace QUIETLEGS_TEST_FILE
