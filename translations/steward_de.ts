<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BeerConsoleKind</name>
    <message>
        <source>Beer Game</source>
        <translation>Beer Game</translation>
    </message>
    <message>
        <source>Beer Distribution Game</source>
        <translation>Beer Game (Beer Distribution Game)</translation>
    </message>
    <message>
        <source>Join the Beer Game</source>
        <translation>Beim Beer Game mitspielen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>retailer</source>
        <translation>Einzelhändler</translation>
    </message>
    <message>
        <source>wholesaler</source>
        <translation>Großhändler</translation>
    </message>
    <message>
        <source>distributor</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <source>factory</source>
        <translation>Fabrik</translation>
    </message>
    <message>
        <source>team %1, %2</source>
        <translation>Team %1, %2</translation>
    </message>
</context>
<context>
    <name>DebriefPdf</name>
    <message>
        <source>Cannot write the PDF file.</source>
        <translation>Die PDF-Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Einzelhändler</translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation>Großhändler</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fabrik</translation>
    </message>
    <message>
        <source>%1 weeks played by %2 teams. Holding cost %3 and backlog cost %4 per unit per week. Written %5.</source>
        <translation>%1 Wochen, gespielt von %2 Teams. Lagerkosten %3 und Rückstandskosten %4 je Einheit und Woche. Erstellt: %5.</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team cost</source>
        <translation>Teamkosten</translation>
    </message>
    <message>
        <source>Bullwhip ratio: the variance of each role&apos;s orders over the variance of customer demand</source>
        <translation>Bullwhip-Faktor: die Varianz der Bestellungen jeder Rolle geteilt durch die Varianz der Kundennachfrage</translation>
    </message>
    <message>
        <source>A ratio above 1 means the role&apos;s orders swung more than the customers&apos; demand did; the further up the chain, the larger it usually grows.</source>
        <translation>Ein Faktor über 1 bedeutet, dass die Bestellungen der Rolle stärker schwankten als die Kundennachfrage; je weiter oben in der Lieferkette, desto größer wird er meist.</translation>
    </message>
    <message>
        <source>Team %1 · cost %2 · rank %3</source>
        <translation>Team %1 · Kosten %2 · Rang %3</translation>
    </message>
    <message>
        <source>%1: cost %2, bullwhip ratio %3</source>
        <translation>%1: Kosten %2, Bullwhip-Faktor %3</translation>
    </message>
    <message>
        <source>Cannot finish the PDF file.</source>
        <translation>Die PDF-Datei kann nicht fertiggestellt werden.</translation>
    </message>
</context>
<context>
    <name>FlagMarker</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Flagged.&lt;/b&gt; Refusals: %n, of commands that the game&apos;s own pages never send; they came from a modified client or were typed by hand.</source>
        <translation>
            <numerusform>&lt;b&gt;Markiert.&lt;/b&gt; Abgelehnt: %n Befehl, den die Seiten des Spiels nie senden; er kam von einem veränderten Client oder wurde von Hand eingegeben.</numerusform>
            <numerusform>&lt;b&gt;Markiert.&lt;/b&gt; Abgelehnt: %n Befehle, die die Seiten des Spiels nie senden; sie kamen von einem veränderten Client oder wurden von Hand eingegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2: %3</source>
        <translation>Von %1 bis %2: %3</translation>
    </message>
    <message>
        <source>Last sent, newest first:</source>
        <translation>Zuletzt gesendet, neueste zuerst:</translation>
    </message>
    <message>
        <source>%1  %2: %3 %4</source>
        <translation>%1  %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>RoundsConsoleKind</name>
    <message>
        <source>Rounds table</source>
        <translation>Rundenspiel</translation>
    </message>
    <message>
        <source>Rounds table (a number every few seconds)</source>
        <translation>Rundenspiel (alle paar Sekunden eine Zahl)</translation>
    </message>
    <message>
        <source>Join the rounds table</source>
        <translation>Beim Rundenspiel mitspielen</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>A rounds table finishes the round that is open and starts no other.</source>
        <translation>Ein Rundenspiel beendet die offene Runde und beginnt keine neue.</translation>
    </message>
</context>
<context>
    <name>SovereignConsoleKind</name>
    <message>
        <source>Sovereign Lines</source>
        <translation>Sovereign Lines</translation>
    </message>
    <message>
        <source>Sovereign Lines (real-time territory, 2 to 100 players)</source>
        <translation>Sovereign Lines (Gebiete in Echtzeit, 2 bis 100 Spieler)</translation>
    </message>
    <message>
        <source>Join Sovereign Lines</source>
        <translation>Bei Sovereign Lines mitspielen</translation>
    </message>
    <message>
        <source>lobby</source>
        <translation>Lobby</translation>
    </message>
    <message>
        <source>over</source>
        <translation>vorbei</translation>
    </message>
    <message>
        <source>minute %1</source>
        <translation>Minute %1</translation>
    </message>
    <message>
        <source>%1 of %2 players</source>
        <translation>%1 von %2 Spielern</translation>
    </message>
    <message>
        <source>A Sovereign Lines match freezes: troops stop growing and marching, and its clock waits.</source>
        <translation>Eine Partie Sovereign Lines friert ein: Truppen wachsen und marschieren nicht mehr, und ihre Uhr wartet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Steward console: host games on this network and watch them live.</source>
        <translation>Steward-Konsole: Spiele in diesem Netzwerk anbieten und live verfolgen.</translation>
    </message>
    <message>
        <source>Watch the host at this URL instead of embedding one.</source>
        <translation>Den Host unter dieser URL beobachten, statt einen eigenen zu starten.</translation>
    </message>
    <message>
        <source>Facilitator user name on the --attach host.</source>
        <translation>Benutzername der Spielleitung auf dem --attach-Host.</translation>
    </message>
    <message>
        <source>“%1” is not a host&apos;s address such as http://192.168.1.20:8080.</source>
        <translation>„%1“ ist keine Host-Adresse wie http://192.168.1.20:8080.</translation>
    </message>
    <message>
        <source>Facilitator password of %1:</source>
        <translation>Passwort der Spielleitung für %1:</translation>
    </message>
    <message>
        <source>The host refused the sign-in: %1</source>
        <translation>Der Host hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>The game host could not start: %1</source>
        <translation>Der Spiel-Host konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The console&apos;s language: en, de or es (default: the desktop&apos;s).</source>
        <translation>Sprache der Konsole: en, de oder es (Standard: die des Desktops).</translation>
    </message>
    <message>
        <source>system, light or dark (default: as the desktop prefers).</source>
        <translation>system, light oder dark (Standard: wie vom Desktop bevorzugt).</translation>
    </message>
</context>
<context>
    <name>steward::client::HostClient</name>
    <message>
        <source>The connection to the host was lost; trying again.</source>
        <translation>Die Verbindung zum Host ist abgebrochen; neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>The host does not answer: %1</source>
        <translation>Der Host antwortet nicht: %1</translation>
    </message>
    <message>
        <source>The host refused (HTTP %1).</source>
        <translation>Der Host hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>steward::ui::AnalyticsPage</name>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG…</translation>
    </message>
    <message>
        <source>History as &amp;CSV…</source>
        <translation>Verlauf als &amp;CSV…</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>Spie&amp;l:</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Save the history</source>
        <translation>Verlauf speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No game on this host yet: the charts appear as soon as one is played.</source>
        <translation>Noch kein Spiel auf diesem Host: Die Diagramme erscheinen, sobald eines gespielt wird.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>steward::ui::BeerAnalytics</name>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Debrief PDF…</source>
        <translation>Aus&amp;wertung als PDF…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Bullwhip ratio</source>
        <translation>Bullwhip-Faktor</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team cost</source>
        <translation>Teamkosten</translation>
    </message>
    <message>
        <source>Bullwhip ratio: the variance of a role&apos;s orders over the variance of customer demand. Above 1, the role amplified the swings it saw.</source>
        <translation>Bullwhip-Faktor: die Varianz der Bestellungen einer Rolle geteilt durch die Varianz der Kundennachfrage. Über 1 hat die Rolle die Schwankungen verstärkt, die bei ihr ankamen.</translation>
    </message>
    <message>
        <source>This team&apos;s roles</source>
        <translation>Die Rollen dieses Teams</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Auswertung speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the debrief…</source>
        <translation>Auswertung wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Beer Game %1 (%2)</source>
        <translation>Beer Game %1 (%2)</translation>
    </message>
    <message>
        <source>Beer Game debrief — %1</source>
        <translation>Beer-Game-Auswertung — %1</translation>
    </message>
    <message>
        <source>No week has been played yet.</source>
        <translation>Es wurde noch keine Woche gespielt.</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Einzelhändler</translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation>Großhändler</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fabrik</translation>
    </message>
    <message numerus="yes">
        <source>Weeks played: %n. Team %1 has cost %2 so far.</source>
        <translation>
            <numerusform>Gespielte Wochen: %n. Team %1 hat bisher Kosten von %2.</numerusform>
            <numerusform>Gespielte Wochen: %n. Team %1 hat bisher Kosten von %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::BeerGameForm</name>
    <message>
        <source>Classic: demand 4, then 8 from week 5; 36 weeks</source>
        <translation>Klassisch: Nachfrage 4, ab Woche 5 dann 8; 36 Wochen</translation>
    </message>
    <message>
        <source>Short demo: 12 weeks, the step at week 3</source>
        <translation>Kurze Demo: 12 Wochen, Nachfragesprung in Woche 3</translation>
    </message>
    <message>
        <source>Random demand: around 8 a week</source>
        <translation>Zufällige Nachfrage: etwa 8 pro Woche</translation>
    </message>
    <message>
        <source>Information sharing: everyone sees customer demand</source>
        <translation>Informationsaustausch: Alle sehen die Kundennachfrage</translation>
    </message>
    <message>
        <source> teams</source>
        <translation> Teams</translation>
    </message>
    <message>
        <source>Each team moves on when its orders are in</source>
        <translation>Jedes Team geht weiter, sobald alle seine Bestellungen da sind</translation>
    </message>
    <message>
        <source>Only when I press Advance</source>
        <translation>Nur wenn ich „Nächste Woche“ drücke</translation>
    </message>
    <message>
        <source>No timer</source>
        <translation>Kein Zeitlimit</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>After this many seconds a bot orders for whoever has not.</source>
        <translation>Nach so vielen Sekunden bestellt ein Bot für alle, die noch nicht bestellt haben.</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Teams of four:</source>
        <translation>&amp;Teams (je vier):</translation>
    </message>
    <message>
        <source>&amp;Weeks advance:</source>
        <translation>&amp;Wochenwechsel:</translation>
    </message>
    <message>
        <source>Week &amp;timer:</source>
        <translation>Zeit&amp;limit pro Woche:</translation>
    </message>
    <message numerus="yes">
        <source>Seats in all: %n. Seats nobody takes are played by a bot.</source>
        <translation>
            <numerusform>Plätze insgesamt: %n. Plätze, die niemand belegt, spielt ein Bot.</numerusform>
            <numerusform>Plätze insgesamt: %n. Plätze, die niemand belegt, spielt ein Bot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::BeerGameView</name>
    <message>
        <source>&amp;Start</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;Advance week</source>
        <translation>Nächste &amp;Woche</translation>
    </message>
    <message>
        <source>&amp;End game</source>
        <translation>Spiel &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Join card</source>
        <translation>Beitritts&amp;karte</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Seats nobody took are played by a bot from now on.</source>
        <translation>Plätze, die niemand belegt hat, spielt ab jetzt ein Bot.</translation>
    </message>
    <message>
        <source>Teams and their four roles</source>
        <translation>Teams und ihre vier Rollen</translation>
    </message>
    <message>
        <source>Export the game&apos;s history</source>
        <translation>Verlauf des Spiels exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Beer Game · join code %1</source>
        <translation>Beer Game · Beitrittscode %1</translation>
    </message>
    <message>
        <source>Waiting for players — press Start when the class is in</source>
        <translation>Warten auf Spieler — klicken Sie auf „Starten“, sobald die Klasse da ist</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 · teams: %n · weeks: %2</source>
        <translation>
            <numerusform>%1 · Teams: %n · Wochen: %2</numerusform>
            <numerusform>%1 · Teams: %n · Wochen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Give the seat back to %1</source>
        <translation>Platz an %1 zurückgeben</translation>
    </message>
    <message>
        <source>Correct the stock…</source>
        <translation>Lagerbestand korrigieren…</translation>
    </message>
    <message>
        <source>Free the seat (the player joined the wrong one)</source>
        <translation>Platz freigeben (der Spieler hat den falschen gewählt)</translation>
    </message>
    <message>
        <source>Correct the stock</source>
        <translation>Lagerbestand korrigieren</translation>
    </message>
    <message>
        <source>Team %1, %2: the stock for this week (the change is kept in the history, with who made it).</source>
        <translation>Team %1, %2: der Lagerbestand dieser Woche (die Änderung wird im Verlauf festgehalten, mit dem Namen der Person, die sie vorgenommen hat).</translation>
    </message>
    <message>
        <source>Paused — players cannot order until you resume</source>
        <translation>Angehalten — niemand kann bestellen, bis Sie fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;eat</source>
        <translation>P&amp;latz</translation>
    </message>
    <message>
        <source>What to do with the selected seat: hand it to a bot or back, correct its stock, free it.</source>
        <translation>Was mit dem ausgewählten Platz geschehen soll: an einen Bot geben oder zurück, den Bestand korrigieren, freigeben.</translation>
    </message>
    <message>
        <source>Advance the week?</source>
        <translation>Woche weiterschalten?</translation>
    </message>
    <message>
        <source>The open week ends now: bots order for every seat that has not ordered yet.</source>
        <translation>Die offene Woche endet jetzt: Bots bestellen für jeden Platz, der noch nicht bestellt hat.</translation>
    </message>
    <message>
        <source>Advance team %1 only</source>
        <translation>Nur Team %1 weiterschalten</translation>
    </message>
    <message>
        <source>Advance every team</source>
        <translation>Alle Teams weiterschalten</translation>
    </message>
    <message>
        <source>Team %1, %2</source>
        <translation>Team %1, %2</translation>
    </message>
    <message>
        <source>Hand to a bot (%1)</source>
        <translation>An einen Bot geben (%1)</translation>
    </message>
    <message>
        <source>End the open week now, of every team or of the selected team only; bots order for whoever has not. Asks first.</source>
        <translation>Beendet die offene Woche jetzt, für alle Teams oder nur für das ausgewählte Team; Bots bestellen für alle, die noch nicht bestellt haben. Fragt vorher nach.</translation>
    </message>
</context>
<context>
    <name>steward::ui::BeerTeamsModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Einzelhändler</translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation>Großhändler</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fabrik</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>has ordered</source>
        <translation>hat bestellt</translation>
    </message>
    <message>
        <source>waiting for the order</source>
        <translation>wartet auf die Bestellung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1%2
stock %3 · backlog %4
in transit %5</source>
        <translation>%1%2
Lager %3 · Rückstand %4
unterwegs %5</translation>
    </message>
    <message>
        <source>The team&apos;s cost including the week in progress; Analytics counts finished weeks only.</source>
        <translation>Die Kosten des Teams einschließlich der laufenden Woche; die Auswertung zählt nur abgeschlossene Wochen.</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Kosten bisher</translation>
    </message>
    <message>
        <source>bot: a typical player</source>
        <translation>Bot: wie ein typischer Mensch</translation>
    </message>
    <message>
        <source>bot: keeps a steady stock</source>
        <translation>Bot: hält festen Bestand</translation>
    </message>
    <message>
        <source>bot: passes orders on</source>
        <translation>Bot: gibt Bestellungen weiter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>  ✓ ready</source>
        <translation>  ✓ bereit</translation>
    </message>
    <message>
        <source>  ✓ ordered</source>
        <translation>  ✓ bestellt</translation>
    </message>
    <message>
        <source>  … waiting</source>
        <translation>  … wartet</translation>
    </message>
    <message>
        <source>%1 — %2. Cost so far %3; last order %4. Seat ▾ (or a right-click) hands it to a bot, or corrects the stock.</source>
        <translation>%1 — %2. Kosten bisher %3; letzte Bestellung %4. „Platz ▾“ (oder ein Rechtsklick) gibt ihn an einen Bot oder korrigiert den Bestand.</translation>
    </message>
</context>
<context>
    <name>steward::ui::ChainPage</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Show transactions with this status</source>
        <translation>Transaktionen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Transaction hash, game or kind</source>
        <translation>Transaktions-Hash, Spiel oder Art</translation>
    </message>
    <message>
        <source>Find transactions</source>
        <translation>Transaktionen suchen</translation>
    </message>
    <message>
        <source>Transactions the games queued for the chain</source>
        <translation>Transaktionen, die die Spiele für die Blockchain eingereiht haben</translation>
    </message>
    <message>
        <source>Copy transaction hash</source>
        <translation>Transaktions-Hash kopieren</translation>
    </message>
    <message>
        <source>Copy intent id</source>
        <translation>Intent-ID kopieren</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Blockchain</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Asking the host about its chain…</source>
        <translation>Host wird nach seiner Blockchain gefragt…</translation>
    </message>
    <message>
        <source>The host records nothing on a blockchain (started with --no-chain).

Games run as usual. Start it without --no-chain to record each order and each week&apos;s result on a local devnet.</source>
        <translation>Der Host zeichnet nichts auf einer Blockchain auf (gestartet mit --no-chain).

Die Spiele laufen wie gewohnt. Starten Sie ihn ohne --no-chain, um jede Bestellung und das Ergebnis jeder Woche auf einem lokalen Devnet aufzuzeichnen.</translation>
    </message>
    <message>
        <source>The host did not list its transactions: %1</source>
        <translation>Der Host hat seine Transaktionen nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Give &amp;up</source>
        <translation>&amp;Aufgeben</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Send the selected failed record again, as a new transaction</source>
        <translation>Den ausgewählten fehlgeschlagenen Eintrag erneut senden, als neue Transaktion</translation>
    </message>
    <message>
        <source>Stop trying to record the selected failed record; it stays in the list, marked as given up</source>
        <translation>Den ausgewählten fehlgeschlagenen Eintrag nicht weiter aufzeichnen; er bleibt in der Liste, als aufgegeben markiert</translation>
    </message>
    <message>
        <source>%1 of %2 shown · the newest %2 of %3</source>
        <translation>%1 von %2 angezeigt · die neuesten %2 von %3</translation>
    </message>
</context>
<context>
    <name>steward::ui::ChainStatusPanel</name>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>starting the local devnet</source>
        <translation>startet das lokale Devnet</translation>
    </message>
    <message>
        <source>deploying the contracts</source>
        <translation>stellt die Contracts bereit</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>Chain-ID:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Head block:</source>
        <translation>Neuester Block:</translation>
    </message>
    <message>
        <source>Listener:</source>
        <translation>Listener:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Betreiberkonto:</translation>
    </message>
    <message>
        <source>Key store:</source>
        <translation>Schlüsselspeicher:</translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation>Contracts:</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>Warteschlange:</translation>
    </message>
    <message>
        <source>Reconciliation:</source>
        <translation>Abgleich:</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>local devnet</source>
        <translation>lokales Devnet</translation>
    </message>
    <message>
        <source>external node</source>
        <translation>externer Knoten</translation>
    </message>
    <message>
        <source>%1 · confirmations counted: %2</source>
        <translation>%1 · gezählte Bestätigungen: %2</translation>
    </message>
    <message>
        <source>has read no block yet</source>
        <translation>hat noch keinen Block gelesen</translation>
    </message>
    <message>
        <source>block %1 · up to date</source>
        <translation>Block %1 · aktuell</translation>
    </message>
    <message>
        <source>block %1 · %2 behind the head</source>
        <translation>Block %1 · %2 hinter dem neuesten</translation>
    </message>
    <message>
        <source>not running yet</source>
        <translation>läuft noch nicht</translation>
    </message>
    <message>
        <source>%1 queued · %2 sent · %3 confirmed · %4 failed</source>
        <translation>%1 wartend · %2 gesendet · %3 bestätigt · %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>none deployed yet</source>
        <translation>noch keine bereitgestellt</translation>
    </message>
    <message>
        <source>not checked yet (every 30 s)</source>
        <translation>noch nicht geprüft (alle 30 s)</translation>
    </message>
    <message>
        <source>ok: %1 confirmed, %2 seen on chain · checked %3</source>
        <translation>ok: %1 bestätigt, %2 auf der Blockchain gefunden · geprüft %3</translation>
    </message>
    <message>
        <source>Key store: %1</source>
        <translation>Schlüsselspeicher: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>reorganisations seen: %1</source>
        <translation>gesehene Reorganisationen: %1</translation>
    </message>
    <message>
        <source>%1 given up</source>
        <translation>%1 aufgegeben</translation>
    </message>
    <message>
        <source>confirmed here but missing on chain: %1 (%2 and %3 more) · checked %4</source>
        <translation>hier bestätigt, aber auf der Blockchain fehlend: %1 (%2 und %3 weitere) · geprüft %4</translation>
    </message>
    <message>
        <source>confirmed here but missing on chain: %1 (%2) · checked %3</source>
        <translation>hier bestätigt, aber auf der Blockchain fehlend: %1 (%2) · geprüft %3</translation>
    </message>
</context>
<context>
    <name>steward::ui::EventLogPage</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Search time, who, action and detail</source>
        <translation>Zeit, Wer, Aktion und Details durchsuchen</translation>
    </message>
    <message>
        <source>Search the event log</source>
        <translation>Ereignisprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Save the entries shown, as they are sorted, to a CSV file</source>
        <translation>Die angezeigten Einträge in der aktuellen Sortierung als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>The host&apos;s audit trail</source>
        <translation>Audit-Protokoll des Hosts</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>The host did not send its event log: %1</source>
        <translation>Der Host hat sein Ereignisprotokoll nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>steward-events-%1.csv</source>
        <translation>steward-ereignisse-%1.csv</translation>
    </message>
    <message>
        <source>Export the event log</source>
        <translation>Ereignisprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rows written: %n, to %1.</source>
        <translation>
            <numerusform>Geschriebene Zeilen: %n, nach %1.</numerusform>
            <numerusform>Geschriebene Zeilen: %n, nach %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::FlagsModel</name>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Refused with</source>
        <translation>Abgelehnt mit</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
</context>
<context>
    <name>steward::ui::FlagsPanel</name>
    <message>
        <source>The host flags a player when it refuses a command that the game&apos;s own pages never send: it came from a modified client or was typed by hand. Click a flag to select the player&apos;s connection above.</source>
        <translation>Der Host markiert einen Spieler, wenn er einen Befehl ablehnt, den die Seiten des Spiels nie senden: Er kam von einem veränderten Client oder wurde von Hand eingegeben. Ein Klick auf eine Markierung wählt oben die Verbindung des Spielers aus.</translation>
    </message>
    <message>
        <source>Flagged players</source>
        <translation>Markierte Spieler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Refused with</source>
        <translation>Abgelehnt mit</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Flagged players: none</source>
        <translation>Markierte Spieler: keine</translation>
    </message>
    <message numerus="yes">
        <source>Flagged players: %n</source>
        <translation>
            <numerusform>Markierte Spieler: %n</numerusform>
            <numerusform>Markierte Spieler: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: nobody is flagged.</source>
        <translation>Belege: Niemand ist markiert.</translation>
    </message>
    <message>
        <source>Evidence for %1: the last commands refused, newest first</source>
        <translation>Belege zu %1: die zuletzt abgelehnten Befehle, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>steward::ui::GamesPage</name>
    <message>
        <source>waiting for players</source>
        <translation>wartet auf Spieler</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>&amp;New game…</source>
        <translation>&amp;Neues Spiel…</translation>
    </message>
    <message>
        <source>No game yet. Press “New game” to start one; players join from any browser on this network.</source>
        <translation>Noch kein Spiel. Klicken Sie auf „Neues Spiel“, um eines zu starten; die Spieler treten über einen beliebigen Browser in diesem Netzwerk bei.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Beitrittscode</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Games on this host</source>
        <translation>Spiele auf diesem Host</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Week or round</source>
        <translation>Woche oder Runde</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Delete game…</source>
        <translation>Spiel &amp;löschen…</translation>
    </message>
    <message>
        <source>Removes a game that is not running from the list. Its records stay in the event log.</source>
        <translation>Entfernt ein Spiel, das nicht läuft, aus der Liste. Seine Aufzeichnungen bleiben im Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Delete the game?</source>
        <translation>Spiel löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this game (%1, join code %2)? Players can no longer join or see it. Its records stay in the event log.</source>
        <translation>Dieses Spiel löschen (%1, Beitrittscode %2)? Niemand kann ihm dann noch beitreten oder es sehen. Seine Aufzeichnungen bleiben im Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>Nothing moves while a game is paused: players cannot order and week timers stop.</source>
        <translation>Solange ein Spiel angehalten ist, bewegt sich nichts: Niemand kann bestellen, und die Wochen-Timer stehen.</translation>
    </message>
    <message>
        <source>Join the game</source>
        <translation>Beim Spiel mitspielen</translation>
    </message>
</context>
<context>
    <name>steward::ui::GenericGameView</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>This console does not know this kind of game: here is what the host says of it. Players join it from their browsers as usual.</source>
        <translation>Diese Konsole kennt diese Spielart nicht: Hier steht, was der Host darüber meldet. Spieler treten wie gewohnt über ihren Browser bei.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What the host says of this game</source>
        <translation>Was der Host über dieses Spiel meldet</translation>
    </message>
    <message>
        <source>%1 — join code %2</source>
        <translation>%1 – Beitrittscode %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::JoinCard</name>
    <message>
        <source>Press Esc to close</source>
        <translation>Zum Schließen Esc drücken</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Beitreten: %1</translation>
    </message>
    <message>
        <source>Open %1 and type the code</source>
        <translation>Öffnen Sie %1 und geben Sie den Code ein</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Beitrittscode</translation>
    </message>
    <message>
        <source>QR code of the join link</source>
        <translation>QR-Code des Beitrittslinks</translation>
    </message>
</context>
<context>
    <name>steward::ui::MainWindow</name>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <source>Players &amp; sessions</source>
        <translation>Spieler &amp; Sitzungen</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Game</source>
        <translation>&amp;Spiel</translation>
    </message>
    <message>
        <source>&amp;New game…</source>
        <translation>&amp;Neues Spiel…</translation>
    </message>
    <message>
        <source>&amp;Join card</source>
        <translation>Beitritts&amp;karte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Games</source>
        <translation>&amp;Spiele</translation>
    </message>
    <message>
        <source>&amp;Players &amp;&amp; sessions</source>
        <translation>S&amp;pieler &amp;&amp; Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>Players join at %1</source>
        <translation>Beitritt unter %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Players online: %n</source>
        <translation>
            <numerusform>Spieler online: %n</numerusform>
            <numerusform>Spieler online: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain off</source>
        <translation>Blockchain aus</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Blockchain: %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message numerus="yes">
        <source>Chain block %1 · waiting: %n</source>
        <translation>
            <numerusform>Blockchain-Block %1 · wartend: %n</numerusform>
            <numerusform>Blockchain-Block %1 · wartend: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Settings saved; they take effect when Steward starts again.</source>
        <translation>Einstellungen gespeichert; sie gelten ab dem nächsten Start von Steward.</translation>
    </message>
    <message>
        <source>Blockchain</source>
        <translation>Blockchain</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>&amp;Blockchain</source>
        <translation>&amp;Blockchain</translation>
    </message>
    <message>
        <source>&amp;Event log</source>
        <translation>&amp;Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>&amp;Operators</source>
        <translation>Be&amp;treiber</translation>
    </message>
    <message>
        <source>Quit Steward?</source>
        <translation>Steward beenden?</translation>
    </message>
    <message numerus="yes">
        <source>%n player(s) are connected to this host. Quitting stops the host: their pages wait and come back to their seats when Steward starts again, and nothing they sent is lost.</source>
        <translation>
            <numerusform>%n Spieler ist mit diesem Host verbunden. Beenden hält den Host an: Die Seite wartet und kehrt auf ihren Platz zurück, wenn Steward wieder startet; nichts Gesendete geht verloren.</numerusform>
            <numerusform>%n Spieler sind mit diesem Host verbunden. Beenden hält den Host an: Ihre Seiten warten und kehren auf ihre Plätze zurück, wenn Steward wieder startet; nichts Gesendete geht verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose my own…</source>
        <translation>Eigenes wählen…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Password for the web facilitator page and other consoles: user &lt;b&gt;admin&lt;/b&gt;, password &lt;b&gt;%1&lt;/b&gt;. It was made at this first start and is shown only now; choose your own in Settings.</source>
        <translation>Passwort für die Web-Seite der Spielleitung und andere Konsolen: Benutzer &lt;b&gt;admin&lt;/b&gt;, Passwort &lt;b&gt;%1&lt;/b&gt;. Es wurde bei diesem ersten Start erzeugt und wird nur jetzt angezeigt; ein eigenes wählen Sie in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>steward::ui::NewGameDialog</name>
    <message>
        <source>New game</source>
        <translation>Neues Spiel</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>&amp;Spiel:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
</context>
<context>
    <name>steward::ui::OneTimeSecret</name>
    <message>
        <source>Copy the secret now and give it to the operator over a safe channel. It is not shown again: the host keeps it only in its secret store.</source>
        <translation>Kopieren Sie das Secret jetzt und geben Sie es dem Betreiber über einen sicheren Kanal weiter. Es wird nicht noch einmal angezeigt: Der Host bewahrt es nur in seinem Geheimnisspeicher auf.</translation>
    </message>
    <message>
        <source>New key id</source>
        <translation>Neue Schlüssel-ID</translation>
    </message>
    <message>
        <source>New secret, shown once</source>
        <translation>Neues Secret, nur einmal angezeigt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Secret kopieren</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>Ich habe es kopiert</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <source>New key for %1</source>
        <translation>Neuer Schlüssel für %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::OperatorForm</name>
    <message>
        <source>Create operator</source>
        <translation>Betreiber anlegen</translation>
    </message>
    <message>
        <source>Acme Bets</source>
        <translation>Acme Bets</translation>
    </message>
    <message>
        <source>https://wallet.example.com/steward</source>
        <translation>https://wallet.example.com/steward</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;Webhook-URL:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Wä&amp;hrung:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>M&amp;in bet:</source>
        <translation>Min. &amp;Einsatz:</translation>
    </message>
    <message>
        <source>M&amp;ax bet:</source>
        <translation>Max. Einsa&amp;tz:</translation>
    </message>
    <message>
        <source>Max &amp;win per round:</source>
        <translation>Max. Gewinn pro Run&amp;de:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
</context>
<context>
    <name>steward::ui::OperatorsModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (am %2)</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Min bet</source>
        <translation>Min. Einsatz</translation>
    </message>
    <message>
        <source>Max bet</source>
        <translation>Max. Einsatz</translation>
    </message>
    <message>
        <source>Max win</source>
        <translation>Max. Gewinn</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Pending calls</source>
        <translation>Ausstehende Aufrufe</translation>
    </message>
    <message>
        <source>Last webhook error</source>
        <translation>Letzter Webhook-Fehler</translation>
    </message>
    <message>
        <source>Secret rotated</source>
        <translation>Secret erneuert</translation>
    </message>
</context>
<context>
    <name>steward::ui::OperatorsPage</name>
    <message>
        <source>&amp;New operator…</source>
        <translation>Neuer &amp;Betreiber…</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>Secret e&amp;rneuern…</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Wieder &amp;freigeben</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>Neuer Betreiber</translation>
    </message>
    <message>
        <source>Betting operators</source>
        <translation>Wettbetreiber</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Secret erneuern</translation>
    </message>
    <message>
        <source>Give %1 a new key id and secret? The old ones stop working at once, so the operator&apos;s servers are refused until they use the new ones.</source>
        <translation>%1 eine neue Schlüssel-ID und ein neues Secret geben? Die alten funktionieren sofort nicht mehr; die Server des Betreibers werden abgewiesen, bis sie die neuen verwenden.</translation>
    </message>
    <message>
        <source>Operators, paytables and RTP reports need a backoffice role (admin, support or viewer).

Sign in to the host as a backoffice user to see them.</source>
        <translation>Betreiber, Auszahlungstabellen und RTP-Berichte erfordern eine Backoffice-Rolle (admin, support oder viewer).

Melden Sie sich als Backoffice-Benutzer beim Host an, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The host did not list its operators: %1</source>
        <translation>Der Host hat seine Betreiber nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>The host refused: %1</source>
        <translation>Der Host hat abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Operators: %n</source>
        <translation>
            <numerusform>Betreiber: %n</numerusform>
            <numerusform>Betreiber: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change the selected operator&apos;s limits, webhook or region</source>
        <translation>Limits, Webhook oder Region des ausgewählten Betreibers ändern</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>steward::ui::OutboxModel</name>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Intent %1</source>
        <translation>Intent %1</translation>
    </message>
    <message>
        <source>The outbox row, in the order the games queued them</source>
        <translation>Nummer in der Warteschlange, in der Reihenfolge, in der die Spiele die Einträge eingereiht haben</translation>
    </message>
    <message>
        <source>What the row records: an order, a role&apos;s inventory, or a week&apos;s result</source>
        <translation>Was die Zeile festhält: eine Bestellung, den Lagerbestand einer Rolle oder das Ergebnis einer Woche</translation>
    </message>
    <message>
        <source>The operator account&apos;s transaction number</source>
        <translation>Transaktionsnummer des Betreiberkontos</translation>
    </message>
    <message>
        <source>The block the transaction was mined in</source>
        <translation>Block, in den die Transaktion aufgenommen wurde</translation>
    </message>
    <message>
        <source>Gas the transaction used</source>
        <translation>Von der Transaktion verbrauchtes Gas</translation>
    </message>
    <message>
        <source>Why the chain refused it</source>
        <translation>Warum die Blockchain sie abgelehnt hat</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Verbrauchtes Gas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>given up</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>Transactions signed for this row: resends with higher fees and retries count too</source>
        <translation>Für diese Zeile signierte Transaktionen: erneute Sendungen mit höheren Gebühren und Wiederholungen zählen mit</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>steward::ui::PaytableForm</name>
    <message>
        <source>Apply from the next round</source>
        <translation>Ab der nächsten Runde anwenden</translation>
    </message>
    <message>
        <source>Rounds table</source>
        <translation>Rundenspiel</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tisch:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>RTP %1 %</source>
        <translation>RTP %1 %</translation>
    </message>
    <message>
        <source>RTP %1 % — outside %2 – %3 %</source>
        <translation>RTP %1 % — außerhalb von %2 – %3 %</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoundsAnalytics</name>
    <message>
        <source>Rounds table %1</source>
        <translation>Rundenspiel %1</translation>
    </message>
    <message numerus="yes">
        <source>Rounds settled: %n. The RTP report by operator and bet kind is on the Operators page.</source>
        <translation>
            <numerusform>Abgerechnete Runden: %n. Der RTP-Bericht nach Betreiber und Wettart steht auf der Seite „Betreiber“.</numerusform>
            <numerusform>Abgerechnete Runden: %n. Der RTP-Bericht nach Betreiber und Wettart steht auf der Seite „Betreiber“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::RoundsCharts</name>
    <message>
        <source>Drawn numbers by decade</source>
        <translation>Gezogene Zahlen nach Zehnergruppe</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Expected of a fair draw</source>
        <translation>Erwartet bei fairer Ziehung</translation>
    </message>
    <message>
        <source>Staked each round</source>
        <translation>Einsatz je Runde</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Realised RTP so far</source>
        <translation>Bisher erreichter RTP</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>No round has been settled yet.</source>
        <translation>Noch keine Runde abgerechnet.</translation>
    </message>
    <message numerus="yes">
        <source>Rounds drawn: %n. Chi-square %1 with 9 degrees of freedom: a fair draw strays this far or further %2 % of the time.</source>
        <translation>
            <numerusform>Gezogene Runden: %n. Chi-Quadrat %1 bei 9 Freiheitsgraden: Eine faire Ziehung weicht in %2 % der Fälle so weit oder weiter ab.</numerusform>
            <numerusform>Gezogene Runden: %n. Chi-Quadrat %1 bei 9 Freiheitsgraden: Eine faire Ziehung weicht in %2 % der Fälle so weit oder weiter ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bets in all: %n, staking %1.</source>
        <translation>
            <numerusform>Wetten insgesamt: %n, Einsatz %1.</numerusform>
            <numerusform>Wetten insgesamt: %n, Einsatz %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Realised RTP %1 %: %2 returned of %3 staked. The paytable&apos;s bet kinds pay back %4 % to %5 %.</source>
        <translation>Erreichter RTP %1 %: %2 ausgezahlt bei %3 Einsatz. Die Wettarten der Auszahlungstabelle zahlen %4 % bis %5 % zurück.</translation>
    </message>
    <message>
        <source>Nothing has been staked yet.</source>
        <translation>Noch wurde nichts gesetzt.</translation>
    </message>
    <message>
        <source>Numbers from</source>
        <translation>Zahlen ab</translation>
    </message>
    <message>
        <source>Paytable</source>
        <translation>Auszahlungstabelle</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>Chips</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoundsGameForm</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A round &amp;every:</source>
        <translation>Eine &amp;Runde alle:</translation>
    </message>
    <message>
        <source>Players bet play chips from their browsers; the seed of every round is committed before betting opens.</source>
        <translation>Die Spieler setzen Spielchips in ihrem Browser; der Seed jeder Runde wird verbindlich hinterlegt, bevor die Einsätze beginnen.</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoundsOperatorsSection</name>
    <message>
        <source>Set &amp;paytable…</source>
        <translation>Aus&amp;zahlungstabelle festlegen…</translation>
    </message>
    <message>
        <source>New paytable</source>
        <translation>Neue Auszahlungstabelle</translation>
    </message>
    <message>
        <source>Change what each bet kind pays on a rounds table, from its next round on</source>
        <translation>Ändern, was jede Wettart an einem Rundenspiel auszahlt, ab seiner nächsten Runde</translation>
    </message>
    <message>
        <source>Rounds tables: paytables and RTP</source>
        <translation>Rundenspiele: Auszahlungstabellen und RTP</translation>
    </message>
    <message>
        <source>The host refused: %1</source>
        <translation>Der Host hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The new paytable applies from round %1 on.</source>
        <translation>Die neue Auszahlungstabelle gilt ab Runde %1.</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoundsReportView</name>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Bet kind</source>
        <translation>Wettart</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Winning numbers</source>
        <translation>Gewinnzahlen</translation>
    </message>
    <message>
        <source>RTP</source>
        <translation>RTP</translation>
    </message>
    <message>
        <source>Paytables of the rounds tables</source>
        <translation>Auszahlungstabellen der Rundenspiele</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>Bets</source>
        <translation>Wetten</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Realised RTP</source>
        <translation>Erreichter RTP</translation>
    </message>
    <message>
        <source>Theoretical RTP</source>
        <translation>Theoretischer RTP</translation>
    </message>
    <message>
        <source>Band (99.9 %)</source>
        <translation>Bandbreite (99,9 %)</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Realised against theoretical RTP</source>
        <translation>Erreichter gegenüber theoretischem RTP</translation>
    </message>
    <message>
        <source>No rounds table on this host. Create one on the Games page to see its paytable and RTP.</source>
        <translation>Kein Rundenspiel auf diesem Host. Legen Sie auf der Seite „Spiele“ eines an, um seine Auszahlungstabelle und seinen RTP zu sehen.</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>low volume</source>
        <translation>wenig Volumen</translation>
    </message>
    <message>
        <source>Realised RTP is what the bets returned; a cell outside its band is flagged as an alert (0.1 % of cells on a fair table). Fewer than 30 bets: low volume, no alert.</source>
        <translation>Der erreichte RTP ist das, was die Wetten zurückgezahlt haben; eine Zelle außerhalb ihrer Bandbreite wird als Alarm markiert (0,1 % der Zellen bei einem fairen Tisch). Weniger als 30 Wetten: wenig Volumen, kein Alarm.</translation>
    </message>
    <message>
        <source>exact number</source>
        <translation>genaue Zahl</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>Zehnergruppe</translation>
    </message>
    <message>
        <source>high / low</source>
        <translation>hoch / tief</translation>
    </message>
    <message>
        <source>odd / even</source>
        <translation>ungerade / gerade</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Every bet kind must return between %1 and %2 of its stakes.</source>
        <translation>Jede Wettart muss zwischen %1 und %2 ihrer Einsätze zurückzahlen.</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>LAN players</source>
        <translation>LAN-Spieler</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>alle Arten</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoundsView</name>
    <message>
        <source>One number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <source>Ten numbers</source>
        <translation>Zehn Zahlen</translation>
    </message>
    <message>
        <source>High / low</source>
        <translation>Hoch / tief</translation>
    </message>
    <message>
        <source>Odd / even</source>
        <translation>Ungerade / gerade</translation>
    </message>
    <message>
        <source>taking bets</source>
        <translation>nimmt Einsätze an</translation>
    </message>
    <message>
        <source>closed, drawing</source>
        <translation>geschlossen, Ziehung läuft</translation>
    </message>
    <message>
        <source>seed committed, about to open</source>
        <translation>Seed hinterlegt, öffnet gleich</translation>
    </message>
    <message>
        <source>waiting for the chain to confirm the commitment</source>
        <translation>wartet, bis die Blockchain die Hinterlegung bestätigt</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>abgerechnet</translation>
    </message>
    <message>
        <source>Bet</source>
        <translation>Wette</translation>
    </message>
    <message>
        <source>Bets</source>
        <translation>Wetten</translation>
    </message>
    <message>
        <source>Staked</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Pays out at most</source>
        <translation>Höchstens auszuzahlen</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Seed revealed</source>
        <translation>Seed offengelegt</translation>
    </message>
    <message>
        <source>Time left to bet</source>
        <translation>Verbleibende Zeit für Einsätze</translation>
    </message>
    <message>
        <source>This round</source>
        <translation>Diese Runde</translation>
    </message>
    <message>
        <source>Last rounds</source>
        <translation>Letzte Runden</translation>
    </message>
    <message>
        <source>Rounds table · join code %1</source>
        <translation>Rundenspiel · Beitrittscode %1</translation>
    </message>
    <message>
        <source>%1 pays %2× (RTP %3 %)</source>
        <translation>%1 zahlt %2× (RTP %3 %)</translation>
    </message>
    <message>
        <source>A round every %1 s. %2.</source>
        <translation>Eine Runde alle %1 s. %2.</translation>
    </message>
    <message>
        <source>No round open</source>
        <translation>Keine Runde offen</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Runde %1: %2</translation>
    </message>
    <message>
        <source>Seed committed as %1 %2</source>
        <translation>Seed hinterlegt als %1 %2</translation>
    </message>
    <message>
        <source>(on chain, transaction %1)</source>
        <translation>(auf der Blockchain, Transaktion %1)</translation>
    </message>
    <message>
        <source>(off chain: this host records nothing on a blockchain)</source>
        <translation>(nicht auf der Blockchain: dieser Host zeichnet nichts auf einer Blockchain auf)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>on chain (%1)</source>
        <translation>auf der Blockchain (%1)</translation>
    </message>
    <message>
        <source>revealed, off chain</source>
        <translation>offengelegt, nicht auf der Blockchain</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Round %1: %2 · bets: %3 · staked: %4 %5</source>
        <translation>Runde %1: %2 · Wetten: %3 · Einsatz: %4 %5</translation>
    </message>
    <message>
        <source>Paused: no round opens until you resume</source>
        <translation>Angehalten: Keine Runde öffnet, bis Sie fortsetzen</translation>
    </message>
</context>
<context>
    <name>steward::ui::SessionsPage</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team / role</source>
        <translation>Team / Rolle</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Messages in / out</source>
        <translation>Nachrichten ein / aus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Connections to the host</source>
        <translation>Verbindungen zum Host</translation>
    </message>
    <message>
        <source>Close this connection; the player sees why and may join again.</source>
        <translation>Diese Verbindung schließen; der Spieler sieht den Grund und kann wieder beitreten.</translation>
    </message>
    <message>
        <source>Session %1 disconnected.</source>
        <translation>Sitzung %1 getrennt.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>meldet sich an</translation>
    </message>
    <message numerus="yes">
        <source>online · %n refused</source>
        <translation>
            <numerusform>online · %n Nachricht abgelehnt</numerusform>
            <numerusform>online · %n Nachrichten abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>Connections: %n</source>
        <translation>
            <numerusform>Verbindungen: %n</numerusform>
            <numerusform>Verbindungen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>players: %n</source>
        <translation>
            <numerusform>Spieler: %n</numerusform>
            <numerusform>Spieler: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to &amp;selected</source>
        <translation>An Aus&amp;gewählte senden</translation>
    </message>
    <message>
        <source>Send to &amp;everyone</source>
        <translation>An a&amp;lle senden</translation>
    </message>
    <message>
        <source>A message the players see at the top of their page</source>
        <translation>Eine Nachricht, die die Spieler oben auf ihrer Seite sehen</translation>
    </message>
    <message>
        <source>Message to players</source>
        <translation>Nachricht an die Spieler</translation>
    </message>
    <message numerus="yes">
        <source>Message sent; sessions reached: %n.</source>
        <translation>
            <numerusform>Nachricht gesendet; erreichte Sitzungen: %n.</numerusform>
            <numerusform>Nachricht gesendet; erreichte Sitzungen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>Sp&amp;erren</translation>
    </message>
    <message>
        <source>this name</source>
        <translation>diesen Namen</translation>
    </message>
    <message>
        <source>this address</source>
        <translation>diese Adresse</translation>
    </message>
    <message>
        <source>Ban by</source>
        <translation>Sperren nach</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Ban for</source>
        <translation>Sperrdauer</translation>
    </message>
    <message>
        <source>Disconnect and keep out the selected player&apos;s name, or their address, for a while.</source>
        <translation>Trennen und den Namen oder die Adresse des ausgewählten Spielers eine Weile aussperren.</translation>
    </message>
    <message>
        <source>%1 is kept out for %2 min.</source>
        <translation>%1 ist für %2 min ausgesperrt.</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>Spielleitung</translation>
    </message>
    <message>
        <source>The game&apos;s join code</source>
        <translation>Der Beitrittscode des Spiels</translation>
    </message>
    <message>
        <source>player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Refusals that only a modified client causes, by code; the flags below have the evidence.</source>
        <translation>Ablehnungen, die nur ein veränderter Client verursacht, nach Code; die Markierungen unten enthalten die Belege.</translation>
    </message>
    <message numerus="yes">
        <source>flagged: %n</source>
        <translation>
            <numerusform>markiert: %n</numerusform>
            <numerusform>markiert: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Every network of this computer</source>
        <translation>Alle Netzwerke dieses Computers</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Nur diesen Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>Only the network of %1</source>
        <translation>Nur das Netzwerk von %1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>Erreichbar &amp;für:</translation>
    </message>
    <message>
        <source>Your data folder (the default)</source>
        <translation>Ihr Datenordner (Standard)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder for Steward&apos;s data</source>
        <translation>Ordner für die Daten von Steward</translation>
    </message>
    <message>
        <source>A local &amp;devnet that Steward starts (anvil)</source>
        <translation>Ein lokales De&amp;vnet, das Steward startet (anvil)</translation>
    </message>
    <message>
        <source>An Ethereum &amp;node at:</source>
        <translation>Ein Ethereum-&amp;Knoten unter:</translation>
    </message>
    <message>
        <source>&amp;Off: record nothing on a blockchain</source>
        <translation>&amp;Aus: nichts auf einer Blockchain aufzeichnen</translation>
    </message>
    <message>
        <source>Blockchain</source>
        <translation>Blockchain</translation>
    </message>
    <message>
        <source>Chain &amp;id:</source>
        <translation>Chain-&amp;ID:</translation>
    </message>
    <message>
        <source>The system keychain if it works, else a protected file</source>
        <translation>Der Schlüsselbund des Systems, wenn er funktioniert, sonst eine geschützte Datei</translation>
    </message>
    <message>
        <source>The system keychain only</source>
        <translation>Nur der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>A protected file in the data folder</source>
        <translation>Eine geschützte Datei im Datenordner</translation>
    </message>
    <message>
        <source>Keys are never kept in the database. Where no keychain works (a server without a desktop session), they go to secrets.json in the data folder, readable by your user only (mode 0600); back it up with the database.</source>
        <translation>Schlüssel werden nie in der Datenbank gespeichert. Wo kein Schlüsselbund funktioniert (ein Server ohne Desktop-Sitzung), kommen sie in die Datei secrets.json im Datenordner, die nur Ihr Benutzer lesen kann (Modus 0600); sichern Sie sie zusammen mit der Datenbank.</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Derzeit: %1.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheime Schlüssel</translation>
    </message>
    <message>
        <source>The desktop&apos;s language</source>
        <translation>Sprache des Desktops</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Daten&amp;ordner:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <source>Facilitator password (web page, attached consoles, backoffice admin)</source>
        <translation>Passwort der Spielleitung (Webseite, verbundene Konsolen, Backoffice-Admin)</translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation>Akt&amp;uell:</translation>
    </message>
    <message>
        <source>N&amp;ew:</source>
        <translation>N&amp;eu:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>“%1” is not an address of this computer, such as 0.0.0.0 or 192.168.1.20.</source>
        <translation>„%1“ ist keine Adresse dieses Computers, wie etwa 0.0.0.0 oder 192.168.1.20.</translation>
    </message>
    <message>
        <source>The node&apos;s address must look like http://192.168.1.30:8545.</source>
        <translation>Die Adresse des Knotens muss etwa so aussehen: http://192.168.1.30:8545.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Changed. Use the new password from now on.</source>
        <translation>Geändert. Verwenden Sie ab jetzt das neue Passwort.</translation>
    </message>
    <message>
        <source>As the desktop prefers</source>
        <translation>Wie vom Desktop bevorzugt</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Farbsc&amp;hema:</translation>
    </message>
    <message>
        <source>Network, folder, blockchain, secrets, language and theme take effect when Steward starts again.</source>
        <translation>Netzwerk, Ordner, Blockchain, geheime Schlüssel, Sprache und Farbschema gelten ab dem nächsten Start von Steward.</translation>
    </message>
    <message>
        <source>any free port (a new one at every start)</source>
        <translation>ein freier Port (bei jedem Start ein anderer)</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Listening now on:</source>
        <translation>Lauscht jetzt auf:</translation>
    </message>
    <message>
        <source>This computer runs the host, so no current password is needed here. The new one signs in to the web facilitator page, attached consoles and the backoffice.</source>
        <translation>Dieser Computer betreibt den Host, daher ist hier kein bisheriges Passwort nötig. Das neue gilt für die Web-Seite der Spielleitung, verbundene Konsolen und das Backoffice.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignAnalytics</name>
    <message>
        <source>Standings</source>
        <translation>Endstand</translation>
    </message>
    <message>
        <source>Sovereign Lines %1 (%2)</source>
        <translation>Sovereign Lines %1 (%2)</translation>
    </message>
    <message>
        <source>The match has not started yet: the chart begins when it does.</source>
        <translation>Die Partie hat noch nicht begonnen: Das Diagramm beginnt mit ihr.</translation>
    </message>
    <message>
        <source>Minutes played: %1.</source>
        <translation>Gespielte Minuten: %1.</translation>
    </message>
    <message>
        <source>Land held over time</source>
        <translation>Gehaltenes Land im Verlauf</translation>
    </message>
    <message>
        <source>Hexes</source>
        <translation>Hexfelder</translation>
    </message>
    <message>
        <source>Troops over time</source>
        <translation>Truppen im Verlauf</translation>
    </message>
    <message>
        <source>Troops</source>
        <translation>Truppen</translation>
    </message>
    <message>
        <source>Troops each player held over time</source>
        <translation>Truppen jedes Spielers im Verlauf</translation>
    </message>
    <message>
        <source>Land each player held over time</source>
        <translation>Land jedes Spielers im Verlauf</translation>
    </message>
    <message>
        <source>Land and troops held by each player, every %1 s.</source>
        <translation>Land und Truppen jedes Spielers, alle %1 s erfasst.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignGameForm</name>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Riesig</translation>
    </message>
    <message>
        <source>%1: %2 × %3 hexes, %4 regions, up to %5 players</source>
        <translation>%1: %2 × %3 Hexfelder, %4 Regionen, bis zu %5 Spieler</translation>
    </message>
    <message>
        <source>Places in the match, players and bots together.</source>
        <translation>Plätze in der Partie, Spieler und Bots zusammen.</translation>
    </message>
    <message>
        <source>Bots take the places nobody joined when you press Start</source>
        <translation>Bots übernehmen beim Starten die Plätze, die niemand belegt hat</translation>
    </message>
    <message>
        <source>Mixed: easy and hard in turn</source>
        <translation>Gemischt: abwechselnd leicht und schwer</translation>
    </message>
    <message>
        <source>Easy: a move every 2 s, now and then none</source>
        <translation>Leicht: ein Zug alle 2 s, ab und zu keiner</translation>
    </message>
    <message>
        <source>Hard: two sure attacks every half second</source>
        <translation>Schwer: zwei sichere Angriffe jede halbe Sekunde</translation>
    </message>
    <message>
        <source>Bots also play on for a player who leaves the match.</source>
        <translation>Bots spielen auch für Spieler weiter, die die Partie verlassen.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The match ends then, unless one player holds 70 % of the land first.</source>
        <translation>Dann endet die Partie, wenn nicht vorher jemand 70 % des Landes hält.</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Karte:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <source>&amp;Bots play:</source>
        <translation>&amp;Bots spielen:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message numerus="yes">
        <source>Places: %n.</source>
        <translation>
            <numerusform>Plätze: %n.</numerusform>
            <numerusform>Plätze: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bots take the places nobody joined.</source>
        <translation>Bots übernehmen die Plätze, die niemand belegt hat.</translation>
    </message>
    <message>
        <source>Only those who join play: at least two, or bots are needed.</source>
        <translation>Es spielen nur die, die beitreten: mindestens zwei, sonst braucht es Bots.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 The match lasts %n minutes, or until one player holds 70 % of the land.</source>
        <translation>
            <numerusform>%1 %2 Die Partie dauert %n Minute oder bis jemand 70 % des Landes hält.</numerusform>
            <numerusform>%1 %2 Die Partie dauert %n Minuten oder bis jemand 70 % des Landes hält.</numerusform>
        </translation>
    </message>
    <message>
        <source>A map of this size takes 2 to %1 places.</source>
        <translation>Eine Karte dieser Größe hat 2 bis %1 Plätze.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignLandChart</name>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignMapWidget</name>
    <message>
        <source>plains</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>forest</source>
        <translation>Wald</translation>
    </message>
    <message>
        <source>hills</source>
        <translation>Hügel</translation>
    </message>
    <message>
        <source>mountains</source>
        <translation>Berge</translation>
    </message>
    <message>
        <source>water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>The match&apos;s map</source>
        <translation>Die Karte der Partie</translation>
    </message>
    <message>
        <source>Region %1: water</source>
        <translation>Region %1: Wasser</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message numerus="yes">
        <source>Region %1: %2, %n hexes; %3, %4 troops</source>
        <translation>
            <numerusform>Region %1: %2, %n Hexfeld; %3, %4 Truppen</numerusform>
            <numerusform>Region %1: %2, %n Hexfelder; %3, %4 Truppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignMatchView</name>
    <message>
        <source>&amp;Join card</source>
        <translation>Beitritts&amp;karte</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;End match…</source>
        <translation>Partie &amp;beenden…</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Endstand</translation>
    </message>
    <message>
        <source>Starts the match: bots take the empty places if the match was made so, and everyone without a start is given one.</source>
        <translation>Startet die Partie: Bots übernehmen die leeren Plätze, wenn die Partie so angelegt wurde, und wer keinen Start gewählt hat, bekommt einen.</translation>
    </message>
    <message>
        <source>Ends the match now and ranks the players by the land they hold. Asks first.</source>
        <translation>Beendet die Partie jetzt und reiht die Spieler nach dem Land, das sie halten. Fragt vorher nach.</translation>
    </message>
    <message>
        <source>Sovereign Lines · join code %1</source>
        <translation>Sovereign Lines · Beitrittscode %1</translation>
    </message>
    <message>
        <source>Waiting for players: %1 of %2 places taken. Press Start when everyone is in.</source>
        <translation>Warten auf Spieler: %1 von %2 Plätzen belegt. Klicken Sie auf „Starten“, sobald alle da sind.</translation>
    </message>
    <message>
        <source>Paused at minute %1 of %2, %3 left: nothing moves until you resume.</source>
        <translation>Angehalten in Minute %1 von %2, noch %3: Nichts bewegt sich, bis Sie fortsetzen.</translation>
    </message>
    <message>
        <source>Running: minute %1 of %2, %3 left</source>
        <translation>Läuft: Minute %1 von %2, noch %3</translation>
    </message>
    <message>
        <source>End the match?</source>
        <translation>Partie beenden?</translation>
    </message>
    <message>
        <source>The match ends now, and the players are ranked by the land they hold.</source>
        <translation>Die Partie endet jetzt, und die Spieler werden nach dem Land gereiht, das sie halten.</translation>
    </message>
    <message>
        <source>End the match</source>
        <translation>Partie beenden</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>&amp;Wiederholung…</translation>
    </message>
    <message>
        <source>Plays the match again, second by second, as the host recorded it.</source>
        <translation>Spielt die Partie noch einmal ab, Sekunde für Sekunde, wie der Host sie aufgezeichnet hat.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignPlayersTable</name>
    <message>
        <source>easy bot</source>
        <translation>leichter Bot</translation>
    </message>
    <message>
        <source>hard bot</source>
        <translation>schwerer Bot</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>Gespielt von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Hexes</source>
        <translation>Hexfelder</translation>
    </message>
    <message>
        <source>Troops</source>
        <translation>Truppen</translation>
    </message>
    <message>
        <source>Allies</source>
        <translation>Verbündete</translation>
    </message>
    <message>
        <source>Players, most land first</source>
        <translation>Spieler, das meiste Land zuerst</translation>
    </message>
    <message>
        <source>in</source>
        <translation>dabei</translation>
    </message>
    <message>
        <source>out</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>in, flagged</source>
        <translation>dabei, markiert</translation>
    </message>
    <message>
        <source>out, flagged</source>
        <translation>raus, markiert</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignReplayView</name>
    <message>
        <source>&amp;Save the replay…</source>
        <translation>Wiederholung &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Ab&amp;spielen</translation>
    </message>
    <message>
        <source>−1 s</source>
        <translation>−1 s</translation>
    </message>
    <message>
        <source>+1 s</source>
        <translation>+1 s</translation>
    </message>
    <message>
        <source>Sovereign Lines replay</source>
        <translation>Sovereign Lines – Wiederholung</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Damals</translation>
    </message>
    <message>
        <source>Standings at the moment shown</source>
        <translation>Stand im gezeigten Moment</translation>
    </message>
    <message>
        <source>Final standings</source>
        <translation>Endstand</translation>
    </message>
    <message>
        <source>Check it yourself</source>
        <translation>Selbst prüfen</translation>
    </message>
    <message>
        <source>Input hash</source>
        <translation>Hash der Eingaben</translation>
    </message>
    <message>
        <source>Final state hash</source>
        <translation>Hash des Endzustands</translation>
    </message>
    <message>
        <source>Command to check it</source>
        <translation>Befehl zum Prüfen</translation>
    </message>
    <message>
        <source>Saves the replay as the host sent it, for steward-verify --file.</source>
        <translation>Speichert die Wiederholung, wie der Host sie gesendet hat, für steward-verify --file.</translation>
    </message>
    <message>
        <source>Check with</source>
        <translation>Prüfen mit</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Seconds of the match played in one second</source>
        <translation>Sekunden der Partie pro Sekunde</translation>
    </message>
    <message>
        <source>Time in the match</source>
        <translation>Zeit in der Partie</translation>
    </message>
    <message>
        <source>Plays the match from the second shown (Space)</source>
        <translation>Spielt die Partie ab der gezeigten Sekunde ab (Leertaste)</translation>
    </message>
    <message>
        <source>One second back (Left; with Shift, ten)</source>
        <translation>Eine Sekunde zurück (Links; mit Umschalt zehn)</translation>
    </message>
    <message>
        <source>One second on (Right; with Shift, ten)</source>
        <translation>Eine Sekunde weiter (Rechts; mit Umschalt zehn)</translation>
    </message>
    <message>
        <source>Replay of Sovereign Lines</source>
        <translation>Wiederholung von Sovereign Lines</translation>
    </message>
    <message>
        <source>Replay of Sovereign Lines · join code %1</source>
        <translation>Wiederholung von Sovereign Lines · Beitrittscode %1</translation>
    </message>
    <message numerus="yes">
        <source>%n players, %1 played. The map and the standings at any second, played again by the host from the match&apos;s inputs.</source>
        <translation>
            <numerusform>%n Spieler, %1 gespielt. Die Karte und der Stand in jeder Sekunde, vom Host aus den Eingaben der Partie noch einmal abgespielt.</numerusform>
            <numerusform>%n Spieler, %1 gespielt. Die Karte und der Stand in jeder Sekunde, vom Host aus den Eingaben der Partie noch einmal abgespielt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The host played the match again from its inputs and reached the state it recorded: the replay matches.</source>
        <translation>Der Host hat die Partie aus ihren Eingaben noch einmal gespielt und den aufgezeichneten Zustand erreicht: Die Wiederholung stimmt überein.</translation>
    </message>
    <message>
        <source>The host played the match again from its inputs and did NOT reach the state it recorded: the replay does not match.</source>
        <translation>Der Host hat die Partie aus ihren Eingaben noch einmal gespielt und den aufgezeichneten Zustand NICHT erreicht: Die Wiederholung stimmt nicht überein.</translation>
    </message>
    <message>
        <source>Standings at %1</source>
        <translation>Stand bei %1</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Save the replay</source>
        <translation>Wiederholung speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The replay could not be saved: %1</source>
        <translation>Die Wiederholung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignStandingsTable</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Hexes</source>
        <translation>Hexfelder</translation>
    </message>
    <message>
        <source>Troops</source>
        <translation>Truppen</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Am Ende</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Endstand</translation>
    </message>
    <message>
        <source>still in</source>
        <translation>noch dabei</translation>
    </message>
    <message>
        <source>out</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>%1 won by conquest.</source>
        <translation>%1 hat durch Eroberung gewonnen.</translation>
    </message>
    <message>
        <source>Time is up: %1 holds the most land.</source>
        <translation>Die Zeit ist um: %1 hält das meiste Land.</translation>
    </message>
    <message>
        <source>Ended by the host: %1 held the most land.</source>
        <translation>Vom Host beendet: %1 hielt das meiste Land.</translation>
    </message>
    <message>
        <source>Over: %1 holds the most land.</source>
        <translation>Vorbei: %1 hält das meiste Land.</translation>
    </message>
</context>
<context>
    <name>steward::ui::TeamChart</name>
    <message>
        <source>Retailer</source>
        <translation>Einzelhändler</translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation>Großhändler</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fabrik</translation>
    </message>
    <message>
        <source>Orders each week: the bullwhip</source>
        <translation>Bestellungen pro Woche: der Bullwhip-Effekt</translation>
    </message>
    <message>
        <source>Net stock each week (stock − backlog)</source>
        <translation>Nettobestand pro Woche (Lager − Rückstand)</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Bisherige Kosten</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Customer demand</source>
        <translation>Kundennachfrage</translation>
    </message>
</context>
</TS>
