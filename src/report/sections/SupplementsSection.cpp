#include "ReportStyle.h"
#include "quietlegs/report/NutritionistReport.h"

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addSupplements()
{
    addHeading(tr("Supplements and forms taken"));
    const PeriodSummary& s = m_content.summary;
    if (s.supplements.empty()) {
        addParagraph(tr("No supplement or topical product recorded in this period."));
        return;
    }
    std::vector<TableRow> rows;
    bool anyTopical = false;
    for (const SupplementUse& use : s.supplements) {
        const auto form = findForm(use.nutrient, use.form);
        const bool topical = use.route == Route::Topical;
        anyTopical = anyTopical || topical;
        // A bath's salt is not a dose: mark it so nobody reads it as magnesium taken.
        const QString amount = QString::number(use.typicalDailyElementalMg, 'f', 0);
        rows.push_back(TableRow{
            {use.label.empty() ? tr("(no label)") : QString::fromStdString(use.label),
             named(nutrientDisplayName(use.nutrient)),
             form ? named(form->displayName) : QString::fromStdString(use.form),
             topical ? tr("on the skin") : tr("by mouth"), QString::number(use.days),
             topical ? tr("%1 in product*").arg(amount) : amount},
            {},
            false});
    }
    const Qt::Alignment right = Qt::AlignRight;
    addTable({{tr("As labelled"), 1.8},
              {tr("Nutrient"), 0.8},
              {tr("Form"), 1.3},
              {tr("Route"), 0.8},
              {tr("Days"), 0.5, right},
              {tr("Typical mg/day (elemental)"), 1.3, right}},
             rows);
    addParagraph(tr("Typical dose: the median over the days it was taken of that day's elemental "
                    "amount. Elemental amounts come from the label's own figure when entered, "
                    "otherwise from the compound's weight and the form's elemental share.")
                     + (anyTopical ? tr(" *On the skin: the magnesium in the product used (e.g. "
                                        "the Epsom salt in a bath), not an amount absorbed; skin "
                                        "absorption is unproven, so it never counts toward the "
                                        "upper limit or the statistics.")
                                   : QString()),
                 font(kSmallSize));
}

} // namespace quietlegs
