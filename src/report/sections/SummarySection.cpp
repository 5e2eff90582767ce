#include "ReportStyle.h"
#include "quietlegs/analysis/EffectWording.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/report/NutritionistReport.h"

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addSummary()
{
    const PeriodSummary& s = m_content.summary;
    addHeading(tr("Summary of the period"));
    // statistics-v2.md section 3: the question asked in advance is answered first.
    const StatisticsReport& statistics = m_content.statistics;
    addParagraph(fromPlain(effectSentence(statistics.primary.effect, statistics.variables)),
                 font(kBodySize, true));
    addParagraph(fromPlain(
        primaryQuestionText(statistics.primary.question, statistics.variables, true) + " " +
        verdictSentence(statistics.primary, statistics.variables, true) + " " +
        std::string(diaryCaveat())));
    std::vector<TableRow> rows;
    auto row = [&rows](const QString& name, const QString& value) {
        rows.push_back(TableRow{{name, value}, {}, false});
    };
    const int periodDays = daysBetween(s.from, s.to) + 1;
    row(tr("Nights logged"),
        tr("%1 of %2 nights in the period").arg(s.nightsLogged).arg(periodDays));
    if (s.irlsMean)
        row(tr("IRLS-style score (0-40), mean"),
            tr("%1 (%2), over %n night(s) with all ten items scored", nullptr, s.irlsNights)
                .arg(fixed(s.irlsMean, 1), named(irlsBandName(*s.irlsBand))));
    else
        row(tr("IRLS-style score (0-40), mean"), tr("no night with all ten items scored"));
    row(tr("Quick severity (0-10), mean"),
        s.severityMean
            ? tr("%1, over %n night(s)", nullptr, s.severityNights).arg(fixed(s.severityMean, 1))
            : tr("not recorded"));
    row(tr("Sleep efficiency, mean"), s.sleepEfficiencyMean
                                          ? tr("%1 %, over %n night(s) with complete diary times",
                                               nullptr, s.sleepEfficiencyNights)
                                                .arg(fixed(s.sleepEfficiencyMean, 1))
                                          : tr("no night with complete diary times"));
    auto perDay = [](std::optional<double> mean, int decimals) {
        return mean ? tr("%1 mg per day").arg(fixed(mean, decimals)) : tr("no day with records");
    };
    row(tr("Magnesium from supplements, by mouth"), perDay(s.supplementMagnesiumMean, 0));
    row(tr("Magnesium from food"), perDay(s.foodMagnesiumMean, 0));
    row(tr("Magnesium on the skin (Epsom baths, oils)"),
        tr("%1, recorded only: skin absorption is unproven, so it is never counted "
           "toward the upper limit or in the statistics")
            .arg(perDay(s.topicalMagnesiumMean, 0)));
    row(tr("Iron by mouth (supplements and food)"), perDay(s.oralIronMean, 1));
    row(tr("Days over the supplemental magnesium limit"),
        tr("%1 of %2 days with records (limit %3 mg/day)")
            .arg(s.daysOverSupplementalLimit)
            .arg(s.recordDays)
            .arg(QString::number(s.supplementalMagnesiumLimitMg, 'g', 6)));
    addTable({{tr("Figure"), 1.3}, {tr("Value"), 1.9}}, rows);
    addParagraph(
        tr("Daily means are elemental mg over the %n day(s) of the period with any record (a "
           "night, an intake or a daily entry); a day with records but no intake counts "
           "as 0 mg. Intakes before 04:00 count for the evening before. The upper limit "
           "(US Food and Nutrition Board, 350 mg/day for adults; EFSA uses 250 mg/day) "
           "is about supplemental magnesium only: food never counts.",
           nullptr, s.recordDays),
        font(kSmallSize));

    addSubheading(tr("Latest blood tests"));
    if (s.latestLabs.empty()) {
        addParagraph(tr("No blood test recorded up to %1.").arg(dateText(s.to)));
        return;
    }
    std::vector<TableRow> labRows;
    for (const LatestLab& lab : s.latestLabs) {
        const LabResult& result = lab.result;
        QString flag;
        if (result.test() == LabTest::Ferritin || result.test() == LabTest::Tsat)
            flag = lab.flag == IronFlag::None ? tr("Above the guideline's thresholds")
                                              : named(ironFlagText(lab.flag));
        else
            flag = tr("Not an iron study: no guideline flag");
        labRows.push_back(TableRow{
            {named(labTestDisplayName(result.test())), dateText(result.date()),
             QStringLiteral("%1 %2").arg(QString::number(result.valueInDisplayUnit(), 'g', 4),
                                         qs(result.displayUnit())),
             flag},
            {},
            lab.flag != IronFlag::None});
    }
    addTable({{tr("Test"), 1.1},
              {tr("Date"), 0.7},
              {tr("Result"), 0.8, Qt::AlignRight},
              {tr("Against the AASM 2024 iron thresholds"), 2.6}},
             labRows);
    addParagraph(tr("Flags compare the latest result of each test, which may be older than the "
                    "period, with the thresholds of the %1: iron supplementation is recommended "
                    "when ferritin is at or below 75 ug/L or transferrin saturation is below 20%; "
                    "for ferritin 75-100 ug/L only intravenous iron. Bold rows are flagged.")
                     .arg(named(kAasmGuideline)),
                 font(kSmallSize));
}

} // namespace quietlegs
