<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdjustmentsPage</name>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="33"/>
        <source>Count adjustments</source>
        <translation>Bestandskorrekturen</translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="39"/>
        <source>%1 of %2 shown · %3 selected</source>
        <translation>%1 von %2 angezeigt · %3 ausgewählt</translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="47"/>
        <source>Find location, product, lot, counter</source>
        <translation>Lagerplatz, Artikel, Charge, Zähler suchen</translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="60"/>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="71"/>
        <source>Approve selected (%1)…</source>
        <translation>Auswahl genehmigen (%1)…</translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="72"/>
        <source>Approve…</source>
        <translation>Genehmigen…</translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="79"/>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="85"/>
        <source>Request recount…</source>
        <translation>Nachzählung anfordern…</translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="91"/>
        <source>Select all shown</source>
        <translation>Alle angezeigten auswählen</translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="95"/>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="107"/>
        <source>Thresholds…</source>
        <translation>Schwellen…</translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="115"/>
        <source>Variance = counted − book at the counted time. Moves since the count are shown for information: they do not change the variance, and an approval books the variance onto today&apos;s stock.</source>
        <translation>Differenz = gezählt − Buchbestand zum Zählzeitpunkt. Bewegungen seit der Zählung werden zur Information gezeigt: Sie ändern die Differenz nicht, und eine Genehmigung bucht die Differenz auf den heutigen Bestand.</translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="221"/>
        <source>No count adjustment waits for a decision.</source>
        <translation>Keine Bestandskorrektur wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="222"/>
        <source>No count adjustment matches the filter.</source>
        <translation>Keine Bestandskorrektur passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../qml/CameraPage.qml" line="50"/>
        <source>Camera scanner</source>
        <translation>Kamera-Scanner</translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="51"/>
        <source>Hold the code inside the frame</source>
        <translation>Code in den Rahmen halten</translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="51"/>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="85"/>
        <source>This device has no camera that Stockhand can use.</source>
        <translation>Dieses Gerät hat keine Kamera, die Stockhand nutzen kann.</translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="94"/>
        <source>Scan with the hardware scanner, or type the code in the scan field below.</source>
        <translation>Mit dem Scanner des Geräts scannen oder den Code unten ins Scanfeld tippen.</translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="119"/>
        <source>Read: %1</source>
        <translation>Gelesen: %1</translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="129"/>
        <source>Light off</source>
        <translation>Licht aus</translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="129"/>
        <source>Light on</source>
        <translation>Licht an</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/ConfirmDialog.qml" line="67"/>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>ConsoleExceptionsPage</name>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="30"/>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="36"/>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="43"/>
        <source>Find transfer, location, product</source>
        <translation>Auftrag, Lagerplatz, Artikel suchen</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="55"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="67"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="67"/>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="67"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="79"/>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="137"/>
        <source>area %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="147"/>
        <source>Request recount…</source>
        <translation>Nachzählung anfordern…</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="154"/>
        <source>Open transfer</source>
        <translation>Auftrag öffnen</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="161"/>
        <source>Acknowledge…</source>
        <translation>Zur Kenntnis nehmen…</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="172"/>
        <source>No exception matches the filter.</source>
        <translation>Keine Ausnahme passt zum Filter.</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="183"/>
        <source>Request a recount</source>
        <translation>Nachzählung anfordern</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="183"/>
        <source>Acknowledge the exception</source>
        <translation>Ausnahme zur Kenntnis nehmen</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="199"/>
        <source>Acknowledge this exception for everyone? The server records who resolved it, when and your note; every device sees it.</source>
        <translation>Diese Ausnahme für alle quittieren? Der Server speichert, wer sie wann erledigt hat, und Ihre Notiz; jedes Gerät sieht es.</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="200"/>
        <source>Acknowledge it on this computer? It leaves the open list here; the server&apos;s records do not change.</source>
        <translation>Auf diesem Computer zur Kenntnis nehmen? Sie verlässt hier die Liste der offenen Ausnahmen; die Daten auf dem Server ändern sich nicht.</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="203"/>
        <source>Note (what you found or did)</source>
        <translation>Notiz (was Sie vorgefunden oder getan haben)</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="211"/>
        <source>e.g. found 2 behind the pallet, recounted</source>
        <translation>z. B. 2 hinter der Palette gefunden, nachgezählt</translation>
    </message>
</context>
<context>
    <name>ConsoleMain</name>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="43"/>
        <source>Supervisor console</source>
        <translation>Leitstand</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="50"/>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="65"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="87"/>
        <source>Count adjustments (%1)</source>
        <translation>Bestandskorrekturen (%1)</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="92"/>
        <source>Exceptions (%1)</source>
        <translation>Ausnahmen (%1)</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="97"/>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="102"/>
        <source>Fleet</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="17"/>
        <source>Stockhand — desktop</source>
        <translation>Stockhand — Desktop</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="43"/>
        <source>Receiving station</source>
        <translation>Wareneingangsstation</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="107"/>
        <source>Receiving</source>
        <translation>Wareneingang</translation>
    </message>
</context>
<context>
    <name>ConsoleSignInPage</name>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="61"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="25"/>
        <source>Stockhand desktop</source>
        <translation>Stockhand-Desktop</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="31"/>
        <source>Supervisors: your login or badge and your password. The server checks it once; for 12 hours the console then opens on this computer with the same password, also offline. Decisions are saved here and sent with the next sync.</source>
        <translation>Vorgesetzte: Ihr Login oder Ausweis und Ihr Passwort. Der Server prüft es einmal; 12 Stunden lang öffnet sich die Konsole dann auf diesem Computer mit demselben Passwort, auch offline. Entscheidungen werden hier gespeichert und mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="37"/>
        <source>Receiving clerks: scan your badge and type your PIN; this computer checks it, also offline.</source>
        <translation>Wareneingang: scannen Sie Ihren Ausweis und tippen Sie Ihre PIN; dieser Computer prüft sie, auch offline.</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="50"/>
        <source>Password or PIN</source>
        <translation>Passwort oder PIN</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="41"/>
        <source>Login or badge</source>
        <translation>Login oder Ausweis</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="46"/>
        <source>Type your login or scan your badge</source>
        <translation>Tippen Sie Ihr Login oder scannen Sie Ihren Ausweis</translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="74"/>
        <source>Checking your password with the server…</source>
        <translation>Ihr Passwort wird beim Server geprüft…</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <location filename="../qml/CountPage.qml" line="27"/>
        <source>Recount</source>
        <translation>Nachzählung</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="27"/>
        <source>Blind count</source>
        <translation>Blindzählung</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="76"/>
        <source>Set count</source>
        <translation>Menge setzen</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="32"/>
        <source>Close location</source>
        <translation>Lagerplatz abschließen</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="44"/>
        <source>SCAN BIN</source>
        <translation>LAGERPLATZ SCANNEN</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="45"/>
        <source>COUNTING %1</source>
        <translation>ZÄHLUNG %1</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="46"/>
        <source>ALL LOCATIONS COUNTED</source>
        <translation>ALLE LAGERPLÄTZE GEZÄHLT</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="48"/>
        <source>SCAN EVERY ITEM</source>
        <translation>JEDEN ARTIKEL SCANNEN</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="49"/>
        <source>Task complete</source>
        <translation>Auftrag erledigt</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="50"/>
        <source>COUNTED</source>
        <translation>GEZÄHLT</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="56"/>
        <source>Last: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="57"/>
        <source>then close the location</source>
        <translation>dann den Lagerplatz abschließen</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="123"/>
        <source>Back to tasks</source>
        <translation>Zurück zu den Aufgaben</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="16"/>
        <source>(no reason)</source>
        <translation>(ohne Grund)</translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="26"/>
        <source>Approve count adjustments</source>
        <translation>Bestandskorrekturen genehmigen</translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="27"/>
        <source>Reject a count adjustment</source>
        <translation>Bestandskorrektur ablehnen</translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="27"/>
        <source>Request a recount</source>
        <translation>Nachzählung anfordern</translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="44"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="57"/>
        <source>Choose a reason</source>
        <translation>Grund wählen</translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="65"/>
        <source>Note (needed for some reasons)</source>
        <translation>Notiz (für manche Gründe nötig)</translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="79"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="84"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="85"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="85"/>
        <source>Request recount</source>
        <translation>Nachzählung anfordern</translation>
    </message>
</context>
<context>
    <name>EnrolmentCodeDialog</name>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="13"/>
        <source>New enrolment code</source>
        <translation>Neuer Registrierungscode</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="25"/>
        <source>Device name (optional)</source>
        <translation>Gerätename (optional)</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="30"/>
        <source>e.g. Dock scanner 3</source>
        <translation>z. B. Scanner Rampe 3</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="34"/>
        <source>Issue code</source>
        <translation>Code ausstellen</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="67"/>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="72"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="78"/>
        <source>No CA fingerprint (plain HTTP).</source>
        <translation>Kein CA-Fingerabdruck (einfaches HTTP).</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="79"/>
        <source>CA fingerprint: %1</source>
        <translation>CA-Fingerabdruck: %1</translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="86"/>
        <source>On the handheld&apos;s sign-in page, tap “Enrol this device” and scan the code, or type the code.</source>
        <translation>Auf der Anmeldeseite des Handgeräts „Gerät registrieren“ tippen und den Code scannen oder eintippen.</translation>
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="42"/>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ExceptionsPage.qml" line="43"/>
        <source>%n open on this device</source>
        <translation>
            <numerusform>%n offen auf diesem Gerät</numerusform>
            <numerusform>%n offen auf diesem Gerät</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ExceptionsPage.qml" line="44"/>
        <source>%n of yours to check</source>
        <translation>
            <numerusform>%n von Ihnen zu prüfen</numerusform>
            <numerusform>%n von Ihnen zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="124"/>
        <source>Done by %1</source>
        <translation>Ausgeführt von %1</translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="139"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="154"/>
        <source>Seen: take it off this list</source>
        <translation>Gesehen: von dieser Liste nehmen</translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="166"/>
        <source>Nothing of yours to check.</source>
        <translation>Nichts von Ihnen zu prüfen.</translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="165"/>
        <source>No exceptions.</source>
        <translation>Keine Ausnahmen.</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <location filename="../qml/FleetPage.qml" line="24"/>
        <source>Fleet</source>
        <translation>Geräte</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FleetPage.qml" line="30"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="42"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="48"/>
        <source>Revoke…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="54"/>
        <source>New enrolment code…</source>
        <translation>Neuer Registrierungscode…</translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="137"/>
        <source>No device to show yet: refresh while online.</source>
        <translation>Noch keine Geräte: online aktualisieren.</translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="148"/>
        <source>Revoke a device</source>
        <translation>Gerät sperren</translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="158"/>
        <source>Revoke</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="162"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/HomePage.qml" line="136"/>
        <source>Print labels</source>
        <translation>Etiketten drucken</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/HomePage.qml" line="135"/>
        <source>Print labels (%n not printed)</source>
        <translation>
            <numerusform>Etiketten drucken (%n nicht gedruckt)</numerusform>
            <numerusform>Etiketten drucken (%n nicht gedruckt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="24"/>
        <source>Picking</source>
        <translation>Kommissionieren</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="24"/>
        <source>Receiving</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="25"/>
        <source>Putaway</source>
        <translation>Einlagern</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="25"/>
        <source>Counting</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="51"/>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="111"/>
        <source>Exceptions (%1)</source>
        <translation>Ausnahmen (%1)</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="127"/>
        <source>Scan with the camera</source>
        <translation>Mit der Kamera scannen</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="160"/>
        <source>What is here?</source>
        <translation>Was liegt hier?</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="168"/>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="222"/>
        <source>%1 cannot sign out yet</source>
        <translation>%1 kann sich noch nicht abmelden</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="253"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="260"/>
        <source>Supervisor release</source>
        <translation>Freigabe durch Aufsicht</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="272"/>
        <source>Supervisor: scan your badge.</source>
        <translation>Aufsicht: Ausweis scannen.</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="273"/>
        <source>Supervisor: enter your PIN.</source>
        <translation>Aufsicht: PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="281"/>
        <source>A release signs %1 out now. The unsent operations stay theirs: they are sent with the next sync as %1&apos;s, signed as recorded.</source>
        <translation>Eine Freigabe meldet %1 jetzt ab. Die nicht gesendeten Vorgänge bleiben die von %1: Sie werden mit der nächsten Synchronisierung als Vorgänge von %1 gesendet, so wie sie erfasst wurden.</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="291"/>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="303"/>
        <source>Stay signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../qml/KpiPage.qml" line="94"/>
        <source>Export the KPIs as CSV</source>
        <translation>Kennzahlen als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="97"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="110"/>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="114"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="123"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="137"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="146"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="146"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="153"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="192"/>
        <source>No figures yet: choose a range and press Show (the server computes them).</source>
        <translation>Noch keine Zahlen: Zeitraum wählen und „Anzeigen“ drücken (der Server berechnet sie).</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="253"/>
        <source>Inventory record accuracy</source>
        <translation>Bestandsgenauigkeit</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="257"/>
        <source>locations within tolerance</source>
        <translation>Plätze in der Toleranz</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="263"/>
        <source>Count variance (units)</source>
        <translation>Zähldifferenz (Einheiten)</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="264"/>
        <location filename="../qml/KpiPage.qml" line="272"/>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="264"/>
        <location filename="../qml/KpiPage.qml" line="273"/>
        <source>absolute</source>
        <translation>absolut</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="270"/>
        <source>Count variance (value)</source>
        <translation>Zähldifferenz (Wert)</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="279"/>
        <source>Lines per active hour</source>
        <translation>Positionen pro aktiver Stunde</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="280"/>
        <location filename="../qml/KpiPage.qml" line="372"/>
        <source>picked</source>
        <translation>kommissioniert</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="280"/>
        <location filename="../qml/KpiPage.qml" line="381"/>
        <source>received</source>
        <translation>vereinnahmt</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="286"/>
        <source>Order fill rate</source>
        <translation>Auftragserfüllungsgrad</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="290"/>
        <source>pick lines filled at validation</source>
        <translation>Pickpositionen bei Abschluss vollständig</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="296"/>
        <source>Dock-to-stock (hours)</source>
        <translation>Dock-to-Stock (Stunden)</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="297"/>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="298"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="305"/>
        <source>Backorder ageing (open lines)</source>
        <translation>Rückstände nach Alter</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="334"/>
        <source>open lines</source>
        <translation>offene Positionen</translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="347"/>
        <source>Lines by hour of day (UTC)</source>
        <translation>Positionen nach Tageszeit (UTC)</translation>
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <location filename="../qml/LineDelegate.qml" line="62"/>
        <source>+%1 now</source>
        <translation>+%1 jetzt</translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="63"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="63"/>
        <source>short</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="64"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="64"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <location filename="../qml/LookupPage.qml" line="28"/>
        <source>What is here?</source>
        <translation>Was liegt hier?</translation>
    </message>
    <message>
        <location filename="../qml/LookupPage.qml" line="37"/>
        <source>Scan or type a location, a product or a lot</source>
        <translation>Lagerplatz, Artikel oder Charge scannen oder eingeben</translation>
    </message>
    <message>
        <location filename="../qml/LookupPage.qml" line="89"/>
        <source>Lot %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <location filename="../qml/LookupPage.qml" line="90"/>
        <source>Package %1</source>
        <translation>Packstück %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15"/>
        <source>Stockhand</source>
        <translation>Stockhand</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message numerus="yes">
        <location filename="../qml/PickPage.qml" line="34"/>
        <source>%n line(s) open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="39"/>
        <source>Skip</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="45"/>
        <source>Short</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="57"/>
        <source>SCAN BIN</source>
        <translation>LAGERPLATZ SCANNEN</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="58"/>
        <source>SCAN ITEM</source>
        <translation>ARTIKEL SCANNEN</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="59"/>
        <source>PICKING NOW</source>
        <translation>JETZT ENTNOMMEN</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="60"/>
        <source>SCAN LOT OR SERIAL</source>
        <translation>CHARGE ODER SERIENNUMMER SCANNEN</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="61"/>
        <source>ALL LINES DONE</source>
        <translation>ALLE POSITIONEN ERLEDIGT</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="66"/>
        <location filename="../qml/PickPage.qml" line="132"/>
        <source>Finish the pick</source>
        <translation>Kommissionierung abschließen</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="67"/>
        <source>TO PICK</source>
        <translation>ZU ENTNEHMEN</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="95"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="132"/>
        <source>Finish now…</source>
        <translation>Jetzt abschließen…</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="139"/>
        <source>Why is the line short?</source>
        <translation>Warum fehlt Ware?</translation>
    </message>
</context>
<context>
    <name>PrintLabelPage</name>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="27"/>
        <source>Print a label</source>
        <translation>Etikett drucken</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="40"/>
        <source>Location label</source>
        <translation>Lagerplatz-Etikett</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="47"/>
        <source>Lot label</source>
        <translation>Chargen-Etikett</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="57"/>
        <source>Scan the lot label or the product&apos;s GS1 barcode</source>
        <translation>Chargen-Etikett oder GS1-Barcode des Artikels scannen</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="58"/>
        <source>Scan the location&apos;s barcode</source>
        <translation>Barcode des Lagerplatzes scannen</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="59"/>
        <source>Check the label, then print</source>
        <translation>Etikett prüfen, dann drucken</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="60"/>
        <source>Sending to the printer…</source>
        <translation>Wird an den Drucker gesendet …</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="61"/>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="61"/>
        <location filename="../qml/PrintLabelPage.qml" line="201"/>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="92"/>
        <source>Arrow ↑</source>
        <translation>Pfeil ↑</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="100"/>
        <source>Arrow ↓</source>
        <translation>Pfeil ↓</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PrintLabelPage.qml" line="116"/>
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n Exemplar</numerusform>
            <numerusform>%n Exemplare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PrintLabelPage.qml" line="139"/>
        <source>Print %n label(s)</source>
        <translation>
            <numerusform>%n Etikett drucken</numerusform>
            <numerusform>%n Etiketten drucken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PrintLabelPage.qml" line="179"/>
        <source>%n label(s) not printed</source>
        <translation>
            <numerusform>%n Etikett nicht gedruckt</numerusform>
            <numerusform>%n Etiketten nicht gedruckt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="180"/>
        <source>Printed here</source>
        <translation>Hier gedruckt</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="200"/>
        <source>Not printed: %1</source>
        <translation>Nicht gedruckt: %1</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="202"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="202"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="213"/>
        <source>Retry</source>
        <translation>Erneut drucken</translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="146"/>
        <location filename="../qml/PrintLabelPage.qml" line="229"/>
        <source>Another label</source>
        <translation>Weiteres Etikett</translation>
    </message>
</context>
<context>
    <name>PutawayPage</name>
    <message>
        <location filename="../qml/PutawayPage.qml" line="24"/>
        <source>Putaway</source>
        <translation>Einlagern</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PutawayPage.qml" line="25"/>
        <source>%n item(s) at the receiving dock</source>
        <translation>
            <numerusform>%n Artikel an der Rampe</numerusform>
            <numerusform>%n Artikel an der Rampe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="42"/>
        <source>AT THE RECEIVING DOCK</source>
        <translation>AM WARENEINGANG</translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="43"/>
        <source>TAKE IT THERE · SCAN BIN</source>
        <translation>DORTHIN BRINGEN · LAGERPLATZ SCANNEN</translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="44"/>
        <source>WHY NOT THE SUGGESTED BIN?</source>
        <translation>WARUM NICHT DER VORGESCHLAGENE PLATZ?</translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="45"/>
        <source>SCAN ITEM</source>
        <translation>ARTIKEL SCANNEN</translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="46"/>
        <source>any bin</source>
        <translation>beliebiger Lagerplatz</translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="48"/>
        <source>MOVE</source>
        <translation>UMLAGERN</translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="52"/>
        <source>or a package label</source>
        <translation>oder ein Packstück-Etikett</translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="72"/>
        <source>Set quantity</source>
        <translation>Menge setzen</translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="30"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QuantityPad</name>
    <message>
        <location filename="../qml/QuantityPad.qml" line="12"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/QuantityPad.qml" line="85"/>
        <source>All %1</source>
        <translation>Alle %1</translation>
    </message>
</context>
<context>
    <name>ReasonChooser</name>
    <message>
        <location filename="../qml/ReasonChooser.qml" line="57"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message numerus="yes">
        <location filename="../qml/ReceivePage.qml" line="32"/>
        <source>%n line(s) open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="38"/>
        <source>Cancel item</source>
        <translation>Artikel verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="50"/>
        <source>NEXT</source>
        <translation>ALS NÄCHSTES</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="51"/>
        <source>RECEIVING NOW</source>
        <translation>JETZT ERHALTEN</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="52"/>
        <source>SCAN OR TYPE THE LOT NUMBER</source>
        <translation>CHARGE SCANNEN ODER TIPPEN</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="53"/>
        <source>TYPE THE EXPIRY DATE</source>
        <translation>VERFALLSDATUM TIPPEN</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="54"/>
        <source>SCAN ITEM</source>
        <translation>ARTIKEL SCANNEN</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="57"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="58"/>
        <source>NOT EXPECTED</source>
        <translation>NICHT ERWARTET</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="58"/>
        <source>EXPECTED</source>
        <translation>ERWARTET</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReceivePage.qml" line="63"/>
        <source>%n line(s) still expected</source>
        <translation>
            <numerusform>%n Position noch erwartet</numerusform>
            <numerusform>%n Positionen noch erwartet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="64"/>
        <source>Lot %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="65"/>
        <source>exp %1</source>
        <translation>MHD %1</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="78"/>
        <source>NOT ON THIS RECEIPT</source>
        <translation>NICHT IN DIESEM WARENEINGANG</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="78"/>
        <source>MORE THAN EXPECTED</source>
        <translation>MEHR ALS ERWARTET</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="103"/>
        <source>Lot number</source>
        <translation>Chargennummer</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="103"/>
        <source>2027-03-31</source>
        <translation>2027-03-31</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="123"/>
        <source>No expiry date</source>
        <translation>Kein Verfallsdatum</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="130"/>
        <location filename="../qml/ReceivePage.qml" line="145"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="177"/>
        <source>Finish receipt…</source>
        <translation>Wareneingang abschließen…</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="177"/>
        <source>Finish receipt</source>
        <translation>Wareneingang abschließen</translation>
    </message>
</context>
<context>
    <name>ReceivingEntry</name>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="66"/>
        <source>Scan, or type a SKU or barcode, then Enter</source>
        <translation>Scannen oder Artikelnummer bzw. Barcode tippen, dann Enter</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="87"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="92"/>
        <source>— scan an item or type its SKU —</source>
        <translation>— Artikel scannen oder Artikelnummer tippen —</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="97"/>
        <source>Still expected</source>
        <translation>Noch erwartet</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="104"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="120"/>
        <source> missing</source>
        <translation> fehlen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="122"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="130"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="130"/>
        <source>not tracked</source>
        <translation>ohne Charge</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="133"/>
        <source>Expiry</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="141"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="176"/>
        <source>Goes to: %1</source>
        <translation>Geht nach: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="177"/>
        <source>quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="184"/>
        <source>Stage (Enter)</source>
        <translation>Übernehmen (Enter)</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="192"/>
        <source>Cancel (Esc)</source>
        <translation>Verwerfen (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReceivingEntry.qml" line="218"/>
        <source>This delivery: %n line(s), not recorded yet</source>
        <translation>
            <numerusform>Lieferung: %n Zeile, ungebucht</numerusform>
            <numerusform>Lieferung: %n Zeilen, ungebucht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="225"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Zurück (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="258"/>
        <source>−%1 %2</source>
        <translation>−%1 %2</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="268"/>
        <source> · lot %1</source>
        <translation> · Charge %1</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="269"/>
        <source> · exp %1</source>
        <translation> · Verf. %1</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="274"/>
        <source>%1 · reported</source>
        <translation>%1 · gemeldet</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="286"/>
        <source>Take this line back</source>
        <translation>Diese Zeile zurücknehmen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="295"/>
        <source>Record delivery… (Ctrl+Enter)</source>
        <translation>Lieferung buchen… (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="304"/>
        <source>Print labels (Ctrl+P)</source>
        <translation>Etiketten drucken (Strg+P)</translation>
    </message>
</context>
<context>
    <name>ReceivingPage</name>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="23"/>
        <source>Record this delivery</source>
        <translation>Diese Lieferung buchen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="23"/>
        <source>Record delivery</source>
        <translation>Lieferung buchen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="32"/>
        <source>Finish %1</source>
        <translation>%1 abschließen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="33"/>
        <source>With a backorder: %1</source>
        <translation>Mit Rückstand: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="34"/>
        <source>Closed short: %1</source>
        <translation>Mit Fehlmenge geschlossen: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="35"/>
        <source>Finish with backorder</source>
        <translation>Mit Rückstand abschließen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="35"/>
        <source>Close short</source>
        <translation>Mit Fehlmenge schließen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="42"/>
        <source>Leave %1</source>
        <translation>%1 verlassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReceivingPage.qml" line="43"/>
        <source>%n line(s) of this delivery are not recorded. Leaving discards them: nothing of them is saved.</source>
        <translation>
            <numerusform>%n Zeile dieser Lieferung ist nicht gebucht. Beim Verlassen wird sie verworfen: nichts davon wird gespeichert.</numerusform>
            <numerusform>%n Zeilen dieser Lieferung sind nicht gebucht. Beim Verlassen werden sie verworfen: nichts davon wird gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="44"/>
        <source>Discard and leave</source>
        <translation>Verwerfen und verlassen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="123"/>
        <source>Expected receipts (%1)</source>
        <translation>Erwartete Wareneingänge (%1)</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="131"/>
        <source>Reference, PO, supplier, SKU (Ctrl+F)</source>
        <translation>Referenz, Bestellung, Lieferant, Artikelnr. (Strg+F)</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="143"/>
        <source>Expecting %1</source>
        <translation>Erwarten %1</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="149"/>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="199"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="231"/>
        <source>Minimum shelf life</source>
        <translation>Min. Resthaltbarkeit</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="242"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="265"/>
        <source>Scan the purchase order on the delivery note, a receipt, or an item to find the receipts that expect it — or choose a receipt on the left (↓ and Enter).</source>
        <translation>Scannen Sie die Bestellnummer auf dem Lieferschein, einen Wareneingang oder einen Artikel, um die Wareneingänge zu finden, die ihn erwarten — oder wählen Sie links einen Wareneingang (↓ und Enter).</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="292"/>
        <source>Purchase order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="294"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="306"/>
        <source>Finish… (Ctrl+D)</source>
        <translation>Abschließen… (Strg+D)</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="311"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="327"/>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="328"/>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="329"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="330"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="331"/>
        <source>Pending here</source>
        <translation>Ungesendet</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="332"/>
        <source>This delivery</source>
        <translation>Diese Lieferung</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="333"/>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="334"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="373"/>
        <source> · lot %1</source>
        <translation> · Charge %1</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="414"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="415"/>
        <source>over</source>
        <translation>zu viel</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="416"/>
        <source>short</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="448"/>
        <source>Scan at any time · Enter stage the entry · Esc cancel · Alt+1…7 discrepancy · Ctrl+Z take back the last staged line · Ctrl+Enter record the delivery · Ctrl+D finish · Ctrl+P print labels · Ctrl+F search</source>
        <translation>Scannen jederzeit · Enter Erfassung übernehmen · Esc verwerfen · Alt+1…7 Abweichung · Strg+Z letzte Zeile zurücknehmen · Strg+Enter Lieferung buchen · Strg+D abschließen · Strg+P Etiketten drucken · Strg+F suchen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="472"/>
        <source>Attach a barcode</source>
        <translation>Barcode zuordnen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="473"/>
        <source>The barcode %1 is not known. Is it printed on %2?

Confirming records that this barcode is this product (one unit per scan); every device learns it after the next sync. A barcode that already belongs to another product is not overwritten: a supervisor decides.</source>
        <translation>Der Barcode %1 ist unbekannt. Ist er auf %2 gedruckt?

Die Bestätigung bucht, dass dieser Barcode dieser Artikel ist (eine Einheit pro Scan); jedes Gerät erfährt es nach der nächsten Synchronisierung. Ein Barcode, der schon zu einem anderen Artikel gehört, wird nicht überschrieben: ein Vorgesetzter entscheidet.</translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="474"/>
        <source>This barcode is %1</source>
        <translation>Dieser Barcode ist %1</translation>
    </message>
</context>
<context>
    <name>Resolver</name>
    <message>
        <location filename="../models/lookupflow.cpp" line="59"/>
        <location filename="../../core/scan/resolverrules.cpp" line="37"/>
        <source>Product %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="38"/>
        <source>Product %1 (%2 of %3)</source>
        <translation>Artikel %1 (%2 zu %3)</translation>
    </message>
    <message>
        <location filename="../models/lookupflow.cpp" line="47"/>
        <location filename="../../core/scan/resolverrules.cpp" line="41"/>
        <source>Location %1</source>
        <translation>Lagerplatz %1</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="46"/>
        <source>Package %1</source>
        <translation>Packstück %1</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="48"/>
        <source>Transfer %1 (%2)</source>
        <translation>Auftrag %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="50"/>
        <source>Count task %1 (%2)</source>
        <translation>Zählauftrag %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="52"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="53"/>
        <source>User %1 (inactive)</source>
        <translation>Benutzer %1 (inaktiv)</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="63"/>
        <source>location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="65"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="67"/>
        <source>transfer</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="69"/>
        <source>package</source>
        <translation>Packstück</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="117"/>
        <source>%1 could be: %2. Choose one, or scan it where one of them is expected.</source>
        <translation>%1 kann sein: %2. Wählen Sie eines, oder scannen Sie es dort, wo eines davon erwartet wird.</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="155"/>
        <source> · lot %1 (new)</source>
        <translation> · Charge %1 (neu)</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="156"/>
        <source> · lot %1</source>
        <translation> · Charge %1</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="158"/>
        <source> · serial %1 (new)</source>
        <translation> · Seriennummer %1 (neu)</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="159"/>
        <source> · serial %1</source>
        <translation> · Seriennummer %1</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="164"/>
        <source> · exp %1</source>
        <translation> · Verf. %1</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="166"/>
        <source> · qty %1</source>
        <translation> · Menge %1</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="183"/>
        <source>Lot %1 (new)</source>
        <translation>Charge %1 (neu)</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="184"/>
        <source>Serial %1 (new)</source>
        <translation>Seriennummer %1 (neu)</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="199"/>
        <source>GLN %1 is not a location in this store</source>
        <translation>GLN %1 ist kein Lagerplatz in diesem Speicher</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="204"/>
        <location filename="../../core/scan/resolverrules.cpp" line="259"/>
        <source>GTIN %1 is not in this store</source>
        <translation>GTIN %1 ist nicht in diesem Speicher</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="206"/>
        <source>SSCC %1 is not in this store</source>
        <translation>SSCC %1 ist nicht in diesem Speicher</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="208"/>
        <source>GS1 data without a product, package or location key: %1</source>
        <translation>GS1-Daten ohne Artikel-, Packstück- oder Lagerplatzschlüssel: %1</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="257"/>
        <source>Unknown %1 %2</source>
        <translation>Unbekannt (%1): %2</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="261"/>
        <source>Unknown barcode %1: not a product, location, lot, package, transfer or badge in this store</source>
        <translation>Unbekannter Barcode %1: kein Artikel, Lagerplatz, keine Charge, kein Packstück, Auftrag oder Ausweis in diesem Speicher</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="318"/>
        <source>Serial %1 of %2</source>
        <translation>Seriennummer %1 von %2</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="319"/>
        <source>Lot %1 of %2</source>
        <translation>Charge %1 von %2</translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="344"/>
        <source>Unknown barcode %1: the scanner types with a US keyboard layout on this German keyboard (&quot;-&quot; arrives as &quot;ß&quot;, Y and Z swapped). Set the scanner&apos;s keyboard layout to German, or this device&apos;s to US.</source>
        <translation>Unbekannter Barcode %1: Der Scanner tippt mit US-Tastaturbelegung auf dieser deutschen Tastatur („-“ kommt als „ß“ an, Y und Z vertauscht). Stellen Sie die Tastaturbelegung des Scanners auf Deutsch um, oder die dieses Geräts auf US.</translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <location filename="../qml/ScanInput.qml" line="13"/>
        <source>Scan or type a code, then Enter</source>
        <translation>Code scannen oder tippen, dann Enter</translation>
    </message>
    <message>
        <location filename="../qml/ScanInput.qml" line="103"/>
        <source>Which one did you mean?</source>
        <translation>Welches meinen Sie?</translation>
    </message>
    <message>
        <location filename="../qml/ScanInput.qml" line="132"/>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../qml/ScanInput.qml" line="132"/>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../qml/ScanInput.qml" line="133"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../qml/ScanInput.qml" line="133"/>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <location filename="../qml/ScanInput.qml" line="134"/>
        <source>Package</source>
        <translation>Packstück</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/SignInPage.qml" line="29"/>
        <source>Stockhand</source>
        <translation>Stockhand</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="38"/>
        <source>Enter your PIN</source>
        <translation>PIN eingeben</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="39"/>
        <source>Scan your badge</source>
        <translation>Scannen Sie Ihren Ausweis</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="42"/>
        <source>Sign-in works without network.</source>
        <translation>Die Anmeldung funktioniert ohne Netz.</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="44"/>
        <source>This device has no users yet: enrol it with a server (--server, --enrol) or start it with --demo.</source>
        <translation>Auf diesem Gerät gibt es noch keine Benutzer: Melden Sie es an einem Server an (--server, --enrol) oder starten Sie es mit --demo.</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="111"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="120"/>
        <source>Other badge</source>
        <translation>Anderer Ausweis</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="39"/>
        <location filename="../qml/SignInPage.qml" line="56"/>
        <source>Enrol this device</source>
        <translation>Gerät registrieren</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="43"/>
        <source>This device is not enrolled yet: scan the enrolment QR code from the supervisor console.</source>
        <translation>Dieses Gerät ist noch nicht registriert: den Registrierungs-QR-Code aus der Leitstand-Konsole scannen.</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="72"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="73"/>
        <source>CA fingerprint: none (no certificate pinned)</source>
        <translation>CA-Fingerabdruck: keiner (kein Zertifikat festgelegt)</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="74"/>
        <source>CA fingerprint: %1</source>
        <translation>CA-Fingerabdruck: %1</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="75"/>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="87"/>
        <source>Enrol</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="93"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StationConfirmDialog</name>
    <message>
        <location filename="../qml/StationConfirmDialog.qml" line="51"/>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="69"/>
        <source>WRONG SCAN · SCAN:</source>
        <translation>FALSCH · SCANNEN:</translation>
    </message>
    <message>
        <location filename="../qml/StepHeader.qml" line="117"/>
        <source>Scanned: %1</source>
        <translation>Gescannt: %1</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../qml/SyncBar.qml" line="76"/>
        <source>to check</source>
        <translation>zu prüfen</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <location filename="../qml/TaskListPage.qml" line="52"/>
        <source>Picks</source>
        <translation>Kommissionierungen</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="52"/>
        <source>Receipts</source>
        <translation>Wareneingänge</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="52"/>
        <source>Count tasks</source>
        <translation>Zählaufträge</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="53"/>
        <source>Choose one or scan its reference</source>
        <translation>Auswählen oder Referenz scannen</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="68"/>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="120"/>
        <source>URGENT</source>
        <translation>EILIG</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="128"/>
        <source>RECOUNT</source>
        <translation>NACHZÄHLUNG</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="139"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="140"/>
        <source>zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="141"/>
        <source>yours, in progress</source>
        <translation>Ihrer, begonnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TaskListPage.qml" line="147"/>
        <source>%1 of %n line(s) open</source>
        <translation>
            <numerusform>%1 von %n Position offen</numerusform>
            <numerusform>%1 von %n Positionen offen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="195"/>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TaskListPage.qml" line="206"/>
        <source>Pick the %n ticked orders together</source>
        <translation>
            <numerusform>Den angekreuzten Auftrag kommissionieren</numerusform>
            <numerusform>Die %n angekreuzten Aufträge zusammen kommissionieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="207"/>
        <source>Tick 2 or more orders to pick them together</source>
        <translation>2 oder mehr Aufträge ankreuzen, um sie zusammen zu kommissionieren</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="14"/>
        <source>Count thresholds</source>
        <translation>Zählschwellen</translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="37"/>
        <source>A count within every threshold of the most specific policy (this warehouse and the counter&apos;s group, this warehouse, every warehouse and the group, every warehouse) is approved by the server at once; the others wait for a supervisor. An empty field turns that threshold off.</source>
        <translation>Eine Zählung innerhalb aller Schwellen der genauesten Regel (dieses Lager und die Gruppe des Zählers, dieses Lager, alle Lager und die Gruppe, alle Lager) genehmigt der Server sofort; die anderen warten auf eine Aufsicht. Ein leeres Feld schaltet diese Schwelle ab.</translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="52"/>
        <source>%1 — units %2 · percent %3 · value %4</source>
        <translation>%1 — Einheiten %2 · Prozent %3 · Wert %4</translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="53"/>
        <location filename="../qml/ThresholdsDialog.qml" line="54"/>
        <location filename="../qml/ThresholdsDialog.qml" line="55"/>
        <location filename="../qml/ThresholdsDialog.qml" line="90"/>
        <location filename="../qml/ThresholdsDialog.qml" line="92"/>
        <location filename="../qml/ThresholdsDialog.qml" line="94"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="61"/>
        <source>No policy set: the server&apos;s configured defaults apply.</source>
        <translation>Keine Regel gesetzt: Es gelten die Vorgaben des Servers.</translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="67"/>
        <source>Counting group</source>
        <translation>Zählgruppe</translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="72"/>
        <source>empty = every counter</source>
        <translation>leer = jeder Zähler</translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="78"/>
        <source>Every warehouse (administrators)</source>
        <translation>Alle Lager (Administratoren)</translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="89"/>
        <source>Max. units</source>
        <translation>Max. Einheiten</translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="91"/>
        <source>Max. percent</source>
        <translation>Max. Prozent</translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="93"/>
        <source>Max. value</source>
        <translation>Max. Wert</translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="108"/>
        <source>Remove this policy</source>
        <translation>Diese Regel entfernen</translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="115"/>
        <source>Save thresholds</source>
        <translation>Schwellen speichern</translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="122"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../qml/TransferPanel.qml" line="25"/>
        <source>Pick %1</source>
        <translation>Kommissionierung %1</translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="25"/>
        <source>Receipt %1</source>
        <translation>Wareneingang %1</translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="31"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="43"/>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="44"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="45"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="46"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="47"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../models/units.cpp" line="14"/>
        <location filename="../models/units.cpp" line="15"/>
        <source>pc</source>
        <translation>Stk</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="16"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="17"/>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="18"/>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="19"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="20"/>
        <source>box</source>
        <translation>Kiste</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="21"/>
        <source>case</source>
        <translation>Karton</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="22"/>
        <source>pallet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="23"/>
        <source>pack</source>
        <translation>Packung</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::AdjustmentTableModel</name>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="70"/>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="73"/>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="75"/>
        <source>Rejection</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="77"/>
        <source>Recount request</source>
        <translation>Nachzählauftrag</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="79"/>
        <source>%1 not sent yet</source>
        <translation>%1 noch nicht gesendet</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="81"/>
        <source>%1 refused: %2</source>
        <translation>%1 abgewiesen: %2</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="82"/>
        <source>%1 accepted</source>
        <translation>%1 angenommen</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="101"/>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="103"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="104"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="128"/>
        <source>book 0</source>
        <translation>Buch 0</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="133"/>
        <source>%1 (assigned)</source>
        <translation>%1 (zugewiesen)</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="139"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="145"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="149"/>
        <source>Recount</source>
        <translation>Nachzählung</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="149"/>
        <source>Recount · %1</source>
        <translation>Nachzählung · %1</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="207"/>
        <source>Moves since the count do not change the variance: it is taken at the counted time.</source>
        <translation>Bewegungen seit der Zählung ändern die Differenz nicht: Sie gilt zum Zählzeitpunkt.</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="213"/>
        <source>Other counts of the same location, product and lot, with their state.</source>
        <translation>Andere Zählungen desselben Lagerplatzes, Artikels und derselben Charge, mit ihrem Zustand.</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="243"/>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="245"/>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="247"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="249"/>
        <source>Book at count</source>
        <translation>Buch bei Zählung</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="251"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="253"/>
        <source>Variance</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="255"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="257"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="259"/>
        <source>Counted by</source>
        <translation>Gezählt von</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="261"/>
        <source>Counted at</source>
        <translation>Gezählt um</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="263"/>
        <source>Moved since</source>
        <translation>Bewegt seitdem</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="265"/>
        <source>Other counts here</source>
        <translation>Andere Zählungen hier</translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="267"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::ConsoleExceptionsModel</name>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="43"/>
        <location filename="../models/consoleexceptions.cpp" line="89"/>
        <location filename="../models/consoleexceptions.cpp" line="207"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="54"/>
        <location filename="../models/consoleexceptions.cpp" line="105"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="82"/>
        <source>Resolution sent</source>
        <translation>Erledigung gesendet</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="84"/>
        <source>Recount requested by %1</source>
        <translation>Nachzählung angefordert von %1</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="86"/>
        <source>Acknowledged by %1</source>
        <translation>Quittiert von %1</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="92"/>
        <source>%1
Note: %2</source>
        <translation>%1
Notiz: %2</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="103"/>
        <source>lot %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="107"/>
        <source>Request a recount of the place, or acknowledge it with a note saying what you found. Every device sees the resolution.</source>
        <translation>Eine Nachzählung des Platzes anfordern oder mit einer Notiz quittieren, was Sie vorgefunden haben. Jedes Gerät sieht die Erledigung.</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="124"/>
        <source>The server&apos;s exceptions are resolved by a supervisor&apos;s decision, with a note.</source>
        <translation>Die Ausnahmen des Servers erledigt eine Aufsicht mit einer Entscheidung und einer Notiz.</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="133"/>
        <source>This exception is no longer open.</source>
        <translation>Diese Ausnahme ist nicht mehr offen.</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="179"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="179"/>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="235"/>
        <source>No such exception.</source>
        <translation>Diese Ausnahme gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="244"/>
        <source>The source of this exception is not connected.</source>
        <translation>Die Quelle dieser Ausnahme ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="250"/>
        <source>Over-pick</source>
        <translation>Überentnahme</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="252"/>
        <source>Negative stock</source>
        <translation>Negativer Bestand</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="254"/>
        <source>Unknown lot</source>
        <translation>Unbekannte Charge</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="256"/>
        <source>Two devices on one line</source>
        <translation>Zwei Geräte auf einer Position</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="258"/>
        <source>Unexpected item</source>
        <translation>Unerwarteter Artikel</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="260"/>
        <source>Over-receipt</source>
        <translation>Mehrlieferung</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="262"/>
        <source>Short pick</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="264"/>
        <source>Putaway deviation</source>
        <translation>Abweichende Einlagerung</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="266"/>
        <source>Work on a closed transfer</source>
        <translation>Arbeit an einem abgeschlossenen Auftrag</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="268"/>
        <source>After a refused operation</source>
        <translation>Nach einem abgewiesenen Vorgang</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="270"/>
        <source>Refused by the server</source>
        <translation>Vom Server abgewiesen</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="277"/>
        <source>pick</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="279"/>
        <source>short pick</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="281"/>
        <source>receipt</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="283"/>
        <source>move</source>
        <translation>Umlagerung</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="285"/>
        <source>count</source>
        <translation>Zählung</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="287"/>
        <source>closing a transfer</source>
        <translation>Abschluss eines Auftrags</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="289"/>
        <source>approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="291"/>
        <source>rejection</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="293"/>
        <source>recount request</source>
        <translation>Nachzählauftrag</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::CountFlow</name>
    <message>
        <location filename="../models/countflow.cpp" line="123"/>
        <source>This is not a count task of this warehouse.</source>
        <translation>Das ist kein Zählauftrag dieses Lagers.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="133"/>
        <source>Counting %1. Go to %2.</source>
        <translation>Zählung %1. Gehen Sie zu %2.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="177"/>
        <source>Scan a count task to start.</source>
        <translation>Scannen Sie einen Zählauftrag, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="180"/>
        <source>Every location of this task is counted.</source>
        <translation>Alle Lagerplätze dieses Auftrags sind gezählt.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="184"/>
        <source>Scan the location first.</source>
        <translation>Scannen Sie zuerst den Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="192"/>
        <source>Counting %1. Scan every item.</source>
        <translation>Zählung %1. Scannen Sie jeden Artikel.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="196"/>
        <source>%1 is not to be counted in this task. Go to %2.</source>
        <translation>%1 gehört nicht zu diesem Auftrag. Gehen Sie zu %2.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="201"/>
        <source>Already counting here. Scan the items.</source>
        <translation>Hier wird schon gezählt. Scannen Sie die Artikel.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="202"/>
        <source>Close %1 before you count another location.</source>
        <translation>Schließen Sie %1 ab, bevor Sie einen anderen Lagerplatz zählen.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="215"/>
        <source>Unknown barcode %1. Count it by another label.</source>
        <translation>Unbekannter Barcode %1. Zählen Sie über ein anderes Etikett.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="216"/>
        <source>Scan an item.</source>
        <translation>Scannen Sie einen Artikel.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="221"/>
        <source>This recount is for %1 only.</source>
        <translation>Diese Nachzählung gilt nur für %1.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="226"/>
        <source>This product is not in the store.</source>
        <translation>Dieser Artikel ist nicht auf dem Gerät bekannt.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="231"/>
        <source>%1 is tracked by lot: scan the lot label.</source>
        <translation>%1 wird chargengeführt: Scannen Sie das Chargenetikett.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="246"/>
        <source>Serial %1 was already counted.</source>
        <translation>Seriennummer %1 wurde schon gezählt.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="251"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="258"/>
        <source>Scan the item first, then enter its count.</source>
        <translation>Scannen Sie zuerst den Artikel, dann die Menge eingeben.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="258"/>
        <source>%1 is not a quantity.</source>
        <translation>%1 ist keine Menge.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="56"/>
        <location filename="../models/countflow.cpp" line="273"/>
        <source>Scan a location first.</source>
        <translation>Scannen Sie zuerst einen Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="38"/>
        <source>a count task</source>
        <translation>einen Zählauftrag</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="42"/>
        <source>an item at %1</source>
        <translation>einen Artikel auf %1</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="52"/>
        <source>Nothing to confirm.</source>
        <translation>Nichts zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="67"/>
        <source>You counted nothing here.</source>
        <translation>Sie haben hier nichts gezählt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/countflow.cpp" line="68"/>
        <source>You counted %n item(s) here.</source>
        <translation>
            <numerusform>Sie haben hier %n Artikel gezählt.</numerusform>
            <numerusform>Sie haben hier %n Artikel gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="69"/>
        <source>Close %1?</source>
        <translation>%1 abschließen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/countflow.cpp" line="70"/>
        <source>Books 0 for %n item(s) nobody counted here.</source>
        <translation>
            <numerusform>Bucht 0 für %n Artikel, den hier niemand gezählt hat.</numerusform>
            <numerusform>Bucht 0 für %n Artikel, die hier niemand gezählt hat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="71"/>
        <source>Scan them first if they are here. Closing cannot be undone.</source>
        <translation>Scannen Sie sie zuerst, wenn sie hier sind. Das Abschließen lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/countflow.cpp" line="72"/>
        <source>Close, book 0 for %n</source>
        <translation>
            <numerusform>Abschließen, 0 für %n buchen</numerusform>
            <numerusform>Abschließen, 0 für %n buchen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="262"/>
        <source>%1 is counted in whole pieces.</source>
        <translation>%1 wird in ganzen Stück gezählt.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="299"/>
        <source>%1 closed. The count task is complete.</source>
        <translation>%1 abgeschlossen. Der Zählauftrag ist fertig.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="302"/>
        <source>%1 closed. Next: %2.</source>
        <translation>%1 abgeschlossen. Weiter: %2.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::EnrolFlow</name>
    <message>
        <location filename="../models/enrolflow.cpp" line="39"/>
        <location filename="../models/enrolflow.cpp" line="51"/>
        <source>This device is already enrolled.</source>
        <translation>Dieses Gerät ist bereits registriert.</translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="43"/>
        <source>Scan the enrolment QR code the supervisor shows on the console.</source>
        <translation>Den Registrierungs-QR-Code scannen, den die Schichtleitung in der Konsole zeigt.</translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="57"/>
        <source>This is not a Stockhand enrolment code. Scan the QR code of “New enrolment code” on the console.</source>
        <translation>Das ist kein Stockhand-Registrierungscode. Den QR-Code von „Neuer Registrierungscode“ in der Konsole scannen.</translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="59"/>
        <source>This enrolment code is from a newer Stockhand: update this app first.</source>
        <translation>Dieser Registrierungscode stammt von einem neueren Stockhand: zuerst die App aktualisieren.</translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="60"/>
        <source>The enrolment code cannot be read completely: scan it again, or ask for a new one.</source>
        <translation>Der Registrierungscode ist nicht vollständig lesbar: erneut scannen oder einen neuen anfordern.</translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="69"/>
        <source>The code names no CA fingerprint: the server must have a certificate this device already trusts.</source>
        <translation>Der Code nennt keinen CA-Fingerabdruck: der Server braucht ein Zertifikat, dem dieses Gerät schon vertraut.</translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="80"/>
        <source>Enrolling with %1…</source>
        <translation>Registrierung bei %1…</translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="87"/>
        <source>Enrolment failed: %1</source>
        <translation>Registrierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="90"/>
        <source>Enrolled. The first sync brings the users of the warehouse: then sign in.</source>
        <translation>Registriert. Die erste Synchronisierung bringt die Benutzer des Lagers: dann anmelden.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::ExceptionsModel</name>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="21"/>
        <source>Your user may not do this. Ask a supervisor to do it or to give you the role.</source>
        <translation>Ihr Benutzer darf das nicht. Bitten Sie eine Aufsicht, es zu tun oder Ihnen die Rolle zu geben.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="23"/>
        <source>Someone closed this transfer already. Check the goods with a supervisor.</source>
        <translation>Jemand hat diesen Auftrag schon abgeschlossen. Prüfen Sie die Ware mit einer Aufsicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="25"/>
        <source>The task changed on the server. Wait for the sync and do the line again.</source>
        <translation>Der Auftrag hat sich auf dem Server geändert. Warten Sie auf die Synchronisierung und bearbeiten Sie die Position erneut.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="27"/>
        <source>This device does not know the latest data. Wait for the sync, then do it again.</source>
        <translation>Dieses Gerät kennt die neuesten Daten nicht. Warten Sie auf die Synchronisierung und wiederholen Sie es.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="29"/>
        <location filename="../models/exceptionsmodel.cpp" line="50"/>
        <source>The device sent something the server cannot read. Report it to IT with this screen.</source>
        <translation>Das Gerät hat etwas gesendet, das der Server nicht lesen kann. Melden Sie es der IT mit diesem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="31"/>
        <source>An earlier operation on the same line was rejected. Check this one with a supervisor.</source>
        <translation>Ein früherer Vorgang auf derselben Position wurde abgelehnt. Prüfen Sie diesen mit einer Aufsicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="33"/>
        <source>Source and destination were the same. Put the goods away again.</source>
        <translation>Quelle und Ziel waren gleich. Lagern Sie die Ware erneut ein.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="34"/>
        <source>Show this to a supervisor.</source>
        <translation>Zeigen Sie das einer Aufsicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="42"/>
        <source>The worker&apos;s user may not do this. Do it yourself, or give them the role.</source>
        <translation>Der Benutzer des Mitarbeiters darf das nicht. Erledigen Sie es selbst oder geben Sie ihm die Rolle.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="44"/>
        <source>Someone closed this transfer before this arrived. Check the goods and correct the stock if needed.</source>
        <translation>Jemand hat diesen Auftrag abgeschlossen, bevor dies ankam. Ware prüfen und den Bestand bei Bedarf korrigieren.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="46"/>
        <source>The task changed on the server. Have the line done again after the sync.</source>
        <translation>Der Auftrag hat sich auf dem Server geändert. Die Position nach der Synchronisierung erneut erledigen lassen.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="48"/>
        <source>The device&apos;s data was older than the server&apos;s. Sync, then have it done again.</source>
        <translation>Die Daten des Geräts waren älter als die des Servers. Synchronisieren, dann erneut erledigen lassen.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="52"/>
        <source>Deal with the earlier refused operation first: this one only follows it.</source>
        <translation>Zuerst den früher abgelehnten Vorgang klären: Dieser folgt nur daraus.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="54"/>
        <source>Nothing moved. Have the goods put away again.</source>
        <translation>Nichts wurde bewegt. Die Ware erneut einlagern lassen.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="55"/>
        <source>Check the place and the goods, correct the stock if needed, then mark it as seen.</source>
        <translation>Platz und Ware prüfen, den Bestand bei Bedarf korrigieren, dann als gesehen markieren.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="65"/>
        <source>The server does not know this location.</source>
        <translation>Der Server kennt diesen Lagerplatz nicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="66"/>
        <source>The server does not know this product.</source>
        <translation>Der Server kennt diesen Artikel nicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="67"/>
        <source>The server does not know this lot.</source>
        <translation>Der Server kennt diese Charge nicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="68"/>
        <source>The server does not know this pallet or package.</source>
        <translation>Der Server kennt diese Palette oder Packeinheit nicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="69"/>
        <source>The server does not know this task.</source>
        <translation>Der Server kennt diesen Auftrag nicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="70"/>
        <source>The server does not know this line of the task.</source>
        <translation>Der Server kennt diese Auftragsposition nicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="71"/>
        <source>The server does not know this count line.</source>
        <translation>Der Server kennt diese Zählposition nicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="72"/>
        <source>The server does not know the reason that was chosen.</source>
        <translation>Der Server kennt den gewählten Grund nicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="73"/>
        <source>The server does not know the adjustment this decision was about.</source>
        <translation>Der Server kennt die Korrektur nicht, um die es bei dieser Entscheidung ging.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="74"/>
        <source>The server does not know the exception this decision was about.</source>
        <translation>Der Server kennt die Ausnahme nicht, um die es bei dieser Entscheidung ging.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="75"/>
        <source>The server does not know the rule this decision was about.</source>
        <translation>Der Server kennt die Regel nicht, um die es bei dieser Entscheidung ging.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="76"/>
        <source>The task was already closed when this arrived.</source>
        <translation>Der Auftrag war schon abgeschlossen, als dies ankam.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="77"/>
        <source>The product no longer belongs to this line.</source>
        <translation>Der Artikel gehört nicht mehr zu dieser Position.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="78"/>
        <source>The task is not of the kind this action needs.</source>
        <translation>Der Auftrag ist nicht von der Art, die dieser Vorgang braucht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="79"/>
        <source>The quantity was not valid.</source>
        <translation>Die Menge war ungültig.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="80"/>
        <source>The pallet label (SSCC) was not valid.</source>
        <translation>Das Palettenetikett (SSCC) war ungültig.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="81"/>
        <location filename="../models/exceptionsmodel.cpp" line="82"/>
        <location filename="../models/exceptionsmodel.cpp" line="83"/>
        <source>The device sent an incomplete operation.</source>
        <translation>Das Gerät hat einen unvollständigen Vorgang gesendet.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="84"/>
        <source>Source and destination were the same place.</source>
        <translation>Quelle und Ziel waren derselbe Platz.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="85"/>
        <source>Not done: an earlier operation it follows was refused.</source>
        <translation>Nicht ausgeführt: Ein früherer Vorgang, auf dem er aufbaut, wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="86"/>
        <source>The decision needs a note.</source>
        <translation>Die Entscheidung braucht eine Notiz.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="87"/>
        <source>There was nothing to count there.</source>
        <translation>Dort gab es nichts zu zählen.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="88"/>
        <source>Another supervisor has decided this adjustment already.</source>
        <translation>Eine andere Aufsicht hat über diese Korrektur schon entschieden.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="89"/>
        <source>Another supervisor has resolved this exception already.</source>
        <translation>Eine andere Aufsicht hat diese Ausnahme schon erledigt.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="90"/>
        <source>Your user may not do this.</source>
        <translation>Ihr Benutzer darf das nicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="91"/>
        <source>The quantity is more than your role may book alone.</source>
        <translation>Die Menge ist mehr, als Ihre Rolle allein buchen darf.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="92"/>
        <source>This belongs to another warehouse.</source>
        <translation>Das gehört zu einem anderen Lager.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="94"/>
        <source>More was picked than the line asked for.</source>
        <translation>Es wurde mehr entnommen, als die Position verlangt.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="95"/>
        <source>More was received than expected.</source>
        <translation>Es wurde mehr angenommen als erwartet.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="96"/>
        <source>Less was picked than the line asked for.</source>
        <translation>Es wurde weniger entnommen, als die Position verlangt.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="97"/>
        <source>An item was received that the receipt did not expect.</source>
        <translation>Es wurde ein Artikel angenommen, den der Wareneingang nicht erwartet hat.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="98"/>
        <source>Goods were put away somewhere else than suggested.</source>
        <translation>Ware wurde an einem anderen als dem vorgeschlagenen Platz eingelagert.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="99"/>
        <source>Two devices picked the same line.</source>
        <translation>Zwei Geräte haben dieselbe Position entnommen.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="106"/>
        <source>The server refused this.</source>
        <translation>Der Server hat das abgelehnt.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="107"/>
        <source>The server reported a difference to check.</source>
        <translation>Der Server meldet eine Abweichung zum Prüfen.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="113"/>
        <source>Pick refused</source>
        <translation>Entnahme abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="115"/>
        <source>Short pick refused</source>
        <translation>Fehlmenge abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="117"/>
        <source>Receipt refused</source>
        <translation>Wareneingang abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="119"/>
        <source>Move refused</source>
        <translation>Umlagerung abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="121"/>
        <source>Count refused</source>
        <translation>Zählung abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="123"/>
        <source>Closing the task refused</source>
        <translation>Abschluss des Auftrags abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="125"/>
        <source>Problem reported</source>
        <translation>Problem gemeldet</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="126"/>
        <source>Action refused</source>
        <translation>Vorgang abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="168"/>
        <source>Open pick %1</source>
        <translation>Kommissionierung %1 öffnen</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="169"/>
        <source>Open receipt %1</source>
        <translation>Wareneingang %1 öffnen</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="173"/>
        <source>Show location %1</source>
        <translation>Lagerplatz %1 zeigen</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="177"/>
        <source>Show product %1</source>
        <translation>Artikel %1 zeigen</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::FleetModel</name>
    <message numerus="yes">
        <location filename="../models/fleetmodel.cpp" line="47"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/fleetmodel.cpp" line="49"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/fleetmodel.cpp" line="51"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/fleetmodel.cpp" line="52"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n T</numerusform>
            <numerusform>%n T</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="67"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="67"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="77"/>
        <source>revoked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="77"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="139"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="141"/>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="143"/>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="145"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="147"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="149"/>
        <source>Oldest pending</source>
        <translation>Älteste ausstehend</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="151"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="153"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="210"/>
        <source>Not fetched yet</source>
        <translation>Noch nicht abgerufen</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="212"/>
        <source>Offline: the list fetched %1 ago</source>
        <translation>Offline: die vor %1 abgerufene Liste</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="212"/>
        <source>Fetched %1 ago</source>
        <translation>Vor %1 abgerufen</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="230"/>
        <source>This device is not connected to a server.</source>
        <translation>Dieses Gerät ist mit keinem Server verbunden.</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="234"/>
        <source>Sign in first.</source>
        <translation>Zuerst anmelden.</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="257"/>
        <source>Sign in online with your password to manage the fleet.</source>
        <translation>Zum Verwalten der Geräte online mit dem Passwort anmelden.</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="259"/>
        <source>Only supervisors and admins manage the fleet.</source>
        <translation>Nur Schichtleitung und Administration verwalten die Geräte.</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="286"/>
        <source>The server cannot be reached: showing the last list.</source>
        <translation>Der Server ist nicht erreichbar: die letzte Liste wird gezeigt.</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="305"/>
        <source>Revoke “%1” (%2)? Its token stops working at once: it cannot sync until it is enrolled again. Operations it has not sent stay on it.</source>
        <translation>„%1“ (%2) sperren? Sein Token gilt sofort nicht mehr: es kann erst nach erneuter Registrierung synchronisieren. Nicht gesendete Vorgänge bleiben auf dem Gerät.</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="313"/>
        <source>No such device.</source>
        <translation>Dieses Gerät gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="318"/>
        <source>This is the device you are using: revoke it from another one.</source>
        <translation>Das ist das Gerät, das Sie benutzen: von einem anderen aus sperren.</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="326"/>
        <source>“%1” is revoked.</source>
        <translation>„%1“ ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="331"/>
        <source>The server cannot be reached: nothing was revoked.</source>
        <translation>Der Server ist nicht erreichbar: nichts wurde gesperrt.</translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="348"/>
        <source>The server cannot be reached: enrolment codes are issued online.</source>
        <translation>Der Server ist nicht erreichbar: Registrierungscodes gibt es nur online.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::FlowBase</name>
    <message>
        <location filename="../models/flowbase.cpp" line="44"/>
        <source>This barcode could not be read: %1</source>
        <translation>Dieser Barcode ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="186"/>
        <source>The store on this device failed: %1</source>
        <translation>Der Speicher dieses Geräts hat versagt: %1</translation>
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="203"/>
        <source>Not saved: %1. Nothing was recorded; try again.</source>
        <translation>Nicht gespeichert: %1. Nichts wurde erfasst; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="215"/>
        <source>Your user may not do this: it needs the role %1.</source>
        <translation>Ihr Benutzer darf das nicht: Es braucht die Rolle %1.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::HandheldApp</name>
    <message>
        <location filename="../models/handheldapp.cpp" line="173"/>
        <source>Open a task to scan into it.</source>
        <translation>Öffnen Sie einen Auftrag, um darin zu scannen.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::KpiModel</name>
    <message>
        <location filename="../models/kpimodel.cpp" line="108"/>
        <source>Enter the range as two dates, YYYY-MM-DD, the first not after the last.</source>
        <translation>Geben Sie den Zeitraum als zwei Daten ein (JJJJ-MM-TT), das erste nicht nach dem letzten.</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="113"/>
        <source>Sign in to see the KPIs.</source>
        <translation>Melden Sie sich an, um die Kennzahlen zu sehen.</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="127"/>
        <source>This console has no server: the KPIs are computed by the server.</source>
        <translation>Dieser Leitstand hat keinen Server: Die Kennzahlen berechnet der Server.</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="146"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers war nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="162"/>
        <source>The server cannot be reached: these are the last figures the console got.</source>
        <translation>Der Server ist nicht erreichbar: Dies sind die letzten Zahlen, die der Leitstand erhalten hat.</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="165"/>
        <source>The server cannot be reached and no figures were fetched before.</source>
        <translation>Der Server ist nicht erreichbar, und es wurden noch keine Zahlen abgerufen.</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="170"/>
        <source>Sign in online with your password to see the KPIs (%1).</source>
        <translation>Melden Sie sich online mit Ihrem Passwort an, um die Kennzahlen zu sehen (%1).</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="172"/>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="174"/>
        <source>The server refused: %1 (%2)</source>
        <translation>Der Server hat abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="222"/>
        <source>figures from just now</source>
        <translation>Zahlen von gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/kpimodel.cpp" line="224"/>
        <source>figures from %n min ago</source>
        <translation>
            <numerusform>Zahlen von vor %n Min.</numerusform>
            <numerusform>Zahlen von vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/kpimodel.cpp" line="226"/>
        <source>figures from %n h ago</source>
        <translation>
            <numerusform>Zahlen von vor %n Std.</numerusform>
            <numerusform>Zahlen von vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/kpimodel.cpp" line="227"/>
        <source>figures from %n days ago</source>
        <translation>
            <numerusform>Zahlen von vor %n Tag</numerusform>
            <numerusform>Zahlen von vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="235"/>
        <source>warehouse %1</source>
        <translation>Lager %1</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="235"/>
        <source>every warehouse</source>
        <translation>alle Lager</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="236"/>
        <source>%1 to %2, %3 (days in UTC)</source>
        <translation>%1 bis %2, %3 (Tage in UTC)</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="269"/>
        <source>Inventory record accuracy</source>
        <translation>Bestandsgenauigkeit</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="270"/>
        <source>%1 of %2 counted locations within tolerance</source>
        <translation>%1 von %2 gezählten Lagerplätzen in der Toleranz</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="273"/>
        <source>Count variance (net)</source>
        <translation>Zähldifferenz (netto)</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="274"/>
        <source>absolute %1 · value %2 (absolute %3) · %4 counts</source>
        <translation>absolut %1 · Wert %2 (absolut %3) · %4 Zählungen</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="279"/>
        <source>Lines picked per hour</source>
        <translation>Pickpositionen pro Stunde</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="280"/>
        <location filename="../models/kpimodel.cpp" line="282"/>
        <source>%1 lines in %2 active hours</source>
        <translation>%1 Positionen in %2 aktiven Stunden</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="281"/>
        <source>Lines received per hour</source>
        <translation>WE-Positionen pro Stunde</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="283"/>
        <source>Order fill rate</source>
        <translation>Auftragserfüllungsgrad</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="284"/>
        <source>%1 of %2 pick lines filled at validation</source>
        <translation>%1 von %2 Pickpositionen bei Abschluss vollständig</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="287"/>
        <source>Dock-to-stock (median)</source>
        <translation>Dock-to-Stock (Median)</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="288"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="290"/>
        <source>p90 %1 h · %2 put away · %3 waiting</source>
        <translation>p90 %1 Std. · %2 eingelagert · %3 wartend</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="294"/>
        <source>Open pick lines</source>
        <translation>Offene Pickpositionen</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="295"/>
        <source>%1 older than 30 days</source>
        <translation>%1 älter als 30 Tage</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="305"/>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="305"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="380"/>
        <source>There are no figures to export.</source>
        <translation>Es gibt keine Zahlen zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="385"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="388"/>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::LabelPrint</name>
    <message>
        <location filename="../models/labelprint.cpp" line="36"/>
        <source>%1 (ZPL, %2, %3 dpi)</source>
        <translation>%1 (ZPL, %2, %3 dpi)</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="38"/>
        <source>%1 (system printer)</source>
        <translation>%1 (Systemdrucker)</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="39"/>
        <source>PDF files in %1</source>
        <translation>PDF-Dateien in %1</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="39"/>
        <source>the temporary folder</source>
        <translation>dem temporären Ordner</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labelprint.cpp" line="67"/>
        <source>%n label(s), %1 in</source>
        <translation>
            <numerusform>%n Etikett, %1 Zoll</numerusform>
            <numerusform>%n Etiketten, %1 Zoll</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="109"/>
        <source>This device does not know that product.</source>
        <translation>Dieses Gerät kennt den Artikel nicht.</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="122"/>
        <source>This device does not know that location.</source>
        <translation>Dieses Gerät kennt den Lagerplatz nicht.</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="135"/>
        <source>This device does not know that lot.</source>
        <translation>Dieses Gerät kennt die Charge nicht.</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="151"/>
        <source>The pallet&apos;s content needs a product with a GTIN.</source>
        <translation>Der Inhalt der Palette braucht einen Artikel mit GTIN.</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="172"/>
        <source>Scan what the label is for.</source>
        <translation>Scannen, wofür das Etikett ist.</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="186"/>
        <source>%1 has no GTIN: a lot label needs one.</source>
        <translation>%1 hat keine GTIN: ein Chargen-Etikett braucht eine.</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="215"/>
        <source>This device has no SSCC numbers left. Sync to get new ones.</source>
        <translation>Dieses Gerät hat keine SSCC-Nummern mehr. Synchronisieren, um neue zu erhalten.</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="251"/>
        <location filename="../models/labelprint.cpp" line="292"/>
        <location filename="../models/labelprint.cpp" line="425"/>
        <source>A label is being sent; wait for it.</source>
        <translation>Ein Etikett wird gerade gesendet; bitte warten.</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="273"/>
        <source>Scan the lot label, or the product&apos;s GS1 barcode with its lot.</source>
        <translation>Chargen-Etikett scannen oder den GS1-Barcode des Artikels mit Charge.</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="278"/>
        <source>Not a location, lot or product of this device.</source>
        <translation>Kein Lagerplatz, keine Charge und kein Artikel dieses Geräts.</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="288"/>
        <source>Scan what the label is for first.</source>
        <translation>Zuerst scannen, wofür das Etikett ist.</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="302"/>
        <source>Scan the location of the pallet first.</source>
        <translation>Zuerst den Lagerplatz der Palette scannen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labelprint.cpp" line="388"/>
        <source>%n label(s) queued for %1.</source>
        <translation>
            <numerusform>%n Etikett für %1 in der Warteschlange.</numerusform>
            <numerusform>%n Etiketten für %1 in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="414"/>
        <source>Printed: %1</source>
        <translation>Gedruckt: %1</translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="416"/>
        <source>Not printed (%1): %2 The label is kept in the queue: Retry when the printer is ready.</source>
        <translation>Nicht gedruckt (%1): %2 Das Etikett bleibt in der Warteschlange: erneut drucken, sobald der Drucker bereit ist.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::LookupFlow</name>
    <message>
        <location filename="../models/lookupflow.cpp" line="63"/>
        <source>This device does not know it (any more): scan it to look it up.</source>
        <translation>Dieses Gerät kennt es (nicht mehr): Scannen Sie es, um es nachzuschlagen.</translation>
    </message>
    <message>
        <location filename="../models/lookupflow.cpp" line="88"/>
        <source>Scan or type a location, a product or a lot.</source>
        <translation>Scannen oder tippen Sie einen Lagerplatz, einen Artikel oder eine Charge.</translation>
    </message>
    <message>
        <location filename="../models/lookupflow.cpp" line="114"/>
        <source>Nothing is stored here.</source>
        <translation>Hier liegt nichts.</translation>
    </message>
    <message>
        <location filename="../models/lookupflow.cpp" line="114"/>
        <source>None in stock in this warehouse.</source>
        <translation>In diesem Lager nicht vorrätig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/lookupflow.cpp" line="116"/>
        <source>%n product line(s) here.</source>
        <translation>
            <numerusform>%n Artikelzeile hier.</numerusform>
            <numerusform>%n Artikelzeilen hier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/lookupflow.cpp" line="117"/>
        <source>In stock at %n place(s).</source>
        <translation>
            <numerusform>An %n Platz vorrätig.</numerusform>
            <numerusform>An %n Plätzen vorrätig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockhand::ui::PickFlow</name>
    <message>
        <location filename="../models/pickflow.cpp" line="41"/>
        <source>a pick list</source>
        <translation>eine Kommissionierliste</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="48"/>
        <source>lot or serial of %1</source>
        <translation>Charge oder Seriennummer von %1</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="127"/>
        <source>This is not a pick of this warehouse.</source>
        <translation>Das ist keine Kommissionierung dieses Lagers.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pickflow.cpp" line="139"/>
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 + %n weiterer</numerusform>
            <numerusform>%1 + %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="147"/>
        <source>Picking %1.</source>
        <translation>Kommissionierung %1.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="224"/>
        <source>Scan a pick list to start.</source>
        <translation>Scannen Sie eine Pickliste, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="227"/>
        <source>All lines are done. Validate the pick.</source>
        <translation>Alle Positionen sind erledigt. Schließen Sie die Kommissionierung ab.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="231"/>
        <source>Scan the location %1 first.</source>
        <translation>Scannen Sie zuerst den Lagerplatz %1.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="233"/>
        <source>Wrong location: %1. Go to %2.</source>
        <translation>Falscher Lagerplatz: %1. Gehen Sie zu %2.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="237"/>
        <source>At %1. Scan %2.</source>
        <translation>Auf %1. Scannen Sie %2.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="243"/>
        <source>Already at %1. Scan %2.</source>
        <translation>Sie sind schon auf %1. Scannen Sie %2.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="260"/>
        <source>Scan the product %1 (%2).</source>
        <translation>Scannen Sie den Artikel %1 (%2).</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="264"/>
        <source>Wrong product: %1. Pick %2.</source>
        <translation>Falscher Artikel: %1. Entnehmen Sie %2.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="281"/>
        <source>%1 scanned, but only %2 are left to pick.</source>
        <translation>%1 gescannt, aber nur %2 sind noch zu entnehmen.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="285"/>
        <source>%1 of %2 %3.</source>
        <translation>%1 von %2 %3.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="292"/>
        <source>Lot %1 is not known for %2. Scan another lot.</source>
        <translation>Charge %1 ist für %2 nicht bekannt. Scannen Sie eine andere Charge.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="296"/>
        <source>Wrong lot: %1. This line needs lot %2.</source>
        <translation>Falsche Charge: %1. Diese Position braucht Charge %2.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="305"/>
        <source>Lot %1 is not at %2. Scan a lot from this location.</source>
        <translation>Charge %1 liegt nicht auf %2. Scannen Sie eine Charge von diesem Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="317"/>
        <location filename="../models/pickflow.cpp" line="378"/>
        <source>Scan the lot or serial number of %1.</source>
        <translation>Scannen Sie die Charge oder Seriennummer von %1.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="321"/>
        <source>Wrong lot: %1 belongs to another product.</source>
        <translation>Falsche Charge: %1 gehört zu einem anderen Artikel.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="337"/>
        <source>Serial %1 picked. Scan the next serial (%2 left).</source>
        <translation>Seriennummer %1 entnommen. Scannen Sie die nächste (%2 übrig).</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="344"/>
        <source>Scan the product first, then enter the quantity.</source>
        <translation>Erst den Artikel scannen, dann die Menge eingeben.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="349"/>
        <source>%1 is not a quantity.</source>
        <translation>%1 ist keine Menge.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="353"/>
        <source>%1 is counted in whole pieces.</source>
        <translation>%1 wird in ganzen Stück gezählt.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="364"/>
        <source>Scan the product first.</source>
        <translation>Scannen Sie zuerst den Artikel.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="368"/>
        <source>Enter the quantity you picked, or short pick the line.</source>
        <translation>Geben Sie die entnommene Menge ein oder melden Sie eine Fehlmenge.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="372"/>
        <source>Only %1 are left to pick on this line.</source>
        <translation>Auf dieser Position sind nur noch %1 zu entnehmen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="21"/>
        <source>Picked %1. %2 left on this line.</source>
        <translation>%1 entnommen. %2 bleiben auf dieser Position.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="25"/>
        <source>Picked %1. All lines done: validate the pick.</source>
        <translation>%1 entnommen. Alle Positionen erledigt: Kommissionierung abschließen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="26"/>
        <source>Picked %1. Next: %2.</source>
        <translation>%1 entnommen. Weiter: %2.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="34"/>
        <source>There is no line to short pick.</source>
        <translation>Es gibt keine Position für eine Fehlmenge.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="38"/>
        <source>Choose a reason for the short pick.</source>
        <translation>Wählen Sie einen Grund für die Fehlmenge.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="43"/>
        <source>Scan the lot of what you picked first, or short pick nothing.</source>
        <translation>Scannen Sie zuerst die Charge der entnommenen Ware, oder melden Sie nichts entnommen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="47"/>
        <source>With %1 the line is complete: confirm instead.</source>
        <translation>Mit %1 ist die Position vollständig: bestätigen Sie stattdessen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="68"/>
        <source>Short pick %1?</source>
        <translation>Fehlmenge für %1 melden?</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="69"/>
        <source>%1 of %2 %3 picked: %4 %3 stay missing on this order (%5). A supervisor is told. This cannot be undone.</source>
        <translation>%1 von %2 %3 entnommen: %4 %3 fehlen in diesem Auftrag (%5). Ein Vorgesetzter wird informiert. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="72"/>
        <source>Short by %1</source>
        <translation>%1 fehlen melden</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="77"/>
        <source>There is no line to skip.</source>
        <translation>Keine Position zum Zurückstellen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="83"/>
        <source>Skip %1?</source>
        <translation>%1 zurückstellen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pickflowactions.cpp" line="84"/>
        <source>%1 %2 at %3 are not picked now. The line comes back after the other %n open line(s).</source>
        <translation>
            <numerusform>%1 %2 auf %3 werden jetzt nicht entnommen. Die Position kommt nach der anderen offenen Position wieder.</numerusform>
            <numerusform>%1 %2 auf %3 werden jetzt nicht entnommen. Die Position kommt nach den anderen %n offenen Positionen wieder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="86"/>
        <source>Skip line</source>
        <translation>Position zurückstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pickflowactions.cpp" line="103"/>
        <source>Finish %1 with %n open line(s)?</source>
        <translation>
            <numerusform>%1 mit %n offener Position abschließen?</numerusform>
            <numerusform>%1 mit %n offenen Positionen abschließen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pickflowactions.cpp" line="104"/>
        <source>%n line(s) still want %1 units in all.</source>
        <translation>
            <numerusform>%n Position braucht noch %1 Einheiten.</numerusform>
            <numerusform>%n Positionen brauchen noch insgesamt %1 Einheiten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="105"/>
        <source>Backorder: they stay to be picked later, in a new pick of the same order.</source>
        <translation>Rückstand: Sie werden später kommissioniert, in einer neuen Kommissionierung desselben Auftrags.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="106"/>
        <source>Close short: the customer gets %1 units less; nothing more is picked.</source>
        <translation>Mit Fehlmenge schließen: Der Kunde erhält %1 Einheiten weniger; es wird nichts mehr kommissioniert.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="108"/>
        <source>Backorder the rest</source>
        <translation>Rest als Rückstand</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="108"/>
        <source>Close short</source>
        <translation>Mit Fehlmenge schließen</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="110"/>
        <source>Nothing to confirm.</source>
        <translation>Nichts zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="141"/>
        <source>Line short by %1. A supervisor is told.</source>
        <translation>Position mit %1 Fehlmenge. Eine Aufsicht wird informiert.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="153"/>
        <source>No other line is open.</source>
        <translation>Keine andere Position ist offen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="153"/>
        <source>Skipped. It comes back at the end.</source>
        <translation>Übersprungen. Sie kommt am Ende wieder.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="90"/>
        <location filename="../models/pickflowactions.cpp" line="159"/>
        <source>No pick is open.</source>
        <translation>Keine Kommissionierung ist offen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="169"/>
        <source>%1 is done.</source>
        <translation>%1 ist erledigt.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::PutawayFlow</name>
    <message>
        <location filename="../models/putawayflow.cpp" line="24"/>
        <source>an item or package at the dock</source>
        <translation>einen Artikel oder ein Packstück am Wareneingang</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="26"/>
        <source>a bin</source>
        <translation>einen Lagerplatz</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="28"/>
        <source>a reason, or the bin %1</source>
        <translation>einen Grund, oder den Lagerplatz %1</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="28"/>
        <source>a reason</source>
        <translation>einen Grund</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="98"/>
        <source>Package %1</source>
        <translation>Packstück %1</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="112"/>
        <source>Several lots of this product are at the dock: scan the lot label.</source>
        <translation>Mehrere Chargen dieses Artikels stehen an der Rampe: Scannen Sie das Chargenetikett.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="124"/>
        <source>Scan an item or a package from the receiving dock.</source>
        <translation>Scannen Sie einen Artikel oder ein Packstück von der Rampe.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="128"/>
        <source>%1 is not waiting at the receiving dock.</source>
        <translation>%1 wartet nicht an der Rampe.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="138"/>
        <source>Take %1 to %2 and scan it.</source>
        <translation>Bringen Sie %1 nach %2 und scannen Sie das Fach.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="140"/>
        <source>No free bin found. Scan any bin and give a reason.</source>
        <translation>Kein freies Fach gefunden. Scannen Sie ein Fach und nennen Sie einen Grund.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="173"/>
        <source>Scan the bin %1.</source>
        <translation>Scannen Sie das Fach %1.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="173"/>
        <source>Scan a bin.</source>
        <translation>Scannen Sie ein Fach.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="182"/>
        <source>%1 is not a bin of this warehouse.</source>
        <translation>%1 ist kein Fach dieses Lagers.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="190"/>
        <source>%1 is not the suggested bin %2. Give a reason, or scan %2.</source>
        <translation>%1 ist nicht das vorgeschlagene Fach %2. Nennen Sie einen Grund oder scannen Sie %2.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="191"/>
        <source>Give a reason for %1.</source>
        <translation>Nennen Sie einen Grund für %1.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="197"/>
        <source>Scan the bin you put the item in first.</source>
        <translation>Scannen Sie zuerst das Fach, in das Sie die Ware gelegt haben.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="201"/>
        <source>Choose a reason.</source>
        <translation>Wählen Sie einen Grund.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="211"/>
        <source>%1 is not a quantity for this item.</source>
        <translation>%1 ist keine Menge für diesen Artikel.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="215"/>
        <source>%1 is counted in whole pieces.</source>
        <translation>%1 wird in ganzen Stück gezählt.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="220"/>
        <source>Only %1 are at the dock.</source>
        <translation>Nur %1 stehen an der Rampe.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="238"/>
        <source>%1 put away in %2.</source>
        <translation>%1 in %2 eingelagert.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::ReceiveFlow</name>
    <message>
        <location filename="../models/receiveflow.cpp" line="25"/>
        <source>a receipt or its purchase order</source>
        <translation>einen Wareneingang oder seine Bestellung</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="27"/>
        <source>an item of %1</source>
        <translation>einen Artikel von %1</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="29"/>
        <source>more of %1, or confirm</source>
        <translation>mehr von %1, oder bestätigen</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="31"/>
        <source>the lot of %1</source>
        <translation>die Charge von %1</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="33"/>
        <source>no scan: enter the expiry date</source>
        <translation>keinen Scan: Verfallsdatum eingeben</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="86"/>
        <source>This is not a receipt of this warehouse.</source>
        <translation>Das ist kein Wareneingang dieses Lagers.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="101"/>
        <source>Receiving %1. Scan the items.</source>
        <translation>Wareneingang %1. Scannen Sie die Artikel.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="147"/>
        <source>Scan a receipt or its purchase order.</source>
        <translation>Scannen Sie einen Wareneingang oder seine Bestellung.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="158"/>
        <source>Enter the expiry date, or confirm without one.</source>
        <translation>Geben Sie das Verfallsdatum ein oder bestätigen Sie ohne.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="168"/>
        <source>Unknown barcode %1. Scan another label of the item.</source>
        <translation>Unbekannter Barcode %1. Scannen Sie ein anderes Etikett des Artikels.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="169"/>
        <source>Scan an item of the receipt.</source>
        <translation>Scannen Sie einen Artikel des Wareneingangs.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="180"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="184"/>
        <source>Confirm the quantity of %1 first.</source>
        <translation>Bestätigen Sie zuerst die Menge von %1.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="189"/>
        <source>This product is not in the store.</source>
        <translation>Dieser Artikel ist nicht auf dem Gerät bekannt.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="213"/>
        <source>%1 is not on this receipt. It will be received and reported.</source>
        <translation>%1 ist nicht in diesem Wareneingang. Es wird angenommen und gemeldet.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="215"/>
        <source>More than expected: %1 of %2. It will be reported.</source>
        <translation>Mehr als erwartet: %1 von %2. Es wird gemeldet.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="219"/>
        <source>%1: %2 of %3 %4.</source>
        <translation>%1: %2 von %3 %4.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="244"/>
        <source>Scan the lot number of %1.</source>
        <translation>Scannen Sie die Chargennummer von %1.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="250"/>
        <source>Scan an item first, then enter the quantity.</source>
        <translation>Erst einen Artikel scannen, dann die Menge eingeben.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="255"/>
        <source>%1 is not a quantity.</source>
        <translation>%1 ist keine Menge.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="259"/>
        <source>%1 is counted in whole pieces.</source>
        <translation>%1 wird in ganzen Stück gezählt.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="269"/>
        <source>Scan an item first.</source>
        <translation>Scannen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="273"/>
        <source>Enter the quantity received.</source>
        <translation>Geben Sie die erhaltene Menge ein.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="277"/>
        <source>Serial numbers are received one by one: the quantity is 1.</source>
        <translation>Seriennummern werden einzeln angenommen: Die Menge ist 1.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="13"/>
        <source>Enter the lot number.</source>
        <translation>Geben Sie die Chargennummer ein.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="34"/>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="47"/>
        <source>Scan the serial number.</source>
        <translation>Scannen Sie die Seriennummer.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="47"/>
        <source>Scan or enter the lot number.</source>
        <translation>Scannen oder geben Sie die Chargennummer ein.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="52"/>
        <source>New lot %1: enter its expiry date.</source>
        <translation>Neue Charge %1: Geben Sie das Verfallsdatum ein.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="74"/>
        <source>Received %1 × %2, reported as unexpected.</source>
        <translation>%1 × %2 angenommen, als unerwartet gemeldet.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="76"/>
        <source>Received %1 × %2, reported as over-receipt.</source>
        <translation>%1 × %2 angenommen, als Mehrlieferung gemeldet.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="78"/>
        <source>Received %1 × %2.</source>
        <translation>%1 × %2 angenommen.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="93"/>
        <source>Nothing to confirm.</source>
        <translation>Nichts zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="97"/>
        <location filename="../models/receiveflowactions.cpp" line="133"/>
        <source>No receipt is open.</source>
        <translation>Kein Wareneingang ist offen.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="101"/>
        <source>Finish the item first: confirm its quantity or cancel it.</source>
        <translation>Erst den Artikel abschließen: Menge bestätigen oder verwerfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receiveflowactions.cpp" line="114"/>
        <source>Finish %1 with %n open line(s)?</source>
        <translation>
            <numerusform>%1 mit %n offener Position abschließen?</numerusform>
            <numerusform>%1 mit %n offenen Positionen abschließen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receiveflowactions.cpp" line="115"/>
        <source>%n line(s) still expect %1 units in all.</source>
        <translation>
            <numerusform>%n Position erwartet noch %1 Einheiten.</numerusform>
            <numerusform>%n Positionen erwarten noch insgesamt %1 Einheiten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="116"/>
        <source>Backorder: they stay expected from the supplier, in a new receipt.</source>
        <translation>Rückstand: Sie bleiben vom Lieferanten erwartet, in einem neuen Wareneingang.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="117"/>
        <source>Close short: %1 units are never expected again on %2.</source>
        <translation>Mit Fehlmenge schließen: %1 Einheiten werden für %2 nie mehr erwartet.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="118"/>
        <source>Backorder the rest</source>
        <translation>Rest als Rückstand</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="118"/>
        <source>Close short</source>
        <translation>Mit Fehlmenge schließen</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="140"/>
        <source>%1 is done.</source>
        <translation>%1 ist erledigt.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::ReceivingStation</name>
    <message>
        <location filename="../models/receivingstation.cpp" line="64"/>
        <source>As expected</source>
        <translation>Wie erwartet</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="66"/>
        <source>Short (missing)</source>
        <translation>Fehlmenge (fehlt)</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="68"/>
        <source>Over (more than ordered)</source>
        <translation>Übermenge (mehr als bestellt)</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="70"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="72"/>
        <source>Expiry too short</source>
        <translation>Haltbarkeit zu kurz</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="74"/>
        <source>Quality hold</source>
        <translation>Qualitätssperre</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="76"/>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="141"/>
        <location filename="../models/receivingstation.cpp" line="237"/>
        <source>%1 of %2 received · %3 of %4 lines open</source>
        <translation>%1 von %2 erhalten · %3 von %4 Zeilen offen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstation.cpp" line="161"/>
        <source>%n line(s) of this delivery are not recorded yet: record them (Ctrl+Enter) or discard them first.</source>
        <translation>
            <numerusform>%n Zeile dieser Lieferung ist noch nicht gebucht: buchen Sie sie (Strg+Enter) oder verwerfen Sie sie zuerst.</numerusform>
            <numerusform>%n Zeilen dieser Lieferung sind noch nicht gebucht: buchen Sie sie (Strg+Enter) oder verwerfen Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="172"/>
        <source>This is not a receipt of this warehouse.</source>
        <translation>Das ist kein Wareneingang dieses Lagers.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="176"/>
        <source>%1 is finished: nothing more is expected on it.</source>
        <translation>%1 ist abgeschlossen: darauf wird nichts mehr erwartet.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="189"/>
        <source>%1 from %2 is open. Scan the items of the delivery, or type a SKU.</source>
        <translation>%1 von %2 ist geöffnet. Scannen Sie die Artikel der Lieferung oder tippen Sie eine Artikelnummer.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="190"/>
        <source>an unknown supplier</source>
        <translation>einem unbekannten Lieferanten</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstation.cpp" line="197"/>
        <source>%n line(s) of this delivery are not recorded yet: record them (Ctrl+Enter) or discard them.</source>
        <translation>
            <numerusform>%n Zeile dieser Lieferung ist noch nicht gebucht: buchen Sie sie (Strg+Enter) oder verwerfen Sie sie.</numerusform>
            <numerusform>%n Zeilen dieser Lieferung sind noch nicht gebucht: buchen Sie sie (Strg+Enter) oder verwerfen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="320"/>
        <source>No expected receipt matches %1.</source>
        <translation>Kein erwarteter Wareneingang passt zu %1.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="332"/>
        <source>No open receipt expects %1.</source>
        <translation>Kein offener Wareneingang erwartet %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstation.cpp" line="334"/>
        <source>%n receipt(s) expect %1.</source>
        <translation>
            <numerusform>%n Wareneingang erwartet %1.</numerusform>
            <numerusform>%n Wareneingänge erwarten %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="367"/>
        <source>Unknown barcode %1. If it is printed on %2, attach it to that product.</source>
        <translation>Unbekannter Barcode %1. Wenn er auf %2 gedruckt ist, ordnen Sie ihn diesem Artikel zu.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="371"/>
        <source>Unknown barcode %1. Type the item&apos;s SKU, then scan the barcode again to attach it to the item.</source>
        <translation>Unbekannter Barcode %1. Tippen Sie die Artikelnummer und scannen Sie den Barcode dann noch einmal, um ihn dem Artikel zuzuordnen.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="377"/>
        <source>Scan an item of the delivery, or type its SKU.</source>
        <translation>Scannen Sie einen Artikel der Lieferung oder tippen Sie seine Artikelnummer.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="385"/>
        <location filename="../models/receivingstation.cpp" line="432"/>
        <source>Confirm (Enter) or cancel (Esc) the entry of %1 first.</source>
        <translation>Bestätigen (Enter) oder verwerfen (Esc) Sie zuerst die Erfassung von %1.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="389"/>
        <source>Another lot (%1): confirm the entry of lot %2 first (Enter).</source>
        <translation>Eine andere Charge (%1): bestätigen Sie zuerst die Erfassung der Charge %2 (Enter).</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="401"/>
        <source>%1: %2 %3.</source>
        <translation>%1: %2 %3.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="410"/>
        <location filename="../models/receivingstationactions.cpp" line="225"/>
        <source>Open a receipt first.</source>
        <translation>Öffnen Sie zuerst einen Wareneingang.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="428"/>
        <source>No product has the SKU %1.</source>
        <translation>Kein Artikel hat die Artikelnummer %1.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="444"/>
        <source>This product is not in the store.</source>
        <translation>Dieser Artikel ist nicht im Speicher.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="482"/>
        <source> · lot %1</source>
        <translation> · Charge %1</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="484"/>
        <source>%1 is not on this receipt: it will be received as a wrong item and reported.</source>
        <translation>%1 steht nicht auf diesem Wareneingang: er wird als falscher Artikel angenommen und gemeldet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstation.cpp" line="486"/>
        <source>%1%2 expires on %3: less than the %n day(s) of shelf life this site accepts. It goes to quarantine as &quot;expiry too short&quot;; choose &quot;As expected&quot; to receive it as stock.</source>
        <translation>
            <numerusform>%1%2 verfällt am %3: weniger als der %n Tag Resthaltbarkeit, den dieser Standort annimmt. Er geht als „Haltbarkeit zu kurz“ in die Quarantäne; wählen Sie „Wie erwartet“, um ihn als Bestand anzunehmen.</numerusform>
            <numerusform>%1%2 verfällt am %3: weniger als die %n Tage Resthaltbarkeit, die dieser Standort annimmt. Er geht als „Haltbarkeit zu kurz“ in die Quarantäne; wählen Sie „Wie erwartet“, um ihn als Bestand anzunehmen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="491"/>
        <source>%1%2: %3 still expected. Enter the quantity, Enter to confirm.</source>
        <translation>%1%2: %3 noch erwartet. Menge eingeben, Enter bestätigt.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="508"/>
        <source>not expected</source>
        <translation>nicht erwartet</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="509"/>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="518"/>
        <source>nothing is received: the missing quantity is reported</source>
        <translation>nichts wird angenommen: die fehlende Menge wird gemeldet</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="520"/>
        <source>quarantine: %1</source>
        <translation>Quarantäne: %1</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="521"/>
        <source>no quarantine location in this warehouse</source>
        <translation>kein Quarantäneplatz in diesem Lager</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="522"/>
        <source>stock: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="555"/>
        <source>Lot %1.</source>
        <translation>Charge %1.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="555"/>
        <source>New lot %1: enter its expiry date.</source>
        <translation>Neue Charge %1: geben Sie ihr Verfallsdatum ein.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="563"/>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstation.cpp" line="573"/>
        <source>%1 leaves less than the %n day(s) of shelf life this site accepts: &quot;expiry too short&quot; sends it to quarantine.</source>
        <translation>
            <numerusform>%1 lässt weniger als den %n Tag Resthaltbarkeit, den dieser Standort annimmt: „Haltbarkeit zu kurz“ schickt die Ware in die Quarantäne.</numerusform>
            <numerusform>%1 lässt weniger als die %n Tage Resthaltbarkeit, die dieser Standort annimmt: „Haltbarkeit zu kurz“ schickt die Ware in die Quarantäne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="584"/>
        <location filename="../models/receivingstationactions.cpp" line="17"/>
        <source>Scan an item or type its SKU first.</source>
        <translation>Scannen Sie zuerst einen Artikel oder tippen Sie seine Artikelnummer.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="591"/>
        <source>%1 is not a receiving discrepancy.</source>
        <translation>%1 ist keine Wareneingangsabweichung.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="595"/>
        <source>%1 is not on this receipt: nothing of it can be short.</source>
        <translation>%1 steht nicht auf diesem Wareneingang: davon kann nichts fehlen.</translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="603"/>
        <location filename="../models/receivingstationactions.cpp" line="45"/>
        <source>This warehouse has no quarantine location: ask a supervisor to set one up before receiving damaged or held goods.</source>
        <translation>Dieses Lager hat keinen Quarantäneplatz: bitten Sie einen Vorgesetzten, einen einzurichten, bevor beschädigte oder gesperrte Ware angenommen wird.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="23"/>
        <source>Enter the quantity that is missing.</source>
        <translation>Geben Sie die fehlende Menge ein.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="23"/>
        <source>Enter the quantity received.</source>
        <translation>Geben Sie die erhaltene Menge ein.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="30"/>
        <source>Only %1 %2 of %3 are still expected: that is the most that can be missing.</source>
        <translation>Von %3 werden nur noch %1 %2 erwartet: mehr kann nicht fehlen.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="36"/>
        <source>Serial numbers are received one by one: the quantity is 1.</source>
        <translation>Seriennummern werden einzeln angenommen: die Menge ist 1.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="40"/>
        <source>Scan or type the serial number of %1.</source>
        <translation>Scannen oder tippen Sie die Seriennummer von %1.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="41"/>
        <source>Scan or type the lot number of %1.</source>
        <translation>Scannen oder tippen Sie die Chargennummer von %1.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="65"/>
        <source>%1 %2 of %3 missing</source>
        <translation>%1 %2 von %3 fehlen</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="66"/>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="67"/>
        <source>%n line(s) in this delivery; Ctrl+Enter records them.</source>
        <translation>
            <numerusform>%n Zeile in dieser Lieferung; Strg+Enter bucht sie.</numerusform>
            <numerusform>%n Zeilen in dieser Lieferung; Strg+Enter bucht sie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="69"/>
        <source>Staged: %1. %2</source>
        <translation>Erfasst: %1. %2</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="71"/>
        <source>Staged: %1 — %2. %3</source>
        <translation>Erfasst: %1 — %2. %3</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="94"/>
        <source>Nothing is staged: there is nothing to undo.</source>
        <translation>Nichts ist erfasst: es gibt nichts zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="109"/>
        <source>Taken back: %1 %2 of %3 (nothing was recorded).</source>
        <translation>Zurückgenommen: %1 %2 von %3 (nichts wurde gebucht).</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="128"/>
        <source>Record %n line(s) of %1:</source>
        <translation>
            <numerusform>%n Zeile von %1 buchen:</numerusform>
            <numerusform>%n Zeilen von %1 buchen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="130"/>
        <source>• %1 units received at %2</source>
        <translation>• %1 Einheiten angenommen auf %2</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="132"/>
        <source>• %1 units received at quarantine %2 (not available to pick)</source>
        <translation>• %1 Einheiten angenommen in Quarantäne %2 (nicht kommissionierbar)</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="135"/>
        <source>• %1 units reported missing</source>
        <translation>• %1 Einheiten als fehlend gemeldet</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="137"/>
        <source>• %n line(s) over the ordered quantity, reported</source>
        <translation>
            <numerusform>• %n Zeile über der bestellten Menge, gemeldet</numerusform>
            <numerusform>• %n Zeilen über der bestellten Menge, gemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="139"/>
        <source>• %n line(s) of items not on the receipt, reported</source>
        <translation>
            <numerusform>• %n Zeile mit Artikeln, die nicht auf dem Wareneingang stehen, gemeldet</numerusform>
            <numerusform>• %n Zeilen mit Artikeln, die nicht auf dem Wareneingang stehen, gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="140"/>
        <source>They are saved on this computer at once and sent with the next sync; a recorded line is corrected by a supervisor, not here.</source>
        <translation>Sie werden sofort auf diesem Computer gespeichert und mit der nächsten Synchronisierung gesendet; eine gebuchte Zeile korrigiert ein Vorgesetzter, nicht diese Station.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="148"/>
        <source>Nothing is staged: scan the items of the delivery first.</source>
        <translation>Nichts ist erfasst: scannen Sie zuerst die Artikel der Lieferung.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="189"/>
        <source>Recorded %1 of %2 lines; the other %3 are still in this delivery. %4</source>
        <translation>%1 von %2 Zeilen gebucht; die anderen %3 sind noch in dieser Lieferung. %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="196"/>
        <source>Recorded: %n line(s) of %1 are saved on this computer and go to the server with the next sync.</source>
        <translation>
            <numerusform>Gebucht: %n Zeile von %1 ist auf diesem Computer gespeichert und geht mit der nächsten Synchronisierung an den Server.</numerusform>
            <numerusform>Gebucht: %n Zeilen von %1 sind auf diesem Computer gespeichert und gehen mit der nächsten Synchronisierung an den Server.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="213"/>
        <source>Every line of %1 is received: the receipt is closed.</source>
        <translation>Jede Zeile von %1 ist erhalten: der Wareneingang wird abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="215"/>
        <source>the supplier</source>
        <translation>dem Lieferanten</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="214"/>
        <source>%n line(s) still expect</source>
        <translation>
            <numerusform>%n Zeile erwartet noch</numerusform>
            <numerusform>%n Zeilen erwarten noch</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="216"/>
        <source>%1 %2 units: they go to a backorder, a new receipt that stays expected from %3.</source>
        <translation>%1 %2 Einheiten: sie gehen in einen Rückstand, einen neuen Wareneingang, der von %3 weiter erwartet wird.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="218"/>
        <source>%1 %2 units: they are closed: nothing more is expected from %3 on %4.</source>
        <translation>%1 %2 Einheiten: sie werden geschlossen: von %3 wird auf %4 nichts mehr erwartet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="229"/>
        <source>%n line(s) of this delivery are not recorded yet: record them (Ctrl+Enter) or take them back before finishing.</source>
        <translation>
            <numerusform>%n Zeile dieser Lieferung ist noch nicht gebucht: buchen Sie sie (Strg+Enter) oder nehmen Sie sie vor dem Abschließen zurück.</numerusform>
            <numerusform>%n Zeilen dieser Lieferung sind noch nicht gebucht: buchen Sie sie (Strg+Enter) oder nehmen Sie sie vor dem Abschließen zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="235"/>
        <source>Your user may not finish receipts: it needs the role receiver.</source>
        <translation>Ihr Benutzer darf keine Wareneingänge abschließen: dafür braucht er die Rolle Wareneingang.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="247"/>
        <source>%1 is finished. %2</source>
        <translation>%1 ist abgeschlossen. %2</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="255"/>
        <source>No barcode is waiting to be attached.</source>
        <translation>Kein Barcode wartet auf eine Zuordnung.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="265"/>
        <source>Attached: %1 is now a barcode of %2 (one unit per scan). The server learns it with the next sync.</source>
        <translation>Zugeordnet: %1 ist jetzt ein Barcode von %2 (eine Einheit pro Scan). Der Server erfährt es mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="283"/>
        <source>Nothing received at this sitting yet: record the delivery first, then print its labels.</source>
        <translation>In dieser Sitzung wurde noch nichts angenommen: buchen Sie zuerst die Lieferung, dann drucken Sie ihre Etiketten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="287"/>
        <source>%n label line(s) sent to printing.</source>
        <translation>
            <numerusform>%n Etikettenzeile an den Druck gesendet.</numerusform>
            <numerusform>%n Etikettenzeilen an den Druck gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockhand::ui::Session</name>
    <message numerus="yes">
        <location filename="../models/session.cpp" line="48"/>
        <source>%n operation(s) of %1 are not sent yet. Sync now, or ask a supervisor to release the device.</source>
        <translation>
            <numerusform>%n Vorgang von %1 ist noch nicht gesendet. Jetzt synchronisieren oder eine Aufsicht um Freigabe des Geräts bitten.</numerusform>
            <numerusform>%n Vorgänge von %1 sind noch nicht gesendet. Jetzt synchronisieren oder eine Aufsicht um Freigabe des Geräts bitten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="65"/>
        <source>Wrong PIN. The device stays with %1.</source>
        <translation>Falsche PIN. Das Gerät bleibt bei %1.</translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="67"/>
        <source>This supervisor has no PIN on this device. Sync now, or sign in at the console.</source>
        <translation>Diese Aufsicht hat auf diesem Gerät keine PIN. Jetzt synchronisieren oder an der Konsole anmelden.</translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="68"/>
        <source>This badge is not known on this device.</source>
        <translation>Dieser Ausweis ist auf diesem Gerät nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="74"/>
        <source>%1 is not a supervisor. Only a supervisor can release the device.</source>
        <translation>%1 ist keine Aufsicht. Nur eine Aufsicht kann das Gerät freigeben.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::SignInFlow</name>
    <message>
        <location filename="../models/signinflow.cpp" line="21"/>
        <source>This is not a badge. Scan your badge to sign in.</source>
        <translation>Das ist kein Ausweis. Scannen Sie Ihren Ausweis, um sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="25"/>
        <source>The badge of %1 is not active. Ask a supervisor.</source>
        <translation>Der Ausweis von %1 ist nicht aktiv. Fragen Sie eine Aufsicht.</translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="32"/>
        <source>Hello %1. Enter your PIN.</source>
        <translation>Hallo %1. Geben Sie Ihre PIN ein.</translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="44"/>
        <source>This user is no longer known on this device.</source>
        <translation>Dieser Benutzer ist auf diesem Gerät nicht mehr bekannt.</translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="42"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Falsche PIN. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="56"/>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::SupervisorConsole</name>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="80"/>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="101"/>
        <source>Wrong login or password.</source>
        <translation>Falsche Anmeldung oder falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="103"/>
        <source>Too many wrong passwords: this login or this computer is locked for a while. An administrator can unlock it now (stockhand-server user unlock).</source>
        <translation>Zu viele falsche Passwörter: Diese Anmeldung oder dieser Computer ist eine Weile gesperrt. Ein Administrator kann sie jetzt entsperren (stockhand-server user unlock).</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="109"/>
        <source>The server cannot be reached. A supervisor signs in online once; for the next 12 hours the console then opens on this computer with the same password, also offline.</source>
        <translation>Der Server ist nicht erreichbar. Eine Aufsicht meldet sich einmal online an; in den nächsten 12 Stunden öffnet sich die Konsole auf diesem Computer dann mit demselben Passwort, auch offline.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="112"/>
        <source>The server refused the sign-in: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="136"/>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="166"/>
        <source>Your supervisor session on this computer has ended: sign out and sign in again (online) before deciding. Decisions already saved are sent as they are.</source>
        <translation>Ihre Aufsichtssitzung auf diesem Computer ist abgelaufen: Vor einer Entscheidung abmelden und wieder (online) anmelden. Bereits gespeicherte Entscheidungen werden so gesendet, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="197"/>
        <source>Choose a reason: an approval needs one.</source>
        <translation>Wählen Sie einen Grund: Eine Genehmigung braucht einen.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="200"/>
        <source>The store on this device failed: %1</source>
        <translation>Der Speicher dieses Geräts hat versagt: %1</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="202"/>
        <source>%1 is not a reason for count adjustments.</source>
        <translation>%1 ist kein Grund für Bestandskorrekturen.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="204"/>
        <source>The reason %1 needs a note: say what happened.</source>
        <translation>Der Grund %1 braucht eine Notiz: Schreiben Sie, was passiert ist.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="235"/>
        <source>• %1 — %2%3: counted %4 against %5 on the books, %6 (%7)</source>
        <translation>• %1 — %2%3: gezählt %4 gegen %5 im Buch, %6 (%7)</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="237"/>
        <source>, lot %1</source>
        <translation>, Charge %1</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="242"/>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="247"/>
        <source>Approve %1 count adjustment(s)? The stock on the books changes by each variance (total value %2).</source>
        <translation>%1 Bestandskorrektur(en) genehmigen? Der Buchbestand ändert sich um jede Differenz (Gesamtwert %2).</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="250"/>
        <source>Approve %1 count adjustment(s) with the reason “%2”? The stock on the books changes by each variance (total value %3).</source>
        <translation>%1 Bestandskorrektur(en) mit dem Grund „%2“ genehmigen? Der Buchbestand ändert sich um jede Differenz (Gesamtwert %3).</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="257"/>
        <source>Reject %1 count adjustment(s)? The books stay as they are.</source>
        <translation>%1 Bestandskorrektur(en) ablehnen? Der Buchbestand bleibt, wie er ist.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="258"/>
        <source>Reject %1 count adjustment(s) with the reason “%2”? The books stay as they are.</source>
        <translation>%1 Bestandskorrektur(en) mit dem Grund „%2“ ablehnen? Der Buchbestand bleibt, wie er ist.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="263"/>
        <source>Request a recount of %1 place(s)? The count(s) below are set aside and a recount task is created.</source>
        <translation>Nachzählung für %1 Platz/Plätze anfordern? Die Zählung(en) unten werden zurückgestellt und ein Nachzählauftrag wird angelegt.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="283"/>
        <source>Adjustment %1 is no longer pending on this device.</source>
        <translation>Korrektur %1 ist auf diesem Gerät nicht mehr offen.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="287"/>
        <source>A decision on %1 is already on its way to the server.</source>
        <translation>Eine Entscheidung zu %1 ist schon unterwegs zum Server.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="295"/>
        <source>Select the adjustments to decide on first.</source>
        <translation>Wählen Sie zuerst die Korrekturen aus, über die Sie entscheiden.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="320"/>
        <source>%1 of these are worth more than your approval limit of %2: an administrator decides them (%3). Uncheck them to approve the others.</source>
        <translation>%1 davon liegen über Ihrer Genehmigungsgrenze von %2: Darüber entscheidet ein Administrator (%3). Entfernen Sie das Häkchen, um die anderen zu genehmigen.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="345"/>
        <source>%1 approval(s) saved. They are sent with the next sync; the table shows the server&apos;s answer.</source>
        <translation>%1 Genehmigung(en) gespeichert. Sie werden mit der nächsten Synchronisierung gesendet; die Tabelle zeigt die Antwort des Servers.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="363"/>
        <source>Rejection saved: the books stay as they are once the server has it.</source>
        <translation>Ablehnung gespeichert: Der Buchbestand bleibt, sobald der Server sie hat.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="377"/>
        <source>Recount requested: the server creates a recount task for this place.</source>
        <translation>Nachzählung angefordert: Der Server legt einen Nachzählauftrag für diesen Platz an.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="388"/>
        <source>every counter</source>
        <translation>jeder Zähler</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="388"/>
        <source>group “%1”</source>
        <translation>Gruppe „%1“</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="392"/>
        <source>Every warehouse, %1</source>
        <translation>Alle Lager, %1</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="392"/>
        <source>This warehouse, %1</source>
        <translation>Dieses Lager, %1</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="407"/>
        <location filename="../models/supervisorconsole.cpp" line="458"/>
        <source>Only an administrator sets the thresholds of every warehouse.</source>
        <translation>Nur ein Administrator setzt die Schwellen für alle Lager.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="416"/>
        <source>“%1” is not a quantity.</source>
        <translation>„%1“ ist keine Menge.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="427"/>
        <source>“%1” is not a percentage.</source>
        <translation>„%1“ ist kein Prozentwert.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="436"/>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="442"/>
        <source>Give at least one threshold, or remove the policy.</source>
        <translation>Mindestens eine Schwelle angeben oder die Regel entfernen.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="448"/>
        <source>Thresholds saved. They are sent with the next sync and apply to the counts the server receives after them.</source>
        <translation>Schwellen gespeichert. Sie werden mit der nächsten Synchronisierung gesendet und gelten für die Zählungen, die der Server danach erhält.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="468"/>
        <source>Removal saved: once the server has it, the next wider thresholds apply.</source>
        <translation>Entfernen gespeichert: Sobald der Server es hat, gelten die nächst weiteren Schwellen.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="479"/>
        <source>Your approval limit: %1 per adjustment (above it, an administrator decides).</source>
        <translation>Ihre Genehmigungsgrenze: %1 je Korrektur (darüber entscheidet ein Administrator).</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="488"/>
        <source>Request a recount for this exception?
%1
The server creates a recount task for the location (and product) named above.</source>
        <translation>Nachzählung für diese Ausnahme anfordern?
%1
Der Server legt einen Nachzählauftrag für den oben genannten Lagerplatz (und Artikel) an.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="496"/>
        <source>This exception names no location to count.</source>
        <translation>Diese Ausnahme nennt keinen Lagerplatz zum Zählen.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="504"/>
        <location filename="../models/supervisorconsole.cpp" line="566"/>
        <source>This exception is resolved already.</source>
        <translation>Diese Ausnahme ist bereits erledigt.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="514"/>
        <source>Recount requested: the server creates a recount task.</source>
        <translation>Nachzählung angefordert: Der Server legt einen Nachzählauftrag an.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="533"/>
        <source>This exception names no pick or receipt.</source>
        <translation>Diese Ausnahme nennt keine Kommissionierung und keinen Wareneingang.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="560"/>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="570"/>
        <source>Say in a note what you found or did: every device sees it with the resolution.</source>
        <translation>Schreiben Sie in einer Notiz, was Sie vorgefunden oder getan haben: Jedes Gerät sieht sie mit der Erledigung.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="579"/>
        <source>Acknowledgement saved: it is sent with the next sync and every device sees it.</source>
        <translation>Quittung gespeichert: Sie wird mit der nächsten Synchronisierung gesendet, und jedes Gerät sieht sie.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="587"/>
        <source>Acknowledged on this device.</source>
        <translation>Auf diesem Gerät zur Kenntnis genommen.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="600"/>
        <source>Scan a location, product or lot to find its counts.</source>
        <translation>Scannen Sie einen Lagerplatz, Artikel oder eine Charge, um ihre Zählungen zu finden.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="604"/>
        <source>Showing the counts of %1.</source>
        <translation>Zählungen von %1 werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="58"/>
        <source>%1 is not a supervisor or a receiving clerk: this computer is for supervisors and receiving clerks.</source>
        <translation>%1 ist weder Vorgesetzter noch im Wareneingang: dieser Computer ist für Vorgesetzte und den Wareneingang.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="53"/>
        <source>%1 is not known on this device.</source>
        <translation>%1 ist auf diesem Gerät nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="66"/>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::SyncStatusSource</name>
    <message>
        <location filename="../models/syncstatus.cpp" line="26"/>
        <source>Syncing %1%</source>
        <translation>Synchronisiere %1 %</translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="30"/>
        <source>Sync stopped</source>
        <translation>Synchronisierung gestoppt</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/syncstatus.cpp" line="32"/>
        <source>Online · sending %n</source>
        <translation>
            <numerusform>Online · sende %n</numerusform>
            <numerusform>Online · sende %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="32"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="34"/>
        <source>Offline · nothing to send</source>
        <translation>Offline · nichts zu senden</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/syncstatus.cpp" line="39"/>
        <source>Offline · %n waiting for %1 min</source>
        <translation>
            <numerusform>Offline · %n wartet seit %1 min</numerusform>
            <numerusform>Offline · %n warten seit %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/syncstatus.cpp" line="40"/>
        <source>Offline · %n waiting</source>
        <translation>
            <numerusform>Offline · %n wartet</numerusform>
            <numerusform>Offline · %n warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="46"/>
        <source>The last sync failed.</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="47"/>
        <source>%1 Tap here to try again; if it stays red, call a supervisor or IT.</source>
        <translation>%1 Hier tippen, um es erneut zu versuchen; bleibt es rot, die Aufsicht oder die IT rufen.</translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="50"/>
        <source>synced %1</source>
        <translation>synchronisiert %1</translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="51"/>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::TaskListModel</name>
    <message>
        <location filename="../models/taskmodels.cpp" line="130"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
</TS>
