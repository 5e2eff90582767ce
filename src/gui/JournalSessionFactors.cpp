// The person's own factors and "Same as yesterday" as undoable changes (issue 21).
#include "Conversions.h"
#include "JournalChange.h"
#include "JournalSession.h"

#include <QLocale>
#include <QUndoStack>
#include <memory>

namespace quietlegs {
std::vector<FactorDefinition> JournalSession::factors() const
{
    if (!m_journal)
        return {};
    auto found = m_journal->factors();
    if (!found) {
        report(found.error());
        return {};
    }
    return std::move(found).value();
}

std::vector<FactorValue> JournalSession::factorValues(QDate date) const
{
    if (!m_journal)
        return {};
    auto found = m_journal->factorValues(DateRange{toDate(date), toDate(date)});
    if (!found) {
        report(found.error());
        return {};
    }
    return std::move(found).value();
}

int JournalSession::factorValueCount(const std::string& name) const
{
    if (!m_journal)
        return 0;
    auto count = m_journal->factorValueCount(name);
    if (!count) {
        report(count.error());
        return 0;
    }
    return *count;
}

bool JournalSession::defineFactor(const FactorDefinition& factor)
{
    Journal* journal = m_journal.get();
    return apply(
        tr("Add factor %1").arg(toQString(factor.name())),
        [journal, factor] { return journal->defineFactor(factor); },
        [journal, factor] { return statusOf(journal->deleteFactor(factor.name())); },
        [this] { emit factorsChanged(); });
}

bool JournalSession::updateFactor(const std::string& name, const FactorDefinition& factor)
{
    if (!m_journal)
        return apply({}, {}, {}, {}); // reports that no journal is open
    auto before = m_journal->factor(name);
    if (!before || !*before) {
        report(before ? Error{"name", name, "no such factor"} : before.error());
        return false;
    }
    Journal* journal = m_journal.get();
    return apply(
        tr("Change factor %1").arg(toQString((*before)->name())),
        [journal, name, factor] { return journal->updateFactor(name, factor); },
        [journal, factor, old = **before] { return journal->updateFactor(factor.name(), old); },
        [this] { emit factorsChanged(); });
}

bool JournalSession::deleteFactor(const std::string& name)
{
    if (!m_journal)
        return apply({}, {}, {}, {});
    auto factor = m_journal->factor(name);
    auto all = m_journal->factorValues();
    if (!factor || !*factor || !all) {
        report(!factor ? factor.error()
               : !all  ? all.error()
                       : Error{"name", name, "no such factor"});
        return false;
    }
    std::vector<FactorValue> values;
    for (const FactorValue& value : *all)
        if (sameFactorName(value.name(), name))
            values.push_back(value);
    Journal* journal = m_journal.get();
    return apply(
        tr("Remove factor %1").arg(toQString((*factor)->name())),
        [journal, name] { return statusOf(journal->deleteFactor(name)); },
        [journal, definition = **factor, values]() -> Status {
            if (auto status = journal->defineFactor(definition); !status)
                return status;
            for (const FactorValue& value : values)
                if (auto status = journal->setFactorValue(value); !status)
                    return status;
            return Status::success();
        },
        [this, values] {
            emit factorsChanged();
            for (const FactorValue& value : values)
                emit factorValuesChanged(toQDate(value.date()));
        });
}

bool JournalSession::saveFactorValues(QDate date, const std::vector<FactorValue>& values)
{
    const auto before = factorValues(date);
    if (before == values)
        return true;
    Journal* journal = m_journal.get();
    const Date day = toDate(date);
    return apply(
        tr("Save your factors of %1").arg(QLocale().toString(date, QLocale::ShortFormat)),
        [journal, day, values] { return journal->replaceFactorValues(day, values); },
        [journal, day, before] { return journal->replaceFactorValues(day, before); },
        [this, date] { emit factorValuesChanged(date); });
}

Result<DayCopy> JournalSession::copyDay(QDate from, QDate to)
{
    if (!m_journal || isReadOnly()) {
        (void)apply({}, {}, {}, {}); // says why nothing can be written
        return Error{"journal", "", m_journal ? "is read-only" : "no journal is open"};
    }
    Journal* journal = m_journal.get();
    const Date source = toDate(from);
    const Date target = toDate(to);
    // What would be copied, in a transaction that is rolled back: nothing to copy is no step.
    DayCopy wouldCopy;
    const Error rehearsal{"", "", "rehearsal"};
    auto tried = journal->inTransaction([&]() -> Status {
        auto copied = journal->copyDay(source, target);
        if (!copied)
            return copied.error();
        wouldCopy = *copied;
        return rehearsal;
    });
    if (tried.error().rule != rehearsal.rule) {
        report(tried.error());
        return tried.error();
    }
    if (wouldCopy.total() == 0)
        return wouldCopy;

    auto before = journal->entriesOn({target});
    if (!before) {
        report(before.error());
        return before.error();
    }
    // The first application copies; redo puts back the day as that copy left it (intakes
    // under their ids), undo as it was before.
    auto after = std::make_shared<std::optional<DatedEntries>>();
    auto copied = std::make_shared<DayCopy>();
    const bool applied = apply(
        tr("Same as yesterday (%1)").arg(QLocale().toString(to, QLocale::ShortFormat)),
        [journal, source, target, after, copied]() -> Status {
            if (*after)
                return journal->restoreEntries(**after);
            auto result = journal->copyDay(source, target);
            if (!result)
                return result.error();
            *copied = *result;
            auto entries = journal->entriesOn({target});
            if (!entries)
                return entries.error();
            *after = std::move(entries).value();
            return Status::success();
        },
        [journal, entries = *before] { return journal->restoreEntries(entries); },
        [this, to] {
            emit intakesChanged(to);
            emit medicinesChanged(to);
            emit factorValuesChanged(to);
        });
    if (!applied)
        return Error{"journal", "", "the copy was not saved"};
    return *copied;
}

} // namespace quietlegs
