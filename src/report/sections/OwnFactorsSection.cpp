// The person's own factors (issue 21), beside the weekly table's triggers.
#include "ReportStyle.h"
#include "quietlegs/report/NutritionistReport.h"

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addOwnFactors()
{
    if (m_content.ownFactors.empty())
        return; // nobody defined any: no section
    addHeading(tr("The patient's own factors"));
    std::vector<TableRow> rows;
    for (const FactorSummary& summary : m_content.ownFactors) {
        const bool yesNo = summary.factor.kind() == FactorKind::YesNo;
        const QString unit = yesNo ? tr("yes/no") : QString::fromStdString(summary.factor.unit());
        const QString figure =
            yesNo ? tr("%n day(s) yes", "", summary.daysYes)
                  : (summary.mean ? QString::number(*summary.mean, 'f', 1) : QStringLiteral("–"));
        rows.push_back(TableRow{{QString::fromStdString(summary.factor.name()), unit,
                                 QString::number(summary.daysLogged), figure},
                                {},
                                false});
    }
    const Qt::Alignment right = Qt::AlignRight;
    addTable({{tr("Factor"), 2.0},
              {tr("Unit"), 0.9},
              {tr("Days logged"), 0.9, right},
              {tr("Mean, or days \"yes\""), 1.3, right}},
             rows);
    addParagraph(tr("Factors the person chose to track. A number factor's mean is over the days "
                    "it was logged; a yes/no factor not logged on a day is unknown there, not "
                    "\"no\"."),
                 font(kSmallSize));
}

} // namespace quietlegs
