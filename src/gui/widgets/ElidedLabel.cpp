#include "ElidedLabel.h"

#include <QEvent>

namespace quietlegs {

ElidedLabel::ElidedLabel(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setWholeText(const QString& text)
{
    m_wholeText = text;
    // Where the whole text can be read; an owner with more to say sets its own afterwards.
    setToolTip(text);
    setAccessibleName(text);
    elide();
    updateGeometry();
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few letters and "…"; the height of one line.
    return {fontMetrics().horizontalAdvance(QStringLiteral("MMM\u2026")),
            QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_wholeText) + margins.left() + margins.right() + 2,
            QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidedLabel::elide()
{
    const QString shown =
        fontMetrics().elidedText(m_wholeText, Qt::ElideRight, qMax(1, contentsRect().width()));
    if (shown != text())
        setText(shown);
}

} // namespace quietlegs
