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
    addParagraph(fromPlain(comparisonSentence(comparison)));
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
    const TwoSampleTest& test = comparison.test;
    auto number = [](std::optional<double> v, int decimals) {
        return v ? fromPlain(formatNumber(*v, decimals)) : QStringLiteral("–");
    };
    auto pValue = [](std::optional<double> v) {
        return v ? fromPlain(formatPValue(*v)) : QStringLiteral("–");
    };
    std::vector<TableRow> tests{
        {{tr("Difference of means (B - A)"), number(test.difference, 1)}, {}, false},
        {{tr("Welch t (df)"), test.welchT ? QStringLiteral("%1 (%2)").arg(number(test.welchT, 2),
                                                                          number(test.welchDf, 1))
                                          : QStringLiteral("–")},
         {},
         false},
        {{tr("Welch test, two-sided p"), pValue(test.welchP)}, {}, false},
        {{tr("Mann-Whitney U test, two-sided p"), pValue(test.mannWhitneyP)}, {}, false},
        {{tr("Hedges g"), number(test.hedgesG, 2)}, {}, false}};
    addTable({{tr("Test"), 2}, {tr("Value"), 1, right}}, tests);
}

} // namespace quietlegs
