#pragma once

#include "quietlegs/core/Result.h"
#include "quietlegs/report/PagedLayout.h"
#include "quietlegs/report/ReportContent.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace quietlegs {

/// The PDF report for a nutritionist or doctor: cover summary, weekly charts and table,
/// correlations, the before/after result, supplements, notes, and methods and sources.
/// Laid out once for its paper size; pages can then be printed to any paged device (a
/// QPdfWriter or a QPrinter) or rendered as images for a preview. Needs a QGuiApplication.
class NutritionistReport
{
    Q_DECLARE_TR_FUNCTIONS(NutritionistReport)

public:
    /// Layout units per typographic point: pages are laid out in tenths of a point, so text
    /// metrics are exact and independent of the device's resolution.
    static constexpr double kUnitsPerPoint = 10;

    explicit NutritionistReport(ReportContent content);
    ~NutritionistReport();
    NutritionistReport(const NutritionistReport&) = delete;
    NutritionistReport& operator=(const NutritionistReport&) = delete;

    const ReportContent& content() const { return m_content; }
    QPageSize pageSize() const;
    int pageCount() const;

    /// Paints page `index` (0-based) with header and footer. The painter's coordinates must be
    /// report units (kUnitsPerPoint per point) with the page's top-left corner at the origin.
    void paintPage(QPainter& painter, int index) const;
    /// Prints every page to `device` (its page size and margins are set here).
    Status print(QPagedPaintDevice& device) const;
    /// One page as a white image at `dotsPerInch`, e.g. for a preview.
    QImage pageImage(int index, double dotsPerInch) const;
    /// Writes the PDF atomically (QSaveFile) with owner-only permissions (0600).
    Status writePdf(const QString& path) const;

    /// Registers the embedded DejaVu fonts once (needs a QGuiApplication) and returns the
    /// family used; falls back to the default sans family when the font files are missing.
    static QString fontFamily();
    /// "magnesium bisglycinate started: 300 mg per day, usually at 21:00" and the like.
    static QString regimenChangeText(const RegimenChange& change);

private:
    struct Column
    {
        QString title;
        double weight = 1; // share of the table's width
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct TableRow
    {
        QStringList cells;
        std::vector<int> spans; // columns each cell spans; empty: one each
        bool emphasised = false;
    };

    QFont font(double points, bool bold = false) const;
    QSizeF pageSizeInUnits() const;

    void layOut();
    // The sections, in src/report/sections/ (one file each).
    void addTitle();
    void addSummary();
    void addCharts();
    void addWeeklyTable();
    void addOwnFactors();
    void addCorrelations();
    void addComparison();
    void addSupplements();
    void addLabHistory();             // sections/LabHistorySection.cpp
    void addDosingTimeline();         // sections/DosingTimelineSection.cpp
    void addIntakeAgainstReference(); // sections/IntakeReferenceSection.cpp
    void addNamedPeriods();           // sections/NamedPeriodsSection.cpp
    void addExperiments();            // sections/ExperimentsSection.cpp
    void addYearAtAGlance();          // sections/YearAtAGlanceSection.cpp
    void addDeviceSleep();            // sections/DeviceSleepSection.cpp
    void addNotes();
    void addMethods();

    // The building blocks the sections are made of (src/report/ReportBlocks.cpp).
    void addHeading(const QString& text);
    void addSubheading(const QString& text);
    void addParagraph(const QString& text, const QFont& font);
    void addParagraph(const QString& text);
    void addTable(const std::vector<Column>& columns, const std::vector<TableRow>& rows);
    double rowHeight(const std::vector<Column>& columns, const TableRow& row,
                     const QFont& font) const;

    ReportContent m_content;
    QString m_family;
    std::unique_ptr<PagedLayout> m_layout;
};

} // namespace quietlegs
