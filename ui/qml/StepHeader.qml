import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// The one thing the worker must do now, the biggest thing on the screen: "SCAN LOCATION", then the value
// to scan, with the quantity beside it. A refused scan turns it red (✕, what is expected, what was
// scanned) until the next valid scan; its height never changes, so nothing below it moves.
Rectangle {
    id: step
    property string instruction
    property string value
    property string detail
    property string quantity // beside the value: "3 pc"
    property string quantityLabel // above it: "TO PICK"
    property bool wrong: false
    property string wrongExpected
    property string wrongScanned
    property int detailLines: 2 // 1 on a short screen (the page's compact mode)
    objectName: "stepHeader"
    // Fixed: the instruction, the value and two lines of detail, whatever the state.
    implicitHeight: 2 * Theme.gap + Math.ceil(Theme.fontNormal * 1.25) + Math.ceil(Theme.fontHuge * 1.25)
                    + detailLines * Math.ceil(Theme.fontNormal * 1.25) + 2 * Theme.gap
    color: wrong ? Theme.error : Theme.surface
    border.color: wrong ? Theme.error : Theme.accent
    border.width: 3
    radius: 6
    clip: true

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap + 2
        spacing: Theme.gap
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            Text {
                objectName: "stepInstruction"
                Layout.fillWidth: true
                text: step.wrong ? "✕ " + qsTr("WRONG SCAN · SCAN:") : step.instruction
                color: step.wrong ? "white" : Theme.accent
                font.pixelSize: Theme.fontNormal
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                objectName: "stepValue"
                Layout.fillWidth: true
                text: step.wrong ? step.wrongExpected : step.value
                color: step.wrong ? "white" : Theme.text
                font.pixelSize: Theme.fontHuge
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontLarge
                elide: Text.ElideRight
            }
            Text {
                objectName: "stepDetail"
                Layout.fillWidth: true
                Layout.fillHeight: true
                text: step.wrong ? qsTr("Scanned: %1").arg(step.wrongScanned) : step.detail
                color: step.wrong ? "white" : Theme.text
                font.pixelSize: Theme.fontNormal
                font.bold: step.wrong
                wrapMode: Text.WordWrap
                maximumLineCount: step.detailLines
                elide: Text.ElideRight
                verticalAlignment: Text.AlignTop
            }
        }
        ColumnLayout {
            visible: step.quantity !== ""
            Layout.alignment: Qt.AlignTop
            spacing: 0
            Text {
                Layout.alignment: Qt.AlignRight
                text: step.quantityLabel
                color: step.wrong ? "white" : Theme.accent
                font.pixelSize: Theme.fontNormal
                font.bold: true
            }
            Text {
                objectName: "stepQuantity"
                Layout.alignment: Qt.AlignRight
                text: step.quantity
                color: step.wrong ? "white" : Theme.text
                font.pixelSize: Theme.fontHuge
                font.bold: true
            }
        }
    }
}
