#include "ReportStyle.h"
#include "quietlegs/core/LabReference.h"
#include "quietlegs/report/NutritionistReport.h"

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addLabHistory()
{
    const ReportFigures& figures = m_content.figures;
    addHeading(tr("Lab history"));
    if (figures.labHistory.empty()) {
        addParagraph(tr("No blood test recorded up to %1.").arg(dateText(m_content.options.to)));
        return;
    }
    // Every result of each test up to the period's end: the series tells the story
    // (ferritin 48, 71, 96), not the latest value alone.
    std::vector<TableRow> rows;
    for (const LabResult& result : figures.labHistory) {
        const auto reference = labReference(result.test(), m_content.rdaProfile);
        const auto interpretation = labInterpretation(result, m_content.rdaProfile);
        QString flag = QStringLiteral("–");
        if (interpretation) {
            flag = QStringLiteral("%1 (%2)").arg(qs(labInterpretationCode(*interpretation)),
                                                 named(labInterpretationText(*interpretation)));
        }
        rows.push_back(
            TableRow{{named(labTestDisplayName(result.test())), dateText(result.date()),
                      QString::number(result.valueInDisplayUnit(), 'g', 4),
                      qs(labUnitSymbol(result.displayUnit())),
                      reference ? named(reference->description) : tr("none for this profile"), flag,
                      result.laboratory().empty() ? QStringLiteral("–") : qs(result.laboratory())},
                     {},
                     interpretation && *interpretation != LabInterpretation::Normal});
    }
    const Qt::Alignment right = Qt::AlignRight;
    addTable({{tr("Test"), 1.0},
              {tr("Date"), 0.85},
              {tr("Value"), 0.5, right},
              {tr("Unit"), 0.5},
              {tr("Reference"), 1.9},
              {tr("Flag"), 0.7},
              {tr("Laboratory"), 1.0}},
             rows);
    addParagraph(tr("Every result of each test up to %1, including those before the period. "
                    "Flags: L low, N normal, H high. Ferritin and transferrin saturation are "
                    "read against the thresholds of the %2 (iron supplementation is recommended "
                    "when ferritin is at or below 75 µg/L or transferrin saturation is below "
                    "20 %; for ferritin 75-100 µg/L only intravenous iron); CRP above 5 mg/L "
                    "(WHO 2020: ferritin may then overstate iron stores); haemoglobin against "
                    "the WHO 2011 anaemia limits of the RDA profile. Assays differ between "
                    "laboratories. Bold rows are flagged.")
                     .arg(dateText(m_content.options.to), named(kAasmGuideline)),
                 font(kSmallSize));
}

} // namespace quietlegs
