#include "ReportStyle.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/report/NutritionistReport.h"

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addExperiments()
{
    if (m_content.experiments.empty())
        return;
    addHeading(tr("Self-experiments"));
    for (const ReportContent::ExperimentInPeriod& entry : m_content.experiments) {
        const ExperimentPlan& plan = entry.plan;
        addSubheading(tr("%1 on %2, %3 to %4")
                          .arg(fromPlain(plan.exposure), fromPlain(plan.outcome),
                               dateText(plan.start), dateText(experimentEnd(plan))));
        if (!entry.result) {
            addParagraph(tr("Running: the result, including adherence to the schedule, is shown "
                            "once the last block has ended, so that seeing it cannot change how "
                            "the remaining blocks are kept."));
            continue;
        }
        const ExperimentResult& r = *entry.result;
        // Blinded, following the schedule is taking the day's pack (the patient cannot know
        // which days are "on").
        if (r.adherence)
            addParagraph((plan.blinded ? tr("Adherence: the patient logged taking the day's "
                                            "blinded pack on %1 % of the analysed days.")
                                       : tr("Adherence: the patient followed the randomized "
                                            "schedule on %1 % of the analysed days."))
                             .arg(QString::number(*r.adherence * 100, 'f', 0)),
                         font(kBodySize, true));
        auto number = [](std::optional<double> v, int decimals) {
            return v ? fromPlain(formatNumber(*v, decimals)) : QStringLiteral("–");
        };
        const std::vector<TableRow> rows{
            {{tr("Nights analysed, on / off"), tr("%1 / %2").arg(r.nOn).arg(r.nOff)}},
            {{tr("Mean on / off"), tr("%1 / %2").arg(number(r.meanOn, 2), number(r.meanOff, 2))}},
            {{tr("Effect of on (AR(1), ML), 95 % interval"),
              r.effectCi95
                  ? tr("%1 (%2 to %3)")
                        .arg(number(r.effect, 2), number(r.effectCi95->low, 2),
                             number(r.effectCi95->high, 2))
                  : (r.effectNote.empty() ? QStringLiteral("–") : fromPlain(r.effectNote))}},
            {{tr("Minimal important difference (set in advance)"), number(plan.mid, 2)}},
            {{tr("Randomization p"),
              r.pRandomization ? fromPlain(formatPValue(*r.pRandomization)) : QStringLiteral("–")}},
            {{tr("Ended early"), r.endedEarly ? tr("yes") : tr("no")}}};
        addTable({{tr("Figure"), 1.6}, {tr("Value"), 1.6}}, rows);
    }
}

} // namespace quietlegs
