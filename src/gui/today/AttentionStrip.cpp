#include "AttentionStrip.h"

#include "Conversions.h"
#include "JournalSession.h"
#include "quietlegs/analysis/JournalAlerts.h"
#include "quietlegs/report/AlertWording.h"
#include "widgets/ElidedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace quietlegs {

AttentionStrip::AttentionStrip(JournalSession* session, QWidget* parent)
    : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("attentionStrip"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Attention"));
    // The heading beside the lines, not above them: one line less between the date and the
    // night's fields.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto* title = new QLabel(tr("<b>Attention</b> (not a diagnosis):"), this);
    title->setToolTip(tr("Flags to take to your doctor, not a diagnosis"));
    layout->addWidget(title, 0, Qt::AlignTop);
    m_list = new QVBoxLayout;
    layout->addLayout(m_list, 1);

    connect(session, &JournalSession::journalOpened, this, &AttentionStrip::refresh);
    connect(session, &JournalSession::journalChanged, this, &AttentionStrip::refresh);
    connect(session, &JournalSession::labsChanged, this, &AttentionStrip::refresh);
    connect(session, &JournalSession::intakesChanged, this, &AttentionStrip::refresh);
    connect(session, &JournalSession::settingsChanged, this, &AttentionStrip::refresh);
    refresh();
}

void AttentionStrip::refresh()
{
    m_alerts.clear();
    if (m_session->isOpen()) {
        auto active = journalAlerts(m_session->journal(), localToday());
        if (active)
            m_alerts = std::move(active).value();
    }
    for (QLabel* line : m_lines)
        delete line; // owned by this strip; rebuilt below
    m_lines.clear();
    const AlertWording wording(AlertReader::Person);
    for (const Alert& alert : m_alerts) {
        const QString title = AlertWording::title(alert.kind);
        const QString details = tr("Rule: %1\nSource: %2")
                                    .arg(wording.rule(alert), AlertWording::source(alert));
        // Cut with "…" to its own width whenever the layout sizes it.
        auto* line = new ElidedLabel(this);
        const QString whole =
            tr("%1 (%2): %3")
                .arg(title, QLocale().toString(toQDate(alert.date), QLocale::ShortFormat),
                     wording.sentence(alert));
        line->setWholeText(whole);
        // One line, as wide as the strip allows: it never widens the window.
        line->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        line->setMinimumWidth(1);
        line->setToolTip(whole + QStringLiteral("\n\n") + details);
        line->setAccessibleName(title);
        line->setAccessibleDescription(whole + QLatin1Char('\n') + details);
        // Reachable by Tab, and selectable so a screen reader or a copy can read it whole.
        line->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        line->setFocusPolicy(Qt::StrongFocus); // after the flags, which set their own policy
        line->setProperty("alertKind", toQString(alertKindId(alert.kind)));
        m_list->addWidget(line);
        m_lines.push_back(line);
    }
    setVisible(!m_alerts.empty());
}

} // namespace quietlegs
