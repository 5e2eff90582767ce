#include "JournalChange.h"

namespace quietlegs {
namespace {

JournalChange::Batch* g_batch = nullptr; // GUI thread only, like the undo stack

} // namespace

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
    if (Batch* batch = g_batch) {
        // Once one step failed the batch's transaction is rolled back anyway: run no more.
        if (batch->m_runSteps && !batch->m_failure)
            if (auto status = step(); !status)
                batch->m_failure = status.error();
        batch->m_notifications.push_back(m_notify);
        return;
    }
    // Someone else (the CLI, a second window) may have changed the file meanwhile; then the
    // step fails as a whole and the user is told, rather than the stack pretending.
    if (auto status = step(); !status)
        m_failed(status.error());
    m_notify();
}

JournalChange::Batch::Batch(bool runSteps) : m_runSteps(runSteps), m_outer(g_batch)
{
    g_batch = this;
}

JournalChange::Batch::~Batch()
{
    g_batch = m_outer;
}

Status JournalChange::Batch::status() const
{
    if (m_failure)
        return *m_failure;
    return {};
}

void JournalChange::Batch::notifyAll()
{
    auto notifications = std::move(m_notifications);
    m_notifications.clear();
    for (const auto& notify : notifications)
        notify();
}

} // namespace quietlegs
