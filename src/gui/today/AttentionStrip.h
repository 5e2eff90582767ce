#pragma once

#include "quietlegs/core/Alerts.h"

#include <QFrame>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace quietlegs {

class JournalSession;

/// Today's "Attention" strip: the active alerts (core/Alerts.h: the last 7 days and the latest
/// lab results), each one focusable line (cut with "…" to the window's width, so two alerts
/// do not push the night's fields off a 1280x860 screen) with the whole message, its rule and
/// source in the tooltip and accessible description, all worded by AlertWording in the app's
/// language. Hidden when none is active.
class AttentionStrip : public QFrame
{
    Q_OBJECT

public:
    explicit AttentionStrip(JournalSession* session, QWidget* parent = nullptr);

    const std::vector<Alert>& alerts() const { return m_alerts; }
    /// The line of each alert, in order (for tests and keyboard focus).
    const std::vector<QLabel*>& lines() const { return m_lines; }
    /// Reads the alerts again as of today.
    void refresh();

private:
    JournalSession* m_session = nullptr;
    QVBoxLayout* m_list = nullptr;
    std::vector<Alert> m_alerts;
    std::vector<QLabel*> m_lines;
};

} // namespace quietlegs
