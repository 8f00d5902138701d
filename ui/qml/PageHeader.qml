import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// Title bar of a page with an optional back action.
Rectangle {
    id: header
    property string title
    property string subtitle
    property bool canGoBack: true
    signal back()
    implicitHeight: 64
    color: Theme.accent

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 4
        anchors.rightMargin: Theme.margin
        spacing: 8
        Rectangle {
            visible: header.canGoBack
            objectName: "backButton"
            Layout.preferredWidth: 64
            Layout.fillHeight: true
            color: backArea.pressed ? Qt.darker(Theme.accent, 1.3) : "transparent"
            Text {
                anchors.centerIn: parent
                text: "‹"
                color: Theme.accentText
                font.pixelSize: 44
                font.bold: true
            }
            MouseArea {
                id: backArea
                anchors.fill: parent
                onClicked: header.back()
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: header.title
                color: Theme.accentText
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: header.subtitle !== ""
                text: header.subtitle
                color: Theme.accentText
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
    }
}
