// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "server/client/HostClient.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

SettingsDialog::SettingsDialog(client::HostClient &host, const ConsoleSettings &current, QWidget *parent)
    : QDialog(parent), m_host(host), m_port(new QSpinBox), m_bind(new QComboBox), m_dataDir(new QLineEdit),
      m_chain(new QButtonGroup(this)), m_rpc(new QLineEdit), m_chainId(new QSpinBox), m_secrets(new QComboBox),
      m_secretsNote(new QLabel), m_language(new QComboBox), m_theme(new QComboBox), m_currentPassword(new QLineEdit),
      m_newPassword(new QLineEdit), m_repeatPassword(new QLineEdit), m_passwordMessage(new QLabel),
      m_error(new QLabel), m_listening(new QLabel), m_passwordNote(new QLabel)
{
    setWindowTitle(tr("Settings"));

    // Where players reach the host.
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port (a new one at every start)"));
    m_port->setValue(current.port);
    // What the host listens on now, which differs from the setting after --port 0 or a change.
    const QUrl base = host.baseUrl();
    m_listening->setText(base.isValid() && base.port() > 0 ? tr("port %1").arg(base.port()) : tr("not connected"));
    m_listening->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bind->setEditable(true);
    m_bind->addItem(tr("Every network of this computer"), u"0.0.0.0"_s);
    m_bind->addItem(tr("This computer only (127.0.0.1)"), u"127.0.0.1"_s);
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            m_bind->addItem(tr("Only the network of %1").arg(a.toString()), a.toString());
    }
    const int bindAt = m_bind->findData(current.bind);
    if (bindAt >= 0)
        m_bind->setCurrentIndex(bindAt);
    else
        m_bind->setEditText(current.bind);
    auto *network = new QGroupBox(tr("Network"));
    auto *networkForm = new QFormLayout(network);
    networkForm->addRow(tr("&Port:"), m_port);
    networkForm->addRow(tr("Listening now on:"), m_listening);
    networkForm->addRow(tr("&Listen on:"), m_bind);

    // Where the database and logs are kept.
    m_dataDir->setText(current.dataDir);
    m_dataDir->setPlaceholderText(tr("Your data folder (the default)"));
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDir, 1);
    dataRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for Steward's data"), m_dataDir->text());
        if (!dir.isEmpty())
            m_dataDir->setText(dir);
    });

    // The chain.
    auto *devnet = new QRadioButton(tr("A local &devnet that Steward starts (anvil)"));
    auto *rpc = new QRadioButton(tr("An Ethereum &node at:"));
    auto *off = new QRadioButton(tr("&Off: record nothing on a blockchain"));
    m_chain->addButton(devnet, int(ConsoleSettings::Chain::Devnet));
    m_chain->addButton(rpc, int(ConsoleSettings::Chain::Rpc));
    m_chain->addButton(off, int(ConsoleSettings::Chain::Off));
    m_rpc->setText(current.rpcUrl);
    m_rpc->setPlaceholderText(u"http://192.168.1.30:8545"_s);
    m_chainId->setRange(1, std::numeric_limits<int>::max());
    m_chainId->setValue(int(std::min<quint64>(current.chainId, quint64(std::numeric_limits<int>::max()))));
    auto *chain = new QGroupBox(tr("Blockchain"));
    auto *chainLayout = new QFormLayout(chain);
    chainLayout->addRow(devnet);
    auto *rpcRow = new QHBoxLayout;
    rpcRow->addWidget(rpc);
    rpcRow->addWidget(m_rpc, 1);
    chainLayout->addRow(rpcRow);
    chainLayout->addRow(tr("Chain &id:"), m_chainId);
    chainLayout->addRow(off);
    setChainMode(current.chain);
    connect(m_chain, &QButtonGroup::idToggled, this, [this] { updateEnabled(); });

    // Secrets: the chain operator's key and the betting operators' secrets.
    m_secrets->addItem(tr("The system keychain if it works, else a protected file"), u"auto"_s);
    m_secrets->addItem(tr("The system keychain only"), u"keychain"_s);
    m_secrets->addItem(tr("A protected file in the data folder"), u"file"_s);
    m_secrets->setCurrentIndex(std::max(0, m_secrets->findData(current.secrets)));
    m_secretsNote->setWordWrap(true);
    const QJsonObject status = host.chainStatus();
    const QString keyStore = status.value(u"keyStore").toString();
    const QString warning = status.value(u"keyStoreWarning").toString();
    QString note = tr("Keys are never kept in the database. Where no keychain works (a server without a desktop "
                      "session), they go to secrets.json in the data folder, readable by your user only (mode "
                      "0600); back it up with the database.");
    if (!keyStore.isEmpty())
        note += u"\n"_s + tr("Now: %1.").arg(keyStore);
    if (!warning.isEmpty())
        note += u"\n"_s + warning;
    m_secretsNote->setText(note);
    auto *secrets = new QGroupBox(tr("Secrets"));
    auto *secretsLayout = new QVBoxLayout(secrets);
    secretsLayout->addWidget(m_secrets);
    secretsLayout->addWidget(m_secretsNote);

    // Language, and the folder.
    m_language->addItem(tr("The desktop's language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Español"_s, u"es"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_theme->addItem(tr("As the desktop prefers"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current.theme)));
    auto *general = new QGroupBox(tr("General"));
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("La&nguage:"), m_language);
    generalForm->addRow(tr("&Theme:"), m_theme);
    auto *dataLabel = new QLabel(tr("&Data folder:"));
    dataLabel->setBuddy(m_dataDir); // a row holding a layout gets no buddy by itself
    generalForm->addRow(dataLabel, dataRow);

    // The facilitator password, changed on the host now.
    for (QLineEdit *e : {m_currentPassword, m_newPassword, m_repeatPassword})
        e->setEchoMode(QLineEdit::Password);
    auto *change = new QPushButton(tr("C&hange password"));
    m_passwordMessage->setWordWrap(true);
    auto *password = new QGroupBox(tr("Facilitator password (web page, attached consoles, backoffice admin)"));
    auto *passwordForm = new QFormLayout(password);
    m_passwordForm = passwordForm;
    m_passwordNote->setWordWrap(true);
    m_passwordNote->hide();
    passwordForm->addRow(m_passwordNote);
    passwordForm->addRow(tr("&Current:"), m_currentPassword);
    passwordForm->addRow(tr("N&ew:"), m_newPassword);
    passwordForm->addRow(tr("&Repeat:"), m_repeatPassword);
    passwordForm->addRow(change, m_passwordMessage);
    connect(change, &QPushButton::clicked, this, &SettingsDialog::changePassword);

    m_error->setStyleSheet(u"color: #b42318; font-weight: 600;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *later = new QLabel(tr("Network, folder, blockchain, secrets, language and theme take effect when Steward "
                                 "starts again."));
    later->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(general);
    left->addWidget(network);
    left->addWidget(chain);
    auto *right = new QVBoxLayout;
    right->addWidget(secrets);
    right->addWidget(password);
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(later);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateEnabled();
}

void SettingsDialog::setChainMode(ConsoleSettings::Chain chain)
{
    m_chain->button(int(chain))->setChecked(true);
    updateEnabled();
}

void SettingsDialog::updateEnabled()
{
    const bool rpc = m_chain->checkedId() == int(ConsoleSettings::Chain::Rpc);
    m_rpc->setEnabled(rpc);
    m_chainId->setEnabled(rpc);
}

ConsoleSettings SettingsDialog::settings() const
{
    ConsoleSettings s;
    s.port = m_port->value();
    const int at = m_bind->findText(m_bind->currentText());
    s.bind = at >= 0 ? m_bind->itemData(at).toString() : m_bind->currentText().trimmed();
    s.dataDir = m_dataDir->text().trimmed();
    s.chain = ConsoleSettings::Chain(m_chain->checkedId());
    s.rpcUrl = m_rpc->text().trimmed();
    s.chainId = quint64(m_chainId->value());
    s.secrets = m_secrets->currentData().toString();
    s.language = m_language->currentData().toString();
    s.theme = m_theme->currentData().toString();
    return s;
}

QString SettingsDialog::problem() const
{
    const ConsoleSettings s = settings();
    if (QHostAddress(s.bind).isNull())
        return tr("“%1” is not an address of this computer, such as 0.0.0.0 or 192.168.1.20.").arg(s.bind);
    if (s.chain == ConsoleSettings::Chain::Rpc) {
        const QUrl url(s.rpcUrl);
        if (!url.isValid() || !url.scheme().startsWith(u"http") || url.host().isEmpty())
            return tr("The node's address must look like http://192.168.1.30:8545.");
    }
    return {};
}

void SettingsDialog::accept()
{
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    if (!why.isEmpty())
        return;
    settings().save();
    QDialog::accept();
}

void SettingsDialog::setLocalPasswordSetter(std::function<QString(const QString &)> setter)
{
    m_localSetter = std::move(setter);
    const bool local = bool(m_localSetter);
    m_passwordForm->setRowVisible(m_currentPassword, !local);
    m_passwordNote->setText(tr("This computer runs the host, so no current password is needed here. The new one "
                               "signs in to the web facilitator page, attached consoles and the backoffice."));
    m_passwordNote->setVisible(local);
}

void SettingsDialog::changePassword()
{
    if (m_newPassword->text() != m_repeatPassword->text()) {
        m_passwordMessage->setText(tr("The two new passwords differ."));
        emit passwordChanged(false);
        return;
    }
    if (m_localSetter) {
        const QString error = m_localSetter(m_newPassword->text());
        m_passwordMessage->setText(error.isEmpty() ? tr("Changed. Use the new password from now on.") : error);
        if (error.isEmpty()) {
            for (QLineEdit *e : {m_currentPassword, m_newPassword, m_repeatPassword})
                e->clear();
        }
        emit passwordChanged(error.isEmpty());
        return;
    }
    m_host.post(u"/api/players/password"_s,
                {{u"currentPassword"_s, m_currentPassword->text()}, {u"newPassword"_s, m_newPassword->text()}},
                [this](const Result<QJsonObject> &r) {
        m_passwordMessage->setText(r ? tr("Changed. Use the new password from now on.") : r.error().message);
        if (r) {
            for (QLineEdit *e : {m_currentPassword, m_newPassword, m_repeatPassword})
                e->clear();
        }
        emit passwordChanged(r.ok());
    });
}

} // namespace steward::ui
