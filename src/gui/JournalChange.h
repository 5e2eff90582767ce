#pragma once

#include "quietlegs/core/Result.h"

#include <QUndoCommand>
#include <functional>
#include <optional>
#include <vector>

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

    /// While a Batch exists (on the GUI thread), every JournalChange undone or redone runs its
    /// step into it instead of on its own: the first failure is kept rather than shown, and
    /// the notifications wait for notifyAll(). JournalSession::undo()/redo() run a whole undo
    /// step this way inside one journal transaction, because QUndoStack cannot refuse a step:
    /// when the journal refuses (a full disk shows only at COMMIT) the transaction is rolled
    /// back and the stack is put back with a Batch that runs no steps.
    class Batch
    {
    public:
        explicit Batch(bool runSteps = true);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

        /// The first step that failed, or success.
        Status status() const;
        /// Runs the notifications collected, once each command.
        void notifyAll();

    private:
        friend class JournalChange;
        bool m_runSteps;
        std::optional<Error> m_failure;
        std::vector<std::function<void()>> m_notifications;
        Batch* m_outer;
    };

private:
    void run(const Step& step);

    Step m_apply;
    Step m_revert;
    std::function<void()> m_notify;
    Failure m_failed;
    bool m_applied = true;
};

} // namespace quietlegs
