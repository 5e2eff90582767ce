#pragma once

#include "quietlegs/core/FactorDefinition.h"

#include <QWidget>
#include <optional>

class QPushButton;
class QTableView;

namespace quietlegs {

class JournalSession;
class OwnFactorsModel;

/// Preferences' "Your factors": the person's own factors in the open journal, to add, give a
/// new unit (or name) and remove. Each change is made at once, one undo step, through the
/// session; removing asks first and says how many logged values go with the factor.
class OwnFactorsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OwnFactorsEditor(JournalSession* session, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }

    /// The question asked before removing `name` with `values` logged values.
    static QString removeQuestion(const QString& name, int values);
    /// The factor of the selected row, if any.
    std::optional<FactorDefinition> selectedFactor() const;

    // The steps behind the buttons, after their dialogs (false and a message when refused).
    bool addFactor(const QString& name, const QString& unit, FactorKind kind);
    bool changeFactor(const std::string& name, const QString& newName, const QString& unit);
    bool removeFactor(const std::string& name);

signals:
    /// A change was refused: the message names the field and the rule.
    void refused(const QString& message);

private:
    void askToAdd();
    void askToEdit();
    void askToRemove();
    void updateButtons();

    JournalSession* m_session = nullptr;
    OwnFactorsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace quietlegs
