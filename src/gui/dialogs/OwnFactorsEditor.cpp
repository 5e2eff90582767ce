#include "OwnFactorsEditor.h"

#include "Conversions.h"
#include "JournalSession.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace quietlegs {

/// The journal's own factors as rows: name, unit, kind.
class OwnFactorsModel : public QAbstractTableModel
{
public:
    explicit OwnFactorsModel(JournalSession* session, QObject* parent)
        : QAbstractTableModel(parent), m_session(session)
    {
        reload();
    }

    void reload()
    {
        beginResetModel();
        m_factors = m_session->isOpen() ? m_session->factors() : std::vector<FactorDefinition>{};
        endResetModel();
    }

    const FactorDefinition& factorAt(int row) const { return m_factors.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_factors.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const FactorDefinition& factor = factorAt(index.row());
        switch (index.column()) {
        case 0:
            return toQString(factor.name());
        case 1:
            return toQString(factor.unit());
        default:
            return factor.kind() == FactorKind::YesNo ? OwnFactorsEditor::tr("yes/no")
                                                      : OwnFactorsEditor::tr("number");
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        const QString titles[] = {OwnFactorsEditor::tr("Factor"), OwnFactorsEditor::tr("Unit"),
                                  OwnFactorsEditor::tr("Kind")};
        return titles[section];
    }

private:
    JournalSession* m_session;
    std::vector<FactorDefinition> m_factors;
};

OwnFactorsEditor::OwnFactorsEditor(JournalSession* session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new OwnFactorsModel(session, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Your factors"));
    m_table->setMinimumHeight(110);
    layout->addWidget(m_table);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add factor…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_remove = new QPushButton(tr("Remove…"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &OwnFactorsEditor::askToAdd);
    connect(m_edit, &QPushButton::clicked, this, &OwnFactorsEditor::askToEdit);
    connect(m_remove, &QPushButton::clicked, this, &OwnFactorsEditor::askToRemove);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OwnFactorsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OwnFactorsEditor::updateButtons);
    connect(session, &JournalSession::factorsChanged, m_model, &OwnFactorsModel::reload);
    m_add->setEnabled(session->isOpen() && !session->isReadOnly());
    updateButtons();
}

void OwnFactorsEditor::updateButtons()
{
    const bool selected = selectedFactor().has_value() && !m_session->isReadOnly();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

std::optional<FactorDefinition> OwnFactorsEditor::selectedFactor() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->factorAt(rows.front().row());
}

QString OwnFactorsEditor::removeQuestion(const QString& name, int values)
{
    if (values == 0)
        return tr("Remove the factor “%1”? Nothing is logged for it yet.").arg(name);
    return tr("Remove the factor “%1” and the %n value(s) logged for it? Edit > Undo brings "
              "them back.",
              "", values)
        .arg(name);
}

bool OwnFactorsEditor::addFactor(const QString& name, const QString& unit, FactorKind kind)
{
    auto factor = FactorDefinition::create(toStdString(name), toStdString(unit), kind);
    if (!factor) {
        emit refused(errorText(factor.error()));
        return false;
    }
    return m_session->defineFactor(*factor);
}

bool OwnFactorsEditor::changeFactor(const std::string& name, const QString& newName,
                                    const QString& unit)
{
    FactorKind kind = FactorKind::Number;
    for (const FactorDefinition& factor : m_session->factors())
        if (sameFactorName(factor.name(), name))
            kind = factor.kind();
    auto factor = FactorDefinition::create(toStdString(newName), toStdString(unit), kind);
    if (!factor) {
        emit refused(errorText(factor.error()));
        return false;
    }
    return m_session->updateFactor(name, *factor);
}

bool OwnFactorsEditor::removeFactor(const std::string& name)
{
    return m_session->deleteFactor(name);
}

void OwnFactorsEditor::askToAdd()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a factor"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(&dialog);
    name->setMaxLength(int(kMaxFactorNameLength));
    name->setPlaceholderText(tr("e.g. long drive, hot bath, antihistamine"));
    auto* kind = new QComboBox(&dialog);
    kind->addItem(tr("A number (with a unit)"), int(FactorKind::Number));
    kind->addItem(tr("Yes or no"), int(FactorKind::YesNo));
    auto* unit = new QLineEdit(&dialog);
    unit->setMaxLength(int(kMaxFactorUnitLength));
    unit->setPlaceholderText(tr("e.g. min, h, cups"));
    connect(kind, &QComboBox::currentIndexChanged, unit, [kind, unit] {
        unit->setEnabled(kind->currentData().toInt() == int(FactorKind::Number));
    });
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Unit:"), unit);
    auto* message = new QLabel(&dialog);
    message->setWordWrap(true);
    form->addRow(message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const auto chosen = FactorKind(kind->currentData().toInt());
        auto factor = FactorDefinition::create(
            toStdString(name->text()),
            chosen == FactorKind::YesNo ? std::string() : toStdString(unit->text()), chosen);
        if (!factor) {
            message->setText(errorText(factor.error()));
            return;
        }
        if (m_session->defineFactor(*factor))
            dialog.accept();
    });
    dialog.exec();
}

void OwnFactorsEditor::askToEdit()
{
    const auto factor = selectedFactor();
    if (!factor)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit factor"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(toQString(factor->name()), &dialog);
    name->setMaxLength(int(kMaxFactorNameLength));
    auto* unit = new QLineEdit(toQString(factor->unit()), &dialog);
    unit->setMaxLength(int(kMaxFactorUnitLength));
    unit->setEnabled(factor->kind() == FactorKind::Number);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Unit:"), unit);
    auto* message = new QLabel(&dialog);
    message->setWordWrap(true);
    form->addRow(message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(this, &OwnFactorsEditor::refused, message, &QLabel::setText);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (changeFactor(factor->name(), name->text(), unit->text()))
            dialog.accept();
    });
    dialog.exec();
}

void OwnFactorsEditor::askToRemove()
{
    const auto factor = selectedFactor();
    if (!factor)
        return;
    const int values = m_session->factorValueCount(factor->name());
    const auto answer = QMessageBox::question(
        this, tr("Remove factor?"), removeQuestion(toQString(factor->name()), values),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeFactor(factor->name());
}

} // namespace quietlegs
