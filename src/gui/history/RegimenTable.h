#pragma once

#include "quietlegs/core/Regimen.h"

#include <QGroupBox>
#include <vector>

class QTableWidget;

namespace quietlegs {

class JournalSession;

/// History's "Regimens": each run of the same medicine or supplement at the same daily dose
/// (domain.md's one definition, core Regimen.h): product, start, stop, daily dose, days taken
/// and the usual time, newest first. Read again after a change, when shown.
class RegimenTable : public QGroupBox
{
    Q_OBJECT

public:
    explicit RegimenTable(JournalSession* session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const std::vector<Regimen>& regimens() const { return m_regimens; }
    /// Reads the regimens now (otherwise when next shown after a change).
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    JournalSession* m_session = nullptr;
    QTableWidget* m_table = nullptr;
    std::vector<Regimen> m_regimens;
    bool m_stale = true;
};

} // namespace quietlegs
