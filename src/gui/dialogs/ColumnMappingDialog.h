#pragma once

#include "quietlegs/io/CsvTable.h"
#include "quietlegs/io/GenericCsvImport.h"

#include <QDialog>
#include <QMap>
#include <string>

class QComboBox;
class QPushButton;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace quietlegs {

/// The mapping step of a spreadsheet import: the delimiter and decimal mark recognised in the
/// file (the person can change them; a new delimiter reads the preview again), a preview of
/// the first rows and, for each thing QuietLegs can read (the night with its sleep diary, the
/// day's intakes and factors), a combo box naming the column that holds it (pre-filled by
/// guessColumnMapping). Only the date column is required. Tests set combos and call accept().
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    /// One journal field a column can be mapped to.
    enum class Field
    {
        Date,
        Severity,
        MagnesiumMg,
        IronMg,
        CaffeineMg,
        AlcoholUnits,
        ExerciseMin,
        Stress,
        Notes,
        IntoBed,
        LightsOut,
        SleepLatencyMin,
        Awakenings,
        WasoMin,
        FinalWake,
        OutOfBed
    };

    /// `text` is the whole file, read again when the person picks another delimiter.
    ColumnMappingDialog(const QString& fileName, std::string text, QWidget* parent = nullptr);

    /// The mapping as chosen now (IRLS items are kept as guessed: they need all ten columns).
    CsvColumnMapping mapping() const;
    /// Column for `field` (-1: not imported).
    void setColumn(Field field, int column);
    int column(Field field) const;
    void setDateFormat(CsvDateFormat format);
    /// Reads the preview again split at `delimiter`, and guesses the columns anew.
    void setDelimiter(char delimiter);
    void setDecimalMark(DecimalMark mark);

    QTableView* previewView() const { return m_previewView; }
    QStandardItemModel* previewModel() const { return m_previewModel; }
    QComboBox* combo(Field field) const { return m_combos.value(field); }
    QComboBox* delimiterCombo() const { return m_delimiter; }
    QComboBox* decimalMarkCombo() const { return m_decimalMark; }
    /// What is wrong with the choice now (no date column, a file that cannot be read so).
    QString problem() const;

public slots:
    void accept() override;

private:
    void loadPreview(char delimiter);
    void updateState();

    std::string m_text;
    CsvColumnMapping m_guess;
    QString m_readError; // the preview cannot be read with the chosen delimiter
    QStringList m_headers;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_decimalMark = nullptr;
    bool m_decimalMarkChosen = false; // by the person: a new delimiter keeps it
    QStandardItemModel* m_previewModel = nullptr;
    QTableView* m_previewView = nullptr;
    QMap<Field, QComboBox*> m_combos;
    QComboBox* m_dateFormat = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_okButton = nullptr;
};

} // namespace quietlegs
