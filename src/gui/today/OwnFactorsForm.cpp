#include "OwnFactorsForm.h"

#include "Conversions.h"
#include "widgets/WrappingLabel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>

namespace quietlegs {
namespace {

// The spin box's lowest value stands for "not logged" (shown as a dash).
constexpr double kNotLogged = -1;
constexpr double kLargestValue = 1000000;

} // namespace

OwnFactorsForm::OwnFactorsForm(QWidget* parent) : QWidget(parent)
{
    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    // Plain text in a smaller font, as <small> draws it (0.8 of the size): a rich-text label
    // lays its text out through a QTextDocument at every width asked, before the first paint
    // (docs/performance.md). The markup stays in the translated string; it is taken out here.
    QString hint = tr("<small>Your own factors (long drives, hot baths, …) can be added in "
                      "Edit > Preferences.</small>");
    hint.remove(QStringLiteral("<small>")).remove(QStringLiteral("</small>"));
    m_none = new WrappingLabel(hint, this);
    m_none->setTextFormat(Qt::PlainText);
    QFont small = m_none->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_none->setFont(small);
    m_layout->addWidget(m_none, 0, 0, 1, 3);
}

void OwnFactorsForm::setFactors(const std::vector<FactorDefinition>& factors)
{
    m_fields.clear();
    // The previous fields and their labels: every widget of the grid but the hint.
    while (m_layout->count() > 1) {
        QLayoutItem* item = m_layout->takeAt(1);
        delete item->widget();
        delete item;
    }
    m_none->setVisible(factors.empty());
    int row = 1;
    for (const FactorDefinition& factor : factors) {
        Field field{factor};
        const QString name = toQString(factor.name());
        if (factor.kind() == FactorKind::Number) {
            auto* label = new QLabel(tr("%1:").arg(name), this);
            field.number = new QDoubleSpinBox(this);
            field.number->setRange(kNotLogged, kLargestValue);
            field.number->setDecimals(1);
            field.number->setSpecialValueText(QStringLiteral("–"));
            if (!factor.unit().empty())
                field.number->setSuffix(QStringLiteral(" ") + toQString(factor.unit()));
            field.number->setValue(kNotLogged);
            field.number->setAccessibleName(
                factor.unit().empty() ? name : tr("%1, %2").arg(name, toQString(factor.unit())));
            label->setBuddy(field.number);
            m_layout->addWidget(label, row, 0);
            m_layout->addWidget(field.number, row, 1);
            connect(field.number, &QDoubleSpinBox::valueChanged, this, [this] {
                if (!m_loading)
                    emit edited();
            });
        } else {
            field.yesNo = new QCheckBox(name, this);
            field.yesNo->setTristate(true);
            field.yesNo->setCheckState(Qt::PartiallyChecked);
            field.yesNo->setToolTip(tr("Ticked: yes; empty: no; the middle state: not logged"));
            field.yesNo->setAccessibleName(tr("%1, yes or no").arg(name));
            field.answer = new QLabel(this);
            m_layout->addWidget(field.yesNo, row, 0, 1, 2);
            m_layout->addWidget(field.answer, row, 2);
            QCheckBox* box = field.yesNo;
            QLabel* answer = field.answer;
            connect(box, &QCheckBox::stateChanged, this, [this, box, answer] {
                answer->setText(box->checkState() == Qt::Checked     ? tr("yes")
                                : box->checkState() == Qt::Unchecked ? tr("no")
                                                                     : tr("not logged"));
                if (!m_loading)
                    emit edited();
            });
        }
        m_fields.push_back(field);
        showAnswer(m_fields.back());
        ++row;
    }
    m_layout->setColumnStretch(2, 1);
}

void OwnFactorsForm::showAnswer(const Field& field)
{
    if (!field.yesNo)
        return;
    const auto state = field.yesNo->checkState();
    field.answer->setText(state == Qt::Checked     ? tr("yes")
                          : state == Qt::Unchecked ? tr("no")
                                                   : tr("not logged"));
}

void OwnFactorsForm::setValues(const std::vector<FactorValue>& values)
{
    m_loading = true;
    for (Field& field : m_fields) {
        const FactorValue* found = nullptr;
        for (const FactorValue& value : values)
            if (sameFactorName(value.name(), field.factor.name()))
                found = &value;
        if (field.number)
            field.number->setValue(found ? found->value() : kNotLogged);
        else
            field.yesNo->setCheckState(!found                ? Qt::PartiallyChecked
                                       : found->value() == 1 ? Qt::Checked
                                                             : Qt::Unchecked);
        showAnswer(field);
    }
    m_loading = false;
}

std::vector<FactorValue> OwnFactorsForm::values() const
{
    std::vector<FactorValue> values;
    const Date date = toDate(m_date);
    for (const Field& field : m_fields) {
        std::optional<double> value;
        if (field.number && field.number->value() > kNotLogged)
            value = field.number->value();
        if (field.yesNo && field.yesNo->checkState() != Qt::PartiallyChecked)
            value = field.yesNo->checkState() == Qt::Checked ? 1 : 0;
        if (!value)
            continue;
        // The fields only hold what the factor accepts, so this cannot fail.
        if (auto created = FactorValue::create(date, field.factor.name(), *value))
            values.push_back(*created);
    }
    return values;
}

QWidget* OwnFactorsForm::field(const std::string& name) const
{
    for (const Field& field : m_fields)
        if (sameFactorName(field.factor.name(), name))
            return field.number ? static_cast<QWidget*>(field.number) : field.yesNo;
    return nullptr;
}

} // namespace quietlegs
