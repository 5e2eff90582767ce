#include "HistoryModel.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "JournalSession.h"
#include "quietlegs/core/FoodCoverage.h"
#include "quietlegs/core/SafetyRules.h"

#include <QLocale>
#include <algorithm>
#include <map>

namespace quietlegs {
namespace {

QString sourceName(EntrySource source)
{
    switch (source) {
    case EntrySource::Manual: return HistoryModel::tr("typed");
    case EntrySource::Cronometer: return HistoryModel::tr("Cronometer");
    case EntrySource::Fitbit: return HistoryModel::tr("Fitbit");
    case EntrySource::AppleHealth: return HistoryModel::tr("Apple Health");
    case EntrySource::Csv: return HistoryModel::tr("spreadsheet");
    case EntrySource::Demo: return HistoryModel::tr("demo");
    }
    return {};
}

/// "Apple Health (Apple Watch)": the source and, when known, the app or device it names.
QString sourceWithName(EntrySource source, const std::string& name)
{
    return name.empty() ? sourceName(source)
                        : HistoryModel::tr("%1 (%2)").arg(sourceName(source), toQString(name));
}

QString clockOf(const std::optional<LocalDateTime>& when)
{
    return when ? toQString(formatLocalDateTime(*when)).mid(11) : QStringLiteral("–");
}

QString countOf(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QStringLiteral("–");
}

} // namespace

void HistoryModel::describeSources(Row& row, const Night& night, const std::vector<Intake>& intakes)
{
    row.sources = {toQString(entrySourceId(night.source()))};
    QStringList parts{sourceWithName(night.source(), night.sourceName())};
    if (const auto& device = night.deviceSleep()) {
        row.sources << toQString(entrySourceId(device->source));
        parts << tr("device sleep: %1").arg(sourceWithName(device->source, device->sourceName));
        const SleepDiaryTimes& d = device->times;
        row.sourceDetails =
            tr("Device sleep beside the diary (%1): into bed %2, lights out %3, %4 min to fall "
               "asleep, %5 awakenings, %6 min awake, final wake %7, out of bed %8")
                .arg(sourceWithName(device->source, device->sourceName), clockOf(d.intoBed),
                     clockOf(d.lightsOut), countOf(d.sleepLatencyMin), countOf(d.awakenings),
                     countOf(d.wasoMin), clockOf(d.finalWake), clockOf(d.outOfBed));
    }
    QStringList intakeSources;
    for (const Intake& intake : intakes) {
        const QString id = toQString(entrySourceId(intake.origin()));
        if (!row.sources.contains(id))
            row.sources << id;
        if (intake.origin() == EntrySource::Manual)
            continue;
        const QString name = sourceWithName(intake.origin(), intake.originName());
        if (!intakeSources.contains(name))
            intakeSources << name;
    }
    if (!intakeSources.isEmpty())
        parts << tr("intakes: %1").arg(intakeSources.join(QStringLiteral(", ")));
    if (!datesWithCoveredFood(intakes).empty())
        parts << tr("typed food covered by import");
    row.sourceText = parts.join(QStringLiteral("; "));
}

HistoryModel::HistoryModel(JournalSession* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    // Until first needed there is nothing to keep up to date: the first read sees it all.
    connect(session, &JournalSession::journalOpened, this, [this] {
        if (m_loaded)
            reload();
    });
    connect(session, &JournalSession::nightChanged, this, &HistoryModel::refreshDate);
    connect(session, &JournalSession::intakesChanged, this, &HistoryModel::refreshDate);
    connect(session, &JournalSession::dailyFactorsChanged, this, &HistoryModel::refreshDate);
}

void HistoryModel::ensureLoaded()
{
    if (!m_loaded)
        reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_loaded = true;
    m_rows.clear();
    if (m_session->isOpen()) {
        const Journal& journal = m_session->journal();
        auto nights = journal.nights();
        auto intakes = journal.intakes();
        auto daily = journal.dailyFactors();
        if (!nights || !intakes || !daily) {
            const Error& error = !nights    ? nights.error()
                                 : !intakes ? intakes.error()
                                            : daily.error();
            emit m_session->errorOccurred(errorText(error));
        } else {
            std::map<Date, std::vector<Intake>> intakesByDate;
            for (const auto& stored : *intakes)
                intakesByDate[stored.intake.journalDate()].push_back(stored.intake);
            std::map<Date, double> caffeineByDate;
            for (const auto& factors : *daily)
                if (factors.caffeineMg())
                    caffeineByDate[factors.date()] = *factors.caffeineMg();
            m_rows.reserve(nights->size());
            for (const Night& night : *nights) {
                Row row;
                row.date = toQDate(night.date());
                row.severity = night.severity();
                row.irlsTotal = night.irlsTotal();
                if (auto metrics = night.sleepMetrics())
                    row.efficiency = metrics->efficiencyPercent;
                if (auto it = intakesByDate.find(night.date()); it != intakesByDate.end()) {
                    row.magnesiumMg = oralElementalMg(it->second, Nutrient::Magnesium);
                    row.ironMg = oralElementalMg(it->second, Nutrient::Iron);
                    describeSources(row, night, it->second);
                } else {
                    describeSources(row, night, {});
                }
                if (auto it = caffeineByDate.find(night.date()); it != caffeineByDate.end())
                    row.caffeineMg = it->second;
                row.notes = toQString(night.notes());
                m_rows.push_back(std::move(row));
            }
        }
    }
    endResetModel();
}

std::vector<HistoryModel::Row>::iterator HistoryModel::find(QDate date)
{
    return std::lower_bound(m_rows.begin(), m_rows.end(), date,
                            [](const Row& row, QDate d) { return row.date < d; });
}

void HistoryModel::refreshDate(QDate date)
{
    if (!m_loaded)
        return;
    const auto night = m_session->night(date);
    auto it = find(date);
    const bool present = it != m_rows.end() && it->date == date;
    const int rowIndex = int(it - m_rows.begin());
    if (!night) {
        if (present) {
            beginRemoveRows({}, rowIndex, rowIndex);
            m_rows.erase(it);
            endRemoveRows();
        }
        return;
    }
    Row row;
    row.date = date;
    row.severity = night->severity();
    row.irlsTotal = night->irlsTotal();
    if (auto metrics = night->sleepMetrics())
        row.efficiency = metrics->efficiencyPercent;
    std::vector<Intake> intakes;
    for (const auto& stored : m_session->intakes(date))
        intakes.push_back(stored.intake);
    row.magnesiumMg = oralElementalMg(intakes, Nutrient::Magnesium);
    row.ironMg = oralElementalMg(intakes, Nutrient::Iron);
    describeSources(row, *night, intakes);
    if (auto factors = m_session->dailyFactors(date))
        row.caffeineMg = factors->caffeineMg();
    row.notes = toQString(night->notes());
    if (present) {
        *it = std::move(row);
        emit dataChanged(index(rowIndex, 0), index(rowIndex, ColumnCount - 1));
    } else {
        beginInsertRows({}, rowIndex, rowIndex);
        m_rows.insert(it, std::move(row));
        endInsertRows();
    }
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDate HistoryModel::dateAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].date : QDate();
}

int HistoryModel::rowOf(QDate date) const
{
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), date,
                               [](const Row& row, QDate d) { return row.date < d; });
    return it != m_rows.end() && it->date == date ? int(it - m_rows.begin()) : -1;
}

std::optional<QDate> HistoryModel::firstDate() const
{
    return m_rows.empty() ? std::nullopt : std::optional(m_rows.front().date);
}

std::optional<QDate> HistoryModel::lastDate() const
{
    return m_rows.empty() ? std::nullopt : std::optional(m_rows.back().date);
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const QLocale locale;
    if (role == DateRole)
        return row.date;
    if (role == NotesRole)
        return row.notes;
    if (role == SourcesRole)
        return row.sources;
    if (role == Qt::TextAlignmentRole)
        return index.column() == NotesColumn || index.column() == BandColumn ||
                       index.column() == SourceColumn ||
                       index.column() == DateColumn
                   ? int(Qt::AlignLeft | Qt::AlignVCenter)
                   : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case DateColumn:
            return row.date;
        case SeverityColumn:
            return row.severity.value_or(-1);
        case IrlsColumn:
        case BandColumn:
            return row.irlsTotal.value_or(-1);
        case EfficiencyColumn:
            return row.efficiency.value_or(-1);
        case MagnesiumColumn:
            return row.magnesiumMg;
        case IronColumn:
            return row.ironMg;
        case CaffeineColumn:
            return row.caffeineMg.value_or(-1);
        case NotesColumn:
            return row.notes;
        case SourceColumn:
            return row.sourceText;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == NotesColumn)
        return row.notes;
    if (role == Qt::ToolTipRole && index.column() == SourceColumn)
        return row.sourceDetails.isEmpty() ? row.sourceText : row.sourceDetails;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QString none = QStringLiteral("–");
    switch (index.column()) {
    case DateColumn:
        return locale.toString(row.date, QStringLiteral("ddd yyyy-MM-dd"));
    case SeverityColumn:
        return row.severity ? QString::number(*row.severity) : none;
    case IrlsColumn:
        return row.irlsTotal ? QString::number(*row.irlsTotal) : none;
    case BandColumn:
        return row.irlsTotal ? displayName(irlsBandName(irlsBandOf(*row.irlsTotal))) : QString();
    case EfficiencyColumn:
        return row.efficiency ? tr("%1 %").arg(locale.toString(*row.efficiency, 'f', 1)) : none;
    case MagnesiumColumn:
        return locale.toString(row.magnesiumMg, 'f', 0);
    case IronColumn:
        return locale.toString(row.ironMg, 'f', 1);
    case CaffeineColumn:
        return row.caffeineMg ? locale.toString(*row.caffeineMg, 'f', 0) : none;
    case NotesColumn:
        return QString(row.notes).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case SourceColumn:
        return row.sourceText;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SeverityColumn:
            return tr("Quick severity, 0–10");
        case IrlsColumn:
            return tr("IRLS-style total, 0–40");
        case EfficiencyColumn:
            return tr("Sleep efficiency: total sleep / time in bed");
        case MagnesiumColumn:
            return tr("Elemental magnesium by mouth (supplements and food)");
        case IronColumn:
            return tr("Elemental iron by mouth");
        case SourceColumn:
            return tr("Where the night and the day's intakes came from");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Night of");
    case SeverityColumn:
        return tr("Severity");
    case IrlsColumn:
        return tr("IRLS");
    case BandColumn:
        return tr("Band");
    case EfficiencyColumn:
        return tr("Sleep eff.");
    case MagnesiumColumn:
        return tr("Mg mg");
    case IronColumn:
        return tr("Fe mg");
    case CaffeineColumn:
        return tr("Caffeine mg");
    case NotesColumn:
        return tr("Notes");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace quietlegs
