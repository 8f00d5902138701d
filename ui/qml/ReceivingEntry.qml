import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Stockhand.Handheld

// The entry being received (scanned or typed: product by SKU, quantity, lot, expiry, discrepancy) and
// "this delivery", the staged lines that "Record delivery" records. The wedge scanner's scans reach the
// station wherever the focus is; the scan field takes typed codes and SKUs.
RowLayout {
    id: root
    readonly property var st: App.station
    signal recordRequested()
    spacing: 10

    function focusScan() {
        scanField.forceActiveFocus()
    }
    // A text field takes Ctrl+Z (its own undo) and Ctrl+Enter (accepted) before the page's shortcuts do:
    // in the entry's fields they mean what the shortcut bar says.
    function stationKeys(event) {
        if (!(event.modifiers & Qt.ControlModifier))
            return
        if (event.key === Qt.Key_Z) {
            st.undoLast()
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            root.recordRequested()
            event.accepted = true
        }
    }
    // Enter in any field of the entry: what is typed goes to the view model, then the entry is staged.
    function stage() {
        if (lot.text !== st.entryLot)
            st.setLot(lot.text)
        if (expiry.text !== st.entryExpiry && !st.setExpiry(expiry.text))
            return
        st.setQuantity(qty.text)
        if (st.confirmEntry())
            focusScan()
    }

    Connections {
        target: root.st
        function onEntryChanged() {
            // A new item in the entry: the quantity is typed next (a scan may already have filled it).
            if (root.st.entryActive && scanField.activeFocus) {
                qty.forceActiveFocus()
                qty.selectAll()
            }
        }
    }

    // The entry.
    Frame {
        Layout.preferredWidth: 460
        Layout.alignment: Qt.AlignTop
        ColumnLayout {
            anchors.fill: parent
            spacing: 6
            TextField {
                id: scanField
                Keys.onPressed: (event) => root.stationKeys(event)
                objectName: "stationScan"
                Layout.fillWidth: true
                font.pixelSize: 18
                placeholderText: qsTr("Scan, or type a SKU or barcode, then Enter")
                background: Rectangle {
                    color: "white"
                    border.color: scanField.activeFocus ? Theme.accent : Theme.muted
                    border.width: scanField.activeFocus ? 3 : 1
                    radius: 3
                }
                onAccepted: {
                    const code = text
                    text = ""
                    if (code.trim() !== "")
                        App.scan(code)
                    else if (root.st.entryActive)
                        root.stage()
                }
            }
            GridLayout {
                columns: 4
                columnSpacing: 8
                rowSpacing: 4
                Layout.fillWidth: true
                Label { text: qsTr("Item"); color: Theme.muted }
                Label {
                    objectName: "stationEntryProduct"
                    Layout.columnSpan: 3
                    Layout.fillWidth: true
                    text: root.st.entryActive ? root.st.entryProduct : qsTr("— scan an item or type its SKU —")
                    font.pixelSize: 16
                    font.bold: root.st.entryActive
                    elide: Text.ElideRight
                }
                Label { text: qsTr("Still expected"); color: Theme.muted }
                Label {
                    objectName: "stationEntryExpected"
                    Layout.columnSpan: 3
                    text: root.st.entryExpected
                    font.bold: true
                }
                Label { text: qsTr("Quantity"); color: Theme.muted }
                TextField {
                    id: qty
                Keys.onPressed: (event) => root.stationKeys(event)
                    objectName: "stationQty"
                    Layout.preferredWidth: 110
                    enabled: root.st.entryActive
                    font.pixelSize: 18
                    font.bold: true
                    text: root.st.entryQty
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    onTextEdited: root.st.setQuantity(text)
                    onAccepted: root.stage()
                }
                Label {
                    Layout.columnSpan: 2
                    text: root.st.entryUom + (root.st.entryReason === "UNDER" ? qsTr(" missing") : "")
                }
                Label { text: qsTr("Lot"); color: Theme.muted }
                TextField {
                    id: lot
                Keys.onPressed: (event) => root.stationKeys(event)
                    objectName: "stationLot"
                    Layout.preferredWidth: 160
                    enabled: root.st.entryNeedsLot
                    text: root.st.entryLot
                    placeholderText: root.st.entryNeedsLot ? qsTr("required") : qsTr("not tracked")
                    onAccepted: root.stage()
                }
                Label { text: qsTr("Expiry"); color: Theme.muted }
                TextField {
                    id: expiry
                Keys.onPressed: (event) => root.stationKeys(event)
                    objectName: "stationExpiry"
                    Layout.preferredWidth: 130
                    enabled: root.st.entryActive
                    text: root.st.entryExpiry
                    placeholderText: qsTr("YYYY-MM-DD")
                    color: root.st.expiryShort ? Theme.error : Theme.text
                    onAccepted: root.stage()
                }
            }
            // The discrepancy of this entry (Alt+1…7). Damaged, expiry too short and quality hold are
            // received at the quarantine location.
            Flow {
                Layout.fillWidth: true
                spacing: 4
                Repeater {
                    model: root.st.reasons
                    delegate: Button {
                        required property var modelData
                        required property int index
                        objectName: "stationReason_" + (modelData.code === "" ? "none" : modelData.code)
                        text: "%1 %2".arg(index + 1).arg(modelData.label)
                        checkable: true
                        checked: root.st.entryActive && root.st.entryReason === modelData.code
                        enabled: root.st.entryActive
                        focusPolicy: Qt.NoFocus
                        palette.button: checked ? (modelData.quarantine ? "#f6d7a7" : "#cfe0f5") : "#f2f2f2"
                        onClicked: root.st.setReason(modelData.code)
                        Shortcut {
                            sequence: "Alt+" + (index + 1)
                            enabled: root.visible && root.st.entryActive
                            onActivated: root.st.setReason(modelData.code)
                        }
                    }
                }
            }
            Label {
                objectName: "stationEntryWhere"
                Layout.fillWidth: true
                visible: root.st.entryActive
                text: qsTr("Goes to: %1").arg(root.st.entryWhere)
                color: root.st.entryWhere.indexOf(qsTr("quarantine")) >= 0 ? Theme.warning : Theme.muted
                font.bold: true
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Button {
                    objectName: "stationStage"
                    text: qsTr("Stage (Enter)")
                    highlighted: true
                    enabled: root.st.entryActive
                    focusPolicy: Qt.NoFocus
                    onClicked: root.stage()
                }
                Button {
                    objectName: "stationCancelEntry"
                    text: qsTr("Cancel (Esc)")
                    enabled: root.st.entryActive
                    focusPolicy: Qt.NoFocus
                    onClicked: {
                        root.st.cancelEntry()
                        root.focusScan()
                    }
                }
            }
        }
    }

    // This delivery: staged, not yet recorded.
    Frame {
        Layout.fillWidth: true
        Layout.preferredWidth: 300 // what is left beside the entry
        Layout.fillHeight: true
        Layout.minimumHeight: 230
        ColumnLayout {
            anchors.fill: parent
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: qsTr("This delivery: %n line(s), not recorded yet", "", root.st.staged.count)
                    font.pixelSize: 16
                    font.bold: true
                    color: root.st.staged.count > 0 ? Theme.warning : Theme.muted
                }
                Button {
                    objectName: "stationUndo"
                    text: qsTr("Undo (Ctrl+Z)")
                    enabled: root.st.staged.count > 0
                    focusPolicy: Qt.NoFocus
                    onClicked: root.st.undoLast()
                }
            }
            ListView {
                objectName: "stationStaged"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: root.st.staged
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    id: sd
                    required property int index
                    required property string product
                    required property string qty
                    required property string uom
                    required property string lot
                    required property string expiry
                    required property string reasonLabel
                    required property string where
                    required property string kind
                    width: ListView.view.width
                    height: 44
                    color: index % 2 ? "#f7f8fa" : "white"
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 4
                        spacing: 6
                        Label {
                            Layout.preferredWidth: 70
                            text: sd.kind === "short" ? qsTr("−%1 %2").arg(sd.qty).arg(sd.uom) : "%1 %2".arg(sd.qty).arg(sd.uom)
                            font.bold: true
                            font.pixelSize: 15
                            horizontalAlignment: Text.AlignRight
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: sd.product + (sd.lot !== "" ? qsTr(" · lot %1").arg(sd.lot) : "")
                                      + (sd.expiry !== "" ? qsTr(" · exp %1").arg(sd.expiry) : "")
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: sd.kind === "short" ? qsTr("%1 · reported").arg(sd.reasonLabel)
                                    : sd.reasonLabel !== "" ? "%1 → %2".arg(sd.reasonLabel).arg(sd.where) : sd.where
                                color: sd.kind === "receive" && sd.reasonLabel === "" ? Theme.muted : Theme.warning
                                font.bold: sd.reasonLabel !== ""
                                elide: Text.ElideRight
                            }
                        }
                        ToolButton {
                            text: "✕"
                            focusPolicy: Qt.NoFocus
                            onClicked: root.st.removeStaged(sd.index)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Take this line back")
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    objectName: "stationRecord"
                    text: qsTr("Record delivery… (Ctrl+Enter)")
                    highlighted: true
                    enabled: root.st.staged.count > 0
                    focusPolicy: Qt.NoFocus
                    onClicked: root.recordRequested()
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "stationPrint"
                    text: qsTr("Print labels (Ctrl+P)")
                    enabled: root.st.printableCount > 0
                    focusPolicy: Qt.NoFocus
                    onClicked: root.st.printLabels()
                }
            }
        }
    }
}
