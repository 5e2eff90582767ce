#pragma once

#include "quietlegs/core/Intake.h"
#include "quietlegs/core/Night.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QStringList>
#include <optional>
#include <vector>

namespace quietlegs {

class JournalSession;

/// One row per logged night: severity, IRLS-style total and band, sleep efficiency, the
/// day's elemental magnesium and iron by mouth, caffeine and notes. Reads the journal on first
/// need (ensureLoaded(), when History is first shown), not when made, so start-up never waits
/// for years of nights; then updates only the row of a date the session says changed.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        SeverityColumn,
        IrlsColumn,
        BandColumn,
        EfficiencyColumn,
        MagnesiumColumn,
        IronColumn,
        CaffeineColumn,
        NotesColumn,
        SourceColumn, // where the night and the day's intakes came from (issue 22)
        ColumnCount
    };
    /// Raw values for sorting (numbers, dates; missing values sort first).
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int DateRole = Qt::UserRole + 2;
    static constexpr int NotesRole = Qt::UserRole + 3;
    /// The source ids (interchange-v2 `source`: "manual", "cronometer", ...) of the night, its
    /// device sleep and the day's intakes, as a QStringList (the source filter).
    static constexpr int SourcesRole = Qt::UserRole + 4;

    explicit HistoryModel(JournalSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QDate dateAt(int row) const;
    /// The row of a date, or -1.
    int rowOf(QDate date) const;
    std::optional<QDate> firstDate() const;
    std::optional<QDate> lastDate() const;

    /// Reads the journal unless it has been read already (a journal opened since is read then).
    void ensureLoaded();
    bool isLoaded() const { return m_loaded; }
    /// Re-reads everything now.
    void reload();
    /// Re-reads one journal date and inserts, updates or removes its row.
    void refreshDate(QDate date);

private:
    struct Row
    {
        QDate date;
        std::optional<int> severity;
        std::optional<int> irlsTotal;
        std::optional<double> efficiency;
        double magnesiumMg = 0;
        double ironMg = 0;
        std::optional<double> caffeineMg;
        QString notes;
        QStringList sources; // ids, the night's first
        QString sourceText;
        QString sourceDetails; // the tooltip: the device's sleep beside the diary
    };

    /// Fills the row's source fields from its night and the day's intakes.
    static void describeSources(Row& row, const Night& night, const std::vector<Intake>& intakes);

    std::vector<Row>::iterator find(QDate date);

    JournalSession* m_session = nullptr;
    std::vector<Row> m_rows; // by date, ascending
    bool m_loaded = false;   // rows read from the journal open now
};

} // namespace quietlegs
