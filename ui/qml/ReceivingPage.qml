import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Stockhand.Handheld

// The receiving station (desktop profile): expected receipts on the left (search, or scan a product to
// find the receipts that expect it); the open receipt on the right with its lines, the entry being typed
// or scanned and "this delivery" (ReceivingEntry). Keyboard first: every action has a shortcut, shown on
// screen; nothing is recorded without a confirmation that says what happens.
Item {
    id: page
    objectName: "receivingPage"
    readonly property var st: App.station
    readonly property bool active: visible && App.session.signedIn
    readonly property bool dialogOpen: confirm.opened || attach.opened

    function focusScan() { entry.focusScan() }
    function askRecord() {
        if (st.staged.count === 0) {
            st.recordDelivery() // says why not
            return
        }
        confirm.ask("record", qsTr("Record this delivery"), st.describeRecord(), qsTr("Record delivery"), "")
    }
    function askFinish() {
        if (st.receiptId <= 0)
            return
        if (st.staged.count > 0) {
            st.finish(true) // refused: says that the staged lines come first
            return
        }
        confirm.ask("finish", qsTr("Finish %1").arg(st.reference),
                    qsTr("With a backorder: %1").arg(st.describeFinish(true)) + "\n\n"
                    + qsTr("Closed short: %1").arg(st.describeFinish(false)),
                    qsTr("Finish with backorder"), qsTr("Close short"))
    }
    function askClose() {
        if (st.staged.count === 0) {
            st.close(false)
            return
        }
        confirm.ask("discard", qsTr("Leave %1").arg(st.reference),
                    qsTr("%n line(s) of this delivery are not recorded. Leaving discards them: nothing of them is saved.", "", st.staged.count),
                    qsTr("Discard and leave"), "")
    }

    onActiveChanged: {
        App.activeFlow = active ? "station" : "console"
        if (active) {
            st.refresh()
            focusScan()
        }
    }
    Connections {
        target: page.st
        function onAttachChanged() {
            if (page.st.attachCode !== "")
                attach.open()
            else
                attach.close()
        }
        function onStepChanged() { page.focusScan() }
    }

    // Keyboard: shown in the bar at the bottom of the page.
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: page.active && !page.dialogOpen && page.st.receiptId > 0
        onActivated: page.askRecord()
    }
    Shortcut {
        sequence: "Ctrl+Z"
        enabled: page.active && !page.dialogOpen && page.st.receiptId > 0
        onActivated: page.st.undoLast()
    }
    Shortcut {
        sequence: "Ctrl+F"
        enabled: page.active && !page.dialogOpen
        onActivated: {
            search.forceActiveFocus()
            search.selectAll()
        }
    }
    Shortcut {
        sequence: "Ctrl+P"
        enabled: page.active && !page.dialogOpen
        onActivated: page.st.printLabels()
    }
    Shortcut {
        sequence: "Ctrl+D"
        enabled: page.active && !page.dialogOpen && page.st.receiptId > 0
        onActivated: page.askFinish()
    }
    Shortcut {
        sequence: "Esc"
        enabled: page.active && !page.dialogOpen
        onActivated: {
            if (page.st.entryActive)
                page.st.cancelEntry()
            else if (page.st.receiptId > 0 && page.st.staged.count === 0)
                page.st.close(false)
            page.focusScan()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10

            // The expected receipts.
            ColumnLayout {
                Layout.preferredWidth: 300
                Layout.maximumWidth: 300
                Layout.fillHeight: true
                spacing: 6
                Label {
                    text: qsTr("Expected receipts (%1)").arg(page.st.receipts.count)
                    font.pixelSize: 18
                    font.bold: true
                }
                TextField {
                    id: search
                    objectName: "stationSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Reference, PO, supplier, SKU (Ctrl+F)")
                    text: page.st.searchText // a reference or supplier scanned on the list shows here too
                    onTextEdited: page.st.search(text)
                    Keys.onDownPressed: receiptList.forceActiveFocus()
                    onAccepted: if (page.st.receipts.count === 1) page.st.openRow(0)
                }
                RowLayout {
                    visible: page.st.searchProduct !== ""
                    Layout.fillWidth: true
                    Label {
                        objectName: "stationSearchProduct"
                        Layout.fillWidth: true
                        text: qsTr("Expecting %1").arg(page.st.searchProduct)
                        elide: Text.ElideRight
                        font.bold: true
                        color: Theme.accent
                    }
                    Button {
                        text: qsTr("Show all")
                        onClicked: {
                            search.text = ""
                            page.st.search("")
                        }
                    }
                }
                ListView {
                    id: receiptList
                    objectName: "stationReceipts"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.st.receipts
                    spacing: 2
                    keyNavigationEnabled: true
                    highlightFollowsCurrentItem: true
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onReturnPressed: page.st.openRow(currentIndex)
                    Keys.onEnterPressed: page.st.openRow(currentIndex)
                    delegate: ItemDelegate {
                        id: rd
                        required property int index
                        required property real receiptId
                        required property string reference
                        required property string supplier
                        required property string origin
                        required property string scheduled
                        required property real progress
                        required property string progressText
                        objectName: "stationReceipt_" + reference
                        width: ListView.view.width
                        highlighted: receiptId === page.st.receiptId
                        onClicked: page.st.openRow(index)
                        background: Rectangle {
                            color: rd.highlighted ? "#dce7f5" : rd.ListView.isCurrentItem && receiptList.activeFocus
                                                                ? "#eef3fa" : Theme.surface
                            border.color: rd.ListView.isCurrentItem && receiptList.activeFocus ? Theme.accent : "transparent"
                            border.width: 2
                            radius: 3
                        }
                        contentItem: ColumnLayout {
                            spacing: 2
                            RowLayout {
                                Label {
                                    text: rd.reference
                                    font.bold: true
                                }
                                Item { Layout.fillWidth: true }
                                Label {
                                    text: qsTr("due %1").arg(rd.scheduled)
                                    color: Theme.muted
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: rd.supplier + (rd.origin !== "" ? " · " + rd.origin : "")
                                elide: Text.ElideRight
                            }
                            Rectangle { // progress: a thin bar (the style's bar is a tall empty box here)
                                Layout.fillWidth: true
                                height: 6
                                radius: 3
                                color: "#d5dbe2"
                                Rectangle {
                                    width: parent.width * Math.min(1, rd.progress)
                                    height: parent.height
                                    radius: 3
                                    color: Theme.ok
                                }
                            }
                            Label {
                                text: rd.progressText
                                color: Theme.muted
                                font.pixelSize: 12
                            }
                        }
                    }
                }
                RowLayout {
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Minimum shelf life")
                        elide: Text.ElideRight
                    }
                    TextField { // not a SpinBox: its arrow images leak their textures under the software renderer (Qt 6.4)
                        objectName: "stationMinShelfLife"
                        Layout.preferredWidth: 70
                        horizontalAlignment: Text.AlignRight
                        text: page.st.minShelfLifeDays
                        validator: IntValidator { bottom: 0; top: 3650 }
                        onEditingFinished: if (acceptableInput) page.st.minShelfLifeDays = parseInt(text)
                    }
                    Label { text: qsTr("days") }
                }
            }

            Rectangle {
                Layout.fillHeight: true
                width: 1
                color: "#c8ced6"
            }

            // The open receipt.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 800 // shares what the list leaves, never wider than the window
                Layout.fillHeight: true
                spacing: 6

                Label {
                    objectName: "stationNoReceipt"
                    visible: page.st.receiptId <= 0
                    Layout.fillWidth: true
                    Layout.topMargin: 40
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Scan the purchase order on the delivery note, a receipt, or an item to find the receipts that expect it — or choose a receipt on the left (↓ and Enter).")
                    wrapMode: Text.WordWrap
                    font.pixelSize: 18
                    color: Theme.muted
                }

                RowLayout {
                    visible: page.st.receiptId > 0
                    Layout.fillWidth: true
                    spacing: 16
                    ColumnLayout {
                        spacing: 0
                        Label {
                            objectName: "stationReference"
                            text: page.st.reference
                            font.pixelSize: 22
                            font.bold: true
                        }
                        Label {
                            text: page.st.supplier
                            font.pixelSize: 16
                        }
                    }
                    GridLayout {
                        columns: 2
                        columnSpacing: 8
                        rowSpacing: 0
                        Label { text: qsTr("Purchase order"); color: Theme.muted }
                        Label { text: page.st.origin; font.bold: true }
                        Label { text: qsTr("Scheduled"); color: Theme.muted }
                        Label { text: page.st.scheduled; font.bold: true }
                    }
                    Label {
                        objectName: "stationProgress"
                        Layout.fillWidth: true
                        text: page.st.progressText
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                    }
                    Button {
                        objectName: "stationFinish"
                        text: qsTr("Finish… (Ctrl+D)")
                        onClicked: page.askFinish()
                    }
                    Button {
                        objectName: "stationClose"
                        text: qsTr("Close")
                        onClicked: page.askClose()
                    }
                }

                // The lines: expected, received by the server, received here and not yet sent, staged.
                Rectangle {
                    visible: page.st.receiptId > 0
                    Layout.fillWidth: true
                    Layout.preferredHeight: 26
                    color: Theme.surface
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 6
                        anchors.rightMargin: 6
                        spacing: 6
                        Label { Layout.preferredWidth: 110; text: qsTr("SKU"); font.bold: true }
                        Label { Layout.fillWidth: true; text: qsTr("Product"); font.bold: true }
                        Label { Layout.preferredWidth: 80; text: qsTr("Expected"); font.bold: true; horizontalAlignment: Text.AlignRight }
                        Label { Layout.preferredWidth: 80; text: qsTr("Received"); font.bold: true; horizontalAlignment: Text.AlignRight }
                        Label { Layout.preferredWidth: 115; text: qsTr("Pending here"); font.bold: true; horizontalAlignment: Text.AlignRight }
                        Label { Layout.preferredWidth: 115; text: qsTr("This delivery"); font.bold: true; horizontalAlignment: Text.AlignRight }
                        Label { Layout.preferredWidth: 80; text: qsTr("Still open"); font.bold: true; horizontalAlignment: Text.AlignRight }
                        Label { Layout.preferredWidth: 120; text: qsTr("Progress"); font.bold: true }
                    }
                }
                ListView {
                    id: lineList
                    objectName: "stationLines"
                    visible: page.st.receiptId > 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 120
                    clip: true
                    model: page.st.lines
                    ScrollBar.vertical: ScrollBar {}
                    delegate: Rectangle {
                        id: ld
                        required property string sku
                        required property string name
                        required property string uom
                        required property string lot
                        required property string expected
                        required property string receivedServer
                        required property string receivedPending
                        required property string staged
                        required property string remaining
                        required property real progress
                        required property string state
                        required property bool current
                        width: ListView.view.width
                        height: 30
                        color: current ? "#fff4d6" : "transparent"
                        border.color: current ? Theme.warning : "transparent"
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: 6
                            anchors.rightMargin: 6
                            spacing: 6
                            Label { Layout.preferredWidth: 110; text: ld.sku; font.bold: true }
                            Label {
                                Layout.fillWidth: true
                                text: ld.name + (ld.lot !== "" ? qsTr(" · lot %1").arg(ld.lot) : "")
                                elide: Text.ElideRight
                            }
                            Label { Layout.preferredWidth: 80; text: ld.expected + " " + ld.uom; horizontalAlignment: Text.AlignRight }
                            Label { Layout.preferredWidth: 80; text: ld.receivedServer; horizontalAlignment: Text.AlignRight }
                            Label {
                                Layout.preferredWidth: 115
                                text: ld.receivedPending
                                horizontalAlignment: Text.AlignRight
                                color: Theme.accent
                                font.bold: true
                            }
                            Label {
                                Layout.preferredWidth: 115
                                text: ld.staged
                                horizontalAlignment: Text.AlignRight
                                color: Theme.warning
                                font.bold: true
                            }
                            Label {
                                Layout.preferredWidth: 80
                                text: ld.remaining
                                horizontalAlignment: Text.AlignRight
                                font.bold: true
                            }
                            RowLayout {
                                Layout.preferredWidth: 120
                                spacing: 4
                                Rectangle {
                                    Layout.preferredWidth: 60
                                    height: 8
                                    radius: 4
                                    color: "#d5dbe2"
                                    Rectangle {
                                        width: parent.width * Math.min(1, ld.progress)
                                        height: parent.height
                                        radius: 4
                                        color: ld.state === "over" ? Theme.warning : Theme.ok
                                    }
                                }
                                Label {
                                    text: ld.state === "done" ? qsTr("done")
                                        : ld.state === "over" ? qsTr("over")
                                        : ld.state === "short" ? qsTr("short") : ""
                                    color: ld.state === "done" ? Theme.ok : Theme.warning
                                    font.bold: true
                                }
                            }
                        }
                    }
                }

                ReceivingEntry {
                    id: entry
                    visible: page.st.receiptId > 0
                    Layout.fillWidth: true
                    onRecordRequested: page.askRecord()
                }
            }
        }

        // The station's answer to the last scan or key.
        Label {
            objectName: "stationMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.st.message
            color: Theme.levelColor(page.st.messageLevel)
            font.pixelSize: 16
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "stationShortcuts"
            Layout.fillWidth: true
            text: qsTr("Scan at any time · Enter stage the entry · Esc cancel · Alt+1…7 discrepancy · Ctrl+Z take back the last staged line · Ctrl+Enter record the delivery · Ctrl+D finish · Ctrl+P print labels · Ctrl+F search")
            color: Theme.muted
            wrapMode: Text.WordWrap
        }
    }

    StationConfirmDialog {
        id: confirm
        objectName: "stationConfirm"
        onChosen: (what, second) => {
            if (what === "record")
                page.st.recordDelivery()
            else if (what === "finish")
                page.st.finish(!second)
            else if (what === "discard")
                page.st.close(true)
            page.focusScan()
        }
        onClosed: page.focusScan()
    }
    StationConfirmDialog {
        id: attach
        objectName: "stationAttach"
        what: "attach"
        title: qsTr("Attach a barcode")
        text: qsTr("The barcode %1 is not known. Is it printed on %2?\n\nConfirming records that this barcode is this product (one unit per scan); every device learns it after the next sync. A barcode that already belongs to another product is not overwritten: a supervisor decides.").arg(page.st.attachCode).arg(page.st.attachProduct)
        acceptText: qsTr("This barcode is %1").arg(page.st.attachProduct)
        onChosen: page.st.confirmAttach()
        onRejected: page.st.cancelAttach()
        onClosed: page.focusScan()
    }
}
