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
    m_empty->setVisible(m_cards.empty());
    // A period switch used to build every card anew: each new label was polished and measured
    // several times over (a selectable wrapped label lays its text out through a QTextDocument
    // for each size asked), most of an Insights update. The cards stay; their words change.
    while (m_widgets.size() > m_cards.size()) {
        delete m_widgets.back().frame;
        m_widgets.pop_back();
    }
    for (std::size_t i = 0; i < m_cards.size(); ++i) {
        if (i == m_widgets.size())
            m_widgets.push_back(addCard(int(i)));
        const InsightCard& card = m_cards[i];
        const CardWidgets& widgets = m_widgets[i];
        const QString title = qs(card.title);
        const QString sentence = qs(card.sentence);
        // Only what changed: a label given its own text again would be measured again.
        if (widgets.title->text() != title)
            widgets.title->setText(title);
        const QString showName = tr("Show %1 in the table").arg(title);
        if (widgets.show->accessibleName() != showName)
            widgets.show->setAccessibleName(showName);
        if (widgets.sentence->text() != sentence)
            widgets.sentence->setText(sentence);
    }
}

EffectCards::CardWidgets EffectCards::addCard(int index)
{
    CardWidgets card;
    card.frame = new QFrame(this);
    card.frame->setObjectName(QStringLiteral("effectCard"));
    card.frame->setFrameShape(QFrame::StyledPanel);
    card.title = new QLabel(card.frame);
    QFont bold = card.title->font();
    bold.setBold(true);
    card.title->setFont(bold);
    auto* sentence = new WrappingLabel(card.frame);
    sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    card.sentence = sentence;
    card.show = new QPushButton(tr("Show in the table"), card.frame);
    card.show->setFlat(true);
    // The card's relation when clicked: the card at this place may show another by then.
    connect(card.show, &QPushButton::clicked, this, [this, index] {
        if (std::size_t(index) < m_cards.size())
            emit relationChosen(m_cards[std::size_t(index)].relation);
    });
    auto* cardLayout = new QVBoxLayout(card.frame);
    auto* head = new QHBoxLayout;
    head->addWidget(card.title, 1);
    head->addWidget(card.show);
    cardLayout->addLayout(head);
    cardLayout->addWidget(card.sentence);
    m_grid->addWidget(card.frame, index / kCardColumns, index % kCardColumns);
    return card;
}

} // namespace quietlegs
