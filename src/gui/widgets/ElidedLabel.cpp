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
    setAccessibleName(text);
    elide();
    updateGeometry();
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for "…" and a few letters; the height of one line.
    const QSize whole = QLabel::minimumSizeHint();
    return {fontMetrics().horizontalAdvance(QStringLiteral("Night…")), whole.height()};
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
    setToolTip(shown == m_wholeText ? QString() : m_wholeText);
}

} // namespace quietlegs
