#include "InsightsView.h"

#include "QtText.h"
#include "charts/ChartDates.h"
#include "insights/ComparisonPanel.h"
#include "insights/CorrelationTableModel.h"
#include "insights/EffectCards.h"
#include "insights/ExperimentPlanner.h"
#include "insights/PeriodCorrelations.h"
#include "insights/ScatterPlot.h"
#include "quietlegs/analysis/EffectLine.h"
#include "quietlegs/analysis/EffectWording.h"
#include "quietlegs/analysis/InsightCards.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/storage/Journal.h"
#include "widgets/PlainTextDelegate.h"
#include "widgets/WrappingLabel.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMetaObject>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace quietlegs {
InsightsView::InsightsView(QWidget* parent) : QWidget(parent)
{
    m_periodBox = new QComboBox(this);
    m_periodBox->addItem(tr("The whole journal"), int(InsightPeriod::All));
    m_periodBox->addItem(tr("The last year"), int(InsightPeriod::OneYear));
    m_periodBox->addItem(tr("The last 6 months"), int(InsightPeriod::SixMonths));
    m_periodBox->addItem(tr("The last 12 weeks"), int(InsightPeriod::TwelveWeeks));
    auto* periodLabel = new QLabel(tr("&Nights from:"), this);
    periodLabel->setBuddy(m_periodBox);
    // The primary question leads (statistics-v2.md section 3): asked in advance, answered first.
    auto* primaryFrame = new QFrame(this);
    primaryFrame->setFrameShape(QFrame::StyledPanel);
    m_questionLabel = new WrappingLabel(primaryFrame);
    m_questionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_primaryLabel = new WrappingLabel(primaryFrame);
    m_primaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont leadFont = m_primaryLabel->font();
    leadFont.setPointSizeF(leadFont.pointSizeF() * 1.15);
    leadFont.setBold(true);
    m_primaryLabel->setFont(leadFont);
    m_verdictLabel = new WrappingLabel(primaryFrame);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* primaryLayout = new QVBoxLayout(primaryFrame);
    primaryLayout->addWidget(m_questionLabel);
    primaryLayout->addWidget(m_primaryLabel);
    primaryLayout->addWidget(m_verdictLabel);
    m_findingLabel = new WrappingLabel(this);
    m_findingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caveatLabel = new WrappingLabel(this);
    m_caveatLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caveatLabel->setText(qs(std::string(diaryCaveat())));
    QFont caveatFont = m_caveatLabel->font();
    caveatFont.setItalic(true);
    m_caveatLabel->setFont(caveatFont);

    m_model = new CorrelationTableModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CorrelationTableModel::kSortRole);
    m_tableView = new QTableView(this);
    m_tableView->setModel(m_sorted);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(-1, Qt::AscendingOrder); // the table's own order until asked
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setItemDelegate(new PlainTextDelegate(m_tableView));
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setStretchLastSection(true);

    m_scatter = new ScatterPlot(this);
    m_scatter->setMinimumSize(360, 280);
    m_scatterCaption = new WrappingLabel(this);
    m_scatterCaption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* scatterPane = new QWidget(this);
    auto* scatterLayout = new QVBoxLayout(scatterPane);
    scatterLayout->setContentsMargins(0, 0, 0, 0);
    scatterLayout->addWidget(m_scatter, 1);
    scatterLayout->addWidget(m_scatterCaption);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tableView);
    splitter->addWidget(scatterPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({680, 460}); // the table whole, the plot in what is left

    auto* correlations = new QWidget(this);
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(periodLabel);
    periodRow->addWidget(m_periodBox);
    periodRow->addStretch();
    // Plain-language cards first (issue 24): the primary question's, then one per exposure
    // the journal can say something about; the table and the scatter plot after them.
    m_cards = new EffectCards(this);
    connect(m_cards, &EffectCards::relationChosen, this,
            [this](const RelationKey& relation) { selectCorrelation(relation); });
    auto* cardsPane = new QWidget(this);
    auto* cardsLayout = new QVBoxLayout(cardsPane);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->addWidget(primaryFrame);
    cardsLayout->addWidget(m_cards);
    cardsLayout->addStretch();
    auto* cardsScroll = new QScrollArea(this);
    cardsScroll->setWidget(cardsPane);
    cardsScroll->setWidgetResizable(true);
    cardsScroll->setFrameShape(QFrame::NoFrame);
    auto* tablePane = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_findingLabel);
    tableLayout->addWidget(splitter, 1);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(cardsScroll);
    vertical->addWidget(tablePane);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({330, 410}); // the cards whole on 1280x860, the plot in what is left
    vertical->setChildrenCollapsible(false);
    auto* correlationLayout = new QVBoxLayout(correlations);
    correlationLayout->addLayout(periodRow);
    correlationLayout->addWidget(vertical, 1);
    correlationLayout->addWidget(m_caveatLabel);

    m_comparison = new ComparisonPanel(this);
    m_planner = new ExperimentPlanner(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(correlations, tr("Effe&cts"));
    m_tabs->addTab(m_comparison, tr("&Before and after"));
    m_tabs->addTab(m_planner, tr("&On/off experiment"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_periodBox, &QComboBox::currentIndexChanged, this,
            &InsightsView::recomputeCorrelations);
    connect(m_planner, &ExperimentPlanner::errorOccurred, this, &InsightsView::errorOccurred);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InsightsView::showSelectedPairs);
    recomputeCorrelations();
}

InsightsView::~InsightsView() = default;

void InsightsView::setJournal(const Journal* journal)
{
    m_journal = journal;
    std::vector<ExperimentPlan> plans;
    if (journal) {
        if (auto saved = journal->experiments())
            plans = std::move(saved).value();
        else
            emit errorOccurred(qs(saved.error().message()));
    }
    m_planner->setPlans(std::move(plans), journal ? QString::fromStdString(journal->path().string())
                                                  : QString());
    m_newJournal = true;
    reload();
}

void InsightsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void InsightsView::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    auto series = std::make_shared<JournalSeries>();
    m_question = PrimaryQuestion{};
    if (m_journal) {
        auto records = m_journal->records();
        if (records) {
            *series = JournalSeries::fromRecords(*records);
            // A blinded plan's adherence counts the packs taken on Today since it was loaded.
            m_planner->refreshSavedPlan(records->experiments);
            if (auto question = PrimaryQuestion::fromSettings(records->settings))
                m_question = *question;
            else
                emit errorOccurred(qs(question.error().message()));
        } else {
            emit errorOccurred(qs(records.error().message()));
        }
    }
    m_series = std::move(series);
    // The worker tells this thread when an answer is in; the view then looks again.
    m_correlations = std::make_unique<PeriodCorrelations>(m_series, m_question, [this] {
        QMetaObject::invokeMethod(this, &InsightsView::showPendingPrimary, Qt::QueuedConnection);
    });
    recomputeCorrelations();
    m_comparison->setSeries(m_series);
    m_planner->setSeries(m_series);
    if (m_newJournal) {
        m_newJournal = false;
        m_comparison->useDefaultDates();
    }
}

void InsightsView::recomputeCorrelations()
{
    // Keep the chosen row across a reload.
    std::optional<CorrelationRow> chosen;
    const QModelIndex current = m_tableView->currentIndex();
    if (current.isValid())
        chosen = m_model->correlationRow(m_sorted->mapToSource(current).row());

    const auto period = InsightPeriod(m_periodBox->currentData().toInt());
    const auto result = m_correlations ? m_correlations->table(period)
                                       : std::optional<PeriodCorrelations::Result>();
    if (!result) {
        m_from.reset();
        m_to.reset();
        m_model->setTable(CorrelationTable(), m_series ? m_series->catalogue()
                                                       : VariableCatalogue::standard());
        m_findingLabel->setText(
            tr("Nothing to analyse yet: log a few nights and what you took, and the links "
               "between them appear here."));
        showPrimary();
        m_cards->setCards({});
        m_scatter->clear();
        m_scatterCaption->clear();
        return;
    }
    m_from = result->from;
    m_to = result->to;
    const CorrelationTable& table = *result->table;
    const VariableCatalogue variables = m_series->catalogue();
    m_findingLabel->setText(qs(exploratoryNote(table, variables)));
    m_model->setTable(table, variables);
    showPrimary();
    m_cards->setCards(exposureCards(table, variables, m_question));
    // The primary question's row first: it is what the person asked.
    selectCorrelation(chosen ? chosen->key() : m_question.relation);
}

void InsightsView::showPrimary()
{
    const VariableCatalogue variables =
        m_series ? m_series->catalogue() : VariableCatalogue::standard();
    m_questionLabel->setText(qs(primaryQuestionText(m_question, variables)));
    if (!m_series || !m_from || !m_to) {
        m_primaryPending = false;
        m_primaryLabel->setText(tr("No answer yet: log a few nights and what you took."));
        m_verdictLabel->clear();
        return;
    }
    // The fit runs on PeriodCorrelations' worker; it is mostly done by now (it started before
    // this thread's table). A queued call from the worker replaces "Computing…" before the
    // window paints it when the answer comes in time.
    const auto period = InsightPeriod(m_periodBox->currentData().toInt());
    const auto primary = m_correlations ? m_correlations->primary(period) : std::nullopt;
    m_primaryPending = !primary;
    if (!primary) {
        m_primaryLabel->setText(tr("Computing…"));
        m_verdictLabel->clear();
        return;
    }
    m_primaryLabel->setText(qs(effectSentence(primary->effect, variables)));
    m_verdictLabel->setText(qs(verdictSentence(*primary, variables)));
}

void InsightsView::showPendingPrimary()
{
    if (m_primaryPending)
        showPrimary();
}

bool InsightsView::primaryPending() const
{
    return m_primaryPending;
}

QString InsightsView::primaryText() const
{
    return m_primaryLabel->text();
}

QString InsightsView::verdictText() const
{
    return m_verdictLabel->text();
}

QString InsightsView::caveatText() const
{
    return m_caveatLabel->text();
}

void InsightsView::selectCorrelation(Exposure exposure, Outcome outcome, int lagDays)
{
    selectCorrelation(RelationKey{std::string(exposureId(exposure)),
                                  std::string(outcomeId(outcome)), lagDays});
}

void InsightsView::selectCorrelation(const RelationKey& relation)
{
    const int row = m_model->rowOf(relation);
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    // A new current row shows its pairs through currentRowChanged; the same row needs asking.
    const bool sameRow = m_tableView->currentIndex().row() == index.row();
    m_tableView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_tableView->scrollTo(index);
    if (sameRow)
        showSelectedPairs();
}

void InsightsView::showSelectedPairs()
{
    const QModelIndex current = m_tableView->currentIndex();
    if (!current.isValid() || !m_series || !m_from || !m_to) {
        m_scatter->clear();
        m_scatterCaption->clear();
        return;
    }
    const int source = m_sorted->mapToSource(current).row();
    const CorrelationRow& row = m_model->correlationRow(source);
    const std::vector<LaggedPair> pairs = laggedPairs(*m_series, row.key(), *m_from, *m_to);
    // Without an effect (under 14 nights, no variation) there is no line to suggest one.
    const EffectRow* effect = m_model->effectRow(source);
    const auto line = effect ? effectLine(pairs, *effect) : std::nullopt;
    m_scatter->showPairs(pairs, line, row.key());
    QString caption = effect ? qs(effectSentence(*effect, m_model->variables())) : QString();
    if (m_scatter->xJittered() || m_scatter->yJittered())
        caption += QLatin1Char(' ') + tr("Whole-number scores are spread a little (at most "
                                         "0.3) so that nights with the same score show apart.");
    m_scatterCaption->setText(caption.trimmed());
}

QString InsightsView::findingText() const
{
    return m_findingLabel->text();
}

QString InsightsView::scatterCaption() const
{
    return m_scatterCaption->text();
}

} // namespace quietlegs
