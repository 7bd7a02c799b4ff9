// SPDX-License-Identifier: GPL-3.0-or-later
// steward: the operator console. It embeds a game host (the same one steward-host runs) or, with
// --attach, watches a host elsewhere; either way its dashboards speak the host's facilitator API.
#include "server/auth/Authenticator.h"
#include "server/client/HostClient.h"
#include "server/net/JoinAddresses.h"
#include "server/runtime/HostCommandLine.h"
#include "server/runtime/HostRuntime.h"
#include "server/runtime/LogFile.h"
#include "ui/settings/ConsoleSettings.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Theme.h"
#include "server/store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QUrl>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace steward;


int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"steward"_s);
    QApplication::setApplicationDisplayName(u"Steward"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    QApplication::setDesktopFileName(u"steward"_s);

    QCommandLineParser cli;
    cli.setApplicationDescription(QApplication::translate("main", "Steward console: host games on this network and watch them live."));
    cli.addHelpOption();
    cli.addVersionOption();
    const ui::ConsoleSettings saved = ui::ConsoleSettings::load();
    const HostCommandLine hostOptions(cli, saved.hostDefaults());
    const QCommandLineOption attachOpt(u"attach"_s, QApplication::translate("main", "Watch the host at this URL instead of embedding one."), u"URL"_s);
    const QCommandLineOption userOpt(u"user"_s, QApplication::translate("main", "Facilitator user name on the --attach host."), u"NAME"_s, u"admin"_s);
    const QCommandLineOption languageOpt(u"language"_s, QApplication::translate("main", "The console's language: en, de or es (default: the desktop's)."), u"CODE"_s);
    const QCommandLineOption themeOpt(u"theme"_s, QApplication::translate("main", "system, light or dark (default: as the desktop prefers)."), u"THEME"_s);
    cli.addOptions({attachOpt, userOpt, languageOpt, themeOpt});
    cli.process(app);
    ui::applyTheme(app, ui::themeChoiceFromName(cli.isSet(themeOpt) ? cli.value(themeOpt) : saved.theme));

    // The language chosen here or in the settings, else the desktop's; English where there is none.
    const QString language = cli.isSet(languageOpt) ? cli.value(languageOpt) : saved.language;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QTranslator translator;
    QTranslator qtTranslator; // Qt's own words: standard buttons, file dialogs
    if (translator.load(locale, u"steward"_s, u"_"_s, u":/i18n"_s)) {
        QApplication::installTranslator(&translator);
        if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
    }
    QLocale::setDefault(locale);

    QTextStream out(stdout);
    client::HostClient host;
    std::unique_ptr<HostRuntime> runtime;
    ui::MainWindow window(host);

    if (cli.isSet(attachOpt)) {
        const QUrl url(cli.value(attachOpt));
        if (!url.isValid() || !url.scheme().startsWith(u"http")) {
            QMessageBox::critical(nullptr, window.windowTitle(), QApplication::translate("main", "“%1” is not a host's address such as http://192.168.1.20:8080.").arg(cli.value(attachOpt)));
            return 2;
        }
        QString password = qEnvironmentVariable("STEWARD_ADMIN_PASSWORD");
        if (password.isEmpty()) {
            bool ok = false;
            password = QInputDialog::getText(nullptr, window.windowTitle(),
                                             QApplication::translate("main", "Facilitator password of %1:").arg(url.toDisplayString()),
                                             QLineEdit::Password, {}, &ok);
            if (!ok)
                return 0;
        }
        QObject::connect(&host, &client::HostClient::signInFailed, &window, [&](const QString &why) {
            QMessageBox::warning(&window, window.windowTitle(), QApplication::translate("main", "The host refused the sign-in: %1").arg(why));
        });
        host.signIn(url, cli.value(userOpt), password);
        window.setHostFacts(url, QApplication::translate("main", "Attached to %1").arg(url.host()));
    } else {
        auto parsed = hostOptions.options(
            HostCommandLine::buildTreeChainTools(QStringLiteral(STEWARD_CHAIN_TOOLS_DIR), QStringLiteral(STEWARD_BUILD_DIR)));
        if (!parsed) {
            QMessageBox::critical(nullptr, window.windowTitle(), parsed.error().message);
            return 2;
        }
        const HostOptions options = parsed.value();
        QDir().mkpath(options.dataDir);
        installLogFile(QDir(options.dataDir).filePath(u"logs/steward.log"_s));
        auto started = HostRuntime::start(options);
        if (!started) {
            QMessageBox::critical(nullptr, window.windowTitle(),
                                  QApplication::translate("main", "The game host could not start: %1").arg(started.error().message));
            return 1;
        }
        runtime = std::move(started.value());
        const QHostAddress local = options.listen.address == QHostAddress::AnyIPv4 || options.listen.address == QHostAddress::Any
                                       ? QHostAddress(QHostAddress::LocalHost)
                                       : options.listen.address;
        host.attach(QUrl(u"http://%1:%2"_s.arg(local.toString()).arg(runtime->port())),
                    runtime->auth().issueFacilitatorToken(), runtime->auth().issueBackofficeToken(u"admin"_s));
        const QUrl joinBase = firstJoinAddress(options.listen.address, runtime->port());
        window.setHostFacts(joinBase, runtime->database().description());
        window.setStopsHostOnQuit(true);
        window.setLocalPasswordSetter([&runtime](const QString &next) {
            const Status set = runtime->setFacilitatorPasswordLocally(next);
            return set ? QString() : set.error().message;
        });
        window.showGeneratedPassword(runtime->generatedPassword());
        out << "Listening on http://" << options.listen.address.toString() << ':' << runtime->port() << '\n';
        out << "Players join at " << joinBase.toString() << '\n';
        if (!runtime->generatedPassword().isEmpty())
            out << "Facilitator login (web page and --attach): admin / " << runtime->generatedPassword() << "  (shown once)\n";
        out.flush();
    }
    window.show();
    const int code = QApplication::exec();
    host.detach();
    runtime.reset();
    return code;
}
