#include "LabsModel.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "JournalSession.h"
#include "quietlegs/core/LabReference.h"
#include "quietlegs/core/SafetyRules.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QStringList>
#include <algorithm>

namespace quietlegs {

LabsModel::LabsModel(JournalSession* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &JournalSession::labsChanged, this, &LabsModel::reload);
    connect(session, &JournalSession::journalOpened, this, &LabsModel::reload);
    reload();
}

void LabsModel::reload()
{
    beginResetModel();
    m_results = m_session->labResults();
    // Each test's history together, newest first.
    std::stable_sort(m_results.begin(), m_results.end(),
                     [](const StoredLabResult& a, const StoredLabResult& b) {
                         if (a.result.test() != b.result.test())
                             return int(a.result.test()) < int(b.result.test());
                         return a.result.date() > b.result.date();
                     });
    std::vector<LabResult> all;
    for (const auto& stored : m_results)
        all.push_back(stored.result);
    m_notes.clear();
    for (const auto& stored : m_results) {
        const LabResult& result = stored.result;
        QStringList notes;
        if (const auto flag = ironFlagText(ironFlagOf(result)); !flag.empty())
            notes << displayName(flag);
        if (const auto crp = highCrpNear(result, all))
            notes << tr("Inflammation: CRP %1 mg/L on %2, within 7 days. With CRP above 5 mg/L "
                        "ferritin may overstate iron stores (WHO 2020).")
                         .arg(QLocale().toString(crp->valueInDisplayUnit(), 'g', 3),
                              toQDate(crp->date()).toString(Qt::ISODate));
        if (const auto drawn = result.morningNoIron24h())
            notes << (*drawn ? tr("Drawn in the morning, no iron for 24 h.")
                             : tr("Not drawn in the morning without iron for 24 h."));
        m_notes.push_back(notes.join(QLatin1Char(' ')));
    }
    endResetModel();
}

int LabsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int LabsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LabResult& result = m_results[std::size_t(index.row())].result;
    const IronFlag flag = ironFlagOf(result);
    if (role == Qt::ForegroundRole && index.column() == FlagColumn &&
        (flag != IronFlag::None || m_notes[std::size_t(index.row())].startsWith(tr("Inflammation")))) {
        const bool light = QGuiApplication::palette().color(QPalette::Base).lightness() > 128;
        return QBrush(light ? QColor(0xb0, 0x1c, 0x1c) : QColor(0xff, 0x8a, 0x80));
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == EnteredColumn || index.column() == ValueColumn
                   ? int(Qt::AlignRight | Qt::AlignVCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        return toQDate(result.date()).toString(Qt::ISODate);
    case TestColumn:
        return displayName(labTestDisplayName(result.test()));
    case EnteredColumn:
        return tr("%1 %2").arg(locale.toString(result.value(), 'g', 4),
                               toQString(labUnitSymbol(result.unit())));
    case ValueColumn:
        return tr("%1 %2").arg(locale.toString(result.valueInDisplayUnit(), 'g', 4),
                               toQString(labUnitSymbol(result.displayUnit())));
    case LaboratoryColumn:
        return toQString(result.laboratory());
    case FlagColumn: {
        const QString& notes = m_notes[std::size_t(index.row())];
        return notes.isEmpty() && role == Qt::ToolTipRole ? QVariant() : QVariant(notes);
    }
    }
    return {};
}

QVariant LabsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TestColumn:
        return tr("Test");
    case EnteredColumn:
        return tr("As reported");
    case ValueColumn:
        return tr("Value");
    case LaboratoryColumn:
        return tr("Laboratory");
    case FlagColumn:
        return tr("Notes");
    }
    return {};
}

} // namespace quietlegs
