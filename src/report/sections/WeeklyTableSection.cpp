#include "ReportStyle.h"
#include "quietlegs/report/NutritionistReport.h"

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addWeeklyTable()
{
    addHeading(tr("Weekly table"));
    std::vector<TableRow> rows;
    for (const WeeklySummary& week : m_content.statistics.weekly) {
        rows.push_back(TableRow{
            {dateText(week.weekStart), QString::number(week.nights),
             fixed(week.mean(Outcome::IrlsTotal), 1), fixed(week.mean(Outcome::Severity), 1),
             fixed(week.mean(Outcome::SleepEfficiency), 1),
             fixed(week.mean(Exposure::MagnesiumMg), 0), fixed(week.mean(Exposure::IronMg), 1),
             fixed(week.mean(Exposure::CaffeineMg), 0), fixed(week.mean(Exposure::AlcoholUnits), 1),
             fixed(week.mean(Exposure::ExerciseMin), 0), fixed(week.mean(Exposure::Stress), 1)},
            {},
            false});
    }
    if (rows.empty()) {
        addParagraph(tr("No records in this period."));
        return;
    }
    const Qt::Alignment right = Qt::AlignRight;
    addTable({{tr("Week of"), 1.25},
              {tr("Nights"), 0.7, right},
              {tr("IRLS-style"), 0.9, right},
              {tr("Severity"), 0.9, right},
              {tr("Sleep eff. %"), 0.9, right},
              {tr("Mg mg/day"), 0.9, right},
              {tr("Iron mg/day"), 0.9, right},
              {tr("Caffeine mg"), 0.9, right},
              {tr("Alcohol units"), 0.9, right},
              {tr("Exercise min"), 0.9, right},
              {tr("Stress 0-10"), 0.9, right}},
             rows);
    addParagraph(tr("Scores are means over the week's nights where they are defined (the "
                    "IRLS-style total only with all ten items); magnesium and iron are elemental "
                    "mg taken by mouth (topical magnesium excluded), averaged over the week's "
                    "dates with any record; \"–\" means nothing to average."),
                 font(kSmallSize));
}

} // namespace quietlegs
