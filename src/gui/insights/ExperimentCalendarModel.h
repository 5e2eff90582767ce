#pragma once

#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/SelfExperiment.h"

#include <QAbstractTableModel>
#include <QDate>
#include <memory>
#include <optional>

namespace quietlegs {

/// An on/off self-experiment as a calendar: one row per week (Monday first), one cell per
/// day saying its block and whether magnesium is ON or OFF, in words as well as colour, and
/// whether its night has been logged.
class ExperimentCalendarModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// True for an ON day, false for an OFF day, invalid outside the experiment.
    static constexpr int kMagnesiumOnRole = Qt::UserRole;
    static constexpr int kDateRole = Qt::UserRole + 1;

    explicit ExperimentCalendarModel(QObject* parent = nullptr);

    void setPlan(std::optional<ExperimentPlan> plan);
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
    std::optional<ExperimentPlan> m_plan;
    std::shared_ptr<const JournalSeries> m_series;
    QDate m_firstMonday;
    int m_weeks = 0;
};

} // namespace quietlegs
