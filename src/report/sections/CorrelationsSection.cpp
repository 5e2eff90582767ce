#include "ReportStyle.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/report/NutritionistReport.h"

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addCorrelations()
{
    addHeading(tr("Correlations between intake and the night"));
    const CorrelationTable& table = m_content.statistics.correlations;
    addParagraph(fromPlain(strongestFindingSentence(table)));
    std::vector<TableRow> rows;
    int tableRows = 0;
    for (const CorrelationRow& row : table.rows()) {
        ++tableRows;
        if (row.lagDays > 1)
            continue;
        TableRow cells;
        cells.cells << named(exposureDisplayName(row.exposure))
                    << named(outcomeDisplayName(row.outcome))
                    << (row.lagDays == 0 ? tr("same day") : tr("day before"))
                    << QString::number(row.stats.n);
        if (row.tooFewNights()) {
            cells.cells << tr("not enough nights yet");
            cells.spans = {1, 1, 1, 1, 3};
        } else if (!row.stats.pearsonR) {
            cells.cells << tr("not defined: no variation");
            cells.spans = {1, 1, 1, 1, 3};
        } else {
            cells.cells << fromPlain(formatNumber(*row.stats.pearsonR, 2));
            cells.cells << (row.stats.pearsonCi95
                                ? QStringLiteral("%1 to %2")
                                      .arg(fromPlain(formatNumber(row.stats.pearsonCi95->low, 2)),
                                           fromPlain(formatNumber(row.stats.pearsonCi95->high, 2)))
                                : QStringLiteral("–"));
            cells.cells << (row.qValue ? fromPlain(formatPValue(*row.qValue))
                                       : QStringLiteral("–"));
        }
        rows.push_back(std::move(cells));
    }
    const Qt::Alignment right = Qt::AlignRight;
    addTable({{tr("Taken"), 1.3},
              {tr("Night's outcome"), 1.3},
              {tr("When taken"), 0.9},
              {tr("n"), 0.45, right},
              {tr("r"), 0.6, right},
              {tr("95% interval"), 1.1, right},
              {tr("q"), 0.6, right}},
             rows);
    addParagraph(tr("n: nights with both values. r: Pearson correlation (negative: more intake "
                    "went with a lower value). 95% interval: Fisher z. q: Benjamini-Hochberg "
                    "false discovery rate across all %1 rows for lags 0 to %2, the same figures as "
                    "the Insights view and quietlegs-cli stats (lags 2 and %2 are there). Below "
                    "%3 nights no figure is shown.")
                     .arg(tableRows)
                     .arg(table.maxLag())
                     .arg(kMinimumPairsForFinding),
                 font(kSmallSize));
    addParagraph(fromPlain(correlationCaveat(Exposure::MagnesiumMg)));
}

} // namespace quietlegs
