#pragma once

// Conversions between the core's plain C++ values and Qt's, in one place.
#include "quietlegs/core/Dates.h"
#include "quietlegs/core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <string_view>

namespace quietlegs {

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

inline std::string toStdString(const QString& text)
{
    return text.toStdString();
}

inline QDate toQDate(Date date)
{
    return QDate(int(date.year()), int(unsigned(date.month())), int(unsigned(date.day())));
}

inline Date toDate(QDate date)
{
    return Date{std::chrono::year{date.year()}, std::chrono::month{unsigned(date.month())},
                std::chrono::day{unsigned(date.day())}};
}

inline QTime toQTime(std::chrono::minutes sinceMidnight)
{
    return QTime(int(sinceMidnight.count() / 60), int(sinceMidnight.count() % 60));
}

inline std::chrono::minutes toMinutes(QTime time)
{
    return std::chrono::minutes{time.hour() * 60 + time.minute()};
}

inline QDateTime toQDateTime(LocalDateTime when)
{
    return QDateTime(toQDate(dateOf(when)), toQTime(timeOfDay(when)));
}

inline LocalDateTime toLocalDateTime(const QDateTime& when)
{
    return atTime(toDate(when.date()), toMinutes(when.time()));
}

/// The core's one-line message for an error, for a dialog or the status bar.
inline QString errorText(const Error& error)
{
    return toQString(error.message());
}

} // namespace quietlegs
