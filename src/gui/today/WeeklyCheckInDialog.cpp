#include "WeeklyCheckInDialog.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "widgets/ScoreSpinBox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace quietlegs {

WeeklyCheckInDialog::WeeklyCheckInDialog(QDate weekEnding, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Weekly check-in"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("How were your legs over the <b>past seven days</b>? Score each "
                                "area from 0 to 4; type a digit to score and move on."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* dateRow = new QHBoxLayout;
    auto* dateLabel = new QLabel(tr("Week &ending on:"), this);
    m_weekEnding = new QDateEdit(weekEnding, this);
    m_weekEnding->setCalendarPopup(true);
    m_weekEnding->setAccessibleName(tr("The week's last day"));
    dateLabel->setBuddy(m_weekEnding);
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_weekEnding);
    dateRow->addStretch(1);
    layout->addLayout(dateRow);

    auto* grid = new QGridLayout;
    for (int i = 0; i < kIrlsItemCount; ++i) {
        const QString area = displayName(irlsAreaLabel(i));
        auto* label = new QLabel(tr("&%1. %2").arg(i + 1).arg(area).replace(QStringLiteral("&10."),
                                                                            QStringLiteral("1&0.")),
                                 this);
        auto* item = new ScoreSpinBox(kIrlsItemMax, true, this);
        // Each area's own ends, so that none is scored backwards (relief: 0 is full relief).
        const QString anchors =
            tr("0 = %1 · 4 = %2")
                .arg(displayName(irlsAreaLowAnchor(i)), displayName(irlsAreaHighAnchor(i)));
        item->setAccessibleName(tr("%1, 0 to 4").arg(area));
        item->setAccessibleDescription(anchors);
        item->setToolTip(anchors);
        label->setBuddy(item);
        auto* anchorLabel =
            new QLabel(QStringLiteral("<small>%1</small>").arg(anchors.toHtmlEscaped()), this);
        grid->addWidget(label, i, 0);
        grid->addWidget(item, i, 1);
        grid->addWidget(anchorLabel, i, 2);
        m_items[std::size_t(i)] = item;
        connect(item, &QSpinBox::valueChanged, this, &WeeklyCheckInDialog::revalidate);
    }
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);
    m_total = new QLabel(this);
    m_total->setAccessibleName(tr("IRLS-style weekly total"));
    layout->addWidget(m_total);
    auto* note = new QLabel(tr("<small>An IRLS-style score in QuietLegs' own words; clinicians "
                               "use the licensed IRLS form for a formal assessment.</small>"),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the check-in (Ctrl+Enter)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setFocusProxy(m_items[0]);
    revalidate();
}

QDate WeeklyCheckInDialog::weekEnding() const
{
    return m_weekEnding->date();
}

void WeeklyCheckInDialog::setWeek(const std::optional<WeeklyIrls>& week)
{
    for (int i = 0; i < kIrlsItemCount; ++i)
        m_items[std::size_t(i)]->setValue(week ? week->irls().items()[std::size_t(i)] : -1);
    if (week)
        m_weekEnding->setDate(toQDate(week->weekEnding()));
    revalidate();
}

Result<WeeklyIrls> WeeklyCheckInDialog::week() const
{
    std::vector<int> items;
    for (int i = 0; i < kIrlsItemCount; ++i) {
        if (!m_items[std::size_t(i)]->isRated())
            return Error{"irls_items[" + std::to_string(i) + "]", "",
                         "score every area, 0 when it did not trouble you"};
        items.push_back(m_items[std::size_t(i)]->score());
    }
    return WeeklyIrls::create({toDate(m_weekEnding->date()), items, "manual", ""});
}

void WeeklyCheckInDialog::revalidate()
{
    int scored = 0;
    for (auto* item : m_items)
        scored += item->isRated();
    auto result = week();
    if (result)
        m_total->setText(tr("IRLS-style weekly score: <b>%1</b> of 40 · %2")
                             .arg(result->total())
                             .arg(displayName(irlsBandName(result->band()))));
    else
        m_total->setText(tr("%1 of 10 areas scored").arg(scored));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(result.ok());
}

} // namespace quietlegs
