// JournalSession's self-experiment changes: permanent by design (a pre-registration), so they
// are written straight to the journal rather than pushed on the undo stack.
#include "JournalSession.h"

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

} // namespace quietlegs
