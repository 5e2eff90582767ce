#include "ScoreSpinBox.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

namespace quietlegs {

ScoreSpinBox::ScoreSpinBox(int maximum, bool advanceOnDigit, QWidget* parent)
    : QSpinBox(parent), m_advance(advanceOnDigit)
{
    setRange(-1, maximum);
    setSpecialValueText(QStringLiteral("–"));
    setValue(-1);
    setAlignment(Qt::AlignCenter);
    setAccelerated(false);
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("10")) * 3 + 24);
}

void ScoreSpinBox::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        QSpinBox::keyPressEvent(event);
        return;
    }
    if (text.size() == 1 && text[0].isDigit()) {
        const int digit = text[0].digitValue();
        int value = digit;
        if (m_lastDigit == 1 && digit == 0 && maximum() >= 10)
            value = 10;
        if (value <= maximum()) {
            setValue(value);
            lineEdit()->selectAll();
            m_lastDigit = value == 10 ? -1 : digit;
            if (m_advance)
                focusNextChild();
        }
        event->accept();
        return;
    }
    m_lastDigit = -1;
    if (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete ||
        text == QLatin1String("-")) {
        clear();
        lineEdit()->selectAll();
        event->accept();
        return;
    }
    QSpinBox::keyPressEvent(event);
}

void ScoreSpinBox::focusInEvent(QFocusEvent* event)
{
    QSpinBox::focusInEvent(event);
    m_lastDigit = -1;
    QTimer::singleShot(0, lineEdit(), &QLineEdit::selectAll);
}

} // namespace quietlegs
