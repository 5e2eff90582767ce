#include "ReportStyle.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/report/NutritionistReport.h"

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addComparison()
{
    if (!m_content.statistics.comparison)
        return;
    const Comparison& comparison = *m_content.statistics.comparison;
    addHeading(tr("Before and after: %1").arg(named(outcomeDisplayName(comparison.outcome))));
    addParagraph(fromPlain(comparisonSentence(comparison, Audience::Report)));
    auto side = [](const ComparisonSide& s) {
        return QStringList{tr("%1 to %2").arg(dateText(s.from), dateText(s.to)),
                           QString::number(s.n), fixed(s.mean, 1), fixed(s.sd, 1)};
    };
    const Qt::Alignment right = Qt::AlignRight;
    std::vector<TableRow> sides{
        TableRow{QStringList{tr("A (before)")} + side(comparison.a), {}, false},
        TableRow{QStringList{tr("B (after)")} + side(comparison.b), {}, false}};
    addTable({{tr("Period"), 0.9},
              {tr("Dates"), 1.6},
              {tr("Nights"), 0.6, right},
              {tr("Mean"), 0.6, right},
              {tr("SD"), 0.6, right}},
             sides);
    m_layout->addSpace(4 * kUnit);
    const InterruptedTimeSeries& its = comparison.its;
    auto number = [](std::optional<double> v, int decimals) {
        return v ? fromPlain(formatNumber(*v, decimals)) : QStringLiteral("–");
    };
    auto pValue = [](std::optional<double> v) {
        return v ? fromPlain(formatPValue(*v)) : QStringLiteral("–");
    };
    auto interval = [](const std::optional<Interval>& ci, int decimals) {
        return ci ? tr("%1 to %2").arg(fromPlain(formatNumber(ci->low, decimals)),
                                       fromPlain(formatNumber(ci->high, decimals)))
                  : QStringLiteral("–");
    };
    std::vector<TableRow> tests{
        {{tr("Difference of means (B - A)"), number(comparison.difference, 1)}, {}, false},
        {{tr("Hedges g (exact correction)"), number(comparison.hedgesG, 2)}, {}, false},
        {{tr("Level change at B (AR(1) interrupted time series)"),
          number(its.levelChange.estimate, 2)},
         {},
         false},
        {{tr("Level change, 95% interval"), interval(its.levelChange.ci95, 2)}, {}, false},
        {{tr("Level change, two-sided p"), pValue(its.levelChange.p)}, {}, false},
        {{tr("Trend change per day"), number(its.slopeChange.estimate, 3)}, {}, false},
        {{tr("Day-to-day correlation (phi)"), number(its.phi, 2)}, {}, false}};
    addTable({{tr("Test"), 2}, {tr("Value"), 1, right}}, tests);
}

} // namespace quietlegs
