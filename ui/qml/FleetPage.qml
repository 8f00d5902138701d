import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Stockhand.Handheld

// The devices of the supervisor's warehouse (every warehouse for an admin) as the server knows them:
// sortable table, refresh, when it was fetched (offline: the last list, with its age); revoke with a
// confirmation that names the device; a new enrolment code shown as text and as a QR code.
Item {
    id: page
    objectName: "fleetPage"
    readonly property var fleet: App.fleet
    property int currentRow: -1

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                text: qsTr("Fleet")
                font.pixelSize: 20
                font.bold: true
            }
            Label {
                objectName: "fleetFetched"
                text: qsTr("%n device(s)", "", page.fleet.count) + " · " + page.fleet.fetchedText
                color: page.fleet.offline ? Theme.error : Theme.muted
            }
            Item { Layout.fillWidth: true }
            BusyIndicator {
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
                running: page.fleet.busy
                visible: running
            }
            Button {
                objectName: "fleetRefresh"
                text: qsTr("Refresh")
                enabled: !page.fleet.busy
                onClicked: page.fleet.refresh()
            }
            Button {
                objectName: "fleetRevoke"
                text: qsTr("Revoke…")
                enabled: page.currentRow >= 0 && page.fleet.describeRevoke(page.currentRow) !== ""
                onClicked: revokeDialog.open()
            }
            Button {
                objectName: "fleetNewCode"
                text: qsTr("New enrolment code…")
                highlighted: true
                onClicked: codeDialog.open()
            }
        }

        Label {
            objectName: "fleetMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.fleet.message
            color: Theme.error
            wrapMode: Text.WordWrap
        }

        HorizontalHeaderView {
            objectName: "fleetHeader"
            Layout.fillWidth: true
            syncView: table
            clip: true
            delegate: Rectangle {
                implicitWidth: 80
                implicitHeight: 32
                color: "#e4e7eb"
                border.color: "#c4c9cf"
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 5
                    anchors.rightMargin: 5
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    font.bold: true
                    font.pixelSize: 12
                    text: model.display + (page.fleet.sortColumn === column ? (page.fleet.sortAscending ? " ▲" : " ▼") : "")
                }
                TapHandler {
                    onTapped: page.fleet.sortByColumn(column)
                }
            }
        }

        TableView {
            id: table
            objectName: "fleetTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.fleet
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
            // Device, warehouse, version, last seen, pending, oldest pending; the last error takes what is
            // left; status.
            readonly property var widths: [190, 100, 100, 130, 100, 140, -1, 90]
            columnWidthProvider: (c) => widths[c] >= 0 ? widths[c]
                                        : Math.max(200, width - 12 - widths.reduce((a, b) => a + Math.max(b, 0), 0))
            rowHeightProvider: () => 28
            delegate: Rectangle {
                implicitHeight: 28
                color: row === page.currentRow ? "#cfe0f5" : (row % 2 ? "#f6f7f9" : "white")
                border.color: "#e3e6ea"
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 5
                    anchors.rightMargin: 5
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: model.alignRight ? Text.AlignRight : Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: 12
                    text: model.display
                    color: model.tone === "muted" ? Theme.muted
                         : model.tone === "refused" || model.tone === "loss" ? Theme.error : Theme.text
                    ToolTip.visible: hover.hovered && truncated
                    ToolTip.text: model.toolTip ? model.toolTip : text
                    HoverHandler { id: hover }
                }
                TapHandler {
                    onTapped: page.currentRow = row
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: page.fleet.count === 0
            text: qsTr("No device to show yet: refresh while online.")
            color: Theme.muted
        }
    }

    Dialog {
        id: revokeDialog
        objectName: "fleetRevokeDialog"
        anchors.centerIn: parent
        modal: true
        width: 560
        title: qsTr("Revoke a device")
        Label {
            objectName: "fleetRevokeText"
            width: parent.width
            text: page.fleet.describeRevoke(page.currentRow)
            wrapMode: Text.WordWrap
        }
        footer: DialogButtonBox {
            Button {
                objectName: "fleetRevokeConfirm"
                text: qsTr("Revoke")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: page.fleet.revoke(page.currentRow)
    }

    EnrolmentCodeDialog {
        id: codeDialog
        objectName: "enrolmentCodeDialog"
        anchors.centerIn: parent
    }

    Connections {
        target: page.fleet
        function onRefreshed() { page.currentRow = -1 }
    }
    Connections {
        target: App.session
        function onSignedInChanged() {
            if (App.session.signedIn)
                page.fleet.refresh()
        }
    }
    Component.onCompleted: if (App.session.signedIn) page.fleet.refresh()
}
