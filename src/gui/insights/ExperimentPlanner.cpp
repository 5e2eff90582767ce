#include "ExperimentPlanner.h"

#include "widgets/WrappingLabel.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "QtText.h"
#include "insights/ExperimentCalendarModel.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/report/ExperimentSheet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace quietlegs {
namespace {

/// The earlier planner kept one plan per journal here, keyed by a hash of the journal's path.
QString legacySettingsGroup(const QString& journalPath)
{
    const QByteArray hash =
        QCryptographicHash::hash(QFileInfo(journalPath).absoluteFilePath().toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex();
    return QStringLiteral("experiments/") + QString::fromLatin1(hash);
}

QString number(double value, int decimals)
{
    return qs(formatNumber(value, decimals));
}

} // namespace

ExperimentPlanner::ExperimentPlanner(QWidget* parent)
    : QWidget(parent), m_today(QDate::currentDate()), m_nextSeed(newExperimentSeed())
{
    m_exposureBox = new QComboBox(this);
    for (const Exposure exposure : allExposures())
        m_exposureBox->addItem(displayName(exposureDisplayName(exposure)),
                               qs(std::string(exposureId(exposure))));
    m_outcomeBox = new QComboBox(this);
    for (const Outcome outcome : allOutcomes())
        m_outcomeBox->addItem(displayName(outcomeDisplayName(outcome)),
                              qs(std::string(outcomeId(outcome))));
    m_outcomeBox->setCurrentIndex(m_outcomeBox->findData(QStringLiteral("severity")));
    m_doseBox = new QDoubleSpinBox(this);
    m_doseBox->setRange(0.1, 100000);
    m_doseBox->setDecimals(1);
    m_doseBox->setValue(200);
    m_doseBox->setToolTip(tr("The amount taken on an \"on\" day, in the exposure's unit"));
    m_midBox = new QDoubleSpinBox(this);
    m_midBox->setRange(0.1, 1000);
    m_midBox->setDecimals(1);
    m_midBox->setValue(defaultExperimentMid(Outcome::Severity));
    m_midBox->setToolTip(tr("The smallest difference between \"on\" and \"off\" nights that "
                            "would matter to you, in the outcome's units"));
    m_blocksBox = new QSpinBox(this);
    m_blocksBox->setRange(2, kMaxExperimentBlocks);
    m_blocksBox->setSingleStep(2); // pairs of "on" and "off"
    m_blocksBox->setValue(kDefaultExperimentBlocks);
    m_blockDaysBox = new QSpinBox(this);
    m_blockDaysBox->setRange(1, kMaxExperimentBlockDays);
    m_blockDaysBox->setValue(kDefaultExperimentBlockDays);
    m_blockDaysBox->setSuffix(tr(" days"));
    m_washoutBox = new QSpinBox(this);
    m_washoutBox->setRange(0, kMaxExperimentBlockDays - 1);
    m_washoutBox->setValue(kDefaultExperimentWashoutDays);
    m_washoutBox->setSuffix(tr(" days"));
    m_washoutBox->setToolTip(tr("Days at the start of each block left out of the analysis, "
                                "while the previous block wears off"));
    m_startEdit = new QDateEdit(m_today.addDays(1), this);
    m_startEdit->setCalendarPopup(true);
    m_startEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_startEdit->setMinimumDate(m_today);
    m_blindedBox = new QCheckBox(tr("A helper fills numbered packs (active or placebo)"), this);

    m_minPLabel = new QLabel(this);
    m_powerLabel = new WrappingLabel(this);
    m_errorLabel = new WrappingLabel(this);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #d0342c; font-weight: bold"));
    m_errorLabel->hide();
    m_saveButton = new QPushButton(tr("&Save and pre-register"), this);
    m_newButton = new QPushButton(tr("Plan &another experiment"), this);
    m_newButton->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("E&xposure:"), m_exposureBox);
    form->addRow(tr("&Dose on \"on\" days:"), m_doseBox);
    form->addRow(tr("Outcome &judged:"), m_outcomeBox);
    form->addRow(tr("Smallest &important difference:"), m_midBox);
    form->addRow(tr("&Blocks:"), m_blocksBox);
    form->addRow(tr("Block &length:"), m_blockDaysBox);
    form->addRow(tr("&Washout:"), m_washoutBox);
    form->addRow(tr("S&tart:"), m_startEdit);
    form->addRow(QString(), m_blindedBox);
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_minPLabel);
    left->addWidget(m_powerLabel);
    left->addWidget(m_errorLabel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_newButton);
    buttons->addStretch();
    left->addLayout(buttons);
    auto* how = new WrappingLabel(
        tr("The blocks come in pairs; in each pair one block is \"on\" and the other \"off\", "
           "in an order drawn at random. A randomized experiment like this is the only design "
           "that supports \"it helped me\", and only for the outcome fixed before it begins: "
           "saving fixes every field above. If you know which days are \"on\", the result can "
           "still reflect expectation; a helper and identical packs avoid that."),
        this);
    left->addWidget(how);
    m_legacyLabel = new WrappingLabel(this);
    m_legacyLabel->hide();
    left->addWidget(m_legacyLabel);
    left->addStretch();

    m_savedLabel = new WrappingLabel(this);
    m_savedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_calendar = new ExperimentCalendarModel(this);
    m_calendarView = new QTableView(this);
    m_calendarView->setModel(m_calendar);
    m_calendarView->setSelectionMode(QAbstractItemView::NoSelection);
    m_calendarView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Two lines of text a day, with room to read them.
    m_calendarView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_calendarView->verticalHeader()->setDefaultSectionSize(
        m_calendarView->fontMetrics().lineSpacing() * 3 + 6); // three lines and the grid
    m_calendarView->setWordWrap(true);
    m_resultLabel = new WrappingLabel(this);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endEarlyButton = new QPushButton(tr("End ea&rly…"), this);
    m_sheetButton = new QPushButton(tr("Hel&per's sheet (PDF)…"), this);
    auto* planButtons = new QHBoxLayout;
    planButtons->addWidget(m_endEarlyButton);
    planButtons->addWidget(m_sheetButton);
    planButtons->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(m_savedLabel);
    right->addWidget(m_calendarView, 1);
    right->addLayout(planButtons);
    right->addWidget(m_resultLabel);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    for (QSpinBox* box : {m_blocksBox, m_blockDaysBox, m_washoutBox})
        connect(box, &QSpinBox::valueChanged, this, &ExperimentPlanner::updateDesignFigures);
    connect(m_midBox, &QDoubleSpinBox::valueChanged, this,
            &ExperimentPlanner::updateDesignFigures);
    connect(m_outcomeBox, &QComboBox::currentIndexChanged, this, [this] {
        if (auto outcome = parseOutcome(m_outcomeBox->currentData().toString().toStdString()))
            m_midBox->setValue(defaultExperimentMid(*outcome)); // updates the figures
        updateDesignFigures();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &ExperimentPlanner::savePlan);
    connect(m_newButton, &QPushButton::clicked, this, &ExperimentPlanner::startNewPlan);
    connect(m_endEarlyButton, &QPushButton::clicked, this, &ExperimentPlanner::askAndEndEarly);
    connect(m_sheetButton, &QPushButton::clicked, this, &ExperimentPlanner::writeSheet);
    showSavedPlan();
}

void ExperimentPlanner::setWriters(Writers writers)
{
    m_writers = std::move(writers);
}

void ExperimentPlanner::setToday(QDate today)
{
    m_today = today;
    m_startEdit->setMinimumDate(today);
    showSavedPlan();
}

void ExperimentPlanner::setPlans(std::vector<ExperimentPlan> plans, const QString& journalPath)
{
    m_saved = plans.empty() ? std::nullopt : std::optional(plans.back());
    m_designingAnother = false;
    m_knownPlanIds.clear();
    for (const ExperimentPlan& plan : plans)
        m_knownPlanIds.insert(plan.id);
    showLegacyPlan(journalPath);
    showSavedPlan();
}

void ExperimentPlanner::refreshSavedPlan(const std::vector<ExperimentPlan>& plans)
{
    std::set<std::string> ids;
    const ExperimentPlan* arrived = nullptr; // a plan brought by an import or another process
    const ExperimentPlan* shown = nullptr;
    for (const ExperimentPlan& plan : plans) {
        ids.insert(plan.id);
        if (!m_knownPlanIds.contains(plan.id))
            arrived = &plan;
        if (m_saved && plan.id == m_saved->id)
            shown = &plan;
    }
    m_knownPlanIds = std::move(ids);
    if (shown)
        m_saved = *shown;
    else if (m_saved) // taken away again (an import undone): the newest one left, if any
        m_saved = plans.empty() ? std::nullopt : std::optional(plans.back());
    else if (arrived && !m_designingAnother) // a half-designed plan of the person's stays
        m_saved = *arrived;
}

void ExperimentPlanner::setSeries(std::shared_ptr<const JournalSeries> series)
{
    m_series = std::move(series);
    m_calendar->setSeries(m_series);
    showSavedPlan();
}

ExperimentPlan ExperimentPlanner::design() const
{
    ExperimentPlan plan;
    plan.exposure = m_exposureBox->currentData().toString().toStdString();
    plan.outcome = m_outcomeBox->currentData().toString().toStdString();
    plan.dose = m_doseBox->value();
    plan.mid = m_midBox->value();
    plan.blocks = m_blocksBox->value();
    plan.blockDays = m_blockDaysBox->value();
    plan.washoutDays = m_washoutBox->value();
    plan.start = toDate(m_startEdit->date());
    plan.blinded = m_blindedBox->isChecked();
    plan.seed = m_nextSeed;
    return plan;
}

bool ExperimentPlanner::formEditable() const
{
    return m_blocksBox->isEnabled() && !m_saveButton->isHidden();
}

double ExperimentPlanner::shownMinP() const
{
    return experimentMinP(m_saved ? m_saved->blocks : m_blocksBox->value());
}

QString ExperimentPlanner::minPText() const
{
    return m_minPLabel->text();
}

QString ExperimentPlanner::powerText() const
{
    return m_powerLabel->text();
}

QString ExperimentPlanner::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

QString ExperimentPlanner::resultText() const
{
    return m_resultLabel->text();
}

QString ExperimentPlanner::legacyText() const
{
    return m_legacyLabel->isHidden() ? QString() : m_legacyLabel->text();
}

QString ExperimentPlanner::savedPlanText() const
{
    return m_savedLabel->text();
}

bool ExperimentPlanner::resultHidden() const
{
    return !m_result.has_value();
}

void ExperimentPlanner::updateDesignFigures()
{
    if (!formEditable())
        return;
    const ExperimentPlan plan = design();
    const double minP = experimentMinP(plan.blocks);
    m_minPLabel->setText(tr("Smallest possible p: %1").arg(qs(formatPValue(minP))));
    const Status valid = validateExperimentDesign(plan);
    if (!valid) {
        m_power.reset();
        m_powerLabel->setText(tr("Power: -"));
        // Said next to the fields while typing; saving is refused with the same words.
        m_errorLabel->setText(qs(valid.error().message()));
        m_errorLabel->show();
        m_saveButton->setEnabled(true);
        return;
    }
    m_errorLabel->hide();
    static const DatedSeries kNoNights;
    const auto outcome = parseOutcome(plan.outcome);
    const DatedSeries& history =
        m_series && outcome ? m_series->outcome(*outcome) : kNoNights;
    const ExperimentPower power = experimentPower(plan, history, toDate(m_today.addDays(1)));
    m_power = power.power;
    m_powerLabel->setText(
        power.fromHistory
            ? tr("Power to detect a difference of %1: %2 (from your last %3 nights: day-to-day "
                 "correlation %4, SD %5)")
                  .arg(number(plan.mid, 1), number(power.power, 2))
                  .arg(power.historyNights)
                  .arg(number(power.phi, 2), number(power.sd, 1))
            : tr("Power to detect a difference of %1: %2 (fewer than %3 nights logged: assumes "
                 "day-to-day correlation %4 and SD %5)")
                  .arg(number(plan.mid, 1), number(power.power, 2))
                  .arg(kPowerMinimumNights)
                  .arg(number(power.phi, 2), number(power.sd, 1)));
}

bool ExperimentPlanner::savePlan()
{
    ExperimentPlan plan = design();
    Status valid = validateExperimentVariables(plan);
    if (valid && plan.start < toDate(m_today))
        valid = Error{"start", formatDate(plan.start), "is before today: a plan is fixed before "
                                                       "its first night"};
    if (!valid) {
        m_errorLabel->setText(tr("Not saved: %1").arg(qs(valid.error().message())));
        m_errorLabel->show();
        return false;
    }
    updateDesignFigures();
    plan.power = m_power;
    plan.id = newExperimentId();
    plan.savedAt = utcTimestampNow();
    if (!m_writers.save) {
        m_errorLabel->setText(tr("Not saved: no journal is open"));
        m_errorLabel->show();
        return false;
    }
    if (Status saved = m_writers.save(plan); !saved) {
        m_errorLabel->setText(tr("Not saved: %1").arg(qs(saved.error().message())));
        m_errorLabel->show();
        return false;
    }
    m_errorLabel->hide();
    m_saved = plan;
    m_designingAnother = false;
    m_knownPlanIds.insert(plan.id);
    m_nextSeed = newExperimentSeed();
    showSavedPlan();
    return true;
}

bool ExperimentPlanner::endEarly()
{
    if (!m_saved || m_saved->endedEarlyAt || !m_writers.endEarly)
        return false;
    const std::string when = utcTimestampNow();
    if (Status ended = m_writers.endEarly(m_saved->id, when); !ended) {
        emit errorOccurred(qs(ended.error().message()));
        return false;
    }
    m_saved->endedEarlyAt = when;
    showSavedPlan();
    return true;
}

void ExperimentPlanner::askAndEndEarly()
{
    const auto answer = QMessageBox::question(
        this, tr("End the experiment early?"),
        tr("Ending early is recorded in the journal and cannot be undone. The result is then "
           "shown, from the nights so far, with a note that the experiment was ended early."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        endEarly();
}

void ExperimentPlanner::writeSheet()
{
    if (!m_saved || !m_saved->blinded)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the helper's sheet"), tr("helper-sheet.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status written = ExperimentSheet(*m_saved).writePdf(path); !written)
        emit errorOccurred(qs(written.error().message()));
}

void ExperimentPlanner::startNewPlan()
{
    m_saved.reset();
    m_designingAnother = true;
    m_nextSeed = newExperimentSeed();
    showSavedPlan();
}

void ExperimentPlanner::setFormEditable(bool editable)
{
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_exposureBox, m_outcomeBox, m_doseBox, m_midBox, m_blocksBox, m_blockDaysBox,
             m_washoutBox, m_startEdit, m_blindedBox})
        field->setEnabled(editable);
    m_saveButton->setVisible(editable);
    m_newButton->setVisible(!editable);
}

void ExperimentPlanner::showSavedPlan()
{
    m_result.reset();
    if (!m_saved) {
        setFormEditable(true);
        m_calendar->setPlan(std::nullopt);
        m_savedLabel->setText(tr("No experiment saved in this journal yet."));
        m_resultLabel->clear();
        m_endEarlyButton->hide();
        m_sheetButton->hide();
        updateDesignFigures();
        return;
    }
    const ExperimentPlan& plan = *m_saved;
    // The saved (pre-registered) fields are shown, never edited.
    setFormEditable(false);
    m_exposureBox->setCurrentIndex(m_exposureBox->findData(qs(plan.exposure)));
    {
        const QSignalBlocker blocker(m_outcomeBox); // keep the saved MID
        m_outcomeBox->setCurrentIndex(m_outcomeBox->findData(qs(plan.outcome)));
    }
    m_doseBox->setValue(plan.dose);
    m_midBox->setValue(plan.mid);
    m_blocksBox->setValue(plan.blocks);
    m_blockDaysBox->setValue(plan.blockDays);
    m_washoutBox->setValue(plan.washoutDays);
    m_startEdit->setMinimumDate(std::min(m_today, toQDate(plan.start)));
    m_startEdit->setDate(toQDate(plan.start));
    m_blindedBox->setChecked(plan.blinded);
    m_errorLabel->hide();
    m_minPLabel->setText(
        tr("Smallest possible p: %1").arg(qs(formatPValue(experimentMinP(plan.blocks)))));
    m_powerLabel->setText(plan.power ? tr("Power when saved: %1").arg(number(*plan.power, 2))
                                     : tr("Power when saved: -"));

    const bool visible = experimentResultVisible(plan, toDate(m_today));
    m_calendar->setPlan(plan);
    m_calendar->setRevealed(visible);
    m_savedLabel->setText(
        tr("Pre-registered %1: %2 blocks of %3 days from %4 to %5 (washout %6 days), seed %7. "
           "These fields are fixed.%8")
            .arg(qs(plan.savedAt))
            .arg(plan.blocks)
            .arg(plan.blockDays)
            .arg(qs(formatDate(plan.start)), qs(formatDate(experimentEnd(plan))))
            .arg(plan.washoutDays)
            .arg(QString::number(plan.seed))
            .arg(plan.blinded ? tr(" Blinded: take pack N in block N.") : QString()));
    m_endEarlyButton->setVisible(!plan.endedEarlyAt && !visible);
    m_sheetButton->setVisible(plan.blinded);
    if (!visible) {
        m_resultLabel->setText(tr("The result stays hidden until the last block has ended "
                                  "(after %1) or you end the experiment early.")
                                   .arg(qs(formatDate(experimentEnd(plan)))));
        return;
    }
    if (m_series) {
        auto result = analyseExperiment(plan, *m_series);
        if (result) {
            m_result = std::move(result).value();
            m_resultLabel->setText(qs(experimentSentence(plan, *m_result)));
            return;
        }
        m_resultLabel->setText(qs(result.error().message()));
    }
}

void ExperimentPlanner::showLegacyPlan(const QString& journalPath)
{
    m_legacyLabel->hide();
    if (journalPath.isEmpty())
        return;
    QSettings settings;
    const QString group = legacySettingsGroup(journalPath);
    settings.beginGroup(group);
    const QString start = settings.value(QStringLiteral("start")).toString();
    const int blockDays = settings.value(QStringLiteral("blockDays")).toInt();
    const int blockCount = settings.value(QStringLiteral("blockCount")).toInt();
    const QString seed = settings.value(QStringLiteral("seed")).toString();
    settings.endGroup();
    if (start.isEmpty())
        return;
    m_legacyLabel->setText(
        tr("An earlier version of this planner kept a plan for this journal: %1 blocks of %2 "
           "days from %3, seed %4. It was not pre-registered (its fields could be changed after "
           "seeing nights), so it is not carried over and cannot support \"it helped me\". This "
           "note is shown once.")
            .arg(blockCount)
            .arg(blockDays)
            .arg(start, seed));
    m_legacyLabel->show();
    // Shown once: the old entry goes, the journal is not touched.
    settings.remove(group);
}

} // namespace quietlegs
