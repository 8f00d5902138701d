import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// Title bar of a page with an optional back action and, on the right, the page's rare actions (skip,
// short pick): up here, far from the Confirm key at the bottom.
Rectangle {
    id: header
    property string title
    property string subtitle
    property bool canGoBack: true
    // A reference beside the actions loses its start, never its number ("…PICK/00014").
    property int titleElide: Text.ElideRight
    default property alias actions: actionRow.data
    signal back()
    implicitHeight: Theme.touch
    color: Theme.accent

    RowLayout {
        anchors.fill: parent
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap
        Rectangle {
            visible: header.canGoBack
            objectName: "backButton"
            Layout.preferredWidth: Theme.touch
            Layout.fillHeight: true
            color: backArea.pressed ? Qt.darker(Theme.accent, 1.3) : "transparent"
            Text {
                anchors.centerIn: parent
                text: "‹"
                color: Theme.accentText
                font.pixelSize: Theme.fontHuge + 4
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
            Layout.leftMargin: header.canGoBack ? 0 : Theme.margin
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: header.title
                color: Theme.accentText
                font.pixelSize: Theme.fontNormal
                font.bold: true
                elide: header.titleElide
            }
            Text {
                Layout.fillWidth: true
                visible: header.subtitle !== ""
                text: header.subtitle
                color: Theme.accentText
                font.pixelSize: Theme.fontNormal
                elide: Text.ElideRight
            }
        }
        RowLayout {
            id: actionRow
            Layout.fillHeight: true
            spacing: Theme.gap
        }
    }
}
