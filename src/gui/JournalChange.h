#pragma once

#include "quietlegs/core/Result.h"

#include <QUndoCommand>
#include <functional>

namespace quietlegs {

/// One undoable change to the journal: a storage call and the storage call that reverts it,
/// each one transaction. The change is applied before the command is pushed (so a refused
/// change never reaches the undo stack); the first redo() from QUndoStack::push is skipped.
class JournalChange : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using Failure = std::function<void(const Error&)>;

    JournalChange(const QString& text, Step apply, Step revert, std::function<void()> notify,
                  Failure failed);

    void undo() override;
    void redo() override;

private:
    void run(const Step& step);

    Step m_apply;
    Step m_revert;
    std::function<void()> m_notify;
    Failure m_failed;
    bool m_applied = true;
};

} // namespace quietlegs
