<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CountPage</name>
    <message>
        <location filename="../qml/CountPage.qml" line="21" />
        <source>Recount</source>
        <translation>Nachzählung</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="21" />
        <source>Blind count</source>
        <translation>Blindzählung</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="29" />
        <source>Go to location and scan it</source>
        <translation>Zum Lagerplatz gehen und scannen</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="30" />
        <source>Scan every item at</source>
        <translation>Jeden Artikel scannen auf</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="31" />
        <source>All locations counted</source>
        <translation>Alle Lagerplätze gezählt</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="34" />
        <source>Last: %1 · counted %2</source>
        <translation>Zuletzt: %1 · gezählt %2</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="50" />
        <source>Set count</source>
        <translation>Menge setzen</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="63" />
        <source>Close location</source>
        <translation>Lagerplatz abschließen</translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="72" />
        <source>Back to tasks</source>
        <translation>Zurück zu den Aufgaben</translation>
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="18" />
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ExceptionsPage.qml" line="19" />
        <source>%n open</source>
        <translation><numerusform>%n offen</numerusform><numerusform>%n offen</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="79" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="89" />
        <source>No exceptions.</source>
        <translation>Keine Ausnahmen.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/HomePage.qml" line="20" />
        <source>Picking</source>
        <translation>Kommissionieren</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="20" />
        <source>Receiving</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="21" />
        <source>Putaway</source>
        <translation>Einlagern</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="21" />
        <source>Counting</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="37" />
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="89" />
        <source>Exceptions (%1)</source>
        <translation>Ausnahmen (%1)</translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="104" />
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <location filename="../qml/LineDelegate.qml" line="53" />
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="53" />
        <source>short</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="54" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="54" />
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15" />
        <source>Stockhand</source>
        <translation>Stockhand</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message numerus="yes">
        <location filename="../qml/PickPage.qml" line="26" />
        <source>%n line(s) open</source>
        <translation><numerusform>%n Position offen</numerusform><numerusform>%n Positionen offen</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="34" />
        <source>Go to location and scan it</source>
        <translation>Zum Lagerplatz gehen und scannen</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="35" />
        <source>Scan product</source>
        <translation>Artikel scannen</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="36" />
        <source>Quantity picked</source>
        <translation>Entnommene Menge</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="37" />
        <source>Scan lot or serial number</source>
        <translation>Charge oder Seriennummer scannen</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="38" />
        <source>All lines done</source>
        <translation>Alle Positionen erledigt</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="44" />
        <source>Validate the pick.</source>
        <translation>Kommissionierung abschließen.</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="47" />
        <source>Pick %1 %2</source>
        <translation>%1 %2 entnehmen</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="64" />
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="80" />
        <source>Short pick</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="87" />
        <source>Skip line</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="100" />
        <source>Finish, backorder the rest</source>
        <translation>Abschließen, Rest rückständig</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="100" />
        <source>Validate</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="108" />
        <source>Finish, close short</source>
        <translation>Abschließen ohne Rest</translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="130" />
        <source>Why is the line short?</source>
        <translation>Warum fehlt Ware?</translation>
    </message>
</context>
<context>
    <name>PutawayPage</name>
    <message>
        <location filename="../qml/PutawayPage.qml" line="20" />
        <source>Putaway</source>
        <translation>Einlagern</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PutawayPage.qml" line="21" />
        <source>%n item(s) at the receiving dock</source>
        <translation><numerusform>%n Artikel an der Rampe</numerusform><numerusform>%n Artikel an der Rampe</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="29" />
        <source>Scan an item or package at the dock</source>
        <translation>Artikel oder Packstück an der Rampe scannen</translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="30" />
        <source>Take it to this bin and scan it</source>
        <translation>Zu diesem Fach bringen und scannen</translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="31" />
        <source>Why not the suggested bin?</source>
        <translation>Warum nicht das vorgeschlagene Fach?</translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="34" />
        <source>qty %1</source>
        <translation>Menge %1</translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="50" />
        <source>Set quantity</source>
        <translation>Menge setzen</translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="77" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QuantityPad</name>
    <message>
        <location filename="../qml/QuantityPad.qml" line="9" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ReasonChooser</name>
    <message>
        <location filename="../qml/ReasonChooser.qml" line="56" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message numerus="yes">
        <location filename="../qml/ReceivePage.qml" line="26" />
        <source>%n line(s) open</source>
        <translation><numerusform>%n Position offen</numerusform><numerusform>%n Positionen offen</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="34" />
        <source>Scan an item</source>
        <translation>Artikel scannen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="35" />
        <source>Quantity received</source>
        <translation>Erhaltene Menge</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="36" />
        <source>Scan or enter the lot number</source>
        <translation>Chargennummer scannen oder eingeben</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="37" />
        <source>Expiry date (YYYY-MM-DD)</source>
        <translation>Verfallsdatum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="41" />
        <source>Lot %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="42" />
        <source>exp %1</source>
        <translation>MHD %1</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="54" />
        <source>NOT ON THIS RECEIPT</source>
        <translation>NICHT IN DIESEM WARENEINGANG</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="54" />
        <source>MORE THAN EXPECTED</source>
        <translation>MEHR ALS ERWARTET</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="76" />
        <source>Lot number</source>
        <translation>Chargennummer</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="76" />
        <source>2027-03-31</source>
        <translation>2027-03-31</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="91" />
        <source>No expiry date</source>
        <translation>Kein Verfallsdatum</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="101" />
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="117" />
        <source>Finish, backorder the rest</source>
        <translation>Abschließen, Rest rückständig</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="117" />
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="125" />
        <source>Finish, close short</source>
        <translation>Abschließen ohne Rest</translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <location filename="../qml/ScanInput.qml" line="10" />
        <source>Scan or type a code, then Enter</source>
        <translation>Code scannen oder tippen, dann Enter</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/SignInPage.qml" line="18" />
        <source>Stockhand</source>
        <translation>Stockhand</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="26" />
        <source>Enter your PIN</source>
        <translation>PIN eingeben</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="26" />
        <source>Scan your badge</source>
        <translation>Scannen Sie Ihren Ausweis</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="29" />
        <source>Sign-in works without network.</source>
        <translation>Die Anmeldung funktioniert ohne Netz.</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="30" />
        <source>This device has no users yet: enrol it with a server (--server, --enrol) or start it with --demo.</source>
        <translation>Auf diesem Gerät gibt es noch keine Benutzer: Melden Sie es an einem Server an (--server, --enrol) oder starten Sie es mit --demo.</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="42" />
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="51" />
        <source>Other badge</source>
        <translation>Anderer Ausweis</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../qml/SyncBar.qml" line="35" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="35" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncBar.qml" line="15" />
        <source>%n to send</source>
        <translation><numerusform>%n zu senden</numerusform><numerusform>%n zu senden</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="14" />
        <source>syncing %1%</source>
        <translation>Synchronisiere %1%</translation>
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="17" />
        <source>(oldest %1 min)</source>
        <translation>(ältester %1 min)</translation>
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="19" />
        <source>synced %1</source>
        <translation>synchronisiert %1</translation>
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="19" />
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <location filename="../qml/TaskListPage.qml" line="43" />
        <source>Picks</source>
        <translation>Kommissionierungen</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="43" />
        <source>Receipts</source>
        <translation>Wareneingänge</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="43" />
        <source>Count tasks</source>
        <translation>Zählaufträge</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="44" />
        <source>Choose one or scan its reference</source>
        <translation>Auswählen oder Referenz scannen</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="79" />
        <source>RECOUNT</source>
        <translation>NACHZÄHLUNG</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TaskListPage.qml" line="86" />
        <source>%1 of %n line(s) open</source>
        <translation><numerusform>%1 von %n Position offen</numerusform><numerusform>%1 von %n Positionen offen</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="101" />
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="111" />
        <source>Pick the first %1 together</source>
        <translation>Die ersten %1 zusammen kommissionieren</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::CountFlow</name>
    <message>
        <location filename="../models/countflow.cpp" line="73" />
        <source>This is not a count task of this warehouse.</source>
        <translation>Das ist kein Zählauftrag dieses Lagers.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="84" />
        <source>Counting %1. Go to %2.</source>
        <translation>Zählung %1. Gehen Sie zu %2.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="137" />
        <source>Scan a count task to start.</source>
        <translation>Scannen Sie einen Zählauftrag, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="140" />
        <source>Every location of this task is counted.</source>
        <translation>Alle Lagerplätze dieses Auftrags sind gezählt.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="144" />
        <source>Scan the location first.</source>
        <translation>Scannen Sie zuerst den Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="152" />
        <source>Counting %1. Scan every item.</source>
        <translation>Zählung %1. Scannen Sie jeden Artikel.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="156" />
        <source>%1 is not to be counted in this task. Go to %2.</source>
        <translation>%1 gehört nicht zu diesem Auftrag. Gehen Sie zu %2.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="161" />
        <source>Already counting here. Scan the items.</source>
        <translation>Hier wird schon gezählt. Scannen Sie die Artikel.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="162" />
        <source>Close %1 before you count another location.</source>
        <translation>Schließen Sie %1 ab, bevor Sie einen anderen Lagerplatz zählen.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="175" />
        <source>Unknown barcode %1. Count it by another label.</source>
        <translation>Unbekannter Barcode %1. Zählen Sie über ein anderes Etikett.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="176" />
        <source>Scan an item.</source>
        <translation>Scannen Sie einen Artikel.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="181" />
        <source>This recount is for %1 only.</source>
        <translation>Diese Nachzählung gilt nur für %1.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="186" />
        <source>This product is not in the store.</source>
        <translation>Dieser Artikel ist nicht auf dem Gerät bekannt.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="192" />
        <source>%1 is tracked by lot: scan the lot label.</source>
        <translation>%1 wird chargengeführt: Scannen Sie das Chargenetikett.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="207" />
        <source>Serial %1 was already counted.</source>
        <translation>Seriennummer %1 wurde schon gezählt.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="212" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="219" />
        <source>Scan the item first, then enter its count.</source>
        <translation>Scannen Sie zuerst den Artikel, dann die Menge eingeben.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="219" />
        <source>%1 is not a quantity.</source>
        <translation>%1 ist keine Menge.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="230" />
        <source>Scan a location first.</source>
        <translation>Scannen Sie zuerst einen Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="276" />
        <source>%1 closed. The count task is complete.</source>
        <translation>%1 abgeschlossen. Der Zählauftrag ist fertig.</translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="279" />
        <source>%1 closed. Next: %2.</source>
        <translation>%1 abgeschlossen. Weiter: %2.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::ExceptionsModel</name>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="13" />
        <source>Your user may not do this. Ask a supervisor to do it or to give you the role.</source>
        <translation>Ihr Benutzer darf das nicht. Bitten Sie eine Aufsicht, es zu tun oder Ihnen die Rolle zu geben.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="15" />
        <source>Someone closed this transfer already. Check the goods with a supervisor.</source>
        <translation>Jemand hat diesen Auftrag schon abgeschlossen. Prüfen Sie die Ware mit einer Aufsicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="17" />
        <source>The task changed on the server. Wait for the sync and do the line again.</source>
        <translation>Der Auftrag hat sich auf dem Server geändert. Warten Sie auf die Synchronisierung und bearbeiten Sie die Position erneut.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="19" />
        <source>This device does not know the latest data. Wait for the sync, then do it again.</source>
        <translation>Dieses Gerät kennt die neuesten Daten nicht. Warten Sie auf die Synchronisierung und wiederholen Sie es.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="21" />
        <source>The device sent something the server cannot read. Report it to IT with this screen.</source>
        <translation>Das Gerät hat etwas gesendet, das der Server nicht lesen kann. Melden Sie es der IT mit diesem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="23" />
        <source>An earlier operation on the same line was rejected. Check this one with a supervisor.</source>
        <translation>Ein früherer Vorgang auf derselben Position wurde abgelehnt. Prüfen Sie diesen mit einer Aufsicht.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="25" />
        <source>Source and destination were the same. Put the goods away again.</source>
        <translation>Quelle und Ziel waren gleich. Lagern Sie die Ware erneut ein.</translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="26" />
        <source>Show this to a supervisor.</source>
        <translation>Zeigen Sie das einer Aufsicht.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::FlowBase</name>
    <message>
        <location filename="../models/flowbase.cpp" line="27" />
        <source>This barcode could not be read: %1</source>
        <translation>Dieser Barcode ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="67" />
        <source>The store on this device failed: %1</source>
        <translation>Der Speicher dieses Geräts hat versagt: %1</translation>
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="82" />
        <source>Not saved: %1. Nothing was recorded; try again.</source>
        <translation>Nicht gespeichert: %1. Nichts wurde erfasst; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="97" />
        <source>Your user may not do this: it needs the role %1.</source>
        <translation>Ihr Benutzer darf das nicht: Es braucht die Rolle %1.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::HandheldApp</name>
    <message>
        <location filename="../models/handheldapp.cpp" line="95" />
        <source>Open a task to scan into it.</source>
        <translation>Öffnen Sie einen Auftrag, um darin zu scannen.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::PickFlow</name>
    <message>
        <location filename="../models/pickflow.cpp" line="91" />
        <source>This is not a pick of this warehouse.</source>
        <translation>Das ist keine Kommissionierung dieses Lagers.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pickflow.cpp" line="103" />
        <source>%1 + %n more</source>
        <translation><numerusform>%1 + %n weiterer</numerusform><numerusform>%1 + %n weitere</numerusform></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="111" />
        <source>Picking %1.</source>
        <translation>Kommissionierung %1.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="188" />
        <source>Scan a pick list to start.</source>
        <translation>Scannen Sie eine Pickliste, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="191" />
        <source>All lines are done. Validate the pick.</source>
        <translation>Alle Positionen sind erledigt. Schließen Sie die Kommissionierung ab.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="195" />
        <source>Scan the location %1 first.</source>
        <translation>Scannen Sie zuerst den Lagerplatz %1.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="197" />
        <source>Wrong location: %1. Go to %2.</source>
        <translation>Falscher Lagerplatz: %1. Gehen Sie zu %2.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="201" />
        <source>At %1. Scan %2.</source>
        <translation>Auf %1. Scannen Sie %2.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="207" />
        <source>Already at %1. Scan %2.</source>
        <translation>Sie sind schon auf %1. Scannen Sie %2.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="224" />
        <source>Scan the product %1 (%2).</source>
        <translation>Scannen Sie den Artikel %1 (%2).</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="228" />
        <source>Wrong product: %1. Pick %2.</source>
        <translation>Falscher Artikel: %1. Entnehmen Sie %2.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="245" />
        <source>%1 scanned, but only %2 are left to pick.</source>
        <translation>%1 gescannt, aber nur %2 sind noch zu entnehmen.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="247" />
        <source>%1 of %2 %3.</source>
        <translation>%1 von %2 %3.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="254" />
        <source>Lot %1 is not known for %2. Scan another lot.</source>
        <translation>Charge %1 ist für %2 nicht bekannt. Scannen Sie eine andere Charge.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="258" />
        <source>Wrong lot: %1. This line needs lot %2.</source>
        <translation>Falsche Charge: %1. Diese Position braucht Charge %2.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="267" />
        <source>Lot %1 is not at %2. Scan a lot from this location.</source>
        <translation>Charge %1 liegt nicht auf %2. Scannen Sie eine Charge von diesem Lagerplatz.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="279" />
        <location filename="../models/pickflow.cpp" line="334" />
        <source>Scan the lot or serial number of %1.</source>
        <translation>Scannen Sie die Charge oder Seriennummer von %1.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="283" />
        <source>Wrong lot: %1 belongs to another product.</source>
        <translation>Falsche Charge: %1 gehört zu einem anderen Artikel.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="299" />
        <source>Serial %1 picked. Scan the next serial (%2 left).</source>
        <translation>Seriennummer %1 entnommen. Scannen Sie die nächste (%2 übrig).</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="307" />
        <source>%1 is not a quantity.</source>
        <translation>%1 ist keine Menge.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="320" />
        <source>Scan the product first.</source>
        <translation>Scannen Sie zuerst den Artikel.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="324" />
        <source>Enter the quantity you picked, or short pick the line.</source>
        <translation>Geben Sie die entnommene Menge ein oder melden Sie eine Fehlmenge.</translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="328" />
        <source>Only %1 are left to pick on this line.</source>
        <translation>Auf dieser Position sind nur noch %1 zu entnehmen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="31" />
        <source>Picked %1. %2 left on this line.</source>
        <translation>%1 entnommen. %2 bleiben auf dieser Position.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="35" />
        <source>Picked %1. All lines done: validate the pick.</source>
        <translation>%1 entnommen. Alle Positionen erledigt: Kommissionierung abschließen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="36" />
        <source>Picked %1. Next: %2.</source>
        <translation>%1 entnommen. Weiter: %2.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="44" />
        <source>There is no line to short pick.</source>
        <translation>Es gibt keine Position für eine Fehlmenge.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="48" />
        <source>Choose a reason for the short pick.</source>
        <translation>Wählen Sie einen Grund für die Fehlmenge.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="53" />
        <source>Scan the lot of what you picked first, or short pick nothing.</source>
        <translation>Scannen Sie zuerst die Charge der entnommenen Ware, oder melden Sie nichts entnommen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="57" />
        <source>With %1 the line is complete: confirm instead.</source>
        <translation>Mit %1 ist die Position vollständig: bestätigen Sie stattdessen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="80" />
        <source>Line short by %1. A supervisor is told.</source>
        <translation>Position mit %1 Fehlmenge. Eine Aufsicht wird informiert.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="92" />
        <source>No other line is open.</source>
        <translation>Keine andere Position ist offen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="92" />
        <source>Skipped. It comes back at the end.</source>
        <translation>Übersprungen. Sie kommt am Ende wieder.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="98" />
        <source>No pick is open.</source>
        <translation>Keine Kommissionierung ist offen.</translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="108" />
        <source>%1 is done.</source>
        <translation>%1 ist erledigt.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::PutawayFlow</name>
    <message>
        <location filename="../models/putawayflow.cpp" line="79" />
        <source>Package %1</source>
        <translation>Packstück %1</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="93" />
        <source>Several lots of this product are at the dock: scan the lot label.</source>
        <translation>Mehrere Chargen dieses Artikels stehen an der Rampe: Scannen Sie das Chargenetikett.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="103" />
        <source>Scan an item or a package from the receiving dock.</source>
        <translation>Scannen Sie einen Artikel oder ein Packstück von der Rampe.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="107" />
        <source>%1 is not waiting at the receiving dock.</source>
        <translation>%1 wartet nicht an der Rampe.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="117" />
        <source>Take %1 to %2 and scan it.</source>
        <translation>Bringen Sie %1 nach %2 und scannen Sie das Fach.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="119" />
        <source>No free bin found. Scan any bin and give a reason.</source>
        <translation>Kein freies Fach gefunden. Scannen Sie ein Fach und nennen Sie einen Grund.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="164" />
        <source>Scan the bin %1.</source>
        <translation>Scannen Sie das Fach %1.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="164" />
        <source>Scan a bin.</source>
        <translation>Scannen Sie ein Fach.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="174" />
        <source>%1 is not a bin of this warehouse.</source>
        <translation>%1 ist kein Fach dieses Lagers.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="182" />
        <source>%1 is not the suggested bin %2. Give a reason, or scan %2.</source>
        <translation>%1 ist nicht das vorgeschlagene Fach %2. Nennen Sie einen Grund oder scannen Sie %2.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="183" />
        <source>Give a reason for %1.</source>
        <translation>Nennen Sie einen Grund für %1.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="189" />
        <source>Scan the bin you put the item in first.</source>
        <translation>Scannen Sie zuerst das Fach, in das Sie die Ware gelegt haben.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="193" />
        <source>Choose a reason.</source>
        <translation>Wählen Sie einen Grund.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="203" />
        <source>%1 is not a quantity for this item.</source>
        <translation>%1 ist keine Menge für diesen Artikel.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="208" />
        <source>Only %1 are at the dock.</source>
        <translation>Nur %1 stehen an der Rampe.</translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="239" />
        <source>%1 put away in %2.</source>
        <translation>%1 in %2 eingelagert.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::ReceiveFlow</name>
    <message>
        <location filename="../models/receiveflow.cpp" line="65" />
        <source>This is not a receipt of this warehouse.</source>
        <translation>Das ist kein Wareneingang dieses Lagers.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="80" />
        <source>Receiving %1. Scan the items.</source>
        <translation>Wareneingang %1. Scannen Sie die Artikel.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="130" />
        <source>Scan a receipt or its purchase order.</source>
        <translation>Scannen Sie einen Wareneingang oder seine Bestellung.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="141" />
        <source>Enter the expiry date, or confirm without one.</source>
        <translation>Geben Sie das Verfallsdatum ein oder bestätigen Sie ohne.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="151" />
        <source>Unknown barcode %1. Scan another label of the item.</source>
        <translation>Unbekannter Barcode %1. Scannen Sie ein anderes Etikett des Artikels.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="152" />
        <source>Scan an item of the receipt.</source>
        <translation>Scannen Sie einen Artikel des Wareneingangs.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="160" />
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="164" />
        <source>Confirm the quantity of %1 first.</source>
        <translation>Bestätigen Sie zuerst die Menge von %1.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="169" />
        <source>This product is not in the store.</source>
        <translation>Dieser Artikel ist nicht auf dem Gerät bekannt.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="194" />
        <source>%1 is not on this receipt. It will be received and reported.</source>
        <translation>%1 ist nicht in diesem Wareneingang. Es wird angenommen und gemeldet.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="196" />
        <source>More than expected: %1 of %2. It will be reported.</source>
        <translation>Mehr als erwartet: %1 von %2. Es wird gemeldet.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="198" />
        <source>%1: %2 of %3 %4.</source>
        <translation>%1: %2 von %3 %4.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="214" />
        <source>Scan the lot number of %1.</source>
        <translation>Scannen Sie die Chargennummer von %1.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="221" />
        <source>%1 is not a quantity.</source>
        <translation>%1 ist keine Menge.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="231" />
        <source>Scan an item first.</source>
        <translation>Scannen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="235" />
        <source>Enter the quantity received.</source>
        <translation>Geben Sie die erhaltene Menge ein.</translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="239" />
        <source>Serial numbers are received one by one: the quantity is 1.</source>
        <translation>Seriennummern werden einzeln angenommen: Die Menge ist 1.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="12" />
        <source>Enter the lot number.</source>
        <translation>Geben Sie die Chargennummer ein.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="34" />
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="47" />
        <source>Scan the serial number.</source>
        <translation>Scannen Sie die Seriennummer.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="47" />
        <source>Scan or enter the lot number.</source>
        <translation>Scannen oder geben Sie die Chargennummer ein.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="52" />
        <source>New lot %1: enter its expiry date.</source>
        <translation>Neue Charge %1: Geben Sie das Verfallsdatum ein.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="88" />
        <source>Received %1 × %2, reported as unexpected.</source>
        <translation>%1 × %2 angenommen, als unerwartet gemeldet.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="90" />
        <source>Received %1 × %2, reported as over-receipt.</source>
        <translation>%1 × %2 angenommen, als Mehrlieferung gemeldet.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="92" />
        <source>Received %1 × %2.</source>
        <translation>%1 × %2 angenommen.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="107" />
        <source>No receipt is open.</source>
        <translation>Kein Wareneingang ist offen.</translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="114" />
        <source>%1 is done.</source>
        <translation>%1 ist erledigt.</translation>
    </message>
</context>
<context>
    <name>stockhand::ui::Session</name>
    <message numerus="yes">
        <location filename="../models/session.cpp" line="56" />
        <source>%n operation(s) of %1 are not sent yet. Wait for the sync, or ask a supervisor.</source>
        <translation><numerusform>%n Vorgang von %1 ist noch nicht gesendet. Warten Sie auf die Synchronisierung oder fragen Sie eine Aufsicht.</numerusform><numerusform>%n Vorgänge von %1 sind noch nicht gesendet. Warten Sie auf die Synchronisierung oder fragen Sie eine Aufsicht.</numerusform></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::SignInFlow</name>
    <message>
        <location filename="../models/signinflow.cpp" line="21" />
        <source>This is not a badge. Scan your badge to sign in.</source>
        <translation>Das ist kein Ausweis. Scannen Sie Ihren Ausweis, um sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="25" />
        <source>The badge of %1 is not active. Ask a supervisor.</source>
        <translation>Der Ausweis von %1 ist nicht aktiv. Fragen Sie eine Aufsicht.</translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="32" />
        <source>Hello %1. Enter your PIN.</source>
        <translation>Hallo %1. Geben Sie Ihre PIN ein.</translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="47" />
        <source>This user is no longer known on this device.</source>
        <translation>Dieser Benutzer ist auf diesem Gerät nicht mehr bekannt.</translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="57" />
        <source>Wrong PIN. Try again.</source>
        <translation>Falsche PIN. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="64" />
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
</context>
</TS>