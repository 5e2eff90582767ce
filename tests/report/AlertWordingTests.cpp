// AlertWording (issue 21): each alert kind worded from its figures, for the person on Today and
// for the professional reader of the report. No translator is loaded here: the English source.
#include "quietlegs/report/AlertWording.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

const Date kDay = *parseDate("2026-12-05");
const Date kEarlier = *parseDate("2026-11-30");

/// One alert of each kind, with figures that show every placeholder.
std::vector<Alert> oneOfEach()
{
    return {
        {AlertKind::MagnesiumUpperLimit, kDay, IntakeOverLimit{350, 2, kDay, 512.4}, "", ""},
        {AlertKind::IronUpperLimit, kDay, IntakeOverLimit{45, 1, kDay, 60.2}, "", ""},
        {AlertKind::FerritinLow, kDay, LabOverThreshold{62.5, kDay, IronFlag::OralOrIvIron}, "",
         ""},
        {AlertKind::TsatLow, kDay, LabOverThreshold{17.25, kDay, IronFlag::LowSaturation}, "", ""},
        {AlertKind::FerritinWithHighCrp, kDay, CrpNearFerritin{12.5, kEarlier, kDay}, "", ""},
        {AlertKind::Augmentation, kDay, OnsetShift{150, false, std::nullopt, 2.5}, "", ""},
    };
}

} // namespace

TEST_CASE("alert wording: every kind fills all its figures, for both readers")
{
    const AlertWording person(AlertReader::Person, QLocale(QLocale::German, QLocale::Germany));
    const AlertWording professional(AlertReader::Professional);
    for (const Alert& alert : oneOfEach()) {
        for (const QString& text : {person.sentence(alert), professional.sentence(alert),
                                    person.rule(alert), AlertWording::title(alert.kind)}) {
            INFO(text.toStdString());
            CHECK_FALSE(text.isEmpty());
            CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("%\\d"))));
        }
    }
}

TEST_CASE("alert wording: the person is told what to do; the professional reader is not")
{
    const AlertWording person(AlertReader::Person, QLocale::c());
    const AlertWording professional(AlertReader::Professional);
    for (const Alert& alert : oneOfEach()) {
        INFO(alertKindId(alert.kind));
        CHECK(person.sentence(alert).contains(QStringLiteral("your doctor")));
        const QString report = professional.sentence(alert);
        CHECK_FALSE(report.contains(QStringLiteral("you"), Qt::CaseInsensitive));
        CHECK_FALSE(report.contains(QStringLiteral("doctor")));
    }
}

TEST_CASE("alert wording: the person's numbers and dates follow the locale, the report's do not")
{
    const Alert ferritin = oneOfEach()[2];
    const AlertWording german(AlertReader::Person, QLocale(QLocale::German, QLocale::Germany));
    CHECK(german.sentence(ferritin).startsWith(QStringLiteral("Latest ferritin 62,5 \u00b5g/L (05.12.26).")));
    const AlertWording report(AlertReader::Professional);
    CHECK(report.sentence(ferritin) ==
          QStringLiteral("Latest ferritin 62.5 \u00b5g/L (2026-12-05). Ferritin at or below 75 "
                         "\u00b5g/L: the AASM 2024 guideline recommends iron supplementation for "
                         "RLS."));
    // The figures that were there: two days of the last 7, the latest total, the limit.
    CHECK(report.sentence(oneOfEach()[0]) ==
          QStringLiteral("Supplemental magnesium was above the upper limit of 350 mg a day on 2 "
                         "of the last 7 days, most recently 2026-12-05 (512 mg). Above it, "
                         "diarrhoea, nausea and cramps become likely."));
    CHECK(report.rule(oneOfEach()[0]).contains(QStringLiteral("above 350 mg on a journal day")));
    CHECK(report.sentence(oneOfEach()[5]) ==
          QStringLiteral("Possible augmentation: in the last 28 nights symptoms began a median "
                         "of 2 h 30 min earlier than in the first 28 nights on the drug (the 28 "
                         "nights before the first dose hold fewer than 14 onset times, so there "
                         "is no baseline without it), and the median severity rose by 2.5 "
                         "points. This is a screen, not a diagnosis."));
}

} // namespace QUIETLEGS_TEST_FILE
