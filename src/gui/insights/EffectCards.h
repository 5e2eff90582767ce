#pragma once

#include "quietlegs/analysis/InsightCards.h"

#include <QWidget>
#include <vector>

class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;

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
    /// A card's widgets, kept across setCards(): only their words change with the period.
    struct CardWidgets
    {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* sentence = nullptr;
        QPushButton* show = nullptr;
    };

    CardWidgets addCard(int index);

    std::vector<InsightCard> m_cards;
    std::vector<CardWidgets> m_widgets; // the first m_cards.size() are shown
    QGridLayout* m_grid = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace quietlegs
