#pragma once

#include "quietlegs/core/JournalRecords.h"
#include "quietlegs/report/YearHeatMap.h"

#include <QDate>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;

namespace quietlegs {

class JournalSession;
class YearHeatMapCanvas;

/// History's year at a glance (issue 24): the heat map of one calendar year, drawn by the
/// report layer's YearHeatMapPainter, with a year selector. A click on a night, or Enter on
/// the one the arrow keys chose, asks to open it. Reads the journal when first shown and
/// again after a change while shown.
class YearHeatMapView : public QWidget
{
    Q_OBJECT

public:
    explicit YearHeatMapView(JournalSession* session, QWidget* parent = nullptr);

    void setYear(int year);
    int year() const;
    /// The night the keyboard is on.
    QDate currentDate() const;
    void setCurrentDate(QDate date);
    const YearCalendar& calendar() const;
    QWidget* canvas() const;
    /// Where the cell of `date` is on the canvas (for tests and tooltips).
    QRect cellRect(QDate date) const;
    QComboBox* yearBox() const { return m_yearBox; }

public slots:
    /// Reads the journal again now when shown, else when next shown.
    void reload();

signals:
    void openRequested(QDate date);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();

    JournalSession* m_session = nullptr;
    JournalRecords m_records;
    bool m_stale = true;
    QComboBox* m_yearBox = nullptr;
    QLabel* m_summary = nullptr;
    YearHeatMapCanvas* m_canvas = nullptr;
};

} // namespace quietlegs
