<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CountPage</name>
    <message>
        <location filename="../qml/CountPage.qml" line="21" />
        <source>Recount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="21" />
        <source>Blind count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="29" />
        <source>Go to location and scan it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="30" />
        <source>Scan every item at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="31" />
        <source>All locations counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="34" />
        <source>Last: %1 · counted %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="50" />
        <source>Set count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="63" />
        <source>Close location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/CountPage.qml" line="72" />
        <source>Back to tasks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="18" />
        <source>Exceptions</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/ExceptionsPage.qml" line="19" />
        <source>%n open</source>
        <translation><numerusform>%n open</numerusform><numerusform>%n open</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="79" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ExceptionsPage.qml" line="89" />
        <source>No exceptions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/HomePage.qml" line="20" />
        <source>Picking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="20" />
        <source>Receiving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="21" />
        <source>Putaway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="21" />
        <source>Counting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="37" />
        <source>Device %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="89" />
        <source>Exceptions (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/HomePage.qml" line="104" />
        <source>Switch user</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <location filename="../qml/LineDelegate.qml" line="53" />
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="53" />
        <source>short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="54" />
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/LineDelegate.qml" line="54" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15" />
        <source>Stockhand</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PickPage</name>
    <message numerus="yes">
        <location filename="../qml/PickPage.qml" line="26" />
        <source>%n line(s) open</source>
        <translation><numerusform>%n line open</numerusform><numerusform>%n lines open</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="34" />
        <source>Go to location and scan it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="35" />
        <source>Scan product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="36" />
        <source>Quantity picked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="37" />
        <source>Scan lot or serial number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="38" />
        <source>All lines done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="44" />
        <source>Validate the pick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="47" />
        <source>Pick %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="64" />
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="80" />
        <source>Short pick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="87" />
        <source>Skip line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="100" />
        <source>Finish, backorder the rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="100" />
        <source>Validate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="108" />
        <source>Finish, close short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PickPage.qml" line="130" />
        <source>Why is the line short?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PutawayPage</name>
    <message>
        <location filename="../qml/PutawayPage.qml" line="20" />
        <source>Putaway</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/PutawayPage.qml" line="21" />
        <source>%n item(s) at the receiving dock</source>
        <translation><numerusform>%n item at the receiving dock</numerusform><numerusform>%n items at the receiving dock</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="29" />
        <source>Scan an item or package at the dock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="30" />
        <source>Take it to this bin and scan it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="31" />
        <source>Why not the suggested bin?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="34" />
        <source>qty %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="50" />
        <source>Set quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/PutawayPage.qml" line="77" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuantityPad</name>
    <message>
        <location filename="../qml/QuantityPad.qml" line="9" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReasonChooser</name>
    <message>
        <location filename="../qml/ReasonChooser.qml" line="56" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message numerus="yes">
        <location filename="../qml/ReceivePage.qml" line="26" />
        <source>%n line(s) open</source>
        <translation><numerusform>%n line open</numerusform><numerusform>%n lines open</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="34" />
        <source>Scan an item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="35" />
        <source>Quantity received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="36" />
        <source>Scan or enter the lot number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="37" />
        <source>Expiry date (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="41" />
        <source>Lot %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="42" />
        <source>exp %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="54" />
        <source>NOT ON THIS RECEIPT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="54" />
        <source>MORE THAN EXPECTED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="76" />
        <source>Lot number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="76" />
        <source>2027-03-31</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="91" />
        <source>No expiry date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="101" />
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="117" />
        <source>Finish, backorder the rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="117" />
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/ReceivePage.qml" line="125" />
        <source>Finish, close short</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <location filename="../qml/ScanInput.qml" line="10" />
        <source>Scan or type a code, then Enter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/SignInPage.qml" line="18" />
        <source>Stockhand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="26" />
        <source>Enter your PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="26" />
        <source>Scan your badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="29" />
        <source>Sign-in works without network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="30" />
        <source>This device has no users yet: enrol it with a server (--server, --enrol) or start it with --demo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="42" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/SignInPage.qml" line="51" />
        <source>Other badge</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../qml/SyncBar.qml" line="35" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="35" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncBar.qml" line="15" />
        <source>%n to send</source>
        <translation><numerusform>%n to send</numerusform><numerusform>%n to send</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="14" />
        <source>syncing %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="17" />
        <source>(oldest %1 min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="19" />
        <source>synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/SyncBar.qml" line="19" />
        <source>never synced</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <location filename="../qml/TaskListPage.qml" line="43" />
        <source>Picks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="43" />
        <source>Receipts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="43" />
        <source>Count tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="44" />
        <source>Choose one or scan its reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="79" />
        <source>RECOUNT</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/TaskListPage.qml" line="86" />
        <source>%1 of %n line(s) open</source>
        <translation><numerusform>%1 of %n line open</numerusform><numerusform>%1 of %n lines open</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="101" />
        <source>Nothing to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/TaskListPage.qml" line="111" />
        <source>Pick the first %1 together</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>stockhand::ui::CountFlow</name>
    <message>
        <location filename="../models/countflow.cpp" line="73" />
        <source>This is not a count task of this warehouse.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="84" />
        <source>Counting %1. Go to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="137" />
        <source>Scan a count task to start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="140" />
        <source>Every location of this task is counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="144" />
        <source>Scan the location first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="152" />
        <source>Counting %1. Scan every item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="156" />
        <source>%1 is not to be counted in this task. Go to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="161" />
        <source>Already counting here. Scan the items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="162" />
        <source>Close %1 before you count another location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="175" />
        <source>Unknown barcode %1. Count it by another label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="176" />
        <source>Scan an item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="181" />
        <source>This recount is for %1 only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="186" />
        <source>This product is not in the store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="192" />
        <source>%1 is tracked by lot: scan the lot label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="207" />
        <source>Serial %1 was already counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="212" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="219" />
        <source>Scan the item first, then enter its count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="219" />
        <source>%1 is not a quantity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="230" />
        <source>Scan a location first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="276" />
        <source>%1 closed. The count task is complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/countflow.cpp" line="279" />
        <source>%1 closed. Next: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>stockhand::ui::ExceptionsModel</name>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="13" />
        <source>Your user may not do this. Ask a supervisor to do it or to give you the role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="15" />
        <source>Someone closed this transfer already. Check the goods with a supervisor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="17" />
        <source>The task changed on the server. Wait for the sync and do the line again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="19" />
        <source>This device does not know the latest data. Wait for the sync, then do it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="21" />
        <source>The device sent something the server cannot read. Report it to IT with this screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="23" />
        <source>An earlier operation on the same line was rejected. Check this one with a supervisor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="25" />
        <source>Source and destination were the same. Put the goods away again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/exceptionsmodel.cpp" line="26" />
        <source>Show this to a supervisor.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>stockhand::ui::FlowBase</name>
    <message>
        <location filename="../models/flowbase.cpp" line="27" />
        <source>This barcode could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="67" />
        <source>The store on this device failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="82" />
        <source>Not saved: %1. Nothing was recorded; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/flowbase.cpp" line="97" />
        <source>Your user may not do this: it needs the role %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>stockhand::ui::HandheldApp</name>
    <message>
        <location filename="../models/handheldapp.cpp" line="95" />
        <source>Open a task to scan into it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>stockhand::ui::PickFlow</name>
    <message>
        <location filename="../models/pickflow.cpp" line="91" />
        <source>This is not a pick of this warehouse.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/pickflow.cpp" line="103" />
        <source>%1 + %n more</source>
        <translation><numerusform>%1 + %n more</numerusform><numerusform>%1 + %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="111" />
        <source>Picking %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="188" />
        <source>Scan a pick list to start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="191" />
        <source>All lines are done. Validate the pick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="195" />
        <source>Scan the location %1 first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="197" />
        <source>Wrong location: %1. Go to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="201" />
        <source>At %1. Scan %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="207" />
        <source>Already at %1. Scan %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="224" />
        <source>Scan the product %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="228" />
        <source>Wrong product: %1. Pick %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="245" />
        <source>%1 scanned, but only %2 are left to pick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="247" />
        <source>%1 of %2 %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="254" />
        <source>Lot %1 is not known for %2. Scan another lot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="258" />
        <source>Wrong lot: %1. This line needs lot %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="267" />
        <source>Lot %1 is not at %2. Scan a lot from this location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="279" />
        <location filename="../models/pickflow.cpp" line="334" />
        <source>Scan the lot or serial number of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="283" />
        <source>Wrong lot: %1 belongs to another product.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="299" />
        <source>Serial %1 picked. Scan the next serial (%2 left).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="307" />
        <source>%1 is not a quantity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="320" />
        <source>Scan the product first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="324" />
        <source>Enter the quantity you picked, or short pick the line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflow.cpp" line="328" />
        <source>Only %1 are left to pick on this line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="31" />
        <source>Picked %1. %2 left on this line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="35" />
        <source>Picked %1. All lines done: validate the pick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="36" />
        <source>Picked %1. Next: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="44" />
        <source>There is no line to short pick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="48" />
        <source>Choose a reason for the short pick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="53" />
        <source>Scan the lot of what you picked first, or short pick nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="57" />
        <source>With %1 the line is complete: confirm instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="80" />
        <source>Line short by %1. A supervisor is told.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="92" />
        <source>No other line is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="92" />
        <source>Skipped. It comes back at the end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="98" />
        <source>No pick is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/pickflowactions.cpp" line="108" />
        <source>%1 is done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>stockhand::ui::PutawayFlow</name>
    <message>
        <location filename="../models/putawayflow.cpp" line="79" />
        <source>Package %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="93" />
        <source>Several lots of this product are at the dock: scan the lot label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="103" />
        <source>Scan an item or a package from the receiving dock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="107" />
        <source>%1 is not waiting at the receiving dock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="117" />
        <source>Take %1 to %2 and scan it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="119" />
        <source>No free bin found. Scan any bin and give a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="164" />
        <source>Scan the bin %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="164" />
        <source>Scan a bin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="174" />
        <source>%1 is not a bin of this warehouse.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="182" />
        <source>%1 is not the suggested bin %2. Give a reason, or scan %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="183" />
        <source>Give a reason for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="189" />
        <source>Scan the bin you put the item in first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="193" />
        <source>Choose a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="203" />
        <source>%1 is not a quantity for this item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="208" />
        <source>Only %1 are at the dock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/putawayflow.cpp" line="239" />
        <source>%1 put away in %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>stockhand::ui::ReceiveFlow</name>
    <message>
        <location filename="../models/receiveflow.cpp" line="65" />
        <source>This is not a receipt of this warehouse.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="80" />
        <source>Receiving %1. Scan the items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="130" />
        <source>Scan a receipt or its purchase order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="141" />
        <source>Enter the expiry date, or confirm without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="151" />
        <source>Unknown barcode %1. Scan another label of the item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="152" />
        <source>Scan an item of the receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="160" />
        <source>%1 %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="164" />
        <source>Confirm the quantity of %1 first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="169" />
        <source>This product is not in the store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="194" />
        <source>%1 is not on this receipt. It will be received and reported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="196" />
        <source>More than expected: %1 of %2. It will be reported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="198" />
        <source>%1: %2 of %3 %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="214" />
        <source>Scan the lot number of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="221" />
        <source>%1 is not a quantity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="231" />
        <source>Scan an item first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="235" />
        <source>Enter the quantity received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflow.cpp" line="239" />
        <source>Serial numbers are received one by one: the quantity is 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="12" />
        <source>Enter the lot number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="34" />
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="47" />
        <source>Scan the serial number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="47" />
        <source>Scan or enter the lot number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="52" />
        <source>New lot %1: enter its expiry date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="88" />
        <source>Received %1 × %2, reported as unexpected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="90" />
        <source>Received %1 × %2, reported as over-receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="92" />
        <source>Received %1 × %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="107" />
        <source>No receipt is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/receiveflowactions.cpp" line="114" />
        <source>%1 is done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>stockhand::ui::Session</name>
    <message numerus="yes">
        <location filename="../models/session.cpp" line="56" />
        <source>%n operation(s) of %1 are not sent yet. Wait for the sync, or ask a supervisor.</source>
        <translation><numerusform>%n operation of %1 is not sent yet. Wait for the sync, or ask a supervisor.</numerusform><numerusform>%n operations of %1 are not sent yet. Wait for the sync, or ask a supervisor.</numerusform></translation>
    </message>
</context>
<context>
    <name>stockhand::ui::SignInFlow</name>
    <message>
        <location filename="../models/signinflow.cpp" line="21" />
        <source>This is not a badge. Scan your badge to sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="25" />
        <source>The badge of %1 is not active. Ask a supervisor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="32" />
        <source>Hello %1. Enter your PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="47" />
        <source>This user is no longer known on this device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="57" />
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/signinflow.cpp" line="64" />
        <source>Signed in as %1.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>