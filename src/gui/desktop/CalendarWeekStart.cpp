#include "CalendarWeekStart.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QEvent>

namespace quietlegs {

CalendarWeekStart::CalendarWeekStart(Qt::DayOfWeek firstDay, QObject* parent)
    : QObject(parent), m_firstDay(firstDay)
{
    qApp->installEventFilter(this);
    setFirstDay(firstDay);
}

void CalendarWeekStart::setFirstDay(Qt::DayOfWeek firstDay)
{
    m_firstDay = firstDay;
    for (QWidget* widget : QApplication::allWidgets())
        if (auto* calendar = qobject_cast<QCalendarWidget*>(widget))
            calendar->setFirstDayOfWeek(firstDay);
}

bool CalendarWeekStart::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish)
        if (auto* calendar = qobject_cast<QCalendarWidget*>(watched))
            calendar->setFirstDayOfWeek(m_firstDay);
    return QObject::eventFilter(watched, event);
}

} // namespace quietlegs
