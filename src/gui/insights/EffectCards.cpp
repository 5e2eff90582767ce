#include "EffectCards.h"

#include "QtText.h"
#include "widgets/WrappingLabel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace quietlegs {
namespace {
constexpr int kCardColumns = 2;
} // namespace

EffectCards::EffectCards(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new WrappingLabel(this);
    m_empty->setText(tr("Other exposures get a card here once enough nights record them."));
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
}

void EffectCards::setCards(std::vector<InsightCard> cards)
{
    m_cards = std::move(cards);
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_empty->setVisible(m_cards.empty());
    for (std::size_t i = 0; i < m_cards.size(); ++i) {
        const InsightCard& card = m_cards[i];
        auto* frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("effectCard"));
        frame->setFrameShape(QFrame::StyledPanel);
        auto* title = new QLabel(qs(card.title), frame);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* sentence = new WrappingLabel(frame);
        sentence->setText(qs(card.sentence));
        sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* show = new QPushButton(tr("Show in the table"), frame);
        show->setFlat(true);
        show->setAccessibleName(tr("Show %1 in the table").arg(qs(card.title)));
        const RelationKey relation = card.relation;
        connect(show, &QPushButton::clicked, this,
                [this, relation] { emit relationChosen(relation); });
        auto* cardLayout = new QVBoxLayout(frame);
        auto* head = new QHBoxLayout;
        head->addWidget(title, 1);
        head->addWidget(show);
        cardLayout->addLayout(head);
        cardLayout->addWidget(sentence);
        m_grid->addWidget(frame, int(i) / kCardColumns, int(i) % kCardColumns);
    }
}

} // namespace quietlegs
