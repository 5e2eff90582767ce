// JournalSession's self-experiment changes. Saving a plan and ending it early are permanent by
// design (a pre-registration), so they are written straight to the journal rather than pushed
// on the undo stack; a pack taken is an entry of the day like any other, and undoable.
#include "Conversions.h"
#include "JournalSession.h"

#include <QLocale>

namespace quietlegs {

Status JournalSession::saveExperiment(const ExperimentPlan& plan)
{
    if (!m_journal)
        return Error{"journal", "", "no journal is open"};
    if (Status saved = m_journal->saveExperiment(plan); !saved)
        return saved;
    emit journalChanged();
    return {};
}

Status JournalSession::endExperimentEarly(const std::string& id, const std::string& when)
{
    if (!m_journal)
        return Error{"journal", "", "no journal is open"};
    if (Status ended = m_journal->endExperimentEarly(id, when); !ended)
        return ended;
    emit journalChanged();
    return {};
}

std::vector<ExperimentPlan> JournalSession::experiments() const
{
    if (!m_journal)
        return {};
    auto plans = m_journal->experiments();
    if (!plans) {
        report(plans.error());
        return {};
    }
    return std::move(plans).value();
}

bool JournalSession::setPackTaken(const std::string& id, QDate date, bool taken)
{
    Journal* journal = m_journal.get();
    const Date day = toDate(date);
    auto record = [journal, id, day] { return statusOf(journal->recordPackTaken(id, day)); };
    auto remove = [journal, id, day] { return statusOf(journal->removePackTaken(id, day)); };
    const QString when = QLocale().toString(date, QLocale::ShortFormat);
    if (taken)
        return apply(tr("Log the pack taken on %1").arg(when), record, remove, [] {});
    return apply(tr("Remove the pack taken on %1").arg(when), remove, record, [] {});
}

} // namespace quietlegs
