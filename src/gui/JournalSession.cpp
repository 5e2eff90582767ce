#include "JournalSession.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "JournalChange.h"
#include "quietlegs/analysis/JournalSeries.h"

#include <QUndoStack>
#include <set>

namespace quietlegs {
namespace {

DateRange dayRange(QDate date)
{
    const Date day = toDate(date);
    return DateRange{day, day};
}

template <typename T>
std::optional<T> value(Result<T> result, const std::function<void(const Error&)>& report)
{
    if (!result) {
        report(result.error());
        return std::nullopt;
    }
    return std::move(result).value();
}

} // namespace

JournalSession::JournalSession(QObject* parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_preferences(Preferences::load())
{}

JournalSession::~JournalSession()
{
    if (m_outsideLook.entries.valid())
        m_outsideLook.entries.wait(); // its worker posts to this object when it ends
}

Status JournalSession::open(const QString& path, JournalCheck* check)
{
    auto opened = Journal::openChecked(path.toStdString(), Journal::Access::ReadWrite, check);
    // On read-only media (or without write permission) the journal is still shown: read-only,
    // with a banner, and every change refused with readOnlyMessage().
    if (opened.problem == JournalProblem::ReadOnly)
        opened = Journal::openChecked(path.toStdString(), Journal::Access::ReadOnly);
    if (!opened.journal)
        return opened.error;
    m_undoStack->clear();
    m_journal = std::make_unique<Journal>(std::move(*opened.journal));
    m_dataVersion = -1; // another connection: its data_version starts anew
    m_outsideLook = {}; // the last journal's reading (waits for its worker), not wanted
    m_seenEntries.clear();
    ++m_seenGeneration;
    auto version = m_journal->dataVersion();
    m_openedDataVersion = version ? *version : -1;
    emit journalOpened();
    emit journalChanged();
    return {};
}

QString JournalSession::readOnlyMessage()
{
    return tr("The journal is read-only (read-only media or no permission to write): it can be "
              "read and exported, but this change cannot be saved.");
}

QString JournalSession::path() const
{
    return m_journal ? QString::fromStdString(m_journal->path().string()) : QString();
}

void JournalSession::setPreferences(const Preferences& preferences)
{
    m_preferences = preferences;
    m_preferences.save();
    emit preferencesChanged();
}

void JournalSession::report(const Error& error) const
{
    emit const_cast<JournalSession*>(this)->errorOccurred(errorText(error));
}

std::optional<Night> JournalSession::night(QDate date) const
{
    if (!m_journal)
        return std::nullopt;
    auto found = value(m_journal->night(toDate(date)), [this](const Error& e) { report(e); });
    return found ? *found : std::nullopt;
}

std::vector<StoredIntake> JournalSession::intakes(QDate date) const
{
    if (!m_journal)
        return {};
    return value(m_journal->intakes(dayRange(date)), [this](const Error& e) { report(e); })
        .value_or(std::vector<StoredIntake>{});
}

std::optional<DailyFactors> JournalSession::dailyFactors(QDate date) const
{
    if (!m_journal)
        return std::nullopt;
    auto found =
        value(m_journal->dailyFactors(toDate(date)), [this](const Error& e) { report(e); });
    return found ? *found : std::nullopt;
}

std::vector<StoredLabResult> JournalSession::labResults() const
{
    if (!m_journal)
        return {};
    return value(m_journal->labResults(), [this](const Error& e) { report(e); })
        .value_or(std::vector<StoredLabResult>{});
}

std::vector<StoredPreset> JournalSession::presets() const
{
    if (!m_journal)
        return {};
    return value(m_journal->presets(), [this](const Error& e) { report(e); })
        .value_or(std::vector<StoredPreset>{});
}

std::vector<StoredFood> JournalSession::customFoods() const
{
    if (!m_journal)
        return {};
    return value(m_journal->customFoods(), [this](const Error& e) { report(e); })
        .value_or(std::vector<StoredFood>{});
}

std::vector<StoredFoodPortion> JournalSession::foodPortions() const
{
    if (!m_journal)
        return {};
    return value(m_journal->foodPortions(), [this](const Error& e) { report(e); })
        .value_or(std::vector<StoredFoodPortion>{});
}

JournalCounts JournalSession::counts() const
{
    if (!m_journal)
        return {};
    return value(m_journal->counts(), [this](const Error& e) { report(e); })
        .value_or(JournalCounts{});
}

PrimaryQuestion JournalSession::primaryQuestion() const
{
    if (!m_journal)
        return {};
    auto settings = m_journal->settings();
    if (!settings) {
        report(settings.error());
        return {};
    }
    auto question = PrimaryQuestion::fromSettings(*settings);
    if (!question) {
        report(question.error());
        return {};
    }
    return *question;
}

VariableCatalogue JournalSession::variables() const
{
    if (!m_journal)
        return VariableCatalogue::standard();
    auto records = m_journal->records();
    if (!records) {
        report(records.error());
        return VariableCatalogue::standard();
    }
    return JournalSeries::fromRecords(*records).catalogue();
}

bool JournalSession::apply(const QString& text, std::function<Status()> applyStep,
                           std::function<Status()> revertStep, std::function<void()> notify)
{
    if (!m_journal) {
        emit errorOccurred(tr("No journal is open."));
        return false;
    }
    if (isReadOnly()) {
        emit errorOccurred(readOnlyMessage());
        return false;
    }
    Journal* journal = m_journal.get();
    auto inTransaction = [journal](std::function<Status()> step) {
        return [journal, step = std::move(step)] { return journal->inTransaction(step); };
    };
    auto applyInTransaction = inTransaction(std::move(applyStep));
    if (auto status = applyInTransaction(); !status) {
        report(status.error());
        return false;
    }
    auto notifyAll = [this, notify = std::move(notify)] {
        notify();
        emit journalChanged();
    };
    notifyAll();
    m_undoStack->push(new JournalChange(text, std::move(applyInTransaction),
                                        inTransaction(std::move(revertStep)), notifyAll,
                                        [this](const Error& e) { report(e); }));
    return true;
}

bool JournalSession::savePrimaryQuestion(const PrimaryQuestion& question)
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
    const std::string relation = formatRelationKey(question.relation);
    JournalSettings asStored; // the stored text of the MID, as the journal keeps it
    asStored.primaryMid = question.mid;
    const std::string mid = asStored.entries().front().second;
    const auto restore = [journal](std::string_view key,
                                   const std::optional<std::string>& value) -> Status {
        if (value)
            return journal->saveSetting(key, *value);
        return statusOf(journal->clearSetting(key));
    };
    std::optional<std::string> oldMid;
    for (const auto& [key, value] : before->entries())
        if (key == "primary_mid")
            oldMid = value;
    return apply(
        tr("Change the primary question"),
        [journal, relation, mid]() -> Status {
            // Both keys or neither: apply() runs this in one transaction (nested: savepoints).
            if (auto status = journal->saveSetting("primary_question", relation); !status)
                return status;
            return journal->saveSetting("primary_mid", mid);
        },
        [restore, oldQuestion = before->primaryQuestion, oldMid]() -> Status {
            if (auto status = restore("primary_question", oldQuestion); !status)
                return status;
            return restore("primary_mid", oldMid);
        },
        [this] { emit settingsChanged(); });
}

bool JournalSession::saveNight(const Night& night)
{
    auto before = this->night(toQDate(night.date()));
    Journal* journal = m_journal.get();
    const QDate date = toQDate(night.date());
    return apply(
        before ? tr("Replace night of %1").arg(QLocale().toString(date, QLocale::ShortFormat))
               : tr("Save night of %1").arg(QLocale().toString(date, QLocale::ShortFormat)),
        [journal, night] { return statusOf(journal->saveNight(night)); },
        [journal, night, before]() -> Status {
            if (before)
                return statusOf(journal->saveNight(*before));
            return statusOf(journal->deleteNight(night.date()));
        },
        [this, date] { emit nightChanged(date); });
}

bool JournalSession::deleteNight(QDate date)
{
    auto before = night(date);
    if (!before)
        return false;
    Journal* journal = m_journal.get();
    return apply(
        tr("Delete night of %1").arg(QLocale().toString(date, QLocale::ShortFormat)),
        [journal, date] { return statusOf(journal->deleteNight(toDate(date))); },
        [journal, night = *before] { return statusOf(journal->saveNight(night)); },
        [this, date] { emit nightChanged(date); });
}

bool JournalSession::saveDailyFactors(const DailyFactors& factors)
{
    const QDate date = toQDate(factors.date());
    auto before = dailyFactors(date);
    if (factors.isEmpty() && !before)
        return true; // nothing recorded, nothing to remove
    if (before && *before == factors)
        return true;
    Journal* journal = m_journal.get();
    auto write = [journal](const std::optional<DailyFactors>& f, Date day) -> Status {
        if (!f || f->isEmpty())
            return statusOf(journal->deleteDailyFactors(day));
        return statusOf(journal->saveDailyFactors(*f));
    };
    return apply(
        tr("Save day factors of %1").arg(QLocale().toString(date, QLocale::ShortFormat)),
        [write, factors] { return write(factors, factors.date()); },
        [write, before, day = factors.date()] { return write(before, day); },
        [this, date] { emit dailyFactorsChanged(date); });
}

bool JournalSession::addIntakes(const std::vector<Intake>& intakes, const QString& description,
                                std::optional<std::int64_t> presetId)
{
    if (intakes.empty())
        return false;
    Journal* journal = m_journal.get();
    // The ids are those of the first application; redo puts the rows back under them.
    auto ids = std::make_shared<std::vector<std::int64_t>>();
    std::set<QDate> dates;
    for (const Intake& intake : intakes)
        dates.insert(toQDate(intake.journalDate()));
    return apply(
        description,
        [journal, intakes, presetId, ids]() -> Status {
            if (ids->empty()) {
                for (const Intake& intake : intakes) {
                    auto id = journal->addIntake(intake, presetId);
                    if (!id)
                        return id.error();
                    ids->push_back(*id);
                }
                return {};
            }
            for (std::size_t i = 0; i < intakes.size(); ++i)
                if (auto s = journal->restoreIntake(StoredIntake{(*ids)[i], intakes[i], presetId});
                    !s)
                    return s;
            return {};
        },
        [journal, ids]() -> Status {
            for (std::int64_t id : *ids)
                if (auto deleted = journal->deleteIntake(id); !deleted)
                    return deleted.error();
            return {};
        },
        [this, dates] {
            for (QDate date : dates)
                emit intakesChanged(date);
        });
}

bool JournalSession::deleteIntake(std::int64_t id)
{
    if (!m_journal)
        return false;
    auto stored = value(m_journal->intake(id), [this](const Error& e) { report(e); });
    if (!stored || !*stored)
        return false;
    Journal* journal = m_journal.get();
    const QDate date = toQDate((*stored)->intake.journalDate());
    return apply(
        tr("Delete intake"), [journal, id] { return statusOf(journal->deleteIntake(id)); },
        [journal, intake = **stored] { return journal->restoreIntake(intake); },
        [this, date] { emit intakesChanged(date); });
}

bool JournalSession::updateIntake(std::int64_t id, const Intake& intake)
{
    if (!m_journal)
        return false;
    auto stored = value(m_journal->intake(id), [this](const Error& e) { report(e); });
    if (!stored || !*stored)
        return false;
    Journal* journal = m_journal.get();
    const Intake before = (*stored)->intake;
    const QDate oldDate = toQDate(before.journalDate());
    const QDate newDate = toQDate(intake.journalDate());
    return apply(
        tr("Edit %1 intake").arg(displayNameInSentence(nutrientDisplayName(intake.nutrient()))),
        [journal, id, intake] { return journal->updateIntake(id, intake); },
        [journal, id, before] { return journal->updateIntake(id, before); },
        [this, oldDate, newDate] {
            emit intakesChanged(oldDate);
            if (newDate != oldDate)
                emit intakesChanged(newDate);
        });
}

bool JournalSession::saveLabResult(const LabResult& result)
{
    std::optional<LabResult> before;
    for (const auto& stored : labResults())
        if (stored.result.date() == result.date() && stored.result.test() == result.test())
            before = stored.result;
    Journal* journal = m_journal.get();
    // Labs are keyed by (date, test): undo finds the row by its key, whatever its id.
    auto removeByKey = [journal](Date date, LabTest test) -> Status {
        auto found = journal->labResults(DateRange{date, date});
        if (!found)
            return found.error();
        for (const auto& stored : *found)
            if (stored.result.test() == test)
                return statusOf(journal->deleteLabResult(stored.id));
        return {};
    };
    return apply(
        tr("Save %1 result").arg(displayName(labTestDisplayName(result.test()))),
        [journal, result] { return statusOf(journal->saveLabResult(result)); },
        [journal, before, removeByKey, result]() -> Status {
            if (before)
                return statusOf(journal->saveLabResult(*before));
            return removeByKey(result.date(), result.test());
        },
        [this] { emit labsChanged(); });
}

bool JournalSession::deleteLabResult(std::int64_t id)
{
    std::optional<LabResult> before;
    for (const auto& stored : labResults())
        if (stored.id == id)
            before = stored.result;
    if (!before)
        return false;
    Journal* journal = m_journal.get();
    auto removeByKey = [journal](Date date, LabTest test) -> Status {
        auto found = journal->labResults(DateRange{date, date});
        if (!found)
            return found.error();
        for (const auto& stored : *found)
            if (stored.result.test() == test)
                return statusOf(journal->deleteLabResult(stored.id));
        return {};
    };
    return apply(
        tr("Delete %1 result").arg(displayName(labTestDisplayName(before->test()))),
        [removeByKey, lab = *before] { return removeByKey(lab.date(), lab.test()); },
        [journal, lab = *before] { return statusOf(journal->saveLabResult(lab)); },
        [this] { emit labsChanged(); });
}

Result<std::int64_t> JournalSession::savePreset(const SupplementPreset& preset,
                                                std::optional<std::int64_t> id)
{
    std::optional<StoredPreset> before;
    if (id)
        for (const auto& stored : presets())
            if (stored.id == *id)
                before = stored;
    Journal* journal = m_journal.get();
    auto savedId = std::make_shared<std::int64_t>(id.value_or(0));
    auto lastError = std::make_shared<std::optional<Error>>();
    const bool ok = apply(
        id ? tr("Edit supplement %1").arg(toQString(preset.name()))
           : tr("Add supplement %1").arg(toQString(preset.name())),
        [journal, preset, savedId, lastError, isNew = !id]() -> Status {
            if (isNew && *savedId != 0) // redo of an addition: back under the same id
                return journal->restorePreset(StoredPreset{*savedId, preset});
            auto saved =
                journal->savePreset(preset, isNew ? std::nullopt : std::optional(*savedId));
            if (!saved) {
                *lastError = saved.error();
                return saved.error();
            }
            *savedId = *saved;
            return {};
        },
        [journal, before, savedId]() -> Status {
            if (before)
                return statusOf(journal->savePreset(before->preset, before->id));
            return statusOf(journal->deletePreset(*savedId));
        },
        [this] { emit presetsChanged(); });
    if (!ok)
        return lastError->value_or(Error{"preset", preset.name(), "cannot save"});
    return *savedId;
}

bool JournalSession::deletePreset(std::int64_t id)
{
    std::optional<StoredPreset> before;
    for (const auto& stored : presets())
        if (stored.id == id)
            before = stored;
    if (!before)
        return false;
    Journal* journal = m_journal.get();
    return apply(
        tr("Delete supplement %1").arg(toQString(before->preset.name())),
        [journal, id] { return statusOf(journal->deletePreset(id)); },
        [journal, stored = *before] { return journal->restorePreset(stored); },
        [this] { emit presetsChanged(); });
}

bool JournalSession::saveCustomFood(const Food& food)
{
    Journal* journal = m_journal.get();
    auto id = std::make_shared<std::int64_t>(0);
    return apply(
        tr("Add food %1").arg(toQString(food.name)),
        [journal, food, id]() -> Status {
            auto saved = journal->saveCustomFood(food);
            if (saved)
                *id = *saved;
            return statusOf(saved);
        },
        [journal, id] { return statusOf(journal->deleteCustomFood(*id)); },
        [this] { emit foodsChanged(); });
}

bool JournalSession::saveFoodPortion(const FoodPortion& portion)
{
    std::optional<StoredFoodPortion> before;
    for (const auto& stored : foodPortions())
        if (stored.portion.foodName == portion.foodName && stored.portion.name == portion.name)
            before = stored;
    Journal* journal = m_journal.get();
    return apply(
        tr("Save portion %1").arg(toQString(portion.name)),
        [journal, portion] { return statusOf(journal->saveFoodPortion(portion)); },
        [journal, before, portion]() -> Status {
            if (before)
                return statusOf(journal->saveFoodPortion(before->portion));
            auto all = journal->foodPortions();
            if (!all)
                return all.error();
            for (const auto& stored : *all)
                if (stored.portion.foodName == portion.foodName &&
                    stored.portion.name == portion.name)
                    return statusOf(journal->deleteFoodPortion(stored.id));
            return {};
        },
        [this] { emit foodsChanged(); });
}

} // namespace quietlegs
