// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/FetchGate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

class OperatorForm;
class OneTimeSecret;
class OperatorsModel;
class OperatorsSection;

// The betting operators (docs/operators.md): their keys, limits and webhook health, with rotating
// a key, suspending and resuming, and a new operator; and under them each game kind's own section
// (ConsoleKind::operatorsSection), such as paytables and RTP reports. Everything goes through the
// backoffice API, so the console can do only what the signed-in backoffice role may.
class OperatorsPage : public QWidget
{
    Q_OBJECT
public:
    explicit OperatorsPage(client::HostClient &host, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    OperatorsModel *operators() const { return m_model; }
    OperatorForm *operatorForm() const { return m_form; }
    OneTimeSecret *secretPanel() const { return m_secret; }
    // A game kind's section, null for a kind without one.
    OperatorsSection *section(const QString &kind) const { return m_sections.value(kind); }
    // What the page says instead of its dashboard (no backoffice role); empty when it shows it.
    QString notice() const;
    // The last action's refusal, as the host worded it; empty after a success.
    QString actionMessage() const;

    // The selected operator's id, or empty.
    QString selectedOperator() const;
    bool selectOperator(const QString &operatorId);

public slots:
    void showNewOperatorForm();
    void createOperator();  // posts the form
    void editSelected();    // the form, filled with the selected operator
    void saveOperator();    // posts what the form changed
    void rotateSelected();  // no confirmation: the button asks first
    void setSuspended(bool suspended);
    void reload();          // at once, not waiting for the next poll

signals:
    void refreshed();
    void secretShown(const QString &operatorId, const QString &keyId, const QString &secret);
    void operatorCreated(const QString &operatorId);
    void actionDone(const QString &operatorId, const QString &action);
    void actionFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void fetch();
    void refreshSections(const QHash<QString, QString> &operatorNames, int next);
    void finishFetch();
    void updateButtons();
    void operatorAction(const QString &action);
    void postChanges(const QString &operatorId, QList<std::pair<QString, QJsonObject>> changes);
    void setActionMessage(const QString &message);
    QString nameOf(const QString &operatorId) const;

    client::HostClient &m_host;
    QStackedWidget *m_stack;
    QLabel *m_notice;
    QWidget *m_dashboard;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_rotate;
    QPushButton *m_suspend;
    QPushButton *m_resume;
    QLabel *m_summary;
    QLabel *m_message;
    OneTimeSecret *m_secret;
    QGroupBox *m_formBox;
    OperatorForm *m_form;
    QTableView *m_table;
    OperatorsModel *m_model;
    QHash<QString, OperatorsSection *> m_sections; // by kind
    QList<OperatorsSection *> m_sectionOrder;
    QElapsedTimer m_sinceFetch;
    FetchGate m_gate;      // the operators, then each kind's section: one fetch
    bool m_again = false;  // an action changed something while a fetch was out
};

} // namespace steward::ui
