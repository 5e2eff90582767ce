#include "ReportStyle.h"
#include "quietlegs/analysis/EffectWording.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/report/NutritionistReport.h"

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addCorrelations()
{
    // statistics-v2.md section 7: effects in units per dose with interval and n first, r and q
    // secondary; the primary question first, every other row exploratory.
    addHeading(tr("Effects of intake on the night"));
    const StatisticsReport& statistics = m_content.statistics;
    const VariableCatalogue& variables = statistics.variables;
    addSubheading(tr("Primary question"));
    addParagraph(fromPlain(effectSentence(statistics.primary.effect, variables)),
                 font(kBodySize, true));
    addParagraph(fromPlain(verdictSentence(statistics.primary, variables, true)));

    addSubheading(tr("Exploratory effects"));
    const CorrelationTable& table = statistics.correlations;
    addParagraph(fromPlain(exploratoryNote(table, variables)));
    std::vector<TableRow> rows;
    const auto& effects = table.effects();
    for (std::size_t i = 0; i < table.rows().size(); ++i) {
        const CorrelationRow& row = table.rows()[i];
        // Lags 0 and 1, and the primary question's row whatever its lag: a lag the summary
        // names is in this table (issue 23).
        const RelationKey& primary = statistics.primary.question.relation;
        const bool isPrimary = row.exposure == primary.exposure && row.outcome == primary.outcome &&
                               row.lagDays == primary.lagDays;
        if (row.lagDays > 1 && !isPrimary)
            continue;
        const EffectRow* effect = i < effects.size() ? &effects[i] : nullptr;
        TableRow cells;
        const auto exposure = variables.exposure(row.exposure);
        cells.cells << named(exposureDisplayName(row.exposure))
                    << named(outcomeDisplayName(row.outcome))
                    << QString::number(row.lagDays)
                    << QString::number(row.stats.n);
        cells.cells << (exposure ? fromPlain(displayDoseText(*exposure)) : QString());
        if (row.tooFewNights()) {
            cells.cells << tr("not enough nights yet");
            cells.spans = {1, 1, 1, 1, 1, 4};
        } else if (!effect || !effect->slope) {
            cells.cells << named(noteText(
                effect && effect->note ? *effect->note : FigureNote::NoVariation));
            cells.spans = {1, 1, 1, 1, 1, 4};
        } else {
            cells.cells << fromPlain(effectCellText(*effect, variables));
            cells.cells << fromPlain(effectIntervalCellText(*effect, variables));
            cells.cells << (row.stats.pearsonR ? fromPlain(formatNumber(*row.stats.pearsonR, 2))
                                               : QStringLiteral("–"));
            cells.cells << (effect->qValue ? fromPlain(formatPValue(*effect->qValue))
                                           : QStringLiteral("–"));
        }
        rows.push_back(std::move(cells));
    }
    const Qt::Alignment right = Qt::AlignRight;
    addTable({{tr("Taken"), 1.15},
              {tr("Night's outcome"), 1.45},
              {tr("Lag (days)"), 0.45, right},
              {tr("n"), 0.35, right},
              {tr("Per dose"), 0.55, right},
              {tr("Effect"), 0.75, right},
              {tr("95% interval"), 1.6, right},
              {tr("r"), 0.4, right},
              {tr("q"), 0.4, right}},
             rows);
    addParagraph(tr("Lag: days from the intake to the night (0: the same day). n: nights with both values. Effect: the change of the night's "
                    "outcome per dose, a natural amount (magnesium per 100 mg, iron per 10 mg, caffeine "
                    "per 100 mg, alcohol per unit, exercise per 30 min, stress per point), from a "
                    "regression on the intake and a time trend with AR(1) errors, with its 95% "
                    "interval. r: Pearson correlation, descriptive. q: Benjamini-Hochberg false "
                    "discovery rate over the effects of all %1 rows for lags 0 to %2, the same "
                    "figures as the Insights view and quietlegs-cli stats (lags 2 to %2 are "
                    "there). Below %3 nights no figure is shown.")
                     .arg(table.rows().size())
                     .arg(table.maxLag())
                     .arg(kMinimumPairsForFinding),
                 font(kSmallSize));
    addParagraph(fromPlain(std::string(diaryCaveat())));
}

} // namespace quietlegs
