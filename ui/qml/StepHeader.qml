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
    // Fixed: a line of instruction, the value and two lines of detail, whatever the state.
    implicitHeight: 2 * Theme.gap + Math.ceil(Theme.fontNormal * 1.25) + Math.ceil(Theme.fontHuge * 1.25)
                    + detailLines * Math.ceil(Theme.fontNormal * 1.25) + 2 * Theme.gap
    color: wrong ? Theme.error : Theme.surface
    border.color: wrong ? Theme.error : Theme.accent
    border.width: 3
    radius: 6
    clip: true

    // The instruction takes the whole width when nothing stands beside it (the quantity's label is not
    // shown in the wrong-scan state) and wraps to a second line rather than be cut off (German); the detail
    // then gives up the line it takes, so the height stays fixed.
    // The label also steps aside when the instruction would need more lines beside it than the header
    // has (the instruction and the detail share 1 + detailLines lines); measured apart from the layout.
    readonly property int textLines: 1 + detailLines
    readonly property real innerWidth: width - 2 * (Theme.gap + 2)
    readonly property bool labelFits: {
        const beside = innerWidth - labelMetrics.advanceWidth - Theme.gap
        return beside > 0 && Math.ceil(1.15 * instructionMetrics.advanceWidth / beside) <= textLines
    }
    readonly property bool labelShown: step.quantity !== "" && step.quantityLabel !== "" && !step.wrong && labelFits
    readonly property int instructionLines: Math.min(textLines, Math.max(1, instructionText.lineCount))
    TextMetrics {
        id: instructionMetrics
        font.pixelSize: Theme.fontNormal
        font.bold: true
        text: step.instruction
    }
    TextMetrics {
        id: labelMetrics
        font.pixelSize: Theme.fontNormal
        font.bold: true
        text: step.quantityLabel
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap + 2
        spacing: 0
        // Two rows apart (not a grid): the label's width narrows only the instruction, the quantity's only
        // the value.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                id: instructionText
                objectName: "stepInstruction"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                text: step.wrong ? "✕ " + qsTr("WRONG SCAN · SCAN:") : step.instruction
                color: step.wrong ? "white" : Theme.accent
                font.pixelSize: Theme.fontNormal
                font.bold: true
                wrapMode: Text.WordWrap
                maximumLineCount: step.textLines
                elide: Text.ElideRight
            }
            Text {
                objectName: "stepQuantityLabel"
                Layout.alignment: Qt.AlignRight | Qt.AlignTop
                visible: step.labelShown
                text: step.quantityLabel
                color: Theme.accent
                font.pixelSize: Theme.fontNormal
                font.bold: true
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                objectName: "stepValue"
                Layout.fillWidth: true
                text: step.wrong ? step.wrongExpected : step.value
                color: step.wrong ? "white" : Theme.text
                font.pixelSize: Theme.fontHuge
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontNormal // smaller rather than cut ("JEDEN ARTIKEL SCANNEN")
                elide: Text.ElideRight
            }
            Text {
                objectName: "stepQuantity"
                Layout.alignment: Qt.AlignRight
                visible: step.quantity !== ""
                text: step.quantity
                color: step.wrong ? "white" : Theme.text
                font.pixelSize: Theme.fontHuge
                font.bold: true
            }
        }
        Text {
            objectName: "stepDetail"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Below the value: a long product name may end in "…" (the banner has it whole).
            visible: step.detailLines - (step.instructionLines - 1) > 0
            text: step.wrong ? qsTr("Scanned: %1").arg(step.wrongScanned) : step.detail
            color: step.wrong ? "white" : Theme.text
            font.pixelSize: Theme.fontNormal
            font.bold: step.wrong
            wrapMode: Text.WordWrap
            maximumLineCount: Math.max(1, step.detailLines - (step.instructionLines - 1))
            elide: Text.ElideRight
            verticalAlignment: Text.AlignTop
        }
    }
}
