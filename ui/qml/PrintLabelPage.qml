import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// Reprint a location or lot label on the floor: choose the kind, scan the bin or the lot, check what will
// print (the label as drawn, what it says, the copies and the printer), print. A failed print stays in the
// queue with its error and a Retry button.
Item {
    id: page
    objectName: "printLabelPage"
    readonly property var flow: App.labels
    readonly property int step: flow.step
    Component.onCompleted: {
        App.activeFlow = "labels"
        if (flow.kind !== "location" && flow.kind !== "lot")
            flow.kind = "location"
        flow.refreshJobs()
    }
    StackView.onActivated: App.activeFlow = "labels"

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Print a label")
            subtitle: page.flow.printerSummary
            onBack: page.StackView.view.pop()
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            spacing: 6
            visible: page.step === 0
            BigButton {
                objectName: "kindLocation"
                Layout.fillWidth: true
                text: qsTr("Location label")
                color: page.flow.kind === "location" ? Theme.accent : Theme.muted
                onClicked: page.flow.kind = "location"
            }
            BigButton {
                objectName: "kindLot"
                Layout.fillWidth: true
                text: qsTr("Lot label")
                color: page.flow.kind === "lot" ? Theme.accent : Theme.muted
                onClicked: page.flow.kind = "lot"
            }
        }
        StepHeader {
            objectName: "printLabelStep"
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            instruction: page.step === 0 ? (page.flow.kind === "lot" ? qsTr("Scan the lot label or the product's GS1 barcode")
                                                                    : qsTr("Scan the location's barcode"))
                       : page.step === 1 ? qsTr("Check the label, then print")
                       : page.flow.printing ? qsTr("Sending to the printer…")
                       : page.flow.messageLevel === 3 ? qsTr("Not printed") : qsTr("Printed")
            value: page.flow.title
        }
        MessageBanner {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            message: page.flow.message
            understood: page.flow.understood
            level: page.flow.messageLevel
        }
        LabelPreview {
            objectName: "labelPreview"
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            Layout.preferredHeight: Math.min(170, width / Math.max(0.5, aspectRatio))
            visible: page.flow.ready && page.step === 1
            label: page.flow.label
            dpi: page.flow.dpi
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            spacing: 6
            visible: page.step === 1
            BigButton {
                objectName: "arrowUp"
                visible: page.flow.kind === "location"
                Layout.fillWidth: true
                text: qsTr("Arrow ↑")
                color: page.flow.arrow === "up" ? Theme.accent : Theme.muted
                onClicked: page.flow.arrow = page.flow.arrow === "up" ? "none" : "up"
            }
            BigButton {
                objectName: "arrowDown"
                visible: page.flow.kind === "location"
                Layout.fillWidth: true
                text: qsTr("Arrow ↓")
                color: page.flow.arrow === "down" ? Theme.accent : Theme.muted
                onClicked: page.flow.arrow = page.flow.arrow === "down" ? "none" : "down"
            }
            BigButton {
                objectName: "copiesLess"
                Layout.preferredWidth: Theme.touch
                text: "−"
                color: Theme.muted
                enabled: page.flow.copies > 1
                onClicked: page.flow.copies = page.flow.copies - 1
            }
            Text {
                objectName: "copies"
                Layout.preferredWidth: Theme.touch * 1.4
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("%n copy(ies)", "", page.flow.copies)
                font.pixelSize: Theme.fontNormal
                font.bold: true
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "copiesMore"
                Layout.preferredWidth: Theme.touch
                text: "+"
                color: Theme.muted
                onClicked: page.flow.copies = page.flow.copies + 1
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            spacing: 6
            visible: page.step === 1
            BigButton {
                objectName: "printButton"
                Layout.fillWidth: true
                enabled: page.flow.ready && !page.flow.printing
                text: qsTr("Print %n label(s)", "", page.flow.copies)
                color: Theme.ok
                onClicked: page.flow.print()
            }
            BigButton {
                objectName: "otherLabel"
                Layout.preferredWidth: parent.width / 3
                text: qsTr("Another label")
                color: Theme.muted
                onClicked: page.flow.clear()
            }
        }
        // What will print, in words (a worker at arm's length reads this, not the barcode).
        Text {
            objectName: "labelDetails"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            visible: page.step === 1
            text: page.flow.details.join(" · ")
            font.pixelSize: Theme.fontNormal
            color: Theme.text
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        // The queue: failed jobs first, each with Retry; nothing is dropped silently.
        ListView {
            id: queue
            objectName: "printQueue"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            visible: page.step !== 1
            clip: true
            spacing: 4
            model: page.flow.jobs
            header: Text {
                width: queue.width
                text: page.flow.failedCount > 0 ? qsTr("%n label(s) not printed", "", page.flow.failedCount)
                                                : qsTr("Printed here")
                color: page.flow.failedCount > 0 ? Theme.error : Theme.muted
                font.pixelSize: Theme.fontNormal
                font.bold: true
                bottomPadding: 4
            }
            delegate: Rectangle {
                id: job
                required property var modelData
                width: queue.width
                height: Math.max(Theme.touch, jobText.implicitHeight + 12)
                radius: 4
                color: job.modelData.state === "failed" ? "#fde7ea" : Theme.surface
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 6
                    Text {
                        id: jobText
                        Layout.fillWidth: true
                        text: job.modelData.title + "\n"
                              + (job.modelData.state === "failed" ? qsTr("Not printed: %1").arg(job.modelData.error)
                                 : job.modelData.state === "printed" ? qsTr("Printed")
                                 : job.modelData.state === "cancelled" ? qsTr("Cancelled") : qsTr("Waiting"))
                        font.pixelSize: Theme.fontNormal
                        color: job.modelData.state === "failed" ? Theme.error : Theme.text
                        wrapMode: Text.WordWrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                    }
                    BigButton {
                        objectName: "retry_" + job.modelData.id
                        visible: job.modelData.state === "failed"
                        enabled: !page.flow.printing
                        text: qsTr("Retry")
                        color: Theme.warning
                        onClicked: page.flow.retry(job.modelData.id)
                    }
                }
            }
        }
        Item {
            Layout.fillHeight: true
            visible: page.step === 1
        }
        BigButton {
            objectName: "newLabel"
            Layout.fillWidth: true
            Layout.margins: 6
            visible: page.step === 2
            text: qsTr("Another label")
            color: Theme.muted
            onClicked: page.flow.clear()
        }
    }
}
