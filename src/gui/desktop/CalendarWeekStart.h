#pragma once

#include <QObject>

namespace quietlegs {

/// Applies the "Weeks start on" preference to every calendar the app pops up (date pickers
/// create theirs lazily, so it is set when each is first polished, and again on every change).
/// Weekly statistics keep their Monday weeks (statistics-v1), so reports stay comparable.
class CalendarWeekStart : public QObject
{
    Q_OBJECT

public:
    explicit CalendarWeekStart(Qt::DayOfWeek firstDay, QObject* parent = nullptr);

    Qt::DayOfWeek firstDay() const { return m_firstDay; }
    /// Changes every existing calendar too.
    void setFirstDay(Qt::DayOfWeek firstDay);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Qt::DayOfWeek m_firstDay;
};

} // namespace quietlegs
