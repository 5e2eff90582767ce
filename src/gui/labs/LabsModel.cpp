#include "LabsModel.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "JournalSession.h"
#include "quietlegs/core/SafetyRules.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
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
    std::reverse(m_results.begin(), m_results.end()); // newest first
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
    if (role == Qt::ForegroundRole && index.column() == FlagColumn && flag != IronFlag::None) {
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
        return tr("%1 %2").arg(locale.toString(result.value(), 'g', 4), toQString(result.unit()));
    case ValueColumn:
        return tr("%1 %2").arg(locale.toString(result.valueInDisplayUnit(), 'g', 4),
                               toQString(result.displayUnit()));
    case FlagColumn:
        return flag == IronFlag::None ? (role == Qt::ToolTipRole ? QVariant() : QVariant(QString()))
                                      : QVariant(displayName(ironFlagText(flag)));
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
    case FlagColumn:
        return tr("AASM 2024 guideline");
    }
    return {};
}

} // namespace quietlegs
