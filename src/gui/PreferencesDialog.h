#pragma once

#include "Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QTimeEdit;

namespace quietlegs {

/// Edit > Preferences: the supplemental magnesium upper limit, the RDA profile, the first
/// day of the week, the journal-day boundary, the bedtime reminder and the language.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences& preferences, QWidget* parent = nullptr);

    Preferences preferences() const;

private:
    QDoubleSpinBox* m_upperLimit = nullptr;
    QComboBox* m_rdaProfile = nullptr;
    QComboBox* m_weekStart = nullptr;
    QTimeEdit* m_boundary = nullptr;
    QCheckBox* m_reminderEnabled = nullptr;
    QTimeEdit* m_reminder = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace quietlegs
