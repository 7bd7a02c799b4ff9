// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleSettings.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

// Settings: where the embedded host listens and keeps its data, the chain, where secrets live,
// the language (all taken at the next start), and the facilitator password (changed on the host
// at once, through its API).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(client::HostClient &host, const ConsoleSettings &current, QWidget *parent = nullptr);

    ConsoleSettings settings() const;
    // Checks the form; an empty string when it can be saved.
    QString problem() const;
    void changePassword();

    QSpinBox *portBox() const { return m_port; }
    QComboBox *bindBox() const { return m_bind; }
    QLineEdit *rpcEdit() const { return m_rpc; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *currentPasswordEdit() const { return m_currentPassword; }
    QLineEdit *newPasswordEdit() const { return m_newPassword; }
    QLineEdit *repeatPasswordEdit() const { return m_repeatPassword; }
    QLabel *passwordMessage() const { return m_passwordMessage; }
    QLabel *secretsExplanation() const { return m_secretsNote; }
    void setChainMode(ConsoleSettings::Chain chain);
    // The host runs in this console: the password is set through `setter` (which returns an
    // error text, or nothing) without asking for the current one.
    void setLocalPasswordSetter(std::function<QString(const QString &)> setter);
    bool asksCurrentPassword() const { return !m_localSetter; }
    QLabel *listeningLabel() const { return m_listening; }

    // Saves when the form is sound; otherwise says what is wrong and stays open.
    void accept() override;

signals:
    void passwordChanged(bool ok);

private:
    void updateEnabled();

    client::HostClient &m_host;
    QSpinBox *m_port;
    QComboBox *m_bind;
    QLineEdit *m_dataDir;
    QButtonGroup *m_chain;
    QLineEdit *m_rpc;
    QSpinBox *m_chainId;
    QComboBox *m_secrets;
    QLabel *m_secretsNote;
    QComboBox *m_language;
    QComboBox *m_theme;
    QLineEdit *m_currentPassword;
    QLineEdit *m_newPassword;
    QLineEdit *m_repeatPassword;
    QLabel *m_passwordMessage;
    QLabel *m_error;
    QLabel *m_listening;
    QLabel *m_passwordNote;
    QFormLayout *m_passwordForm = nullptr;
    std::function<QString(const QString &)> m_localSetter;
};

} // namespace steward::ui
