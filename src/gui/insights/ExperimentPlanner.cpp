#include "ExperimentPlanner.h"

#include "widgets/WrappingLabel.h"

#include "DisplayNames.h"
#include "QtText.h"
#include "charts/ChartDates.h"
#include "insights/ExperimentCalendarModel.h"
#include "quietlegs/analysis/PlainLanguage.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace quietlegs {
namespace {

constexpr int kDefaultBlockDays = 7;
constexpr int kDefaultBlockCount = 6;
constexpr int kLargestSeed = 999999;

} // namespace

ExperimentPlanner::ExperimentPlanner(QWidget* parent) : QWidget(parent)
{
    m_startEdit = new QDateEdit(QDate::currentDate().addDays(1), this);
    m_startEdit->setCalendarPopup(true);
    m_startEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_blockDaysBox = new QSpinBox(this);
    m_blockDaysBox->setRange(1, kMaxExperimentBlockDays);
    m_blockDaysBox->setValue(kDefaultBlockDays);
    m_blockDaysBox->setSuffix(tr(" days"));
    m_blockCountBox = new QSpinBox(this);
    m_blockCountBox->setRange(2, kMaxExperimentBlocks);
    m_blockCountBox->setSingleStep(2); // half ON, half OFF
    m_blockCountBox->setValue(kDefaultBlockCount);
    m_seedBox = new QSpinBox(this);
    m_seedBox->setRange(0, kLargestSeed);
    m_seedBox->setValue(int(QRandomGenerator::global()->bounded(kLargestSeed + 1)));
    m_seedBox->setToolTip(tr("The same seed always gives the same schedule: note it to "
                             "reproduce the plan"));
    auto* newSeedButton = new QPushButton(tr("New s&eed"), this);
    m_washoutBox = new QSpinBox(this);
    m_washoutBox->setRange(0, kMaxExperimentBlockDays - 1);
    m_washoutBox->setSuffix(tr(" days"));
    m_washoutBox->setToolTip(tr("Nights at the start of each block left out of the analysis, "
                                "while the previous block's magnesium wears off"));
    m_outcomeBox = new QComboBox(this);
    for (const Outcome outcome : allOutcomes())
        m_outcomeBox->addItem(displayName(outcomeDisplayName(outcome)), int(outcome));
    auto* planButton = new QPushButton(tr("&Plan experiment"), this);
    auto* forgetButton = new QPushButton(tr("&Forget plan"), this);
    m_errorLabel = new WrappingLabel(this);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #d0342c; font-weight: bold"));
    m_errorLabel->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Start:"), m_startEdit);
    form->addRow(tr("&Block length:"), m_blockDaysBox);
    form->addRow(tr("&Number of blocks:"), m_blockCountBox);
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seedBox, 1);
    seedRow->addWidget(newSeedButton);
    form->addRow(tr("See&d:"), seedRow);
    static_cast<QLabel*>(form->labelForField(seedRow))->setBuddy(m_seedBox);
    form->addRow(tr("&Analyse:"), m_outcomeBox);
    form->addRow(tr("&Wash-out:"), m_washoutBox);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(planButton);
    buttons->addWidget(forgetButton);
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addLayout(buttons);
    left->addWidget(m_errorLabel);
    auto* how = new WrappingLabel(tr("Magnesium is taken in half of the blocks, chosen at random, and "
                              "not in the others. Comparing ON and OFF blocks tells more than a "
                              "before/after comparison, because season and stress fall on both."),
                           this);
    left->addWidget(how);
    left->addStretch();

    m_calendar = new ExperimentCalendarModel(this);
    m_calendarView = new QTableView(this);
    m_calendarView->setModel(m_calendar);
    m_calendarView->setSelectionMode(QAbstractItemView::NoSelection);
    m_calendarView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Two lines of text a day, with room to read them.
    m_calendarView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_calendarView->verticalHeader()->setDefaultSectionSize(
        m_calendarView->fontMetrics().lineSpacing() * 3);
    m_calendarView->setWordWrap(true);
    m_summaryLabel = new WrappingLabel(this);
    m_adherenceLabel = new WrappingLabel(this);
    m_adherenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel = new WrappingLabel(this);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* right = new QVBoxLayout;
    right->addWidget(m_summaryLabel);
    right->addWidget(m_calendarView, 1);
    // Before the result: whether the schedule was followed decides what the result means.
    right->addWidget(m_adherenceLabel);
    right->addWidget(m_resultLabel);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(newSeedButton, &QPushButton::clicked, this, [this] {
        m_seedBox->setValue(int(QRandomGenerator::global()->bounded(kLargestSeed + 1)));
    });
    connect(planButton, &QPushButton::clicked, this, &ExperimentPlanner::planFromFields);
    connect(forgetButton, &QPushButton::clicked, this, &ExperimentPlanner::forgetPlan);
    connect(m_outcomeBox, &QComboBox::currentIndexChanged, this, [this] {
        analyse();
        store();
    });
    connect(m_washoutBox, &QSpinBox::valueChanged, this, [this] {
        analyse();
        store();
    });
}

void ExperimentPlanner::setJournalPath(const QString& path)
{
    m_journalPath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    load();
}

void ExperimentPlanner::setSeries(std::shared_ptr<const JournalSeries> series)
{
    m_series = std::move(series);
    m_calendar->setSeries(m_series);
    analyse();
}

QString ExperimentPlanner::resultText() const
{
    return m_resultLabel->text();
}

QString ExperimentPlanner::adherenceText() const
{
    return m_adherenceLabel->text();
}

QString ExperimentPlanner::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void ExperimentPlanner::planFromFields()
{
    plan(m_startEdit->date(), m_blockDaysBox->value(), m_blockCountBox->value(),
         std::uint64_t(m_seedBox->value()));
}

bool ExperimentPlanner::plan(QDate start, int blockDays, int blockCount, std::uint64_t seed)
{
    auto created = ExperimentPlan::create(toDate(start), blockDays, blockCount, seed);
    if (!created) {
        m_errorLabel->setText(qs(created.error().message()));
        m_errorLabel->show();
        return false;
    }
    m_errorLabel->hide();
    m_startEdit->setDate(start);
    m_blockDaysBox->setValue(blockDays);
    m_blockCountBox->setValue(blockCount);
    if (seed <= std::uint64_t(kLargestSeed))
        m_seedBox->setValue(int(seed));
    m_plan = std::move(created).value();
    m_calendar->setPlan(m_plan);
    analyse();
    store();
    return true;
}

void ExperimentPlanner::forgetPlan()
{
    m_plan.reset();
    m_calendar->setPlan(std::nullopt);
    if (!m_journalPath.isEmpty()) {
        QSettings settings;
        settings.remove(settingsGroup());
    }
    analyse();
}

void ExperimentPlanner::analyse()
{
    m_result.reset();
    m_adherence.reset();
    m_adherenceLabel->clear();
    if (!m_plan) {
        m_summaryLabel->setText(tr("No experiment planned for this journal."));
        m_resultLabel->clear();
        return;
    }
    const QLocale locale;
    m_summaryLabel->setText(tr("%1 blocks of %2 days from %3 to %4, seed %5. Days marked ON: "
                               "take magnesium; OFF: none. ✓ marks a logged night.")
                                .arg(m_plan->blockCount())
                                .arg(m_plan->blockDays())
                                .arg(toQDate(m_plan->start()).toString(Qt::ISODate),
                                     toQDate(m_plan->end()).toString(Qt::ISODate))
                                .arg(m_plan->seed()));
    if (!m_series) {
        m_resultLabel->clear();
        return;
    }
    const auto outcome = Outcome(m_outcomeBox->currentData().toInt());
    ExperimentOptions options;
    options.washoutDays = m_washoutBox->value();
    m_result = analyseExperiment(*m_plan, *m_series, outcome, options);
    m_adherence = experimentAdherence(*m_plan, *m_series);
    m_adherenceLabel->setText(qs(adherenceSentence(*m_adherence)));
    // Bold, not coloured, so the warning reads the same in a light and a dark palette.
    QFont font = m_adherenceLabel->font();
    font.setBold(m_adherence->poor());
    m_adherenceLabel->setFont(font);
    m_resultLabel->setText(qs(experimentSentence(*m_result)));
}

QString ExperimentPlanner::settingsGroup() const
{
    // Paths hold slashes, which QSettings reads as groups: key by a hash of the path.
    const QByteArray hash =
        QCryptographicHash::hash(m_journalPath.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("experiments/") + QString::fromLatin1(hash);
}

void ExperimentPlanner::store() const
{
    if (m_journalPath.isEmpty() || !m_plan)
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("journal"), m_journalPath);
    settings.setValue(QStringLiteral("start"), toQDate(m_plan->start()).toString(Qt::ISODate));
    settings.setValue(QStringLiteral("blockDays"), m_plan->blockDays());
    settings.setValue(QStringLiteral("blockCount"), m_plan->blockCount());
    settings.setValue(QStringLiteral("seed"), QString::number(m_plan->seed()));
    settings.setValue(QStringLiteral("outcome"),
                      qs(outcomeId(Outcome(m_outcomeBox->currentData().toInt()))));
    settings.setValue(QStringLiteral("washoutDays"), m_washoutBox->value());
    settings.endGroup();
}

void ExperimentPlanner::load()
{
    m_plan.reset();
    m_calendar->setPlan(std::nullopt);
    if (!m_journalPath.isEmpty()) {
        QSettings settings;
        settings.beginGroup(settingsGroup());
        const QDate start =
            QDate::fromString(settings.value(QStringLiteral("start")).toString(), Qt::ISODate);
        bool seedOk = false;
        const std::uint64_t seed =
            settings.value(QStringLiteral("seed")).toString().toULongLong(&seedOk);
        const int blockDays = settings.value(QStringLiteral("blockDays")).toInt();
        const int blockCount = settings.value(QStringLiteral("blockCount")).toInt();
        const auto outcome =
            parseOutcome(settings.value(QStringLiteral("outcome")).toString().toStdString());
        const int washout = settings.value(QStringLiteral("washoutDays"), 0).toInt();
        settings.endGroup();
        if (start.isValid() && seedOk) {
            if (outcome)
                m_outcomeBox->setCurrentIndex(m_outcomeBox->findData(int(*outcome)));
            m_washoutBox->setValue(washout);
            auto created = ExperimentPlan::create(toDate(start), blockDays, blockCount, seed);
            if (created) {
                m_plan = std::move(created).value();
                m_startEdit->setDate(start);
                m_blockDaysBox->setValue(blockDays);
                m_blockCountBox->setValue(blockCount);
                if (seed <= std::uint64_t(kLargestSeed))
                    m_seedBox->setValue(int(seed));
                m_calendar->setPlan(m_plan);
            }
        }
    }
    analyse();
}

} // namespace quietlegs
