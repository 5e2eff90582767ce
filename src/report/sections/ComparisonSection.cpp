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
    // The ITS in words, with the professional's regression-to-the-mean sentence when flagged.
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
    auto number = [](std::optional<double> v, int decimals) {
        return v ? fromPlain(formatNumber(*v, decimals)) : QStringLiteral("–");
    };
    auto pValue = [](std::optional<double> v) {
        return v ? fromPlain(formatPValue(*v)) : QStringLiteral("–");
    };
    auto interval = [](const std::optional<Interval>& ci, int decimals) {
        return ci ? tr("%1 to %2")
                        .arg(fromPlain(formatNumber(ci->low, decimals)),
                             fromPlain(formatNumber(ci->high, decimals)))
                  : QStringLiteral("–");
    };
    const InterruptedTimeSeries& its = comparison.its;
    const auto coefficient = [&](const QString& name, const ItsCoefficient& c, int decimals) {
        return TableRow{
            {name, number(c.estimate, decimals), interval(c.ci95, decimals), pValue(c.p)},
            {},
            false};
    };
    std::vector<TableRow> figures{
        {{tr("Difference of means (B - A), descriptive"), number(comparison.difference, 2),
          QStringLiteral("–"), QStringLiteral("–")},
         {},
         false},
        {{tr("Hedges g (exact small-sample correction)"), number(comparison.hedgesG, 2),
          QStringLiteral("–"), QStringLiteral("–")},
         {},
         false},
        coefficient(tr("ITS change of level at B"), its.levelChange, 2),
        coefficient(tr("ITS change of slope (per day)"), its.slopeChange, 3),
        {{tr("ITS nights; AR(1) phi"),
          tr("%1; %2").arg(QString::number(its.n), number(its.phi, 2)), QStringLiteral("–"),
          QStringLiteral("–")},
         {},
         false}};
    addTable({{tr("Figure"), 2.2},
              {tr("Estimate"), 0.8, right},
              {tr("95% interval"), 1.1, right},
              {tr("p"), 0.6, right}},
             figures);
    if (its.note)
        addParagraph(tr("Interrupted time series: %1 (each period needs at least %2 nights with "
                        "the outcome, and varying nights).")
                         .arg(named(noteText(*its.note)))
                         .arg(kMinimumPairsForFinding),
                     font(kSmallSize));
    addParagraph(tr("Interrupted time series (segmented regression): %1 ~ day + after + days "
                    "since B began, AR(1) errors, maximum likelihood, over the nights of A and "
                    "B; the days between them are left out. Welch and Mann-Whitney tests are "
                    "not reported: they assume independent nights.")
                     .arg(named(outcomeDisplayName(comparison.outcome))),
                 font(kSmallSize));
}

} // namespace quietlegs
