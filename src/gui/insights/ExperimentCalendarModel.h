#pragma once

#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/SelfExperiment.h"

#include <QAbstractTableModel>
#include <QDate>
#include <memory>
#include <optional>

namespace quietlegs {

/// An on/off self-experiment as a calendar: one row per week (Monday first), one cell per
/// day saying its block and whether it is an "on" or an "off" day, in words as well as
/// colour, and whether its night has been logged. A blinded plan shows only "pack N" until
/// its result may be shown (setRevealed), and on which days the person logged the pack taken.
class ExperimentCalendarModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// True for an "on" day, false for an "off" day, invalid outside the experiment.
    static constexpr int kOnRole = Qt::UserRole;
    static constexpr int kDateRole = Qt::UserRole + 1;
    /// A blinded plan's day in a block: whether its pack was logged as taken (else invalid).
    static constexpr int kPackTakenRole = Qt::UserRole + 2;

    explicit ExperimentCalendarModel(QObject* parent = nullptr);

    void setPlan(std::optional<ExperimentPlan> plan);
    /// Whether a blinded plan's conditions may be shown (after the end or an early end).
    void setRevealed(bool revealed);
    /// The journal's series, to mark the nights already logged (may be null).
    void setSeries(std::shared_ptr<const JournalSeries> series);
    const std::optional<ExperimentPlan>& plan() const { return m_plan; }
    QDate dateAt(const QModelIndex& index) const;
    QModelIndex indexOf(QDate date) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<ExperimentBlock> blockOf(QDate date) const;

    std::optional<ExperimentPlan> m_plan;
    std::vector<ExperimentBlock> m_blocks;
    bool m_revealed = false;
    std::shared_ptr<const JournalSeries> m_series;
    QDate m_firstMonday;
    int m_weeks = 0;
};

} // namespace quietlegs
