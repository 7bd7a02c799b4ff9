// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>

#include <utility>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace steward::ui {

// A betting operator's fields, in the page rather than a modal dialog: a new operator's, or an
// existing one's limits, webhook and region (its name and currency stay). Amounts are typed in
// currency units and sent in minor units; the host validates everything and its refusal is
// shown here.
class OperatorForm : public QWidget
{
    Q_OBJECT
public:
    explicit OperatorForm(QWidget *parent = nullptr);

    QLineEdit *name() const { return m_name; }
    QLineEdit *webhookUrl() const { return m_webhook; }
    QLineEdit *currency() const { return m_currency; }
    QLineEdit *region() const { return m_region; }
    QDoubleSpinBox *minBet() const { return m_minBet; }
    QDoubleSpinBox *maxBet() const { return m_maxBet; }
    QDoubleSpinBox *maxWin() const { return m_maxWin; }
    QPushButton *createButton() const { return m_create; }

    // The body of POST /api/admin/v1/operators.
    QJsonObject spec() const;
    // Fills the form with an operator (as GET /operators lists it) to change it; reset() goes
    // back to a new one.
    void edit(const QJsonObject &op);
    bool isEditing() const { return !m_editing.isEmpty(); }
    QString editedOperator() const; // its id
    // What an edit changes, as the bodies of POST /operators/{id}/limits, /webhook and /locale;
    // only those whose fields differ from the operator's.
    QList<std::pair<QString, QJsonObject>> changes() const;
    void setError(const QString &message);
    QString error() const;
    void setBusy(bool busy);
    void reset();

signals:
    void createRequested();
    void saveRequested();
    void cancelled();

private:
    QLineEdit *m_name;
    QLineEdit *m_webhook;
    QLineEdit *m_currency;
    QLineEdit *m_region;
    QDoubleSpinBox *m_minBet;
    QDoubleSpinBox *m_maxBet;
    QDoubleSpinBox *m_maxWin;
    QLabel *m_error;
    QPushButton *m_create;
    QJsonObject m_editing; // the operator being changed, or empty for a new one
};

} // namespace steward::ui
