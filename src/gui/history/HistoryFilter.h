#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace quietlegs {

/// Keeps the History rows within a date range whose notes contain a text (any case).
class HistoryFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setDateRange(QDate from, QDate to);
    void setNotesText(const QString& text);
    /// Keeps the rows with an entry from `source` (an interchange id, "manual"); empty: all.
    void setSource(const QString& source);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QDate m_from;
    QDate m_to;
    QString m_text;
    QString m_source;
};

} // namespace quietlegs
