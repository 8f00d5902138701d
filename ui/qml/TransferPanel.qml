import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Stockhand.Handheld

// A transfer opened from an exception: its lines as the pick or receiving view model has them (the
// server's state plus this device's pending work).
Popup {
    id: panel
    objectName: "transferPanel"
    readonly property bool isPick: App.console.openTransferKind === "pick"
    readonly property var flow: isPick ? App.pick : App.receive
    width: 900
    height: 560
    modal: true
    onClosed: App.console.closeTransfer()

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "transferTitle"
                text: (panel.isPick ? qsTr("Pick %1") : qsTr("Receipt %1")).arg(panel.flow.reference)
                font.pixelSize: 18
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Close")
                onClicked: panel.close()
            }
        }
        ListView {
            objectName: "transferLines"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.flow.lines
            header: RowLayout {
                width: ListView.view.width
                Label { Layout.preferredWidth: 320; text: qsTr("Product"); font.bold: true }
                Label { Layout.preferredWidth: 160; text: qsTr("From"); font.bold: true }
                Label { Layout.preferredWidth: 160; text: qsTr("To"); font.bold: true }
                Label { Layout.preferredWidth: 90; text: qsTr("Expected"); font.bold: true }
                Label { Layout.preferredWidth: 90; text: qsTr("Done"); font.bold: true }
            }
            delegate: RowLayout {
                required property string sku
                required property string productName
                required property string location
                required property string destination
                required property string expected
                required property string done
                width: ListView.view.width
                height: 28
                Label { Layout.preferredWidth: 320; text: sku + " · " + productName; elide: Text.ElideRight }
                Label { Layout.preferredWidth: 160; text: location; elide: Text.ElideRight }
                Label { Layout.preferredWidth: 160; text: destination; elide: Text.ElideRight }
                Label { Layout.preferredWidth: 90; text: expected }
                Label { Layout.preferredWidth: 90; text: done }
            }
        }
    }
}
