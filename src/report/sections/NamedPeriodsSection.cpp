#include "ReportStyle.h"
#include "quietlegs/report/NutritionistReport.h"

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addNamedPeriods()
{
    const auto& periods = m_content.options.periods;
    if (periods.empty())
        return;
    addHeading(tr("Periods compared"));
    addParagraph(tr("Periods the patient chose (for instance before supplements, with magnesium, "
                    "with magnesium and iron), side by side. Means only: descriptive, not a test "
                    "of a difference (the before/after section has the interrupted time series)."));
    std::vector<TableRow> rows;
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const PeriodSummary& s = m_content.periodSummaries[i];
        const IntakeSplit& split = m_content.periodSplits[i];
        rows.push_back({{fromPlain(periods[i].name),
                         tr("%1 to %2").arg(dateText(periods[i].from), dateText(periods[i].to)),
                         QString::number(s.nightsLogged), fixed(s.irlsMean, 1),
                         fixed(s.severityMean, 1), fixed(s.sleepEfficiencyMean, 1),
                         fixed(split.magnesiumSupplementMg, 0), fixed(split.magnesiumFoodMg, 0),
                         fixed(split.ironSupplementMg, 1), fixed(split.ironFoodMg, 1)}});
    }
    const Qt::Alignment right = Qt::AlignRight;
    addTable({{tr("Period"), 1.0},
              {tr("Dates"), 2.2},
              {tr("Nights"), 0.6, right},
              {tr("IRLS-style"), 0.6, right},
              {tr("Severity"), 0.75, right},
              {tr("Sleep eff. %"), 0.6, right},
              {tr("Mg suppl. mg/day"), 0.7, right},
              {tr("Mg food mg/day"), 0.7, right},
              {tr("Iron suppl. mg/day"), 0.7, right},
              {tr("Iron food mg/day"), 0.7, right}},
             rows);
}

} // namespace quietlegs
