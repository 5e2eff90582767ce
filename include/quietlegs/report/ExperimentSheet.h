#pragma once

#include "quietlegs/core/ExperimentPlan.h"
#include "quietlegs/core/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace quietlegs {

/// The helper's sheet of a blinded on/off experiment (docs/self-experiment.md "Blinding"): one
/// numbered pack per block with its days and whether it holds the active capsules or the
/// placebo, for the person who fills the packs, never for the one taking them. Needs a
/// QGuiApplication (for the fonts).
class ExperimentSheet
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentSheet)

public:
    explicit ExperimentSheet(ExperimentPlan plan);

    int pageCount() const;
    /// Prints every page to `device` (A4 portrait).
    Status print(QPagedPaintDevice& device) const;
    /// Writes the PDF atomically (QSaveFile) with owner-only permissions (0600).
    Status writePdf(const QString& path) const;
    /// One page as a white image at `dotsPerInch`, for a look at it.
    QImage pageImage(int index, double dotsPerInch) const;

private:
    void paintPage(QPainter& painter, int index) const;
    ExperimentPlan m_plan;
};

} // namespace quietlegs
