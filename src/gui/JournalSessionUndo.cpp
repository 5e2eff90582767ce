// Edit > Undo and Redo that a full disk can refuse (issue 20).
#include "JournalChange.h"
#include "JournalSession.h"

#include <QUndoStack>

namespace quietlegs {

bool JournalSession::undo()
{
    return undoOrRedo(true);
}

bool JournalSession::redo()
{
    return undoOrRedo(false);
}

bool JournalSession::undoOrRedo(bool back)
{
    if (!m_journal || !(back ? m_undoStack->canUndo() : m_undoStack->canRedo()))
        return false;
    if (isReadOnly()) {
        emit errorOccurred(readOnlyMessage());
        return false;
    }
    // QUndoStack moves whatever its commands do, so the step's changes run first, in one
    // transaction whose COMMIT is checked (a full disk shows only there), and the stack is
    // put back when the journal refused them.
    const int index = m_undoStack->index();
    JournalChange::Batch batch;
    const Status status = m_journal->inTransaction([&]() -> Status {
        back ? m_undoStack->undo() : m_undoStack->redo();
        return batch.status();
    });
    if (!status) {
        JournalChange::Batch putBack(false); // the flags and index only: the journal is as it was
        m_undoStack->setIndex(index);
    }
    batch.notifyAll();
    if (!status)
        report(status.error());
    return status.ok();
}

} // namespace quietlegs
