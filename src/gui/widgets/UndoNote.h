#pragma once

#include <QLabel>

class QTimer;
class QUndoStack;

namespace quietlegs {

/// A brief note after a change, "Added Mg glycinate at 21:19 — Undo": the link takes the change
/// back while it is still the last step on the undo stack. It hides itself after a while, or
/// as soon as another step makes the link mean something else.
class UndoNote : public QLabel
{
    Q_OBJECT

public:
    static constexpr int kShownMs = 12'000;

    UndoNote(QUndoStack* stack, QWidget* parent = nullptr);

    /// Shows `text` (plain) with an Undo link for the step now on top of the stack.
    void showFor(const QString& text);
    /// Undoes the noted step when it is still the last one; hides the note either way.
    void undo();
    void dismiss();

signals:
    /// The link was used; the owner undoes through its session (not QUndoStack::undo, which
    /// would not keep the stack in place when the journal refuses the step).
    void undoRequested();

private:
    QUndoStack* m_stack = nullptr;
    QTimer* m_timer = nullptr;
    int m_index = -1; // the stack's index right after the noted step
};

} // namespace quietlegs
