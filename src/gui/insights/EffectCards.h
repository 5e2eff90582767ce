#pragma once

#include "quietlegs/analysis/InsightCards.h"

#include <QWidget>
#include <vector>

class QGridLayout;
class QLabel;

namespace quietlegs {

/// Insights' plain-language cards after the primary question's (issue 24): one per exposure
/// whose effect the journal can estimate, each with its sentence and a link to its table row.
/// The cards and their words come from the analysis layer (exposureCards()).
class EffectCards : public QWidget
{
    Q_OBJECT

public:
    explicit EffectCards(QWidget* parent = nullptr);

    void setCards(std::vector<InsightCard> cards);
    const std::vector<InsightCard>& cards() const { return m_cards; }

signals:
    /// "Show in the table" of a card.
    void relationChosen(const quietlegs::RelationKey& relation);

private:
    std::vector<InsightCard> m_cards;
    QGridLayout* m_grid = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace quietlegs
