import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// What the last scan or action did, in the colour of its feedback (ok, warning, error).
Rectangle {
    id: banner
    property string message
    property string understood
    property int level: 0
    objectName: "messageBanner"
    implicitHeight: visible ? column.implicitHeight + 16 : 0
    visible: message !== ""
    color: Theme.levelColor(level)
    radius: 4

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 8
        spacing: 2
        Text {
            objectName: "messageText"
            Layout.fillWidth: true
            text: banner.message
            color: "white"
            font.pixelSize: Theme.fontNormal
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            visible: banner.understood !== "" && banner.level === 3
            text: banner.understood
            color: "white"
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
    }
}
