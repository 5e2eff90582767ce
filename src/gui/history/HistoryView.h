#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;

namespace quietlegs {

class HistoryFilter;
class HistoryModel;
class RegimenTable;
class JournalSession;
class WeeksTable;
class YearHeatMapView;

/// Every logged night in a sortable table, filtered by date range and by text in the notes.
/// Enter or double-click opens a night in Today; Delete removes it after asking.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(JournalSession* session, QWidget* parent = nullptr);

    /// The nights, read from the journal on first need: here, or when the view is first shown.
    HistoryModel* model() const;
    HistoryFilter* filter() const;
    QTableView* table() const { return m_table; }
    WeeksTable* weeksTable() const { return m_weeks; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* sourceFilter() const { return m_sourceFilter; }
    RegimenTable* regimens() const { return m_regimens; }
    /// The year at a glance, in its own tab beside the table of nights.
    YearHeatMapView* yearView() const { return m_year; }
    QTabWidget* tabs() const { return m_tabs; }
    void setDateRange(QDate from, QDate to);

signals:
    /// The user asked to open this night in Today.
    void openRequested(QDate date);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QDate currentDate() const;
    void openCurrent();
    void deleteCurrent();
    void resetRange();
    void updateCount();

    JournalSession* m_session = nullptr;
    HistoryModel* m_model = nullptr;
    HistoryFilter* m_filter = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_sourceFilter = nullptr;
    QTableView* m_table = nullptr;
    WeeksTable* m_weeks = nullptr;
    QLabel* m_count = nullptr;
    RegimenTable* m_regimens = nullptr;
    QTabWidget* m_tabs = nullptr;
    YearHeatMapView* m_year = nullptr;
};

} // namespace quietlegs
