import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Stockhand.Handheld

// Every exception this device knows, with names instead of ids, filters and the actions that exist:
// request a recount, open the transfer, acknowledge (the device's own refusals on this device; the server's
// exceptions for everyone, with a note). Both changes ask for a confirmation.
Item {
    id: page
    objectName: "consoleExceptionsPage"
    property var rows: App.console.exceptions
    property int pendingRow: -1 // the list row a confirmation is about
    property string pendingAction: ""

    function confirm(action, listRow) {
        pendingAction = action
        pendingRow = listRow
        confirmDialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                text: qsTr("Exceptions")
                font.pixelSize: 20
                font.bold: true
            }
            Label {
                objectName: "exceptionsShown"
                text: qsTr("%1 shown").arg(page.rows.count)
                color: Theme.muted
            }
            Item { Layout.fillWidth: true }
            TextField {
                objectName: "exceptionsSearch"
                Layout.preferredWidth: 220
                placeholderText: qsTr("Find transfer, location, product")
                onTextEdited: page.rows.filterText = text
            }
            ComboBox {
                // A drawn arrow: the style's arrow image leaks its texture under the software renderer (Qt 6.4).
                indicator: Label {
                    x: parent.width - width - 8
                    y: (parent.height - height) / 2
                    text: "▾"
                }
                objectName: "exceptionsKind"
                Layout.preferredWidth: 220
                model: [qsTr("All kinds")].concat(page.rows.kinds.map(k => k.label))
                onActivated: (i) => page.rows.kind = i === 0 ? "" : page.rows.kinds[i - 1].kind
            }
            ComboBox {
                // A drawn arrow: the style's arrow image leaks its texture under the software renderer (Qt 6.4).
                indicator: Label {
                    x: parent.width - width - 8
                    y: (parent.height - height) / 2
                    text: "▾"
                }
                objectName: "exceptionsState"
                Layout.preferredWidth: 150
                model: [qsTr("Open"), qsTr("Acknowledged"), qsTr("All states")]
                onActivated: (i) => page.rows.state = ["open", "acknowledged", ""][i]
            }
            ComboBox {
                // A drawn arrow: the style's arrow image leaks its texture under the software renderer (Qt 6.4).
                indicator: Label {
                    x: parent.width - width - 8
                    y: (parent.height - height) / 2
                    text: "▾"
                }
                objectName: "exceptionsArea"
                Layout.preferredWidth: 140
                model: [qsTr("All areas")].concat(page.rows.areas)
                onActivated: (i) => page.rows.area = i === 0 ? "" : page.rows.areas[i - 1]
            }
        }

        ListView {
            id: list
            objectName: "consoleExceptionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: page.rows
            ScrollBar.vertical: ScrollBar {}
            delegate: Frame {
                id: entry
                required property int index
                required property string title
                required property string about
                required property string detail
                required property string advice
                required property string stateLabel
                required property string time
                required property string area
                required property bool open
                required property bool canRecount
                required property bool canOpenTransfer
                width: ListView.view.width - 14
                RowLayout {
                    anchors.fill: parent
                    spacing: 12
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: entry.title
                            font.bold: true
                            color: entry.open ? Theme.error : Theme.muted
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: entry.about
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: entry.detail
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: entry.advice
                            color: Theme.muted
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            text: [entry.stateLabel, entry.area !== "" ? qsTr("area %1").arg(entry.area) : "",
                                   Qt.formatDateTime(new Date(entry.time), "yyyy-MM-dd hh:mm")].filter(s => s !== "").join(" · ")
                            color: Theme.muted
                        }
                    }
                    ColumnLayout {
                        spacing: 4
                        Button {
                            objectName: "exceptionRecount"
                            Layout.fillWidth: true
                            text: qsTr("Request recount…")
                            visible: entry.canRecount
                            onClicked: page.confirm("recount", page.rows.sourceRow(entry.index))
                        }
                        Button {
                            objectName: "exceptionOpenTransfer"
                            Layout.fillWidth: true
                            text: qsTr("Open transfer")
                            visible: entry.canOpenTransfer
                            onClicked: if (App.console.openTransfer(page.rows.sourceRow(entry.index))) transferPanel.open()
                        }
                        Button {
                            objectName: "exceptionAcknowledge"
                            Layout.fillWidth: true
                            text: qsTr("Acknowledge…")
                            visible: entry.open
                            onClicked: page.confirm("acknowledge", page.rows.sourceRow(entry.index))
                        }
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: page.rows.count === 0
            text: qsTr("No exception matches the filter.")
            color: Theme.muted
        }
    }

    Dialog {
        id: confirmDialog
        objectName: "exceptionConfirm"
        anchors.centerIn: parent
        width: 600
        modal: true
        title: page.pendingAction === "recount" ? qsTr("Request a recount") : qsTr("Acknowledge the exception")
        readonly property bool serverException: App.console.needsNote(page.pendingRow)
        onAboutToShow: note.text = ""
        ColumnLayout {
            width: parent.width
            spacing: 8
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: page.pendingAction === "recount" ? App.console.describeExceptionRecount(page.pendingRow)
                    : confirmDialog.serverException
                      ? qsTr("Acknowledge this exception for everyone? The server records who resolved it, when and your note; every device sees it.")
                      : qsTr("Acknowledge it on this computer? It leaves the open list here; the server's records do not change.")
            }
            Label {
                text: qsTr("Note (what you found or did)")
                visible: page.pendingAction === "acknowledge" && confirmDialog.serverException
            }
            TextField {
                id: note
                objectName: "exceptionNote"
                Layout.fillWidth: true
                visible: page.pendingAction === "acknowledge" && confirmDialog.serverException
                placeholderText: qsTr("e.g. found 2 behind the pallet, recounted")
            }
        }
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: {
            if (page.pendingAction === "recount")
                App.console.recountForException(page.pendingRow)
            else
                App.console.acknowledge(page.pendingRow, note.text)
        }
    }

    TransferPanel {
        id: transferPanel
        anchors.centerIn: parent
    }
}
