#pragma once

#include <QCheckBox>
#include <QDate>
#include <string>

namespace quietlegs {

class JournalSession;

/// "Took pack 3 today": the person of a blinded experiment logs the day's pack
/// (statistics-v2.md section 5, "Optional blinding"). Shown only on a day of a running blinded
/// plan's blocks, up to today; it names the pack's number, never what is in it. Each click is
/// one undo step.
class PackTakenBox : public QCheckBox
{
    Q_OBJECT

public:
    explicit PackTakenBox(JournalSession* session, QWidget* parent = nullptr);

    /// The journal date whose pack the box logs.
    void setDate(QDate date);
    /// Ticks or unticks the box as a click would, when it is shown (Ctrl+Shift+P).
    void clickIfShown();
    /// The plan whose pack it logs; empty while hidden.
    const std::string& planId() const { return m_planId; }

private:
    /// Reads the plans and the day's log again (after any change to the journal).
    void refresh();
    void logClick(bool taken);

    JournalSession* m_session = nullptr;
    QDate m_date;
    std::string m_planId;
};

} // namespace quietlegs
