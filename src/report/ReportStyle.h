#pragma once

// What every part of the nutritionist report shares: page geometry, type sizes, colours and
// how figures become text. Private to src/report.

#include "quietlegs/core/Dates.h"
#include "quietlegs/report/NutritionistReport.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <optional>
#include <string>
#include <string_view>

namespace quietlegs::reportstyle {

inline constexpr double kUnit = NutritionistReport::kUnitsPerPoint;

// Page geometry in points.
inline constexpr double kSideMargin = 50;
inline constexpr double kHeaderTop = 26; // header text
inline constexpr double kBodyTop = 62;
inline constexpr double kBodyBottomGap = 54; // from the page's bottom edge
inline constexpr double kFooterGap = 34;     // footer baseline area from the bottom edge

// Type sizes in points.
inline constexpr double kBodySize = 9;
inline constexpr double kTableSize = 8;
inline constexpr double kSmallSize = 7.5;
inline constexpr double kHeadingSize = 14;
inline constexpr double kSubheadingSize = 10.5;
inline constexpr double kTitleSize = 20;

inline constexpr double kCellPadX = 3;
inline constexpr double kCellPadY = 2;
inline constexpr double kChartHeight = 190;
inline constexpr double kMinChartHeight = 140;
// Characters: about a third of a page in the notes table.
inline constexpr int kNoteMaxShown = 1500;

inline const QColor kInk(30, 30, 30);
inline const QColor kRule(120, 120, 120);
inline const QColor kHeaderFill(225, 225, 225);
inline const QColor kStripeFill(243, 243, 243);

inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

inline QString dateText(Date date)
{
    return qs(formatDate(date));
}

inline QString fixed(std::optional<double> value, int decimals)
{
    if (!value)
        return QStringLiteral("–");
    return QString::number(*value, 'f', decimals);
}

/// An amount as people write it: at most three decimals, no trailing zeros, never an exponent
/// (0.125, 200, 24750).
inline QString amountText(double value)
{
    QString text = QString::number(value, 'f', 3);
    while (text.contains(QLatin1Char('.')) &&
           (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text;
}

/// A name from the Qt-free layers in the app's language: the GUI's DisplayNames list carries
/// their translations (context "DisplayNames"); without a translator it stays English.
inline QString named(std::string_view english)
{
    const std::string key(english);
    return QCoreApplication::translate("DisplayNames", key.c_str());
}

inline QString fromPlain(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace quietlegs::reportstyle
