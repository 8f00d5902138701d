import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// One line of a pick or receipt: product, location, quantities and state.
Rectangle {
    id: row
    required property string sku
    required property string productName
    required property string location
    required property string expected
    required property string done
    required property string status
    required property bool current
    property bool showLocation: true
    implicitHeight: 64
    color: current ? "#dbe8f7" : "white"
    border.color: current ? Theme.accent : "#c9d0d7"
    border.width: current ? 3 : 1

    RowLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: row.sku + " · " + row.productName
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: row.showLocation
                text: row.location
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
        }
        Text {
            text: row.done + " / " + row.expected
            font.pixelSize: Theme.fontNormal
            font.bold: true
            color: Theme.text
        }
        Text {
            Layout.preferredWidth: 80
            horizontalAlignment: Text.AlignRight
            text: row.status === "done" ? qsTr("done") : row.status === "short" ? qsTr("short")
                  : row.status === "skipped" ? qsTr("skipped") : qsTr("open")
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: row.status === "done" ? Theme.ok : row.status === "short" ? Theme.error
                   : row.status === "skipped" ? Theme.warning : Theme.muted
        }
    }
}
