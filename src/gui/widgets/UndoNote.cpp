#include "UndoNote.h"

#include <QTimer>
#include <QUndoStack>

namespace quietlegs {

UndoNote::UndoNote(QUndoStack* stack, QWidget* parent) : QLabel(parent), m_stack(stack)
{
    setObjectName(QStringLiteral("undoNote"));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setWordWrap(true);
    setAccessibleName(tr("Last change"));
    setVisible(false);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kShownMs);
    connect(m_timer, &QTimer::timeout, this, &UndoNote::dismiss);
    connect(this, &QLabel::linkActivated, this, &UndoNote::undo);
    // Undone from the Edit menu, or another change made: the link would undo something else.
    connect(m_stack, &QUndoStack::indexChanged, this, [this](int index) {
        if (index != m_index)
            dismiss();
    });
}

void UndoNote::showFor(const QString& text)
{
    m_index = m_stack->index();
    //: %1 what was done ("Added Mg glycinate at 21:19"); the link undoes it
    setText(tr("%1 — <a href=\"undo\">Undo</a>").arg(text.toHtmlEscaped()));
    setToolTip(tr("Takes the change back (Ctrl+Z)"));
    setVisible(true);
    m_timer->start();
}

void UndoNote::undo()
{
    const bool stillLast = isVisible() && m_stack->index() == m_index && m_stack->canUndo();
    dismiss();
    if (stillLast)
        emit undoRequested();
}

void UndoNote::dismiss()
{
    m_timer->stop();
    m_index = -1;
    setVisible(false);
}

} // namespace quietlegs
