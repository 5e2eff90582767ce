#include "ReminderTimeField.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QTimeEdit>

namespace quietlegs {

ReminderTimeField::ReminderTimeField(const QString& checkText, bool enabled, QTime time,
                                     const QString& timeAccessibleName, QWidget* parent)
    : QWidget(parent)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_enabled = new QCheckBox(checkText, this);
    m_enabled->setChecked(enabled);
    m_time = new QTimeEdit(time, this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setEnabled(enabled);
    m_time->setAccessibleName(timeAccessibleName);
    connect(m_enabled, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    row->addWidget(m_enabled);
    row->addWidget(m_time);
    row->addStretch(1);
    setFocusProxy(m_enabled);
}

void ReminderTimeField::setTimeRange(QTime earliest, QTime latest)
{
    m_time->setTimeRange(earliest, latest);
}

bool ReminderTimeField::isEnabledReminder() const
{
    return m_enabled->isChecked();
}

QTime ReminderTimeField::time() const
{
    return m_time->time();
}

} // namespace quietlegs
