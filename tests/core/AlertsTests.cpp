#include "quietlegs/core/Alerts.h"
#include "quietlegs/core/LabReference.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono;

namespace {

const Date kToday = *parseDate("2026-12-07");

Intake intake(Date day, Nutrient nutrient, const char* form, double elementalMg)
{
    IntakeEntry entry;
    entry.takenAt = atTime(day, hours(9));
    entry.nutrient = nutrient;
    entry.form = form;
    entry.elementalMg = elementalMg;
    return *Intake::create(entry);
}

LabResult lab(int daysAgo, LabTest test, double value, const char* unit)
{
    return *LabResult::create(addDays(kToday, -daysAgo), test, value, unit);
}

std::vector<Alert> alertsOf(const std::vector<Intake>& intakes, const std::vector<LabResult>& labs,
                            double magnesiumUlMg = kSupplementalMagnesiumUpperLimitMg)
{
    AlertInputs inputs;
    inputs.today = kToday;
    inputs.intakes = intakes;
    inputs.labs = labs;
    inputs.magnesiumUlMg = magnesiumUlMg;
    return activeAlerts(inputs);
}

bool has(const std::vector<Alert>& alerts, AlertKind kind)
{
    return std::any_of(alerts.begin(), alerts.end(),
                       [&](const Alert& a) { return a.kind == kind; });
}

std::vector<Alert> magnesiumAlerts(double supplementMg, int daysAgo = 0, double ul = 350)
{
    return alertsOf(
        {intake(addDays(kToday, -daysAgo), Nutrient::Magnesium, "glycinate", supplementMg)}, {},
        ul);
}

} // namespace

TEST_CASE("supplemental magnesium alerts just above the upper limit, not at it")
{
    CHECK(magnesiumAlerts(349).empty());
    CHECK(magnesiumAlerts(350).empty());
    const auto alerts = magnesiumAlerts(351);
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].kind == AlertKind::MagnesiumUpperLimit);
    CHECK(alertKindId(alerts[0].kind) == "magnesium_upper_limit");
    CHECK(alerts[0].date == kToday);
    CHECK(alertMessage(alerts[0]).find("doctor") != std::string::npos);
    CHECK(alerts[0].ruleSource.find("Food and Nutrition Board") != std::string::npos);
}

TEST_CASE("the magnesium upper limit follows the journal setting magnesium_ul_mg")
{
    CHECK(magnesiumAlerts(251, 0, 250).size() == 1);
    CHECK(magnesiumAlerts(250, 0, 250).empty());
}

TEST_CASE("a magnesium day stays active for the last 7 days and food never counts")
{
    CHECK(magnesiumAlerts(400, 6).size() == 1);
    CHECK(magnesiumAlerts(400, 7).empty());
    CHECK(alertsOf({intake(kToday, Nutrient::Magnesium, "food", 900),
                    intake(kToday, Nutrient::Magnesium, "glycinate", 300)},
                   {})
              .empty());
}

TEST_CASE("several magnesium days make one alert dated by the most recent")
{
    const auto alerts =
        alertsOf({intake(addDays(kToday, -4), Nutrient::Magnesium, "glycinate", 400),
                  intake(addDays(kToday, -2), Nutrient::Magnesium, "glycinate", 500)},
                 {});
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].date == addDays(kToday, -2));
    CHECK(alertMessage(alerts[0]).find("2 of the last 7 days") != std::string::npos);
}

TEST_CASE("iron over 45 mg a day from all sources is information, not alarm")
{
    auto ironAlerts = [](double supplement) {
        return alertsOf({intake(kToday, Nutrient::Iron, "ferrous_sulfate", supplement),
                         intake(kToday, Nutrient::Iron, "food", 5)},
                        {});
    };
    CHECK(ironAlerts(39).empty());
    CHECK(ironAlerts(40).empty()); // 45 mg in all: at the limit
    const auto alerts = ironAlerts(41);
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].kind == AlertKind::IronUpperLimit);
    CHECK(alertMessage(alerts[0]).find("information, not an alarm") != std::string::npos);
    CHECK(alertMessage(alerts[0]).find("prescribed") != std::string::npos);
}

TEST_CASE("the latest ferritin is flagged at and below 100 ug/L per AASM 2024")
{
    auto ferritin = [](double value) {
        return alertsOf({}, {lab(30, LabTest::Ferritin, value, "ug/L")});
    };
    CHECK(has(ferritin(74.9), AlertKind::FerritinLow));
    CHECK(has(ferritin(75), AlertKind::FerritinLow));
    CHECK(has(ferritin(75.1), AlertKind::FerritinLow));
    CHECK(alertMessage(ferritin(75.1)[0]).find("intravenous") != std::string::npos);
    CHECK(has(ferritin(100), AlertKind::FerritinLow));
    CHECK(ferritin(100.1).empty());
    CHECK(ferritin(50)[0].ruleSource.find("AASM 2024") != std::string::npos);
}

TEST_CASE("only the latest result of a test counts")
{
    CHECK(alertsOf({}, {lab(100, LabTest::Ferritin, 30, "ug/L"),
                        lab(10, LabTest::Ferritin, 150, "ug/L")})
              .empty());
    const auto alerts = alertsOf(
        {}, {lab(100, LabTest::Ferritin, 150, "ug/L"), lab(10, LabTest::Ferritin, 30, "ug/L")});
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].date == addDays(kToday, -10));
}

TEST_CASE("transferrin saturation alerts below 20 percent only")
{
    CHECK(has(alertsOf({}, {lab(3, LabTest::Tsat, 19.9, "%")}), AlertKind::TsatLow));
    CHECK(alertsOf({}, {lab(3, LabTest::Tsat, 20, "%")}).empty());
    CHECK(alertsOf({}, {lab(3, LabTest::Tsat, 20.1, "%")}).empty());
}

TEST_CASE("a CRP above 5 mg/L within 7 days of the latest ferritin flags inflammation")
{
    auto withCrp = [](double crp, int crpDaysAgo) {
        return alertsOf({}, {lab(20, LabTest::Ferritin, 150, "ug/L"),
                             lab(crpDaysAgo, LabTest::Crp, crp, "mg/L")});
    };
    CHECK(withCrp(4.9, 20).empty());
    CHECK(withCrp(5, 20).empty());
    const auto alerts = withCrp(5.1, 20);
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].kind == AlertKind::FerritinWithHighCrp);
    CHECK(alerts[0].ruleSource.find("WHO 2020") != std::string::npos);
    CHECK(withCrp(12, 13).size() == 1); // 7 days after
    CHECK(withCrp(12, 27).size() == 1); // 7 days before
    CHECK(withCrp(12, 12).empty());     // 8 days after
    CHECK(withCrp(12, 28).empty());     // 8 days before
}

TEST_CASE("a high CRP shows beside the ferritin it may overstate")
{
    const LabResult ferritin = lab(20, LabTest::Ferritin, 60, "ug/L");
    const std::vector<LabResult> labs = {ferritin, lab(18, LabTest::Crp, 9, "mg/L"),
                                         lab(19, LabTest::Crp, 14, "mg/L")};
    const auto crp = highCrpNear(ferritin, labs);
    REQUIRE(crp);
    CHECK(crp->value() == 14);
    CHECK_FALSE(highCrpNear(labs[1], labs));
}

TEST_CASE("lab reference ranges follow domain.md")
{
    const auto magnesium = labReference(LabTest::SerumMagnesium, std::nullopt);
    REQUIRE(magnesium);
    CHECK(*magnesium->low == 0.75);
    CHECK(*magnesium->high == 0.95);
    CHECK(magnesium->isRange);
    CHECK(*labReference(LabTest::Hemoglobin, RdaProfile::Male31Plus)->low == 13.0);
    CHECK(*labReference(LabTest::Hemoglobin, RdaProfile::Female31to50)->low == 12.0);
    CHECK(*labReference(LabTest::Hemoglobin, RdaProfile::Pregnant)->low == 11.0);
    CHECK_FALSE(labReference(LabTest::Hemoglobin, std::nullopt));
    CHECK(*labReference(LabTest::Ferritin, std::nullopt)->low == 75);
    CHECK(*labReference(LabTest::Ferritin, std::nullopt)->high == 100);
    CHECK(*labReference(LabTest::Tsat, std::nullopt)->low == 20);
    CHECK(*labReference(LabTest::Crp, std::nullopt)->low == 5);
}

TEST_CASE("the iron RDA follows the RDA profile (NIH ODS)")
{
    CHECK(ironRdaMg(RdaProfile::Male19to30) == 8);
    CHECK(ironRdaMg(RdaProfile::Female31to50) == 18);
    CHECK(ironRdaMg(RdaProfile::Female51Plus) == 8);
    CHECK(ironRdaMg(RdaProfile::Pregnant) == 27);
}

// The figures each kind carries at its threshold: what the GUI and the report word in the
// app's language (issue 21). Each is checked just past the rule's edge.
TEST_CASE("an intake alert gives the limit, the days over it and the latest day's total")
{
    const auto magnesium =
        alertsOf({intake(addDays(kToday, -4), Nutrient::Magnesium, "glycinate", 351),
                  intake(addDays(kToday, -2), Nutrient::Magnesium, "glycinate", 350.5)},
                 {});
    REQUIRE(magnesium.size() == 1);
    CHECK(magnesium[0].figures ==
          AlertFigures{IntakeOverLimit{350, 2, addDays(kToday, -2), 350.5}});
    CHECK(magnesiumAlerts(251, 3, 250)[0].figures ==
          AlertFigures{IntakeOverLimit{250, 1, addDays(kToday, -3), 251}});

    const auto iron = alertsOf({intake(kToday, Nutrient::Iron, "ferrous_sulfate", 40.5),
                                intake(kToday, Nutrient::Iron, "food", 5)},
                               {});
    REQUIRE(iron.size() == 1);
    CHECK(iron[0].figures == AlertFigures{IntakeOverLimit{45, 1, kToday, 45.5}});
}

TEST_CASE("a lab alert gives the latest value, its date and the flag at each threshold")
{
    auto figuresOf = [](LabTest test, double value, const char* unit) {
        const auto alerts = alertsOf({}, {lab(30, test, value, unit)});
        REQUIRE(alerts.size() == 1);
        return alerts[0].figures;
    };
    const Date drawn = addDays(kToday, -30);
    CHECK(figuresOf(LabTest::Ferritin, 75, "ug/L") ==
          AlertFigures{LabOverThreshold{75, drawn, IronFlag::OralOrIvIron}});
    CHECK(figuresOf(LabTest::Ferritin, 75.1, "ug/L") ==
          AlertFigures{LabOverThreshold{75.1, drawn, IronFlag::IvIronOnly}});
    CHECK(figuresOf(LabTest::Ferritin, 100, "ug/L") ==
          AlertFigures{LabOverThreshold{100, drawn, IronFlag::IvIronOnly}});
    CHECK(figuresOf(LabTest::Tsat, 19.9, "%") ==
          AlertFigures{LabOverThreshold{19.9, drawn, IronFlag::LowSaturation}});
}

TEST_CASE("a CRP alert gives the CRP, its date and the ferritin's date")
{
    const auto alerts = alertsOf({}, {lab(20, LabTest::Ferritin, 150, "ug/L"),
                                      lab(13, LabTest::Crp, 5.1, "mg/L")});
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].figures ==
          AlertFigures{CrpNearFerritin{5.1, addDays(kToday, -13), addDays(kToday, -20)}});
}

// Augmentation screen (domain.md, "RLS medicines and augmentation").
namespace {

struct Scenario
{
    int regimenDays = 70;     // first dose this many days before today, daily since
    int baselineOnset = 1200; // 20:00 (minutes after 12:00)
    int recentOnset = 960;    // 16:00: 4 h earlier
    int baselineOnsets = 28;  // nights with an onset before the first dose
    int recentOnsets = 28;
    int recentArms = 0; // of the last 14 nights
    int baselineArms = 0;
    int baselineSeverity = 4;
    int recentSeverity = 4;
    int firstNightsOnset = -1; // onset in the first 28 nights on the drug, -1: none
};

struct Screen
{
    std::vector<AugmentationNight> nights;
    std::vector<DopaminergicDose> doses;
};

Screen build(const Scenario& s)
{
    Screen screen;
    const Date firstDose = addDays(kToday, -s.regimenDays);
    for (Date d = firstDose; d <= kToday; d = addDays(d, 1))
        screen.doses.push_back({d});
    for (int i = 1; i <= 28; ++i) {
        AugmentationNight night{addDays(firstDose, -i), std::nullopt, false, s.baselineSeverity};
        if (i <= s.baselineOnsets)
            night.onsetMinutesAfterNoon = s.baselineOnset;
        night.arms = i <= s.baselineArms;
        screen.nights.push_back(night);
    }
    if (s.firstNightsOnset >= 0)
        for (int i = 0; i < 28; ++i)
            screen.nights.push_back(
                {addDays(firstDose, i), s.firstNightsOnset, false, s.baselineSeverity});
    for (int i = 0; i < 28; ++i) {
        AugmentationNight night{addDays(kToday, -i), std::nullopt, i < s.recentArms,
                                s.recentSeverity};
        if (i < s.recentOnsets)
            night.onsetMinutesAfterNoon = s.recentOnset;
        screen.nights.push_back(night);
    }
    return screen;
}

std::optional<Alert> screen(const Scenario& s)
{
    const Screen built = build(s);
    return augmentationAlert(built.nights, built.doses, kToday);
}

} // namespace

TEST_CASE("augmentation: onset 4 h earlier flags; just under 4 h alone does not")
{
    Scenario s;
    s.recentOnset = s.baselineOnset - 241;
    CHECK(screen(s));
    s.recentOnset = s.baselineOnset - 240;
    const auto alert = screen(s);
    REQUIRE(alert);
    CHECK(alert->kind == AlertKind::Augmentation);
    CHECK(alert->date == kToday);
    CHECK(alertMessage(*alert).find("before the first dose") != std::string::npos);
    CHECK(alertMessage(*alert).find("doctor") != std::string::npos);
    CHECK(alert->ruleSource.find("Garcia-Borreguero") != std::string::npos);
    s.recentOnset = s.baselineOnset - 239;
    CHECK_FALSE(screen(s));
}

TEST_CASE("augmentation: 2-4 h earlier flags with arms on 3 of the last 14 nights")
{
    Scenario s;
    s.recentOnset = s.baselineOnset - 120;
    s.recentArms = 2;
    CHECK_FALSE(screen(s));
    s.recentArms = 3;
    CHECK(screen(s));
    s.recentArms = 4;
    CHECK(screen(s));
    s.recentOnset = s.baselineOnset - 119;
    CHECK_FALSE(screen(s));
    s.recentOnset = s.baselineOnset - 121;
    CHECK(screen(s));
}

TEST_CASE("augmentation: arms count only when the baseline had none")
{
    Scenario s;
    s.recentOnset = s.baselineOnset - 180;
    s.recentArms = 5;
    s.baselineArms = 1;
    CHECK_FALSE(screen(s));
    s.baselineArms = 0;
    CHECK(screen(s));
}

TEST_CASE("augmentation: 2-4 h earlier flags with a median severity 2 points higher")
{
    Scenario s;
    s.recentOnset = s.baselineOnset - 150;
    s.recentSeverity = 5;
    CHECK_FALSE(screen(s));
    s.recentSeverity = 6;
    const auto alert = screen(s);
    REQUIRE(alert);
    CHECK(alertMessage(*alert).find("severity") != std::string::npos);
    s.recentSeverity = 7;
    CHECK(screen(s));
}

TEST_CASE("augmentation is screened only after 8 weeks of the regimen")
{
    Scenario s;
    s.regimenDays = 55;
    CHECK_FALSE(screen(s));
    s.regimenDays = 56;
    CHECK(screen(s));
    s.regimenDays = 57;
    CHECK(screen(s));
}

TEST_CASE("augmentation needs 14 onset times in the last 28 nights")
{
    Scenario s;
    s.recentOnsets = 13;
    CHECK_FALSE(screen(s));
    s.recentOnsets = 14;
    CHECK(screen(s));
    s.recentOnsets = 15;
    CHECK(screen(s));
}

TEST_CASE("without 14 onsets before the first dose the first 28 nights on it are the baseline")
{
    Scenario s;
    s.baselineOnsets = 13;
    CHECK_FALSE(screen(s)); // and no nights on the drug to fall back on
    s.firstNightsOnset = 1200;
    const auto alert = screen(s);
    REQUIRE(alert);
    CHECK(alertMessage(*alert).find("first 28 nights on the drug") != std::string::npos);
    s.baselineOnsets = 14;
    s.firstNightsOnset = 960; // would hide the shift, but the real baseline wins
    const auto real = screen(s);
    REQUIRE(real);
    CHECK(alertMessage(*real).find("before the first dose") != std::string::npos);
}

TEST_CASE("augmentation: a regimen stopped more than 3 days ago or paused too long is not screened")
{
    Scenario s;
    Screen built = build(s);
    std::vector<DopaminergicDose> stopped;
    for (const auto& dose : built.doses)
        if (dose.date <= addDays(kToday, -5))
            stopped.push_back(dose);
    CHECK_FALSE(augmentationAlert(built.nights, stopped, kToday));
    std::vector<DopaminergicDose> paused; // a 4-day gap 30 days ago restarts the regimen
    for (const auto& dose : built.doses)
        if (dose.date <= addDays(kToday, -35) || dose.date >= addDays(kToday, -30))
            paused.push_back(dose);
    CHECK_FALSE(augmentationAlert(built.nights, paused, kToday));
    std::vector<DopaminergicDose> shortGap; // a 3-day gap keeps it one regimen
    for (const auto& dose : built.doses)
        if (dose.date <= addDays(kToday, -34) || dose.date >= addDays(kToday, -30))
            shortGap.push_back(dose);
    CHECK(augmentationAlert(built.nights, shortGap, kToday));
}

TEST_CASE("the augmentation alert gives the shift, its baseline and the second sign")
{
    Scenario major;
    major.recentOnset = major.baselineOnset - 240;
    CHECK(screen(major)->figures == AlertFigures{OnsetShift{240, true, std::nullopt, std::nullopt}});
    Scenario arms;
    arms.recentOnset = arms.baselineOnset - 120;
    arms.recentArms = 3;
    CHECK(screen(arms)->figures == AlertFigures{OnsetShift{120, true, 3, std::nullopt}});
    Scenario worse;
    worse.recentOnset = worse.baselineOnset - 150;
    worse.recentSeverity = 6;
    CHECK(screen(worse)->figures == AlertFigures{OnsetShift{150, true, std::nullopt, 2.0}});
    Scenario firstNights;
    firstNights.baselineOnsets = 13;
    firstNights.firstNightsOnset = 1200;
    CHECK(screen(firstNights)->figures ==
          AlertFigures{OnsetShift{240, false, std::nullopt, std::nullopt}});
}

// The English sentence is `alerts --json`'s "message": these are the exact texts the CLI
// printed before the figures were split out, and must not drift.
TEST_CASE("the English alert messages stay as the CLI has always printed them")
{
    auto only = [](const std::vector<Alert>& alerts) {
        REQUIRE(alerts.size() == 1);
        return alertMessage(alerts[0]);
    };
    CHECK(only(magnesiumAlerts(351)) ==
          "Supplemental magnesium was above the upper limit of 350 mg a day on "
          "2026-12-07 (351 mg). Above it, diarrhoea, nausea and cramps become likely. "
          "Talk to your doctor about it.");
    CHECK(only(alertsOf({intake(addDays(kToday, -4), Nutrient::Magnesium, "glycinate", 400),
                         intake(addDays(kToday, -2), Nutrient::Magnesium, "glycinate", 500)},
                        {})) ==
          "Supplemental magnesium was above the upper limit of 350 mg a day on 2 of the "
          "last 7 days, most recently 2026-12-05 (500 mg). Above it, diarrhoea, nausea "
          "and cramps become likely. Talk to your doctor about it.");
    CHECK(only(alertsOf({intake(kToday, Nutrient::Iron, "ferrous_sulfate", 41),
                         intake(kToday, Nutrient::Iron, "food", 5)},
                        {})) ==
          "Iron from all sources came to more than 45 mg a day on 2026-12-07 (46 mg). "
          "This is information, not an alarm: iron therapy your doctor prescribed often "
          "exceeds this limit for the general population. If no doctor prescribed it, "
          "talk to your doctor about it.");
    CHECK(only(alertsOf({}, {lab(30, LabTest::Ferritin, 75, "ug/L")})) ==
          "Latest ferritin 75.0 µg/L (2026-11-07). Ferritin at or below 75 µg/L: the "
          "AASM 2024 guideline recommends iron supplementation for RLS. Discuss with "
          "your doctor.");
    CHECK(only(alertsOf({}, {lab(30, LabTest::Ferritin, 75.1, "ug/L")})) ==
          "Latest ferritin 75.1 µg/L (2026-11-07). Ferritin 75-100 µg/L: the AASM 2024 "
          "guideline suggests only intravenous iron in this range. Discuss with your "
          "doctor.");
    CHECK(only(alertsOf({}, {lab(3, LabTest::Tsat, 19.9, "%")})) ==
          "Latest transferrin saturation 19.9 % (2026-12-04). Transferrin saturation "
          "below 20%: the AASM 2024 guideline recommends iron supplementation for RLS. "
          "Discuss with your doctor.");
    CHECK(only(alertsOf({}, {lab(20, LabTest::Ferritin, 150, "ug/L"),
                             lab(20, LabTest::Crp, 5.1, "mg/L")})) ==
          "CRP was 5.1 mg/L on 2026-11-17, within 7 days of the latest ferritin "
          "(2026-11-17): with inflammation, ferritin may overstate iron stores. Talk to "
          "your doctor about it.");

    Scenario major;
    major.recentOnset = major.baselineOnset - 240;
    CHECK(alertMessage(*screen(major)) ==
          "Possible augmentation: in the last 28 nights symptoms began a median of 4 h "
          "00 min earlier than in the 28 nights before the first dose. This is a "
          "screen, not a diagnosis. Talk to your doctor before changing any medicine.");
    Scenario arms;
    arms.recentOnset = arms.baselineOnset - 121;
    arms.recentArms = 3;
    CHECK(alertMessage(*screen(arms)) ==
          "Possible augmentation: in the last 28 nights symptoms began a median of 2 h "
          "01 min earlier than in the 28 nights before the first dose, and symptoms "
          "beyond the legs were logged on 3 of the last 14 nights. This is a screen, "
          "not a diagnosis. Talk to your doctor before changing any medicine.");
    Scenario worse;
    worse.recentOnset = worse.baselineOnset - 150;
    worse.recentSeverity = 6;
    CHECK(alertMessage(*screen(worse)) ==
          "Possible augmentation: in the last 28 nights symptoms began a median of 2 h "
          "30 min earlier than in the 28 nights before the first dose, and the median "
          "severity rose by 2.0 points. This is a screen, not a diagnosis. Talk to your "
          "doctor before changing any medicine.");
    Scenario firstNights;
    firstNights.baselineOnsets = 13;
    firstNights.firstNightsOnset = 1200;
    CHECK(alertMessage(*screen(firstNights)) ==
          "Possible augmentation: in the last 28 nights symptoms began a median of 4 h "
          "00 min earlier than in the first 28 nights on the drug (the 28 nights before "
          "the first dose hold fewer than 14 onset times, so there is no baseline "
          "without it). This is a screen, not a diagnosis. Talk to your doctor before "
          "changing any medicine.");
}

TEST_CASE("no alerts when nothing passes a rule")
{
    CHECK(alertsOf({}, {}).empty());
    CHECK_FALSE(augmentationAlert({}, {}, kToday));
}

TEST_CASE("a lab result keeps its laboratory up to 200 characters and its drawing conditions")
{
    LabDetails details;
    details.laboratory = std::string(199, 'a') + "\xC3\xA9"; // 200 characters, 201 bytes
    details.morningNoIron24h = true;
    auto result = LabResult::create(kToday, LabTest::Ferritin, 40, "ug/L", details);
    REQUIRE(result);
    CHECK(result->laboratory().size() == 201);
    CHECK(result->morningNoIron24h() == true);
    details.laboratory += "b";
    auto tooLong = LabResult::create(kToday, LabTest::Ferritin, 40, "ug/L", details);
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().field == "laboratory");
}

TEST_CASE("CRP is a lab test in mg/L with LOINC 1988-5, and ug/L is shown as micrograms")
{
    auto crp = LabResult::create(kToday, LabTest::Crp, 3.2, "mg/L");
    REQUIRE(crp);
    CHECK(labTestId(LabTest::Crp) == "crp");
    CHECK(*parseLabTest("crp") == LabTest::Crp);
    CHECK(loincCode(LabTest::Crp, "mg/L") == "1988-5");
    CHECK_FALSE(LabResult::create(kToday, LabTest::Crp, 3.2, "mg/dL"));
    CHECK(labUnitSymbol("ug/L") == "\xC2\xB5g/L");
    CHECK(labUnitSymbol("mg/L") == "mg/L");
    auto typed = LabResult::create(kToday, LabTest::Ferritin, 40, "\xC2\xB5g/L");
    REQUIRE(typed);
    CHECK(typed->unit() == "ug/L");
}

} // namespace QUIETLEGS_TEST_FILE
