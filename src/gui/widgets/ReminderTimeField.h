#pragma once

#include <QTime>
#include <QWidget>

class QCheckBox;
class QTimeEdit;

namespace quietlegs {

/// "[x] Remind me at [22:00]": a reminder switched on or off with its time, the time field
/// usable only while the box is ticked. Preferences and the welcome share it.
class ReminderTimeField : public QWidget
{
    Q_OBJECT

public:
    ReminderTimeField(const QString& checkText, bool enabled, QTime time,
                      const QString& timeAccessibleName, QWidget* parent = nullptr);

    void setTimeRange(QTime earliest, QTime latest);
    bool isEnabledReminder() const;
    QTime time() const;
    /// For a form label's buddy: its mnemonic ticks the box.
    QCheckBox* checkBox() const { return m_enabled; }

private:
    QCheckBox* m_enabled = nullptr;
    QTimeEdit* m_time = nullptr;
};

} // namespace quietlegs
