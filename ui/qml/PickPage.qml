import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// Guided picking: location -> product -> quantity -> lot; short pick, skip, validate.
Item {
    id: page
    objectName: "pickPage"
    readonly property var flow: App.pick
    readonly property int step: flow.step
    Component.onCompleted: App.activeFlow = "pick"
    StackView.onActivated: App.activeFlow = "pick"

    Connections {
        target: page.flow
        function onFinished() { page.StackView.view.pop() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        PageHeader {
            Layout.fillWidth: true
            title: page.flow.reference
            subtitle: qsTr("%n line(s) open", "", page.flow.openLines)
            onBack: page.StackView.view.pop()
        }
        StepHeader {
            objectName: "pickStep"
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            instruction: page.step === PickFlow.Location ? qsTr("Go to location and scan it")
                       : page.step === PickFlow.Product ? qsTr("Scan product")
                       : page.step === PickFlow.Quantity ? qsTr("Quantity picked")
                       : page.step === PickFlow.Lot ? qsTr("Scan lot or serial number")
                       : qsTr("All lines done")
            value: page.step === PickFlow.Location ? page.flow.current.location
                 : page.step === PickFlow.Product ? page.flow.current.sku
                 : page.step === PickFlow.Quantity ? (page.flow.quantity || "0") + " / " + page.flow.current.remaining
                 : page.step === PickFlow.Lot ? page.flow.lot
                 : ""
            detail: page.step === PickFlow.Finished ? qsTr("Validate the pick.")
                  : (page.flow.batchSize > 1 ? page.flow.current.reference + "\n" : "")
                    + page.flow.current.sku + " · " + page.flow.current.productName + "\n"
                    + qsTr("Pick %1 %2").arg(page.flow.current.remaining).arg(page.flow.current.uom)
                    + (page.step !== PickFlow.Location ? " · " + page.flow.current.location : "")
        }
        MessageBanner {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            message: page.flow.message
            understood: page.flow.understood
            level: page.flow.messageLevel
        }
        QuantityPad {
            id: pad
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            visible: page.step === PickFlow.Product || page.step === PickFlow.Quantity
            confirmText: qsTr("Confirm")
            onAccepted: function(text) {
                if (text !== "")
                    page.flow.setQuantity(text)
                pad.text = ""
                page.flow.confirmQuantity()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            visible: page.step !== PickFlow.Finished
            BigButton {
                objectName: "shortButton"
                Layout.fillWidth: true
                text: qsTr("Short pick")
                color: Theme.warning
                onClicked: reasons.open()
            }
            BigButton {
                objectName: "skipButton"
                Layout.fillWidth: true
                text: qsTr("Skip line")
                color: Theme.muted
                onClicked: page.flow.skip()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            visible: page.step === PickFlow.Finished
            BigButton {
                objectName: "validateButton"
                Layout.fillWidth: true
                text: page.flow.openLines > 0 ? qsTr("Finish, backorder the rest") : qsTr("Validate")
                color: Theme.ok
                onClicked: page.flow.validate(true)
            }
            BigButton {
                objectName: "closeShortButton"
                Layout.fillWidth: true
                visible: page.flow.openLines > 0
                text: qsTr("Finish, close short")
                color: Theme.error
                onClicked: page.flow.validate(false)
            }
        }
        ListView {
            objectName: "pickLines"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 64
            clip: true
            spacing: 2
            model: page.flow.lines
            currentIndex: page.flow.lines.currentRow
            highlightMoveDuration: 0
            delegate: LineDelegate {
                width: ListView.view.width
            }
        }
    }
    ReasonChooser {
        id: reasons
        title: qsTr("Why is the line short?")
        model: page.flow.reasons
        onChosen: function(code) { page.flow.shortPick(code) }
    }
}
