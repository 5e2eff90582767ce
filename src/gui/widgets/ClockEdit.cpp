#include "ClockEdit.h"

#include "Conversions.h"
#include "quietlegs/core/Dates.h"

#include <QRegularExpression>

namespace quietlegs {

ClockEdit::ClockEdit(QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("HH:MM"));
    setMaxLength(5);
    setClearButtonEnabled(false);
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 24);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00")) * 2 + 24);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        const QString text = normalized();
        if (!text.isEmpty() && clock().ok() && text != this->text())
            setText(text);
    });
}

QString ClockEdit::normalized() const
{
    QString text = this->text().trimmed();
    text.replace(QLatin1Char('.'), QLatin1Char(':'));
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d{3,4}$"));
    if (digitsOnly.match(text).hasMatch())
        text.insert(text.size() - 2, QLatin1Char(':'));
    if (text.size() == 4 && text[1] == QLatin1Char(':'))
        text.prepend(QLatin1Char('0'));
    return text;
}

Result<std::optional<std::chrono::minutes>> ClockEdit::clock() const
{
    const QString text = normalized();
    if (text.isEmpty())
        return std::optional<std::chrono::minutes>{};
    auto parsed = parseClockTime(text.toStdString(), accessibleName().toStdString());
    if (!parsed)
        return parsed.error();
    return std::optional<std::chrono::minutes>(*parsed);
}

void ClockEdit::setClock(std::optional<std::chrono::minutes> clock)
{
    setText(clock ? toQString(formatClockTime(*clock)) : QString());
}

} // namespace quietlegs
