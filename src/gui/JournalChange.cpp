#include "JournalChange.h"

namespace quietlegs {

JournalChange::JournalChange(const QString& text, Step apply, Step revert,
                             std::function<void()> notify, Failure failed)
    : QUndoCommand(text), m_apply(std::move(apply)), m_revert(std::move(revert)),
      m_notify(std::move(notify)), m_failed(std::move(failed))
{}

void JournalChange::undo()
{
    run(m_revert);
    m_applied = false;
}

void JournalChange::redo()
{
    if (m_applied)
        return; // applied before it was pushed
    run(m_apply);
    m_applied = true;
}

void JournalChange::run(const Step& step)
{
    // Someone else (the CLI, a second window) may have changed the file meanwhile; then the
    // step fails as a whole and the user is told, rather than the stack pretending.
    if (auto status = step(); !status)
        m_failed(status.error());
    m_notify();
}

} // namespace quietlegs
