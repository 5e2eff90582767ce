#pragma once

#include "quietlegs/core/Result.h"

#include <QLineEdit>
#include <chrono>
#include <optional>

namespace quietlegs {

/// A clock time typed as HH:MM; "2230", "22.30" and "7:05" are accepted and shown as HH:MM
/// when the field is left. Blank means not recorded.
class ClockEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit ClockEdit(QWidget* parent = nullptr);

    bool isBlank() const { return text().trimmed().isEmpty(); }
    /// The typed time, or the core's error for text that is not a clock time.
    Result<std::optional<std::chrono::minutes>> clock() const;
    void setClock(std::optional<std::chrono::minutes> clock);

private:
    QString normalized() const;
};

} // namespace quietlegs
