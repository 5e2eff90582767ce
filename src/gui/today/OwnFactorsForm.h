#pragma once

#include "quietlegs/core/FactorDefinition.h"

#include <QDate>
#include <QWidget>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;

namespace quietlegs {

/// The person's own factors in Today's "The day": one field per factor defined in
/// Preferences, a spin box with the unit for a number and a checkbox for yes/no. A field left
/// empty (a checkbox left in its middle state) logs nothing: not logged is not "no".
class OwnFactorsForm : public QWidget
{
    Q_OBJECT

public:
    explicit OwnFactorsForm(QWidget* parent = nullptr);

    void setDate(QDate date) { m_date = date; }
    /// Rebuilds the fields for `factors` (keeping nothing typed).
    void setFactors(const std::vector<FactorDefinition>& factors);
    /// Fills the fields from the date's stored values.
    void setValues(const std::vector<FactorValue>& values);
    /// The values the fields hold, by factor, for the date set.
    std::vector<FactorValue> values() const;
    bool isEmpty() const { return m_fields.empty(); }

    /// The field of a factor (a QDoubleSpinBox or a QCheckBox), for tests.
    QWidget* field(const std::string& name) const;

signals:
    void edited();

private:
    struct Field
    {
        FactorDefinition factor;
        QDoubleSpinBox* number = nullptr;
        QCheckBox* yesNo = nullptr;
        QLabel* answer = nullptr;
    };
    void showAnswer(const Field& field);

    QDate m_date;
    bool m_loading = false;
    QGridLayout* m_layout = nullptr;
    QLabel* m_none = nullptr;
    std::vector<Field> m_fields;
};

} // namespace quietlegs
