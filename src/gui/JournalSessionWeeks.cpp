// JournalSession's weekly IRLS check-ins and the journal's score_ten_areas_nightly (issue 21).
#include "Conversions.h"
#include "JournalSession.h"

#include <QLocale>

namespace quietlegs {
namespace {

Status statusOfWrite(const Result<std::int64_t>& result)
{
    return result ? Status::success() : Status(result.error());
}

Status statusOfDelete(const Result<bool>& result)
{
    return result ? Status::success() : Status(result.error());
}

} // namespace

std::vector<WeeklyIrls> JournalSession::weeks() const
{
    if (!m_journal)
        return {};
    auto weeks = m_journal->weeks();
    if (!weeks) {
        report(weeks.error());
        return {};
    }
    return std::move(weeks).value();
}

std::optional<WeeklyIrls> JournalSession::week(QDate weekEnding) const
{
    if (!m_journal || !weekEnding.isValid())
        return std::nullopt;
    auto found = m_journal->week(toDate(weekEnding));
    if (!found) {
        report(found.error());
        return std::nullopt;
    }
    return *found;
}

bool JournalSession::saveWeek(const WeeklyIrls& week)
{
    const QDate weekEnding = toQDate(week.weekEnding());
    const auto before = this->week(weekEnding);
    Journal* journal = m_journal.get();
    const QString shown = QLocale().toString(weekEnding, QLocale::ShortFormat);
    return apply(
        before ? tr("Replace weekly check-in of %1").arg(shown)
               : tr("Save weekly check-in of %1").arg(shown),
        [journal, week] { return statusOfWrite(journal->saveWeek(week)); },
        [journal, week, before]() -> Status {
            if (before)
                return statusOfWrite(journal->saveWeek(*before));
            return statusOfDelete(journal->deleteWeek(week.weekEnding()));
        },
        [this] { emit weeksChanged(); });
}

bool JournalSession::deleteWeek(QDate weekEnding)
{
    const auto before = week(weekEnding);
    if (!before)
        return false;
    Journal* journal = m_journal.get();
    return apply(
        tr("Delete weekly check-in of %1")
            .arg(QLocale().toString(weekEnding, QLocale::ShortFormat)),
        [journal, weekEnding] { return statusOfDelete(journal->deleteWeek(toDate(weekEnding))); },
        [journal, week = *before] { return statusOfWrite(journal->saveWeek(week)); },
        [this] { emit weeksChanged(); });
}

WeekStart JournalSession::weekStart() const
{
    if (m_journal)
        if (auto settings = m_journal->settings(); settings && settings->weekStart)
            return *settings->weekStart;
    return m_preferences.weekStart == Qt::Sunday ? WeekStart::Sunday : WeekStart::Monday;
}

QDate JournalSession::weekEndingOf(QDate date) const
{
    return toQDate(quietlegs::weekEndingOf(toDate(date), weekStart()));
}

bool JournalSession::scoresTenAreasNightly() const
{
    if (!m_journal)
        return false;
    auto settings = m_journal->settings();
    // interchange-v2.md: off for journals that never chose (new ones).
    return settings && settings->scoreTenAreasNightly.value_or(false);
}

bool JournalSession::setScoresTenAreasNightly(bool on)
{
    if (!m_journal) {
        emit errorOccurred(tr("No journal is open."));
        return false;
    }
    auto before = m_journal->settings();
    if (!before) {
        report(before.error());
        return false;
    }
    Journal* journal = m_journal.get();
    const std::optional<bool> old = before->scoreTenAreasNightly;
    return apply(
        on ? tr("Score the ten areas nightly") : tr("Score the ten areas weekly only"),
        [journal, on] {
            return journal->saveSetting("score_ten_areas_nightly", on ? "true" : "false");
        },
        [journal, old]() -> Status {
            if (old)
                return journal->saveSetting("score_ten_areas_nightly", *old ? "true" : "false");
            return statusOfDelete(journal->clearSetting("score_ten_areas_nightly"));
        },
        [this] { emit settingsChanged(); });
}

} // namespace quietlegs
