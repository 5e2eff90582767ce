#include "PresetEditorDialog.h"

#include "AmountKind.h"
#include "Conversions.h"
#include "DisplayNames.h"
#include "JournalSession.h"
#include "quietlegs/core/SafetyRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace quietlegs {

PresetEditorDialog::PresetEditorDialog(JournalSession* session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("My supplements"));
    auto* layout = new QVBoxLayout(this);

    // domain.md asks to show the caution once, here in the supplement editor.
    auto* caution =
        new QLabel(tr("<b>Caution:</b> %1").arg(displayName(kMagnesiumCaution)), this);
    caution->setObjectName(QStringLiteral("magnesiumCaution"));
    caution->setWordWrap(true);
    caution->setFrameShape(QFrame::StyledPanel);
    caution->setMargin(8);
    layout->addWidget(caution);

    auto* body = new QHBoxLayout;
    auto* listColumn = new QVBoxLayout;
    m_names = new QStringListModel(this);
    m_list = new QListView(this);
    m_list->setModel(m_names);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Saved supplements"));
    m_list->setMinimumWidth(220);
    listColumn->addWidget(m_list, 1);
    auto* newButton = new QPushButton(tr("&New"), this);
    newButton->setAutoDefault(false);
    listColumn->addWidget(newButton);
    body->addLayout(listColumn);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Mg bisglycinate 2 caps"));
    m_name->setMaxLength(200);
    m_name->setAccessibleName(tr("Supplement name"));
    m_nutrient = new QComboBox(this);
    for (Nutrient nutrient : allNutrients())
        m_nutrient->addItem(displayName(nutrientDisplayName(nutrient)), int(nutrient));
    m_nutrient->setAccessibleName(tr("Nutrient"));
    m_form = new QComboBox(this);
    m_form->setAccessibleName(tr("Form"));
    m_route = new QComboBox(this);
    m_route->addItem(tr("By mouth"), int(Route::Oral));
    m_route->addItem(tr("On the skin (topical)"), int(Route::Topical));
    m_route->setAccessibleName(tr("Route"));
    m_amount = new QDoubleSpinBox(this);
    m_amount->setRange(0, 2000000);
    m_amount->setDecimals(1);
    m_amount->setSuffix(tr(" mg"));
    m_amount->setAccessibleName(tr("Dose in mg"));
    m_amountKind = new QComboBox(this);
    m_amountKind->addItem(tr("of the compound (as on the label)"), int(CompoundAmount));
    m_amountKind->addItem(tr("elemental"), int(ElementalAmount));
    m_amountKind->setAccessibleName(tr("Dose is compound or elemental"));
    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount);
    amountRow->addWidget(m_amountKind, 1);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("presetPreview"));
    m_preview->setWordWrap(true);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("N&utrient:"), m_nutrient);
    form->addRow(tr("Fo&rm:"), m_form);
    form->addRow(tr("Rou&te:"), m_route);
    auto* doseLabel = new QLabel(tr("&Dose per use:"), this);
    doseLabel->setBuddy(m_amount);
    form->addRow(doseLabel, amountRow);
    form->addRow(m_preview);
    auto* formButtons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save supplement"), this);
    m_delete = new QPushButton(tr("De&lete"), this);
    m_delete->setAutoDefault(false);
    formButtons->addStretch(1);
    formButtons->addWidget(m_delete);
    formButtons->addWidget(m_save);
    form->addRow(formButtons);
    body->addLayout(form, 1);
    layout->addLayout(body, 1);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(newButton, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        showPreset(-1);
        m_name->setFocus();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showPreset(current.row()); });
    connect(m_nutrient, &QComboBox::currentIndexChanged, this, &PresetEditorDialog::updateForms);
    for (auto* combo : {m_form, m_route, m_amountKind})
        connect(combo, &QComboBox::currentIndexChanged, this, &PresetEditorDialog::updatePreview);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &PresetEditorDialog::updatePreview);
    connect(m_name, &QLineEdit::textChanged, this, &PresetEditorDialog::updatePreview);
    connect(m_save, &QPushButton::clicked, this, &PresetEditorDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &PresetEditorDialog::remove);
    connect(session, &JournalSession::presetsChanged, this, &PresetEditorDialog::reload);

    updateForms();
    reload();
    showPreset(-1);
    resize(760, 420);
}

void PresetEditorDialog::reload()
{
    m_presets = m_session->presets();
    QStringList names;
    for (const auto& stored : m_presets)
        names << tr("%1 · %2 mg")
                     .arg(toQString(stored.preset.name()))
                     .arg(QLocale().toString(stored.preset.elementalMgPerUse(), 'f', 0));
    m_names->setStringList(names);
    if (m_editingId)
        for (std::size_t i = 0; i < m_presets.size(); ++i)
            if (m_presets[i].id == *m_editingId)
                m_list->setCurrentIndex(m_names->index(int(i)));
}

void PresetEditorDialog::showPreset(int row)
{
    if (row < 0 || row >= int(m_presets.size())) {
        m_editingId.reset();
        m_name->clear();
        m_nutrient->setCurrentIndex(0);
        m_amount->setValue(0);
        m_amountKind->setCurrentIndex(CompoundAmount);
        m_delete->setEnabled(false);
        updatePreview();
        return;
    }
    const StoredPreset& stored = m_presets[std::size_t(row)];
    m_editingId = stored.id;
    m_name->setText(toQString(stored.preset.name()));
    m_nutrient->setCurrentIndex(m_nutrient->findData(int(stored.preset.nutrient())));
    m_form->setCurrentIndex(m_form->findData(toQString(stored.preset.form())));
    m_route->setCurrentIndex(m_route->findData(int(stored.preset.route())));
    if (stored.preset.elementalMg()) {
        m_amountKind->setCurrentIndex(ElementalAmount);
        m_amount->setValue(*stored.preset.elementalMg());
    } else {
        m_amountKind->setCurrentIndex(CompoundAmount);
        m_amount->setValue(stored.preset.compoundMg().value_or(0));
    }
    m_delete->setEnabled(true);
    updatePreview();
}

void PresetEditorDialog::updateForms()
{
    m_form->clear();
    for (const IntakeForm& form : formsOf(Nutrient(m_nutrient->currentData().toInt())))
        if (form.id != kFoodForm)
            m_form->addItem(displayName(form.displayName), toQString(form.id));
    updatePreview();
}

Result<SupplementPreset> PresetEditorDialog::preset() const
{
    std::optional<double> compound, elemental;
    if (m_amount->value() > 0) {
        if (m_amountKind->currentData().toInt() == CompoundAmount)
            compound = m_amount->value();
        else
            elemental = m_amount->value();
    }
    return SupplementPreset::create(m_name->text().trimmed().toStdString(),
                                    Nutrient(m_nutrient->currentData().toInt()),
                                    m_form->currentData().toString().toStdString(),
                                    Route(m_route->currentData().toInt()), compound, elemental);
}

void PresetEditorDialog::updatePreview()
{
    auto result = preset();
    m_save->setEnabled(result.ok());
    if (!result) {
        // A blank new supplement is not a mistake yet: say what to type until something is.
        const bool blank = !m_editingId && m_name->text().trimmed().isEmpty() &&
                           m_amount->value() <= 0;
        m_preview->setText(blank ? tr("Type a name and the dose per use as on the label; the "
                                      "elemental amount each use adds appears here.")
                                 : errorText(result.error()));
        return;
    }
    m_preview->setText(tr("Each use adds <b>%1 mg elemental %2</b>.")
                           .arg(QLocale().toString(result->elementalMgPerUse(), 'f', 1),
                                displayNameInSentence(nutrientDisplayName(result->nutrient()))));
}

void PresetEditorDialog::save()
{
    auto result = preset();
    if (!result)
        return;
    auto saved = m_session->savePreset(*result, m_editingId);
    if (!saved) {
        m_preview->setText(errorText(saved.error()));
        return;
    }
    m_editingId = *saved;
    reload();
}

void PresetEditorDialog::remove()
{
    if (!m_editingId)
        return;
    const auto id = *m_editingId;
    m_editingId.reset();
    m_session->deletePreset(id); // undoable: no question asked
    showPreset(-1);
}

} // namespace quietlegs
