<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdjustmentsPage</name>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="33"/>
        <source>Count adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="39"/>
        <source>%1 of %2 shown · %3 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="47"/>
        <source>Find location, product, lot, counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="54"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="65"/>
        <source>Approve selected (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="66"/>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="73"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="79"/>
        <source>Request recount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="85"/>
        <source>Select all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="89"/>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="99"/>
        <source>Variance = counted − book at the counted time. Moves since the count are shown for information: they do not change the variance, and an approval books the variance onto today&apos;s stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="189"/>
        <source>No count adjustment waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="190"/>
        <source>No count adjustment matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleExceptionsPage</name>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="29"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="35"/>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="42"/>
        <source>Find transfer, location, product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="48"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="54"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="54"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="54"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="60"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="118"/>
        <source>area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="128"/>
        <source>Request recount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="135"/>
        <source>Open transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="142"/>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="153"/>
        <source>No exception matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="164"/>
        <source>Request a recount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="164"/>
        <source>Acknowledge the exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="169"/>
        <source>Acknowledge it on this computer? It leaves the open list here; the server&apos;s records do not change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleMain</name>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="16"/>
        <source>Stockhand — supervisor console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="30"/>
        <source>Supervisor console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="37"/>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="52"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="72"/>
        <source>Count adjustments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="77"/>
        <source>Exceptions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="82"/>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSignInPage</name>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="23"/>
        <source>Supervisor console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="29"/>
        <source>Sign in with your badge and PIN. Decisions are saved on this computer and sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="33"/>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="38"/>
        <source>Scan or type your badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="42"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="54"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <location filename="../qml/CountPage.qml" line="21"/>
        <source>Recount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="21"/>
        <source>Blind count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="29"/>
        <source>Go to location and scan it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="30"/>
        <source>Scan every item at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="31"/>
        <source>All locations counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="34"/>
        <source>Last: %1 · counted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="50"/>
        <source>Set count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="63"/>
        <source>Close location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="72"/>
        <source>Back to tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="16"/>
        <source>(no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="26"/>
        <source>Approve count adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="27"/>
        <source>Reject a count adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="27"/>
        <source>Request a recount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="44"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="51"/>
        <source>Choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="59"/>
        <source>Note (needed for some reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="73"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="78"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="79"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="79"/>
        <source>Request recount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="18"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ExceptionsPage.qml" line="19"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="79"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="89"/>
        <source>No exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../qml/HomePage.qml" line="1"/>
        <source>Print labels (%n not printed)</source>
        <translation>
            <numerusform>Print labels (%n not printed)</numerusform>
            <numerusform>Print labels (%n not printed)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="20"/>
        <source>Picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="20"/>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="21"/>
        <source>Putaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="21"/>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="37"/>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="89"/>
        <source>Exceptions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="104"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <location filename="../qml/LineDelegate.qml" line="53"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="53"/>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="54"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="54"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15"/>
        <source>Stockhand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message numerus="yes">
        <location filename="../qml/PickPage.qml" line="26"/>
        <source>%n line(s) open</source>
        <translation>
            <numerusform>%n line open</numerusform>
            <numerusform>%n lines open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="34"/>
        <source>Go to location and scan it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="35"/>
        <source>Scan product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="36"/>
        <source>Quantity picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="37"/>
        <source>Scan lot or serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="38"/>
        <source>All lines done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="44"/>
        <source>Validate the pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="47"/>
        <source>Pick %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="64"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="80"/>
        <source>Short pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="87"/>
        <source>Skip line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="100"/>
        <source>Finish, backorder the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="100"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="108"/>
        <source>Finish, close short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="130"/>
        <source>Why is the line short?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PutawayPage</name>
    <message>
        <location filename="../qml/PutawayPage.qml" line="20"/>
        <source>Putaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PutawayPage.qml" line="21"/>
        <source>%n item(s) at the receiving dock</source>
        <translation>
            <numerusform>%n item at the receiving dock</numerusform>
            <numerusform>%n items at the receiving dock</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="29"/>
        <source>Scan an item or package at the dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="30"/>
        <source>Take it to this bin and scan it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="31"/>
        <source>Why not the suggested bin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="34"/>
        <source>qty %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="50"/>
        <source>Set quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="77"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantityPad</name>
    <message>
        <location filename="../qml/QuantityPad.qml" line="9"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonChooser</name>
    <message>
        <location filename="../qml/ReasonChooser.qml" line="56"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message numerus="yes">
        <location filename="../qml/ReceivePage.qml" line="26"/>
        <source>%n line(s) open</source>
        <translation>
            <numerusform>%n line open</numerusform>
            <numerusform>%n lines open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="34"/>
        <source>Scan an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="35"/>
        <source>Quantity received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="36"/>
        <source>Scan or enter the lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="37"/>
        <source>Expiry date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="41"/>
        <source>Lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="42"/>
        <source>exp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="54"/>
        <source>NOT ON THIS RECEIPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="54"/>
        <source>MORE THAN EXPECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="76"/>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="76"/>
        <source>2027-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="91"/>
        <source>No expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="101"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="117"/>
        <source>Finish, backorder the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="117"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="125"/>
        <source>Finish, close short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <location filename="../qml/ScanInput.qml" line="10"/>
        <source>Scan or type a code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/SignInPage.qml" line="18"/>
        <source>Stockhand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="26"/>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="26"/>
        <source>Scan your badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="29"/>
        <source>Sign-in works without network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="30"/>
        <source>This device has no users yet: enrol it with a server (--server, --enrol) or start it with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="42"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="51"/>
        <source>Other badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="27"/>
        <location filename="../qml/SignInPage.qml" line="44"/>
        <source>Enrol this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="31"/>
        <source>This device is not enrolled yet: scan the enrolment QR code from the supervisor console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="60"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="61"/>
        <source>CA fingerprint: none (no certificate pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="62"/>
        <source>CA fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="63"/>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="75"/>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../qml/SyncBar.qml" line="42"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="42"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncBar.qml" line="15"/>
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="14"/>
        <source>syncing %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="17"/>
        <source>(oldest %1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="19"/>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="19"/>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <location filename="../qml/TaskListPage.qml" line="43"/>
        <source>Picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="43"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="43"/>
        <source>Count tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="44"/>
        <source>Choose one or scan its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="79"/>
        <source>RECOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TaskListPage.qml" line="86"/>
        <source>%1 of %n line(s) open</source>
        <translation>
            <numerusform>%1 of %n line open</numerusform>
            <numerusform>%1 of %n lines open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="101"/>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="111"/>
        <source>Pick the first %1 together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../qml/TransferPanel.qml" line="25"/>
        <source>Pick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="25"/>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="31"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="43"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="44"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="45"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="46"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TransferPanel.qml" line="47"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::AdjustmentTableModel</name>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="70"/>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="73"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="75"/>
        <source>Rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="77"/>
        <source>Recount request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="79"/>
        <source>%1 not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="81"/>
        <source>%1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="82"/>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="101"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="103"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="104"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="128"/>
        <source>book 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="133"/>
        <source>%1 (assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="139"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="145"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="149"/>
        <source>Recount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="149"/>
        <source>Recount · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="207"/>
        <source>Moves since the count do not change the variance: it is taken at the counted time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="213"/>
        <source>Other counts of the same location, product and lot, with their state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="243"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="245"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="247"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="249"/>
        <source>Book at count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="251"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="253"/>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="255"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="257"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="259"/>
        <source>Counted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="261"/>
        <source>Counted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="263"/>
        <source>Moved since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="265"/>
        <source>Other counts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/adjustmenttable.cpp" line="267"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::ConsoleExceptionsModel</name>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="38"/>
        <location filename="../models/consoleexceptions.cpp" line="143"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="49"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="69"/>
        <source>This exception is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="115"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="115"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="163"/>
        <source>No such exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="172"/>
        <source>The source of this exception is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="178"/>
        <source>Over-pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="180"/>
        <source>Negative stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="182"/>
        <source>Unknown lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="184"/>
        <source>Two devices on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="186"/>
        <source>Unexpected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="188"/>
        <source>Over-receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="190"/>
        <source>Short pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="192"/>
        <source>Putaway deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="194"/>
        <source>After a refused operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="196"/>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="203"/>
        <source>pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="205"/>
        <source>short pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="207"/>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="209"/>
        <source>move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="211"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="213"/>
        <source>closing a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="215"/>
        <source>approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="217"/>
        <source>rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="219"/>
        <source>recount request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::CountFlow</name>
    <message>
        <location filename="../models/countflow.cpp" line="73"/>
        <source>This is not a count task of this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="83"/>
        <source>Counting %1. Go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="127"/>
        <source>Scan a count task to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="130"/>
        <source>Every location of this task is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="134"/>
        <source>Scan the location first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="142"/>
        <source>Counting %1. Scan every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="146"/>
        <source>%1 is not to be counted in this task. Go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="151"/>
        <source>Already counting here. Scan the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="152"/>
        <source>Close %1 before you count another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="165"/>
        <source>Unknown barcode %1. Count it by another label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="166"/>
        <source>Scan an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="171"/>
        <source>This recount is for %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="176"/>
        <source>This product is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="181"/>
        <source>%1 is tracked by lot: scan the lot label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="196"/>
        <source>Serial %1 was already counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="201"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="208"/>
        <source>Scan the item first, then enter its count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="208"/>
        <source>%1 is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="219"/>
        <source>Scan a location first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="257"/>
        <source>%1 closed. The count task is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="260"/>
        <source>%1 closed. Next: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::ExceptionsModel</name>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="13"/>
        <source>Your user may not do this. Ask a supervisor to do it or to give you the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="15"/>
        <source>Someone closed this transfer already. Check the goods with a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="17"/>
        <source>The task changed on the server. Wait for the sync and do the line again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="19"/>
        <source>This device does not know the latest data. Wait for the sync, then do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="21"/>
        <source>The device sent something the server cannot read. Report it to IT with this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="23"/>
        <source>An earlier operation on the same line was rejected. Check this one with a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="25"/>
        <source>Source and destination were the same. Put the goods away again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="26"/>
        <source>Show this to a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::FlowBase</name>
    <message>
        <location filename="../models/flowbase.cpp" line="27"/>
        <source>This barcode could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="67"/>
        <source>The store on this device failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="82"/>
        <source>Not saved: %1. Nothing was recorded; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="93"/>
        <source>Your user may not do this: it needs the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::HandheldApp</name>
    <message>
        <location filename="../models/handheldapp.cpp" line="101"/>
        <source>Open a task to scan into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::PickFlow</name>
    <message>
        <location filename="../models/pickflow.cpp" line="91"/>
        <source>This is not a pick of this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pickflow.cpp" line="103"/>
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 + %n more</numerusform>
            <numerusform>%1 + %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="111"/>
        <source>Picking %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="188"/>
        <source>Scan a pick list to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="191"/>
        <source>All lines are done. Validate the pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="195"/>
        <source>Scan the location %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="197"/>
        <source>Wrong location: %1. Go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="201"/>
        <source>At %1. Scan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="207"/>
        <source>Already at %1. Scan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="224"/>
        <source>Scan the product %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="228"/>
        <source>Wrong product: %1. Pick %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="245"/>
        <source>%1 scanned, but only %2 are left to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="247"/>
        <source>%1 of %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="254"/>
        <source>Lot %1 is not known for %2. Scan another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="258"/>
        <source>Wrong lot: %1. This line needs lot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="267"/>
        <source>Lot %1 is not at %2. Scan a lot from this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="279"/>
        <location filename="../models/pickflow.cpp" line="334"/>
        <source>Scan the lot or serial number of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="283"/>
        <source>Wrong lot: %1 belongs to another product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="299"/>
        <source>Serial %1 picked. Scan the next serial (%2 left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="307"/>
        <source>%1 is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="320"/>
        <source>Scan the product first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="324"/>
        <source>Enter the quantity you picked, or short pick the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="328"/>
        <source>Only %1 are left to pick on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="21"/>
        <source>Picked %1. %2 left on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="25"/>
        <source>Picked %1. All lines done: validate the pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="26"/>
        <source>Picked %1. Next: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="34"/>
        <source>There is no line to short pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="38"/>
        <source>Choose a reason for the short pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="43"/>
        <source>Scan the lot of what you picked first, or short pick nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="47"/>
        <source>With %1 the line is complete: confirm instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="56"/>
        <source>Line short by %1. A supervisor is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="68"/>
        <source>No other line is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="68"/>
        <source>Skipped. It comes back at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="74"/>
        <source>No pick is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="84"/>
        <source>%1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::PutawayFlow</name>
    <message>
        <location filename="../models/putawayflow.cpp" line="79"/>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="93"/>
        <source>Several lots of this product are at the dock: scan the lot label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="103"/>
        <source>Scan an item or a package from the receiving dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="107"/>
        <source>%1 is not waiting at the receiving dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="117"/>
        <source>Take %1 to %2 and scan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="119"/>
        <source>No free bin found. Scan any bin and give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="138"/>
        <source>Scan the bin %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="138"/>
        <source>Scan a bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="147"/>
        <source>%1 is not a bin of this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="155"/>
        <source>%1 is not the suggested bin %2. Give a reason, or scan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="156"/>
        <source>Give a reason for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="162"/>
        <source>Scan the bin you put the item in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="166"/>
        <source>Choose a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="176"/>
        <source>%1 is not a quantity for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="181"/>
        <source>Only %1 are at the dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="199"/>
        <source>%1 put away in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::ReceiveFlow</name>
    <message>
        <location filename="../models/receiveflow.cpp" line="65"/>
        <source>This is not a receipt of this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="80"/>
        <source>Receiving %1. Scan the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="126"/>
        <source>Scan a receipt or its purchase order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="137"/>
        <source>Enter the expiry date, or confirm without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="147"/>
        <source>Unknown barcode %1. Scan another label of the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="148"/>
        <source>Scan an item of the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="156"/>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="160"/>
        <source>Confirm the quantity of %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="165"/>
        <source>This product is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="189"/>
        <source>%1 is not on this receipt. It will be received and reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="191"/>
        <source>More than expected: %1 of %2. It will be reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="193"/>
        <source>%1: %2 of %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="209"/>
        <source>Scan the lot number of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="216"/>
        <source>%1 is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="226"/>
        <source>Scan an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="230"/>
        <source>Enter the quantity received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="234"/>
        <source>Serial numbers are received one by one: the quantity is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="13"/>
        <source>Enter the lot number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="34"/>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="47"/>
        <source>Scan the serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="47"/>
        <source>Scan or enter the lot number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="52"/>
        <source>New lot %1: enter its expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="74"/>
        <source>Received %1 × %2, reported as unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="76"/>
        <source>Received %1 × %2, reported as over-receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="78"/>
        <source>Received %1 × %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="93"/>
        <source>No receipt is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="100"/>
        <source>%1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::Session</name>
    <message numerus="yes">
        <location filename="../models/session.cpp" line="42"/>
        <source>%n operation(s) of %1 are not sent yet. Wait for the sync, or ask a supervisor.</source>
        <translation>
            <numerusform>%n operation of %1 is not sent yet. Wait for the sync, or ask a supervisor.</numerusform>
            <numerusform>%n operations of %1 are not sent yet. Wait for the sync, or ask a supervisor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockhand::ui::SignInFlow</name>
    <message>
        <location filename="../models/signinflow.cpp" line="21"/>
        <source>This is not a badge. Scan your badge to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="25"/>
        <source>The badge of %1 is not active. Ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="32"/>
        <source>Hello %1. Enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="44"/>
        <source>This user is no longer known on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="42"/>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="56"/>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::SupervisorConsole</name>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="39"/>
        <source>This badge is not known on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="50"/>
        <source>%1 is not a supervisor: the console is for supervisors and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="54"/>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="76"/>
        <source>Choose a reason: an approval needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="79"/>
        <source>The store on this device failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="81"/>
        <source>%1 is not a reason for count adjustments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="83"/>
        <source>The reason %1 needs a note: say what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="114"/>
        <source>• %1 — %2%3: counted %4 against %5 on the books, %6 (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="116"/>
        <source>, lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="121"/>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="126"/>
        <source>Approve %1 count adjustment(s)? The stock on the books changes by each variance (total value %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="129"/>
        <source>Approve %1 count adjustment(s) with the reason “%2”? The stock on the books changes by each variance (total value %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="136"/>
        <source>Reject %1 count adjustment(s)? The books stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="137"/>
        <source>Reject %1 count adjustment(s) with the reason “%2”? The books stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="142"/>
        <source>Request a recount of %1 place(s)? The count(s) below are set aside and a recount task is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="162"/>
        <source>Adjustment %1 is no longer pending on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="166"/>
        <source>A decision on %1 is already on its way to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="174"/>
        <source>Select the adjustments to decide on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="199"/>
        <source>%1 approval(s) saved. They are sent with the next sync; the table shows the server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="217"/>
        <source>Rejection saved: the books stay as they are once the server has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="231"/>
        <source>Recount requested: the server creates a recount task for this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="240"/>
        <source>Request a recount for this exception?
%1
The server creates a recount task for the location (and product) named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="250"/>
        <source>This exception names no location to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="257"/>
        <source>Recount requested: the server creates a recount task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="276"/>
        <source>This exception names no pick or receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="298"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="306"/>
        <source>Acknowledged on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="319"/>
        <source>Scan a location, product or lot to find its counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="323"/>
        <source>Showing the counts of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::KpiModel</name>
    <message>
        <source>Enter the range as two dates, YYYY-MM-DD, the first not after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has no server: the KPIs are computed by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: these are the last figures the console got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached and no figures were fetched before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in online with your password to see the KPIs (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures from just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>figures from %n min ago</source>
        <translation>
            <numerusform>figures from %n min ago</numerusform>
            <numerusform>figures from %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>figures from %n h ago</source>
        <translation>
            <numerusform>figures from %n h ago</numerusform>
            <numerusform>figures from %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>figures from %n days ago</source>
        <translation>
            <numerusform>figures from %n day ago</numerusform>
            <numerusform>figures from %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>warehouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, %3 (days in UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory record accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 counted locations within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count variance (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute %1 · value %2 (absolute %3) · %4 counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines picked per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines in %2 active hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines received per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order fill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pick lines filled at validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dock-to-stock (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90 %1 h · %2 put away · %3 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pick lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 older than 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no figures to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentCodeDialog</name>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="13"/>
        <source>New enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="25"/>
        <source>Device name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="30"/>
        <source>e.g. Dock scanner 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="34"/>
        <source>Issue code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="67"/>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="72"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="78"/>
        <source>No CA fingerprint (plain HTTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="79"/>
        <source>CA fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeDialog.qml" line="86"/>
        <source>On the handheld&apos;s sign-in page, tap “Enrol this device” and scan the code, or type the code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>Export the KPIs as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet: choose a range and press Show (the server computes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory record accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locations within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count variance (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count variance (value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines per active hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order fill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick lines filled at validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dock-to-stock (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backorder ageing (open lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines by hour of day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <location filename="../qml/FleetPage.qml" line="24"/>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FleetPage.qml" line="30"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="42"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="48"/>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="54"/>
        <source>New enrolment code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="137"/>
        <source>No device to show yet: refresh while online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="148"/>
        <source>Revoke a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="158"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FleetPage.qml" line="162"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::EnrolFlow</name>
    <message>
        <location filename="../models/enrolflow.cpp" line="39"/>
        <location filename="../models/enrolflow.cpp" line="51"/>
        <source>This device is already enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="43"/>
        <source>Scan the enrolment QR code the supervisor shows on the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="57"/>
        <source>This is not a Stockhand enrolment code. Scan the QR code of “New enrolment code” on the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="59"/>
        <source>This enrolment code is from a newer Stockhand: update this app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="60"/>
        <source>The enrolment code cannot be read completely: scan it again, or ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="69"/>
        <source>The code names no CA fingerprint: the server must have a certificate this device already trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="80"/>
        <source>Enrolling with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="87"/>
        <source>Enrolment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/enrolflow.cpp" line="90"/>
        <source>Enrolled. The first sync brings the users of the warehouse: then sign in.</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="67"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="67"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="77"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="77"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="139"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="141"/>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="143"/>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="145"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="147"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="149"/>
        <source>Oldest pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="151"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="153"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="210"/>
        <source>Not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="212"/>
        <source>Offline: the list fetched %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="212"/>
        <source>Fetched %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="230"/>
        <source>This device is not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="234"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="257"/>
        <source>Sign in online with your password to manage the fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="259"/>
        <source>Only supervisors and admins manage the fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="286"/>
        <source>The server cannot be reached: showing the last list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="305"/>
        <source>Revoke “%1” (%2)? Its token stops working at once: it cannot sync until it is enrolled again. Operations it has not sent stay on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="313"/>
        <source>No such device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="318"/>
        <source>This is the device you are using: revoke it from another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="326"/>
        <source>“%1” is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="331"/>
        <source>The server cannot be reached: nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/fleetmodel.cpp" line="348"/>
        <source>The server cannot be reached: enrolment codes are issued online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintLabelPage</name>
    <message numerus="yes">
        <location filename="../qml/PrintLabelPage.qml" line="1"/>
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PrintLabelPage.qml" line="1"/>
        <source>Print %n label(s)</source>
        <translation>
            <numerusform>Print %n label</numerusform>
            <numerusform>Print %n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PrintLabelPage.qml" line="1"/>
        <source>%n label(s) not printed</source>
        <translation>
            <numerusform>%n label not printed</numerusform>
            <numerusform>%n labels not printed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockhand::ui::ReceivingStation</name>
    <message numerus="yes">
        <source>%n line(s) of this delivery are not recorded yet: record them (Ctrl+Enter) or discard them first.</source>
        <translation>
            <numerusform>%n line of this delivery is not recorded yet: record it (Ctrl+Enter) or discard it first.</numerusform>
            <numerusform>%n lines of this delivery are not recorded yet: record them (Ctrl+Enter) or discard them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of this delivery are not recorded yet: record them (Ctrl+Enter) or discard them.</source>
        <translation>
            <numerusform>%n line of this delivery is not recorded yet: record it (Ctrl+Enter) or discard it.</numerusform>
            <numerusform>%n lines of this delivery are not recorded yet: record them (Ctrl+Enter) or discard them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) expect %1.</source>
        <translation>
            <numerusform>%n receipt expects %1.</numerusform>
            <numerusform>%n receipts expect %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2 expires on %3: less than the %n day(s) of shelf life this site accepts. It goes to quarantine as &quot;expiry too short&quot;; choose &quot;As expected&quot; to receive it as stock.</source>
        <translation>
            <numerusform>%1%2 expires on %3: less than the %n day of shelf life this site accepts. It goes to quarantine as &quot;expiry too short&quot;; choose &quot;As expected&quot; to receive it as stock.</numerusform>
            <numerusform>%1%2 expires on %3: less than the %n days of shelf life this site accepts. It goes to quarantine as &quot;expiry too short&quot;; choose &quot;As expected&quot; to receive it as stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 leaves less than the %n day(s) of shelf life this site accepts: &quot;expiry too short&quot; sends it to quarantine.</source>
        <translation>
            <numerusform>%1 leaves less than the %n day of shelf life this site accepts: &quot;expiry too short&quot; sends it to quarantine.</numerusform>
            <numerusform>%1 leaves less than the %n days of shelf life this site accepts: &quot;expiry too short&quot; sends it to quarantine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in this delivery; Ctrl+Enter records them.</source>
        <translation>
            <numerusform>%n line in this delivery; Ctrl+Enter records it.</numerusform>
            <numerusform>%n lines in this delivery; Ctrl+Enter records them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %n line(s) of %1:</source>
        <translation>
            <numerusform>Record %n line of %1:</numerusform>
            <numerusform>Record %n lines of %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n line(s) over the ordered quantity, reported</source>
        <translation>
            <numerusform>• %n line over the ordered quantity, reported</numerusform>
            <numerusform>• %n lines over the ordered quantity, reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n line(s) of items not on the receipt, reported</source>
        <translation>
            <numerusform>• %n line of an item not on the receipt, reported</numerusform>
            <numerusform>• %n lines of items not on the receipt, reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n line(s) of %1 are saved on this computer and go to the server with the next sync.</source>
        <translation>
            <numerusform>Recorded: %n line of %1 is saved on this computer and goes to the server with the next sync.</numerusform>
            <numerusform>Recorded: %n lines of %1 are saved on this computer and go to the server with the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) still expect</source>
        <translation>
            <numerusform>%n line still expects</numerusform>
            <numerusform>%n lines still expect</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of this delivery are not recorded yet: record them (Ctrl+Enter) or take them back before finishing.</source>
        <translation>
            <numerusform>%n line of this delivery is not recorded yet: record it (Ctrl+Enter) or take it back before finishing.</numerusform>
            <numerusform>%n lines of this delivery are not recorded yet: record them (Ctrl+Enter) or take them back before finishing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label line(s) sent to printing.</source>
        <translation>
            <numerusform>%n label line sent to printing.</numerusform>
            <numerusform>%n label lines sent to printing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockhand::ui::LabelPrint</name>
    <message numerus="yes">
        <location filename="../models/labelprint.cpp" line="1"/>
        <source>%n label(s), %1 in</source>
        <translation>
            <numerusform>%n label, %1 in</numerusform>
            <numerusform>%n labels, %1 in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivingPage</name>
    <message numerus="yes">
        <source>%n line(s) of this delivery are not recorded. Leaving discards them: nothing of them is saved.</source>
        <translation>
            <numerusform>%n line of this delivery is not recorded. Leaving discards it: nothing of it is saved.</numerusform>
            <numerusform>%n lines of this delivery are not recorded. Leaving discards them: nothing of them is saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivingEntry</name>
    <message numerus="yes">
        <source>This delivery: %n line(s), not recorded yet</source>
        <translation>
            <numerusform>This delivery: %n line, not recorded yet</numerusform>
            <numerusform>This delivery: %n lines, not recorded yet</numerusform>
        </translation>
    </message>
</context>
</TS>
