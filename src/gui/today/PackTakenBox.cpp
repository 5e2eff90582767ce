#include "PackTakenBox.h"

#include "Conversions.h"
#include "JournalSession.h"

#include <QLocale>
#include <QSignalBlocker>

namespace quietlegs {

PackTakenBox::PackTakenBox(JournalSession* session, QWidget* parent)
    : QCheckBox(parent), m_session(session)
{
    setObjectName(QStringLiteral("packTaken"));
    setFocusPolicy(Qt::StrongFocus);
    setVisible(false);
    connect(this, &QCheckBox::clicked, this, &PackTakenBox::logClick);
    // Undo, redo, a plan saved in Insights or a pack logged by quietlegs-cli: all end here.
    connect(session, &JournalSession::journalChanged, this, &PackTakenBox::refresh);
}

void PackTakenBox::setDate(QDate date)
{
    m_date = date;
    refresh();
}

void PackTakenBox::refresh()
{
    const Date day = toDate(m_date);
    const std::vector<ExperimentPlan> plans =
        m_session->isOpen() && m_date.isValid() ? m_session->experiments()
                                                 : std::vector<ExperimentPlan>{};
    const ExperimentPlan* plan = blindedPlanRunningOn(plans, day);
    // A pack is logged once taken: not for days still to come.
    if (!plan || localToday() < day) {
        m_planId.clear();
        setVisible(false);
        return;
    }
    m_planId = plan->id;
    const int pack = *experimentPackOn(*plan, day);
    if (day == localToday())
        setText(tr("Took pack %1 today").arg(pack));
    else
        setText(tr("Took pack %1 on %2")
                    .arg(pack)
                    .arg(QLocale().toString(m_date, tr("dddd d MMMM", "QDate::toString() format"))));
    setToolTip(tr("Tick once you have taken this day's capsule from pack %1 of your blinded "
                  "experiment (Ctrl+Shift+P). What is in it stays hidden until the experiment "
                  "ends.")
                   .arg(pack));
    setAccessibleName(tr("Took pack %1").arg(pack));
    {
        const QSignalBlocker quiet(this);
        setChecked(packTakenOn(*plan, day));
    }
    setEnabled(!m_session->isReadOnly());
    setVisible(true);
}

void PackTakenBox::clickIfShown()
{
    if (isVisible() && isEnabled())
        click();
}

void PackTakenBox::logClick(bool taken)
{
    if (m_planId.empty())
        return;
    // Refused (a full disk): the session has said why; the box shows the journal again.
    if (!m_session->setPackTaken(m_planId, m_date, taken))
        refresh();
}

} // namespace quietlegs
