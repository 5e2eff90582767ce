#pragma once

#include <QTableWidget>

namespace quietlegs {

class JournalSession;

/// History's weekly check-ins: week ending, IRLS-style total and band, newest first. Reloads
/// when a check-in changes or another journal opens.
class WeeksTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        WeekEndingColumn,
        TotalColumn,
        BandColumn,
        ColumnCount
    };

    explicit WeeksTable(JournalSession* session, QWidget* parent = nullptr);
    void reload();

private:
    JournalSession* m_session = nullptr;
};

} // namespace quietlegs
