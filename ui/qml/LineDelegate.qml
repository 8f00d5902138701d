import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// One line of a pick or receipt: product, location, quantities and state. As high as its text (never
// clipped); the current line framed, finished lines grey (the model puts them last, apart).
Rectangle {
    id: row
    required property string sku
    required property string productName
    required property string location
    required property string expected
    required property string done
    required property string status
    required property bool current
    required property string pending
    property bool showLocation: true
    readonly property bool finished: status === "done" || status === "short"
    implicitHeight: Math.max(Theme.touch, content.implicitHeight + 2 * Theme.gap)
    color: current ? "#dbe8f7" : finished ? Theme.done : "white"
    border.color: current ? Theme.accent : "#c9d0d7"
    border.width: current ? 3 : 1

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: row.sku + " · " + row.productName
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: row.finished ? Theme.muted : Theme.text
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: row.showLocation
                text: row.location
                font.pixelSize: Theme.fontNormal
                color: Theme.muted
                elide: Text.ElideRight
            }
        }
        ColumnLayout {
            spacing: 0
            Text {
                objectName: "lineCount"
                Layout.alignment: Qt.AlignRight
                text: row.done + " / " + row.expected
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.text
            }
            Text {
                Layout.alignment: Qt.AlignRight
                // On the current line: scanned or typed, not confirmed yet; else the state.
                text: row.pending !== "" ? qsTr("+%1 now").arg(row.pending)
                      : row.status === "done" ? "✓ " + qsTr("done") : row.status === "short" ? qsTr("short")
                      : row.status === "skipped" ? qsTr("skipped") : qsTr("open")
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: row.pending !== "" ? Theme.accent : row.status === "done" ? Theme.ok
                       : row.status === "short" ? Theme.error : row.status === "skipped" ? Theme.warning : Theme.muted
            }
        }
    }
}
