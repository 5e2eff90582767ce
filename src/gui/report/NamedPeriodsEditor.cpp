#include "NamedPeriodsEditor.h"

#include "Conversions.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace quietlegs {

NamedPeriodsEditor::NamedPeriodsEditor(QWidget* parent)
    : QGroupBox(tr("Co&mpare periods"), parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Name parts of the journal, e.g. before supplements, magnesium, "
                               "magnesium + iron: the report compares them in a small table."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(0, 1);
    layout->addLayout(m_grid);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add perio&d"), this);
    m_suggest = new QPushButton(tr("Su&ggest from what was taken"), this);
    m_suggest->setToolTip(tr("Cut the report's nights where a supplement or medicine started or "
                             "stopped, and name each part by what was taken"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_suggest);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        // A new period starts after the last one, a month long, named for the person to edit.
        const QDate start = m_rows.empty() ? QDate::currentDate().addDays(-27)
                                           : m_rows.back().to->date().addDays(1);
        addRow(NamedPeriod{"", toDate(start), toDate(start.addDays(27))});
        m_rows.back().name->setFocus();
        emit changed();
    });
    connect(m_suggest, &QPushButton::clicked, this, &NamedPeriodsEditor::suggestRequested);
    relayout();
}

Result<std::vector<NamedPeriod>> NamedPeriodsEditor::periods() const
{
    std::vector<NamedPeriod> periods;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const std::string field = "Period " + std::to_string(i + 1);
        NamedPeriod period{toStdString(row.name->text().trimmed()), toDate(row.from->date()),
                           toDate(row.to->date())};
        if (const std::string problem = namedPeriodProblem(period); !problem.empty())
            return Error{field, period.name, problem};
        periods.push_back(std::move(period));
    }
    return periods;
}

void NamedPeriodsEditor::setPeriods(const std::vector<NamedPeriod>& periods)
{
    for (const Row& row : m_rows) {
        delete row.name;
        delete row.from;
        delete row.to;
        delete row.remove;
    }
    m_rows.clear();
    for (const NamedPeriod& period : periods)
        if (m_rows.size() < kMaxNamedPeriods)
            addRow(period);
    relayout();
    emit changed();
}

void NamedPeriodsEditor::addRow(const NamedPeriod& period)
{
    Row row;
    row.name = new QLineEdit(QString::fromStdString(period.name), this);
    row.name->setPlaceholderText(tr("e.g. magnesium + iron"));
    row.name->setMaxLength(int(kNamedPeriodMaxName));
    row.name->setCursorPosition(0); // the start of a long name shows, not its end
    row.name->setMinimumWidth(row.name->fontMetrics().averageCharWidth() * 16);
    row.name->setToolTip(row.name->text());
    connect(row.name, &QLineEdit::textChanged, row.name, &QLineEdit::setToolTip);
    row.from = new QDateEdit(toQDate(period.from), this);
    row.to = new QDateEdit(toQDate(period.to), this);
    for (QDateEdit* edit : {row.from, row.to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &NamedPeriodsEditor::changed);
    }
    connect(row.name, &QLineEdit::textChanged, this, &NamedPeriodsEditor::changed);
    row.remove = new QToolButton(this);
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setAutoRaise(true);
    QToolButton* remove = row.remove;
    connect(remove, &QToolButton::clicked, this, [this, remove] { removeRow(remove); });
    m_rows.push_back(row);
    relayout();
}

void NamedPeriodsEditor::removeRow(QToolButton* button)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [button](const Row& row) { return row.remove == button; });
    if (it == m_rows.end())
        return;
    const Row row = *it;
    m_rows.erase(it);
    // Out of the grid now; deleted later because the remove button is still in its click.
    for (QWidget* widget : std::initializer_list<QWidget*>{row.name, row.from, row.to, row.remove}) {
        m_grid->removeWidget(widget);
        widget->hide();
        widget->deleteLater();
    }
    relayout();
    // The keyboard stays in the box: on the next row's name, else on Add.
    if (!m_rows.empty())
        m_rows.back().name->setFocus();
    else
        m_add->setFocus();
    emit changed();
}

void NamedPeriodsEditor::relayout()
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const int r = int(i);
        m_grid->addWidget(row.name, r, 0);
        m_grid->addWidget(row.from, r, 1);
        m_grid->addWidget(row.to, r, 2);
        m_grid->addWidget(row.remove, r, 3);
        const QString which = tr("Period %1").arg(r + 1);
        row.name->setAccessibleName(tr("%1: name").arg(which));
        row.from->setAccessibleName(tr("%1: first night").arg(which));
        row.to->setAccessibleName(tr("%1: last night").arg(which));
        row.remove->setAccessibleName(tr("Remove %1").arg(which));
        row.remove->setToolTip(tr("Remove %1").arg(which));
        // Tab goes across a row, then to the next row.
        setTabOrder(row.name, row.from);
        setTabOrder(row.from, row.to);
        setTabOrder(row.to, row.remove);
    }
    m_add->setEnabled(m_rows.size() < kMaxNamedPeriods);
    m_add->setToolTip(m_add->isEnabled()
                          ? QString()
                          : tr("At most %1 periods can be compared").arg(kMaxNamedPeriods));
}

} // namespace quietlegs
