#include "quietlegs/analysis/InsightCards.h"

#include "quietlegs/analysis/PlainLanguage.h"

namespace quietlegs {

std::vector<InsightCard> exposureCards(const CorrelationTable& table,
                                       const VariableCatalogue& variables,
                                       const PrimaryQuestion& question)
{
    std::vector<InsightCard> cards;
    const RelationKey& primary = question.relation;
    for (const EffectRow& effect : table.effects()) {
        if (effect.exposure == primary.exposure || effect.outcome != primary.outcome ||
            effect.lagDays != primary.lagDays || !effect.slope || !effect.slopeCi95)
            continue;
        const auto exposure = variables.exposure(effect.exposure);
        cards.push_back(InsightCard{effect.key(),
                                    exposure ? exposure->displayName : effect.exposure,
                                    effectSentence(effect, variables)});
    }
    return cards;
}

} // namespace quietlegs
