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
        <location filename="../qml/AdjustmentsPage.qml" line="60"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="71"/>
        <source>Approve selected (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="72"/>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="79"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="85"/>
        <source>Request recount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="91"/>
        <source>Select all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="95"/>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="107"/>
        <source>Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="115"/>
        <source>Variance = counted − book at the counted time. Moves since the count are shown for information: they do not change the variance, and an approval books the variance onto today&apos;s stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="221"/>
        <source>No count adjustment waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AdjustmentsPage.qml" line="222"/>
        <source>No count adjustment matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../qml/CameraPage.qml" line="50"/>
        <source>Camera scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="51"/>
        <source>Hold the code inside the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="51"/>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="85"/>
        <source>This device has no camera that Stockhand can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="94"/>
        <source>Scan with the hardware scanner, or type the code in the scan field below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="119"/>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="129"/>
        <source>Light off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CameraPage.qml" line="129"/>
        <source>Light on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/ConfirmDialog.qml" line="67"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleExceptionsPage</name>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="30"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="36"/>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="43"/>
        <source>Find transfer, location, product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="55"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="67"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="67"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="67"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="79"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="137"/>
        <source>area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="147"/>
        <source>Request recount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="154"/>
        <source>Open transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="161"/>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="172"/>
        <source>No exception matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="183"/>
        <source>Request a recount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="183"/>
        <source>Acknowledge the exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="199"/>
        <source>Acknowledge this exception for everyone? The server records who resolved it, when and your note; every device sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="200"/>
        <source>Acknowledge it on this computer? It leaves the open list here; the server&apos;s records do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="203"/>
        <source>Note (what you found or did)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleExceptionsPage.qml" line="211"/>
        <source>e.g. found 2 behind the pallet, recounted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleMain</name>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="17"/>
        <source>Stockhand — desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="43"/>
        <source>Supervisor console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="43"/>
        <source>Receiving station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="50"/>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="65"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="87"/>
        <source>Count adjustments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="92"/>
        <source>Exceptions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="97"/>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="102"/>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleMain.qml" line="107"/>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSignInPage</name>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="25"/>
        <source>Stockhand desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="31"/>
        <source>Supervisors: your login or badge and your password. The server checks it once; for 12 hours the console then opens on this computer with the same password, also offline. Decisions are saved here and sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="37"/>
        <source>Receiving clerks: scan your badge and type your PIN; this computer checks it, also offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="41"/>
        <source>Login or badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="46"/>
        <source>Type your login or scan your badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="50"/>
        <source>Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="61"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConsoleSignInPage.qml" line="74"/>
        <source>Checking your password with the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <location filename="../qml/CountPage.qml" line="27"/>
        <source>Recount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="27"/>
        <source>Blind count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="76"/>
        <source>Set count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="32"/>
        <source>Close location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="44"/>
        <source>SCAN BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="45"/>
        <source>COUNTING %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="46"/>
        <source>ALL LOCATIONS COUNTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="48"/>
        <source>SCAN EVERY ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="49"/>
        <source>Task complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="50"/>
        <source>COUNTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="56"/>
        <source>Last: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="57"/>
        <source>then close the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="123"/>
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
        <location filename="../qml/DecisionDialog.qml" line="57"/>
        <source>Choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="65"/>
        <source>Note (needed for some reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="79"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="84"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="85"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DecisionDialog.qml" line="85"/>
        <source>Request recount</source>
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
    <name>ExceptionsPage</name>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="42"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ExceptionsPage.qml" line="43"/>
        <source>%n open on this device</source>
        <translation>
            <numerusform>%n open on this device</numerusform>
            <numerusform>%n open on this device</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ExceptionsPage.qml" line="44"/>
        <source>%n of yours to check</source>
        <translation>
            <numerusform>%n of yours to check</numerusform>
            <numerusform>%n of yours to check</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="124"/>
        <source>Done by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="139"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="154"/>
        <source>Seen: take it off this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="166"/>
        <source>Nothing of yours to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="165"/>
        <source>No exceptions.</source>
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
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../qml/HomePage.qml" line="135"/>
        <source>Print labels (%n not printed)</source>
        <translation>
            <numerusform>Print labels (%n not printed)</numerusform>
            <numerusform>Print labels (%n not printed)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="24"/>
        <source>Picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="24"/>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="25"/>
        <source>Putaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="25"/>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="51"/>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="111"/>
        <source>Exceptions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="127"/>
        <source>Scan with the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="136"/>
        <source>Print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="160"/>
        <source>What is here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="168"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="222"/>
        <source>%1 cannot sign out yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="253"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="260"/>
        <source>Supervisor release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="272"/>
        <source>Supervisor: scan your badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="273"/>
        <source>Supervisor: enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="281"/>
        <source>A release signs %1 out now. The unsent operations stay theirs: they are sent with the next sync as %1&apos;s, signed as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="291"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="303"/>
        <source>Stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../qml/KpiPage.qml" line="94"/>
        <source>Export the KPIs as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="97"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="110"/>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="114"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="123"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="137"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="146"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="146"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="153"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="192"/>
        <source>No figures yet: choose a range and press Show (the server computes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="253"/>
        <source>Inventory record accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="257"/>
        <source>locations within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="263"/>
        <source>Count variance (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="264"/>
        <location filename="../qml/KpiPage.qml" line="272"/>
        <source>net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="264"/>
        <location filename="../qml/KpiPage.qml" line="273"/>
        <source>absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="270"/>
        <source>Count variance (value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="279"/>
        <source>Lines per active hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="280"/>
        <location filename="../qml/KpiPage.qml" line="372"/>
        <source>picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="280"/>
        <location filename="../qml/KpiPage.qml" line="381"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="286"/>
        <source>Order fill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="290"/>
        <source>pick lines filled at validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="296"/>
        <source>Dock-to-stock (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="297"/>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="298"/>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="305"/>
        <source>Backorder ageing (open lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="334"/>
        <source>open lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/KpiPage.qml" line="347"/>
        <source>Lines by hour of day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <location filename="../qml/LineDelegate.qml" line="62"/>
        <source>+%1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="63"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="63"/>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="64"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="64"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <location filename="../qml/LookupPage.qml" line="28"/>
        <source>What is here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LookupPage.qml" line="37"/>
        <source>Scan or type a location, a product or a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LookupPage.qml" line="89"/>
        <source>Lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LookupPage.qml" line="90"/>
        <source>Package %1</source>
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
        <location filename="../qml/PickPage.qml" line="34"/>
        <source>%n line(s) open</source>
        <translation>
            <numerusform>%n line open</numerusform>
            <numerusform>%n lines open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="39"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="45"/>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="57"/>
        <source>SCAN BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="58"/>
        <source>SCAN ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="59"/>
        <source>PICKING NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="60"/>
        <source>SCAN LOT OR SERIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="61"/>
        <source>ALL LINES DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="66"/>
        <location filename="../qml/PickPage.qml" line="132"/>
        <source>Finish the pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="67"/>
        <source>TO PICK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="95"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="132"/>
        <source>Finish now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="139"/>
        <source>Why is the line short?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintLabelPage</name>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="27"/>
        <source>Print a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="40"/>
        <source>Location label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="47"/>
        <source>Lot label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="57"/>
        <source>Scan the lot label or the product&apos;s GS1 barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="58"/>
        <source>Scan the location&apos;s barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="59"/>
        <source>Check the label, then print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="60"/>
        <source>Sending to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="61"/>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="61"/>
        <location filename="../qml/PrintLabelPage.qml" line="201"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="92"/>
        <source>Arrow ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="100"/>
        <source>Arrow ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PrintLabelPage.qml" line="116"/>
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PrintLabelPage.qml" line="139"/>
        <source>Print %n label(s)</source>
        <translation>
            <numerusform>Print %n label</numerusform>
            <numerusform>Print %n labels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="146"/>
        <location filename="../qml/PrintLabelPage.qml" line="229"/>
        <source>Another label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PrintLabelPage.qml" line="179"/>
        <source>%n label(s) not printed</source>
        <translation>
            <numerusform>%n label not printed</numerusform>
            <numerusform>%n labels not printed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="180"/>
        <source>Printed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="200"/>
        <source>Not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="202"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="202"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PrintLabelPage.qml" line="213"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PutawayPage</name>
    <message>
        <location filename="../qml/PutawayPage.qml" line="24"/>
        <source>Putaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PutawayPage.qml" line="25"/>
        <source>%n item(s) at the receiving dock</source>
        <translation>
            <numerusform>%n item at the receiving dock</numerusform>
            <numerusform>%n items at the receiving dock</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="42"/>
        <source>AT THE RECEIVING DOCK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="43"/>
        <source>TAKE IT THERE · SCAN BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="44"/>
        <source>WHY NOT THE SUGGESTED BIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="45"/>
        <source>SCAN ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="46"/>
        <source>any bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="48"/>
        <source>MOVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="52"/>
        <source>or a package label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="72"/>
        <source>Set quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="30"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantityPad</name>
    <message>
        <location filename="../qml/QuantityPad.qml" line="12"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuantityPad.qml" line="85"/>
        <source>All %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonChooser</name>
    <message>
        <location filename="../qml/ReasonChooser.qml" line="57"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message numerus="yes">
        <location filename="../qml/ReceivePage.qml" line="32"/>
        <source>%n line(s) open</source>
        <translation>
            <numerusform>%n line open</numerusform>
            <numerusform>%n lines open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="38"/>
        <source>Cancel item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="50"/>
        <source>NEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="51"/>
        <source>RECEIVING NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="52"/>
        <source>SCAN OR TYPE THE LOT NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="53"/>
        <source>TYPE THE EXPIRY DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="54"/>
        <source>SCAN ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="57"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="58"/>
        <source>NOT EXPECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="58"/>
        <source>EXPECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReceivePage.qml" line="63"/>
        <source>%n line(s) still expected</source>
        <translation>
            <numerusform>%n line still expected</numerusform>
            <numerusform>%n lines still expected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="64"/>
        <source>Lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="65"/>
        <source>exp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="78"/>
        <source>NOT ON THIS RECEIPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="78"/>
        <source>MORE THAN EXPECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="103"/>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="103"/>
        <source>2027-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="123"/>
        <source>No expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="130"/>
        <location filename="../qml/ReceivePage.qml" line="145"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="177"/>
        <source>Finish receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="177"/>
        <source>Finish receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivingEntry</name>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="66"/>
        <source>Scan, or type a SKU or barcode, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="87"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="92"/>
        <source>— scan an item or type its SKU —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="97"/>
        <source>Still expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="104"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="120"/>
        <source> missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="122"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="130"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="130"/>
        <source>not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="133"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="141"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="176"/>
        <source>Goes to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="177"/>
        <source>quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="184"/>
        <source>Stage (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="192"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReceivingEntry.qml" line="218"/>
        <source>This delivery: %n line(s), not recorded yet</source>
        <translation>
            <numerusform>This delivery: %n line, not recorded yet</numerusform>
            <numerusform>This delivery: %n lines, not recorded yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="225"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="258"/>
        <source>−%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="268"/>
        <source> · lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="269"/>
        <source> · exp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="274"/>
        <source>%1 · reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="286"/>
        <source>Take this line back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="295"/>
        <source>Record delivery… (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingEntry.qml" line="304"/>
        <source>Print labels (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivingPage</name>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="23"/>
        <source>Record this delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="23"/>
        <source>Record delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="32"/>
        <source>Finish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="33"/>
        <source>With a backorder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="34"/>
        <source>Closed short: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="35"/>
        <source>Finish with backorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="35"/>
        <source>Close short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="42"/>
        <source>Leave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReceivingPage.qml" line="43"/>
        <source>%n line(s) of this delivery are not recorded. Leaving discards them: nothing of them is saved.</source>
        <translation>
            <numerusform>%n line of this delivery is not recorded. Leaving discards it: nothing of it is saved.</numerusform>
            <numerusform>%n lines of this delivery are not recorded. Leaving discards them: nothing of them is saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="44"/>
        <source>Discard and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="123"/>
        <source>Expected receipts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="131"/>
        <source>Reference, PO, supplier, SKU (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="143"/>
        <source>Expecting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="149"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="199"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="231"/>
        <source>Minimum shelf life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="242"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="265"/>
        <source>Scan the purchase order on the delivery note, a receipt, or an item to find the receipts that expect it — or choose a receipt on the left (↓ and Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="292"/>
        <source>Purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="294"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="306"/>
        <source>Finish… (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="311"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="327"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="328"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="329"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="330"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="331"/>
        <source>Pending here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="332"/>
        <source>This delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="333"/>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="334"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="373"/>
        <source> · lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="414"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="415"/>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="416"/>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="448"/>
        <source>Scan at any time · Enter stage the entry · Esc cancel · Alt+1…7 discrepancy · Ctrl+Z take back the last staged line · Ctrl+Enter record the delivery · Ctrl+D finish · Ctrl+P print labels · Ctrl+F search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="472"/>
        <source>Attach a barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="473"/>
        <source>The barcode %1 is not known. Is it printed on %2?

Confirming records that this barcode is this product (one unit per scan); every device learns it after the next sync. A barcode that already belongs to another product is not overwritten: a supervisor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReceivingPage.qml" line="474"/>
        <source>This barcode is %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resolver</name>
    <message>
        <location filename="../models/lookupflow.cpp" line="59"/>
        <location filename="../../core/scan/resolverrules.cpp" line="37"/>
        <source>Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="38"/>
        <source>Product %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/lookupflow.cpp" line="47"/>
        <location filename="../../core/scan/resolverrules.cpp" line="41"/>
        <source>Location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="46"/>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="48"/>
        <source>Transfer %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="50"/>
        <source>Count task %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="52"/>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="53"/>
        <source>User %1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="63"/>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="65"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="67"/>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="69"/>
        <source>package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="117"/>
        <source>%1 could be: %2. Choose one, or scan it where one of them is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="155"/>
        <source> · lot %1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="156"/>
        <source> · lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="158"/>
        <source> · serial %1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="159"/>
        <source> · serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="164"/>
        <source> · exp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="166"/>
        <source> · qty %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="183"/>
        <source>Lot %1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="184"/>
        <source>Serial %1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="199"/>
        <source>GLN %1 is not a location in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="204"/>
        <location filename="../../core/scan/resolverrules.cpp" line="259"/>
        <source>GTIN %1 is not in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="206"/>
        <source>SSCC %1 is not in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="208"/>
        <source>GS1 data without a product, package or location key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="257"/>
        <source>Unknown %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="261"/>
        <source>Unknown barcode %1: not a product, location, lot, package, transfer or badge in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="318"/>
        <source>Serial %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="319"/>
        <source>Lot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/scan/resolverrules.cpp" line="344"/>
        <source>Unknown barcode %1: the scanner types with a US keyboard layout on this German keyboard (&quot;-&quot; arrives as &quot;ß&quot;, Y and Z swapped). Set the scanner&apos;s keyboard layout to German, or this device&apos;s to US.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <location filename="../qml/ScanInput.qml" line="13"/>
        <source>Scan or type a code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScanInput.qml" line="103"/>
        <source>Which one did you mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScanInput.qml" line="132"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScanInput.qml" line="132"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScanInput.qml" line="133"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScanInput.qml" line="133"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScanInput.qml" line="134"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/SignInPage.qml" line="29"/>
        <source>Stockhand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="38"/>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="39"/>
        <source>Scan your badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="42"/>
        <source>Sign-in works without network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="44"/>
        <source>This device has no users yet: enrol it with a server (--server, --enrol) or start it with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="111"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="120"/>
        <source>Other badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="39"/>
        <location filename="../qml/SignInPage.qml" line="56"/>
        <source>Enrol this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="43"/>
        <source>This device is not enrolled yet: scan the enrolment QR code from the supervisor console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="72"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="73"/>
        <source>CA fingerprint: none (no certificate pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="74"/>
        <source>CA fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="75"/>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="87"/>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="93"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationConfirmDialog</name>
    <message>
        <location filename="../qml/StationConfirmDialog.qml" line="51"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="69"/>
        <source>WRONG SCAN · SCAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StepHeader.qml" line="117"/>
        <source>Scanned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../qml/SyncBar.qml" line="76"/>
        <source>to check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <location filename="../qml/TaskListPage.qml" line="52"/>
        <source>Picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="52"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="52"/>
        <source>Count tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="53"/>
        <source>Choose one or scan its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="68"/>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="120"/>
        <source>URGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="128"/>
        <source>RECOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="139"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="140"/>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="141"/>
        <source>yours, in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TaskListPage.qml" line="147"/>
        <source>%1 of %n line(s) open</source>
        <translation>
            <numerusform>%1 of %n line open</numerusform>
            <numerusform>%1 of %n lines open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="195"/>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TaskListPage.qml" line="206"/>
        <source>Pick the %n ticked orders together</source>
        <translation>
            <numerusform>Pick the ticked order</numerusform>
            <numerusform>Pick the %n ticked orders together</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="207"/>
        <source>Tick 2 or more orders to pick them together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="14"/>
        <source>Count thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="37"/>
        <source>A count within every threshold of the most specific policy (this warehouse and the counter&apos;s group, this warehouse, every warehouse and the group, every warehouse) is approved by the server at once; the others wait for a supervisor. An empty field turns that threshold off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="52"/>
        <source>%1 — units %2 · percent %3 · value %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="53"/>
        <location filename="../qml/ThresholdsDialog.qml" line="54"/>
        <location filename="../qml/ThresholdsDialog.qml" line="55"/>
        <location filename="../qml/ThresholdsDialog.qml" line="90"/>
        <location filename="../qml/ThresholdsDialog.qml" line="92"/>
        <location filename="../qml/ThresholdsDialog.qml" line="94"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="61"/>
        <source>No policy set: the server&apos;s configured defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="67"/>
        <source>Counting group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="72"/>
        <source>empty = every counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="78"/>
        <source>Every warehouse (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="89"/>
        <source>Max. units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="91"/>
        <source>Max. percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="93"/>
        <source>Max. value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="108"/>
        <source>Remove this policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="115"/>
        <source>Save thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ThresholdsDialog.qml" line="122"/>
        <source>Cancel</source>
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
    <name>Units</name>
    <message>
        <location filename="../models/units.cpp" line="14"/>
        <location filename="../models/units.cpp" line="15"/>
        <source>pc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="16"/>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="17"/>
        <source>g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="18"/>
        <source>l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="19"/>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="20"/>
        <source>box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="21"/>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="22"/>
        <source>pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="23"/>
        <source>pack</source>
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
        <location filename="../models/consoleexceptions.cpp" line="43"/>
        <location filename="../models/consoleexceptions.cpp" line="89"/>
        <location filename="../models/consoleexceptions.cpp" line="207"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="54"/>
        <location filename="../models/consoleexceptions.cpp" line="105"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="82"/>
        <source>Resolution sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="84"/>
        <source>Recount requested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="86"/>
        <source>Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="92"/>
        <source>%1
Note: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="103"/>
        <source>lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="107"/>
        <source>Request a recount of the place, or acknowledge it with a note saying what you found. Every device sees the resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="124"/>
        <source>The server&apos;s exceptions are resolved by a supervisor&apos;s decision, with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="133"/>
        <source>This exception is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="179"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="179"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="235"/>
        <source>No such exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="244"/>
        <source>The source of this exception is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="250"/>
        <source>Over-pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="252"/>
        <source>Negative stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="254"/>
        <source>Unknown lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="256"/>
        <source>Two devices on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="258"/>
        <source>Unexpected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="260"/>
        <source>Over-receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="262"/>
        <source>Short pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="264"/>
        <source>Putaway deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="266"/>
        <source>Work on a closed transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="268"/>
        <source>After a refused operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="270"/>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="277"/>
        <source>pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="279"/>
        <source>short pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="281"/>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="283"/>
        <source>move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="285"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="287"/>
        <source>closing a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="289"/>
        <source>approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="291"/>
        <source>rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/consoleexceptions.cpp" line="293"/>
        <source>recount request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::CountFlow</name>
    <message>
        <location filename="../models/countflow.cpp" line="123"/>
        <source>This is not a count task of this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="133"/>
        <source>Counting %1. Go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="177"/>
        <source>Scan a count task to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="180"/>
        <source>Every location of this task is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="184"/>
        <source>Scan the location first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="192"/>
        <source>Counting %1. Scan every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="196"/>
        <source>%1 is not to be counted in this task. Go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="201"/>
        <source>Already counting here. Scan the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="202"/>
        <source>Close %1 before you count another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="215"/>
        <source>Unknown barcode %1. Count it by another label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="216"/>
        <source>Scan an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="221"/>
        <source>This recount is for %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="226"/>
        <source>This product is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="231"/>
        <source>%1 is tracked by lot: scan the lot label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="246"/>
        <source>Serial %1 was already counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="251"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="258"/>
        <source>Scan the item first, then enter its count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="258"/>
        <source>%1 is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="56"/>
        <location filename="../models/countflow.cpp" line="273"/>
        <source>Scan a location first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="38"/>
        <source>a count task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="42"/>
        <source>an item at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="52"/>
        <source>Nothing to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="67"/>
        <source>You counted nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/countflow.cpp" line="68"/>
        <source>You counted %n item(s) here.</source>
        <translation>
            <numerusform>You counted %n item here.</numerusform>
            <numerusform>You counted %n items here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="69"/>
        <source>Close %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/countflow.cpp" line="70"/>
        <source>Books 0 for %n item(s) nobody counted here.</source>
        <translation>
            <numerusform>Books 0 for %n item nobody counted here.</numerusform>
            <numerusform>Books 0 for %n items nobody counted here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="71"/>
        <source>Scan them first if they are here. Closing cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/countflow.cpp" line="72"/>
        <source>Close, book 0 for %n</source>
        <translation>
            <numerusform>Close, book 0 for %n</numerusform>
            <numerusform>Close, book 0 for %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="262"/>
        <source>%1 is counted in whole pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="299"/>
        <source>%1 closed. The count task is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="302"/>
        <source>%1 closed. Next: %2.</source>
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
    <name>stockhand::ui::ExceptionsModel</name>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="21"/>
        <source>Your user may not do this. Ask a supervisor to do it or to give you the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="23"/>
        <source>Someone closed this transfer already. Check the goods with a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="25"/>
        <source>The task changed on the server. Wait for the sync and do the line again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="27"/>
        <source>This device does not know the latest data. Wait for the sync, then do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="29"/>
        <location filename="../models/exceptionsmodel.cpp" line="50"/>
        <source>The device sent something the server cannot read. Report it to IT with this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="31"/>
        <source>An earlier operation on the same line was rejected. Check this one with a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="33"/>
        <source>Source and destination were the same. Put the goods away again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="34"/>
        <source>Show this to a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="42"/>
        <source>The worker&apos;s user may not do this. Do it yourself, or give them the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="44"/>
        <source>Someone closed this transfer before this arrived. Check the goods and correct the stock if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="46"/>
        <source>The task changed on the server. Have the line done again after the sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="48"/>
        <source>The device&apos;s data was older than the server&apos;s. Sync, then have it done again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="52"/>
        <source>Deal with the earlier refused operation first: this one only follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="54"/>
        <source>Nothing moved. Have the goods put away again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="55"/>
        <source>Check the place and the goods, correct the stock if needed, then mark it as seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="65"/>
        <source>The server does not know this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="66"/>
        <source>The server does not know this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="67"/>
        <source>The server does not know this lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="68"/>
        <source>The server does not know this pallet or package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="69"/>
        <source>The server does not know this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="70"/>
        <source>The server does not know this line of the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="71"/>
        <source>The server does not know this count line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="72"/>
        <source>The server does not know the reason that was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="73"/>
        <source>The server does not know the adjustment this decision was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="74"/>
        <source>The server does not know the exception this decision was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="75"/>
        <source>The server does not know the rule this decision was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="76"/>
        <source>The task was already closed when this arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="77"/>
        <source>The product no longer belongs to this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="78"/>
        <source>The task is not of the kind this action needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="79"/>
        <source>The quantity was not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="80"/>
        <source>The pallet label (SSCC) was not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="81"/>
        <location filename="../models/exceptionsmodel.cpp" line="82"/>
        <location filename="../models/exceptionsmodel.cpp" line="83"/>
        <source>The device sent an incomplete operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="84"/>
        <source>Source and destination were the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="85"/>
        <source>Not done: an earlier operation it follows was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="86"/>
        <source>The decision needs a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="87"/>
        <source>There was nothing to count there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="88"/>
        <source>Another supervisor has decided this adjustment already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="89"/>
        <source>Another supervisor has resolved this exception already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="90"/>
        <source>Your user may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="91"/>
        <source>The quantity is more than your role may book alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="92"/>
        <source>This belongs to another warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="94"/>
        <source>More was picked than the line asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="95"/>
        <source>More was received than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="96"/>
        <source>Less was picked than the line asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="97"/>
        <source>An item was received that the receipt did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="98"/>
        <source>Goods were put away somewhere else than suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="99"/>
        <source>Two devices picked the same line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="106"/>
        <source>The server refused this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="107"/>
        <source>The server reported a difference to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="113"/>
        <source>Pick refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="115"/>
        <source>Short pick refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="117"/>
        <source>Receipt refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="119"/>
        <source>Move refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="121"/>
        <source>Count refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="123"/>
        <source>Closing the task refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="125"/>
        <source>Problem reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="126"/>
        <source>Action refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="168"/>
        <source>Open pick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="169"/>
        <source>Open receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="173"/>
        <source>Show location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="177"/>
        <source>Show product %1</source>
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
    <name>stockhand::ui::FlowBase</name>
    <message>
        <location filename="../models/flowbase.cpp" line="44"/>
        <source>This barcode could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="186"/>
        <source>The store on this device failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="203"/>
        <source>Not saved: %1. Nothing was recorded; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="215"/>
        <source>Your user may not do this: it needs the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::HandheldApp</name>
    <message>
        <location filename="../models/handheldapp.cpp" line="173"/>
        <source>Open a task to scan into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::KpiModel</name>
    <message>
        <location filename="../models/kpimodel.cpp" line="108"/>
        <source>Enter the range as two dates, YYYY-MM-DD, the first not after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="113"/>
        <source>Sign in to see the KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="127"/>
        <source>This console has no server: the KPIs are computed by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="146"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="162"/>
        <source>The server cannot be reached: these are the last figures the console got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="165"/>
        <source>The server cannot be reached and no figures were fetched before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="170"/>
        <source>Sign in online with your password to see the KPIs (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="172"/>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="174"/>
        <source>The server refused: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="222"/>
        <source>figures from just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/kpimodel.cpp" line="224"/>
        <source>figures from %n min ago</source>
        <translation>
            <numerusform>figures from %n min ago</numerusform>
            <numerusform>figures from %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/kpimodel.cpp" line="226"/>
        <source>figures from %n h ago</source>
        <translation>
            <numerusform>figures from %n h ago</numerusform>
            <numerusform>figures from %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/kpimodel.cpp" line="227"/>
        <source>figures from %n days ago</source>
        <translation>
            <numerusform>figures from %n day ago</numerusform>
            <numerusform>figures from %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="235"/>
        <source>warehouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="235"/>
        <source>every warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="236"/>
        <source>%1 to %2, %3 (days in UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="269"/>
        <source>Inventory record accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="270"/>
        <source>%1 of %2 counted locations within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="273"/>
        <source>Count variance (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="274"/>
        <source>absolute %1 · value %2 (absolute %3) · %4 counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="279"/>
        <source>Lines picked per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="280"/>
        <location filename="../models/kpimodel.cpp" line="282"/>
        <source>%1 lines in %2 active hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="281"/>
        <source>Lines received per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="283"/>
        <source>Order fill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="284"/>
        <source>%1 of %2 pick lines filled at validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="287"/>
        <source>Dock-to-stock (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="288"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="290"/>
        <source>p90 %1 h · %2 put away · %3 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="294"/>
        <source>Open pick lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="295"/>
        <source>%1 older than 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="305"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="305"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="380"/>
        <source>There are no figures to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="385"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kpimodel.cpp" line="388"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::LabelPrint</name>
    <message>
        <location filename="../models/labelprint.cpp" line="36"/>
        <source>%1 (ZPL, %2, %3 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="38"/>
        <source>%1 (system printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="39"/>
        <source>PDF files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="39"/>
        <source>the temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labelprint.cpp" line="67"/>
        <source>%n label(s), %1 in</source>
        <translation>
            <numerusform>%n label, %1 in</numerusform>
            <numerusform>%n labels, %1 in</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="109"/>
        <source>This device does not know that product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="122"/>
        <source>This device does not know that location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="135"/>
        <source>This device does not know that lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="151"/>
        <source>The pallet&apos;s content needs a product with a GTIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="172"/>
        <source>Scan what the label is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="186"/>
        <source>%1 has no GTIN: a lot label needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="215"/>
        <source>This device has no SSCC numbers left. Sync to get new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="251"/>
        <location filename="../models/labelprint.cpp" line="292"/>
        <location filename="../models/labelprint.cpp" line="425"/>
        <source>A label is being sent; wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="273"/>
        <source>Scan the lot label, or the product&apos;s GS1 barcode with its lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="278"/>
        <source>Not a location, lot or product of this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="288"/>
        <source>Scan what the label is for first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="302"/>
        <source>Scan the location of the pallet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labelprint.cpp" line="388"/>
        <source>%n label(s) queued for %1.</source>
        <translation>
            <numerusform>%n label queued for %1.</numerusform>
            <numerusform>%n labels queued for %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="414"/>
        <source>Printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/labelprint.cpp" line="416"/>
        <source>Not printed (%1): %2 The label is kept in the queue: Retry when the printer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::LookupFlow</name>
    <message>
        <location filename="../models/lookupflow.cpp" line="63"/>
        <source>This device does not know it (any more): scan it to look it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/lookupflow.cpp" line="88"/>
        <source>Scan or type a location, a product or a lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/lookupflow.cpp" line="114"/>
        <source>Nothing is stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/lookupflow.cpp" line="114"/>
        <source>None in stock in this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/lookupflow.cpp" line="116"/>
        <source>%n product line(s) here.</source>
        <translation>
            <numerusform>%n product line here.</numerusform>
            <numerusform>%n product lines here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/lookupflow.cpp" line="117"/>
        <source>In stock at %n place(s).</source>
        <translation>
            <numerusform>In stock at %n place.</numerusform>
            <numerusform>In stock at %n places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockhand::ui::PickFlow</name>
    <message>
        <location filename="../models/pickflow.cpp" line="41"/>
        <source>a pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="48"/>
        <source>lot or serial of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="127"/>
        <source>This is not a pick of this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pickflow.cpp" line="139"/>
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 + %n more</numerusform>
            <numerusform>%1 + %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="147"/>
        <source>Picking %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="224"/>
        <source>Scan a pick list to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="227"/>
        <source>All lines are done. Validate the pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="231"/>
        <source>Scan the location %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="233"/>
        <source>Wrong location: %1. Go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="237"/>
        <source>At %1. Scan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="243"/>
        <source>Already at %1. Scan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="260"/>
        <source>Scan the product %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="264"/>
        <source>Wrong product: %1. Pick %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="281"/>
        <source>%1 scanned, but only %2 are left to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="285"/>
        <source>%1 of %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="292"/>
        <source>Lot %1 is not known for %2. Scan another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="296"/>
        <source>Wrong lot: %1. This line needs lot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="305"/>
        <source>Lot %1 is not at %2. Scan a lot from this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="317"/>
        <location filename="../models/pickflow.cpp" line="378"/>
        <source>Scan the lot or serial number of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="321"/>
        <source>Wrong lot: %1 belongs to another product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="337"/>
        <source>Serial %1 picked. Scan the next serial (%2 left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="344"/>
        <source>Scan the product first, then enter the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="349"/>
        <source>%1 is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="353"/>
        <source>%1 is counted in whole pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="364"/>
        <source>Scan the product first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="368"/>
        <source>Enter the quantity you picked, or short pick the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="372"/>
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
        <location filename="../models/pickflowactions.cpp" line="68"/>
        <source>Short pick %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="69"/>
        <source>%1 of %2 %3 picked: %4 %3 stay missing on this order (%5). A supervisor is told. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="72"/>
        <source>Short by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="77"/>
        <source>There is no line to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="83"/>
        <source>Skip %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pickflowactions.cpp" line="84"/>
        <source>%1 %2 at %3 are not picked now. The line comes back after the other %n open line(s).</source>
        <translation>
            <numerusform>%1 %2 at %3 are not picked now. The line comes back after the other open line.</numerusform>
            <numerusform>%1 %2 at %3 are not picked now. The line comes back after the other %n open lines.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="86"/>
        <source>Skip line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pickflowactions.cpp" line="103"/>
        <source>Finish %1 with %n open line(s)?</source>
        <translation>
            <numerusform>Finish %1 with %n open line?</numerusform>
            <numerusform>Finish %1 with %n open lines?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pickflowactions.cpp" line="104"/>
        <source>%n line(s) still want %1 units in all.</source>
        <translation>
            <numerusform>%n line still wants %1 units in all.</numerusform>
            <numerusform>%n lines still want %1 units in all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="105"/>
        <source>Backorder: they stay to be picked later, in a new pick of the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="106"/>
        <source>Close short: the customer gets %1 units less; nothing more is picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="108"/>
        <source>Backorder the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="108"/>
        <source>Close short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="110"/>
        <source>Nothing to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="141"/>
        <source>Line short by %1. A supervisor is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="153"/>
        <source>No other line is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="153"/>
        <source>Skipped. It comes back at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="90"/>
        <location filename="../models/pickflowactions.cpp" line="159"/>
        <source>No pick is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="169"/>
        <source>%1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::PutawayFlow</name>
    <message>
        <location filename="../models/putawayflow.cpp" line="24"/>
        <source>an item or package at the dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="26"/>
        <source>a bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="28"/>
        <source>a reason, or the bin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="28"/>
        <source>a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="98"/>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="112"/>
        <source>Several lots of this product are at the dock: scan the lot label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="124"/>
        <source>Scan an item or a package from the receiving dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="128"/>
        <source>%1 is not waiting at the receiving dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="138"/>
        <source>Take %1 to %2 and scan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="140"/>
        <source>No free bin found. Scan any bin and give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="173"/>
        <source>Scan the bin %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="173"/>
        <source>Scan a bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="182"/>
        <source>%1 is not a bin of this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="190"/>
        <source>%1 is not the suggested bin %2. Give a reason, or scan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="191"/>
        <source>Give a reason for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="197"/>
        <source>Scan the bin you put the item in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="201"/>
        <source>Choose a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="211"/>
        <source>%1 is not a quantity for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="215"/>
        <source>%1 is counted in whole pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="220"/>
        <source>Only %1 are at the dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="238"/>
        <source>%1 put away in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::ReceiveFlow</name>
    <message>
        <location filename="../models/receiveflow.cpp" line="25"/>
        <source>a receipt or its purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="27"/>
        <source>an item of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="29"/>
        <source>more of %1, or confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="31"/>
        <source>the lot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="33"/>
        <source>no scan: enter the expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="86"/>
        <source>This is not a receipt of this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="101"/>
        <source>Receiving %1. Scan the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="147"/>
        <source>Scan a receipt or its purchase order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="158"/>
        <source>Enter the expiry date, or confirm without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="168"/>
        <source>Unknown barcode %1. Scan another label of the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="169"/>
        <source>Scan an item of the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="180"/>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="184"/>
        <source>Confirm the quantity of %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="189"/>
        <source>This product is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="213"/>
        <source>%1 is not on this receipt. It will be received and reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="215"/>
        <source>More than expected: %1 of %2. It will be reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="219"/>
        <source>%1: %2 of %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="244"/>
        <source>Scan the lot number of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="250"/>
        <source>Scan an item first, then enter the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="255"/>
        <source>%1 is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="259"/>
        <source>%1 is counted in whole pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="269"/>
        <source>Scan an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="273"/>
        <source>Enter the quantity received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="277"/>
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
        <source>Nothing to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="97"/>
        <location filename="../models/receiveflowactions.cpp" line="133"/>
        <source>No receipt is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="101"/>
        <source>Finish the item first: confirm its quantity or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receiveflowactions.cpp" line="114"/>
        <source>Finish %1 with %n open line(s)?</source>
        <translation>
            <numerusform>Finish %1 with %n open line?</numerusform>
            <numerusform>Finish %1 with %n open lines?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receiveflowactions.cpp" line="115"/>
        <source>%n line(s) still expect %1 units in all.</source>
        <translation>
            <numerusform>%n line still expects %1 units in all.</numerusform>
            <numerusform>%n lines still expect %1 units in all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="116"/>
        <source>Backorder: they stay expected from the supplier, in a new receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="117"/>
        <source>Close short: %1 units are never expected again on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="118"/>
        <source>Backorder the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="118"/>
        <source>Close short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="140"/>
        <source>%1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::ReceivingStation</name>
    <message>
        <location filename="../models/receivingstation.cpp" line="64"/>
        <source>As expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="66"/>
        <source>Short (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="68"/>
        <source>Over (more than ordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="70"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="72"/>
        <source>Expiry too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="74"/>
        <source>Quality hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="76"/>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="141"/>
        <location filename="../models/receivingstation.cpp" line="237"/>
        <source>%1 of %2 received · %3 of %4 lines open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstation.cpp" line="161"/>
        <source>%n line(s) of this delivery are not recorded yet: record them (Ctrl+Enter) or discard them first.</source>
        <translation>
            <numerusform>%n line of this delivery is not recorded yet: record it (Ctrl+Enter) or discard it first.</numerusform>
            <numerusform>%n lines of this delivery are not recorded yet: record them (Ctrl+Enter) or discard them first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="172"/>
        <source>This is not a receipt of this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="176"/>
        <source>%1 is finished: nothing more is expected on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="189"/>
        <source>%1 from %2 is open. Scan the items of the delivery, or type a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="190"/>
        <source>an unknown supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstation.cpp" line="197"/>
        <source>%n line(s) of this delivery are not recorded yet: record them (Ctrl+Enter) or discard them.</source>
        <translation>
            <numerusform>%n line of this delivery is not recorded yet: record it (Ctrl+Enter) or discard it.</numerusform>
            <numerusform>%n lines of this delivery are not recorded yet: record them (Ctrl+Enter) or discard them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="320"/>
        <source>No expected receipt matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="332"/>
        <source>No open receipt expects %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstation.cpp" line="334"/>
        <source>%n receipt(s) expect %1.</source>
        <translation>
            <numerusform>%n receipt expects %1.</numerusform>
            <numerusform>%n receipts expect %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="367"/>
        <source>Unknown barcode %1. If it is printed on %2, attach it to that product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="371"/>
        <source>Unknown barcode %1. Type the item&apos;s SKU, then scan the barcode again to attach it to the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="377"/>
        <source>Scan an item of the delivery, or type its SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="385"/>
        <location filename="../models/receivingstation.cpp" line="432"/>
        <source>Confirm (Enter) or cancel (Esc) the entry of %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="389"/>
        <source>Another lot (%1): confirm the entry of lot %2 first (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="401"/>
        <source>%1: %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="410"/>
        <location filename="../models/receivingstationactions.cpp" line="225"/>
        <source>Open a receipt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="428"/>
        <source>No product has the SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="444"/>
        <source>This product is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="482"/>
        <source> · lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="484"/>
        <source>%1 is not on this receipt: it will be received as a wrong item and reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstation.cpp" line="486"/>
        <source>%1%2 expires on %3: less than the %n day(s) of shelf life this site accepts. It goes to quarantine as &quot;expiry too short&quot;; choose &quot;As expected&quot; to receive it as stock.</source>
        <translation>
            <numerusform>%1%2 expires on %3: less than the %n day of shelf life this site accepts. It goes to quarantine as &quot;expiry too short&quot;; choose &quot;As expected&quot; to receive it as stock.</numerusform>
            <numerusform>%1%2 expires on %3: less than the %n days of shelf life this site accepts. It goes to quarantine as &quot;expiry too short&quot;; choose &quot;As expected&quot; to receive it as stock.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="491"/>
        <source>%1%2: %3 still expected. Enter the quantity, Enter to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="508"/>
        <source>not expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="509"/>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="518"/>
        <source>nothing is received: the missing quantity is reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="520"/>
        <source>quarantine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="521"/>
        <source>no quarantine location in this warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="522"/>
        <source>stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="555"/>
        <source>Lot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="555"/>
        <source>New lot %1: enter its expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="563"/>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstation.cpp" line="573"/>
        <source>%1 leaves less than the %n day(s) of shelf life this site accepts: &quot;expiry too short&quot; sends it to quarantine.</source>
        <translation>
            <numerusform>%1 leaves less than the %n day of shelf life this site accepts: &quot;expiry too short&quot; sends it to quarantine.</numerusform>
            <numerusform>%1 leaves less than the %n days of shelf life this site accepts: &quot;expiry too short&quot; sends it to quarantine.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="584"/>
        <location filename="../models/receivingstationactions.cpp" line="17"/>
        <source>Scan an item or type its SKU first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="591"/>
        <source>%1 is not a receiving discrepancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="595"/>
        <source>%1 is not on this receipt: nothing of it can be short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstation.cpp" line="603"/>
        <location filename="../models/receivingstationactions.cpp" line="45"/>
        <source>This warehouse has no quarantine location: ask a supervisor to set one up before receiving damaged or held goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="23"/>
        <source>Enter the quantity that is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="23"/>
        <source>Enter the quantity received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="30"/>
        <source>Only %1 %2 of %3 are still expected: that is the most that can be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="36"/>
        <source>Serial numbers are received one by one: the quantity is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="40"/>
        <source>Scan or type the serial number of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="41"/>
        <source>Scan or type the lot number of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="65"/>
        <source>%1 %2 of %3 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="66"/>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="67"/>
        <source>%n line(s) in this delivery; Ctrl+Enter records them.</source>
        <translation>
            <numerusform>%n line in this delivery; Ctrl+Enter records it.</numerusform>
            <numerusform>%n lines in this delivery; Ctrl+Enter records them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="69"/>
        <source>Staged: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="71"/>
        <source>Staged: %1 — %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="94"/>
        <source>Nothing is staged: there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="109"/>
        <source>Taken back: %1 %2 of %3 (nothing was recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="128"/>
        <source>Record %n line(s) of %1:</source>
        <translation>
            <numerusform>Record %n line of %1:</numerusform>
            <numerusform>Record %n lines of %1:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="130"/>
        <source>• %1 units received at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="132"/>
        <source>• %1 units received at quarantine %2 (not available to pick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="135"/>
        <source>• %1 units reported missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="137"/>
        <source>• %n line(s) over the ordered quantity, reported</source>
        <translation>
            <numerusform>• %n line over the ordered quantity, reported</numerusform>
            <numerusform>• %n lines over the ordered quantity, reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="139"/>
        <source>• %n line(s) of items not on the receipt, reported</source>
        <translation>
            <numerusform>• %n line of an item not on the receipt, reported</numerusform>
            <numerusform>• %n lines of items not on the receipt, reported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="140"/>
        <source>They are saved on this computer at once and sent with the next sync; a recorded line is corrected by a supervisor, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="148"/>
        <source>Nothing is staged: scan the items of the delivery first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="189"/>
        <source>Recorded %1 of %2 lines; the other %3 are still in this delivery. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="196"/>
        <source>Recorded: %n line(s) of %1 are saved on this computer and go to the server with the next sync.</source>
        <translation>
            <numerusform>Recorded: %n line of %1 is saved on this computer and goes to the server with the next sync.</numerusform>
            <numerusform>Recorded: %n lines of %1 are saved on this computer and go to the server with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="213"/>
        <source>Every line of %1 is received: the receipt is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="214"/>
        <source>%n line(s) still expect</source>
        <translation>
            <numerusform>%n line still expects</numerusform>
            <numerusform>%n lines still expect</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="215"/>
        <source>the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="216"/>
        <source>%1 %2 units: they go to a backorder, a new receipt that stays expected from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="218"/>
        <source>%1 %2 units: they are closed: nothing more is expected from %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="229"/>
        <source>%n line(s) of this delivery are not recorded yet: record them (Ctrl+Enter) or take them back before finishing.</source>
        <translation>
            <numerusform>%n line of this delivery is not recorded yet: record it (Ctrl+Enter) or take it back before finishing.</numerusform>
            <numerusform>%n lines of this delivery are not recorded yet: record them (Ctrl+Enter) or take them back before finishing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="235"/>
        <source>Your user may not finish receipts: it needs the role receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="247"/>
        <source>%1 is finished. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="255"/>
        <source>No barcode is waiting to be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="265"/>
        <source>Attached: %1 is now a barcode of %2 (one unit per scan). The server learns it with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receivingstationactions.cpp" line="283"/>
        <source>Nothing received at this sitting yet: record the delivery first, then print its labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/receivingstationactions.cpp" line="287"/>
        <source>%n label line(s) sent to printing.</source>
        <translation>
            <numerusform>%n label line sent to printing.</numerusform>
            <numerusform>%n label lines sent to printing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockhand::ui::Session</name>
    <message numerus="yes">
        <location filename="../models/session.cpp" line="48"/>
        <source>%n operation(s) of %1 are not sent yet. Sync now, or ask a supervisor to release the device.</source>
        <translation>
            <numerusform>%n operation of %1 is not sent yet. Sync now, or ask a supervisor to release the device.</numerusform>
            <numerusform>%n operations of %1 are not sent yet. Sync now, or ask a supervisor to release the device.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="65"/>
        <source>Wrong PIN. The device stays with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="67"/>
        <source>This supervisor has no PIN on this device. Sync now, or sign in at the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="68"/>
        <source>This badge is not known on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="74"/>
        <source>%1 is not a supervisor. Only a supervisor can release the device.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../models/supervisorconsole.cpp" line="53"/>
        <source>%1 is not known on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="58"/>
        <source>%1 is not a supervisor or a receiving clerk: this computer is for supervisors and receiving clerks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="66"/>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="80"/>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="101"/>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="103"/>
        <source>Too many wrong passwords: this login or this computer is locked for a while. An administrator can unlock it now (stockhand-server user unlock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="109"/>
        <source>The server cannot be reached. A supervisor signs in online once; for the next 12 hours the console then opens on this computer with the same password, also offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="112"/>
        <source>The server refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="136"/>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="166"/>
        <source>Your supervisor session on this computer has ended: sign out and sign in again (online) before deciding. Decisions already saved are sent as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="197"/>
        <source>Choose a reason: an approval needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="200"/>
        <source>The store on this device failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="202"/>
        <source>%1 is not a reason for count adjustments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="204"/>
        <source>The reason %1 needs a note: say what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="235"/>
        <source>• %1 — %2%3: counted %4 against %5 on the books, %6 (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="237"/>
        <source>, lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="242"/>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="247"/>
        <source>Approve %1 count adjustment(s)? The stock on the books changes by each variance (total value %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="250"/>
        <source>Approve %1 count adjustment(s) with the reason “%2”? The stock on the books changes by each variance (total value %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="257"/>
        <source>Reject %1 count adjustment(s)? The books stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="258"/>
        <source>Reject %1 count adjustment(s) with the reason “%2”? The books stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="263"/>
        <source>Request a recount of %1 place(s)? The count(s) below are set aside and a recount task is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="283"/>
        <source>Adjustment %1 is no longer pending on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="287"/>
        <source>A decision on %1 is already on its way to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="295"/>
        <source>Select the adjustments to decide on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="320"/>
        <source>%1 of these are worth more than your approval limit of %2: an administrator decides them (%3). Uncheck them to approve the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="345"/>
        <source>%1 approval(s) saved. They are sent with the next sync; the table shows the server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="363"/>
        <source>Rejection saved: the books stay as they are once the server has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="377"/>
        <source>Recount requested: the server creates a recount task for this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="388"/>
        <source>every counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="388"/>
        <source>group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="392"/>
        <source>Every warehouse, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="392"/>
        <source>This warehouse, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="407"/>
        <location filename="../models/supervisorconsole.cpp" line="458"/>
        <source>Only an administrator sets the thresholds of every warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="416"/>
        <source>“%1” is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="427"/>
        <source>“%1” is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="436"/>
        <source>“%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="442"/>
        <source>Give at least one threshold, or remove the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="448"/>
        <source>Thresholds saved. They are sent with the next sync and apply to the counts the server receives after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="468"/>
        <source>Removal saved: once the server has it, the next wider thresholds apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="479"/>
        <source>Your approval limit: %1 per adjustment (above it, an administrator decides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="488"/>
        <source>Request a recount for this exception?
%1
The server creates a recount task for the location (and product) named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="496"/>
        <source>This exception names no location to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="504"/>
        <location filename="../models/supervisorconsole.cpp" line="566"/>
        <source>This exception is resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="514"/>
        <source>Recount requested: the server creates a recount task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="533"/>
        <source>This exception names no pick or receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="560"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="570"/>
        <source>Say in a note what you found or did: every device sees it with the resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="579"/>
        <source>Acknowledgement saved: it is sent with the next sync and every device sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="587"/>
        <source>Acknowledged on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="600"/>
        <source>Scan a location, product or lot to find its counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/supervisorconsole.cpp" line="604"/>
        <source>Showing the counts of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::SyncStatusSource</name>
    <message>
        <location filename="../models/syncstatus.cpp" line="26"/>
        <source>Syncing %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="30"/>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/syncstatus.cpp" line="32"/>
        <source>Online · sending %n</source>
        <translation>
            <numerusform>Online · sending %n</numerusform>
            <numerusform>Online · sending %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="32"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="34"/>
        <source>Offline · nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/syncstatus.cpp" line="39"/>
        <source>Offline · %n waiting for %1 min</source>
        <translation>
            <numerusform>Offline · %n waiting for %1 min</numerusform>
            <numerusform>Offline · %n waiting for %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/syncstatus.cpp" line="40"/>
        <source>Offline · %n waiting</source>
        <translation>
            <numerusform>Offline · %n waiting</numerusform>
            <numerusform>Offline · %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="46"/>
        <source>The last sync failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="47"/>
        <source>%1 Tap here to try again; if it stays red, call a supervisor or IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="50"/>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncstatus.cpp" line="51"/>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::TaskListModel</name>
    <message>
        <location filename="../models/taskmodels.cpp" line="130"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
