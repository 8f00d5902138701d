import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// Receiving: items -> quantity -> lot and expiry; unexpected items and over-receipts flagged.
Item {
    id: page
    objectName: "receivePage"
    readonly property var flow: App.receive
    readonly property int step: flow.step
    Component.onCompleted: App.activeFlow = "receive"
    StackView.onActivated: App.activeFlow = "receive"

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
            objectName: "receiveStep"
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            instruction: page.step === ReceiveFlow.Item ? qsTr("Scan an item")
                       : page.step === ReceiveFlow.Quantity ? qsTr("Quantity received")
                       : page.step === ReceiveFlow.Lot ? qsTr("Scan or enter the lot number")
                       : qsTr("Expiry date (YYYY-MM-DD)")
            value: page.step === ReceiveFlow.Quantity
                   ? (page.flow.quantity || "0") + (page.flow.expected !== "" ? " / " + page.flow.expected : "")
                   : page.step === ReceiveFlow.Lot ? page.flow.lot : page.step === ReceiveFlow.Expiry ? page.flow.expiry : ""
            detail: page.flow.product + (page.flow.lot !== "" ? "\n" + qsTr("Lot %1").arg(page.flow.lot) : "")
                    + (page.flow.expiry !== "" ? " · " + qsTr("exp %1").arg(page.flow.expiry) : "")
        }
        Rectangle {
            objectName: "receiveFlag"
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            implicitHeight: 40
            visible: page.flow.unexpected || page.flow.overReceipt
            color: Theme.warning
            Text {
                anchors.centerIn: parent
                text: page.flow.unexpected ? qsTr("NOT ON THIS RECEIPT") : qsTr("MORE THAN EXPECTED")
                color: "white"
                font.pixelSize: Theme.fontNormal
                font.bold: true
            }
        }
        MessageBanner {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            message: page.flow.message
            understood: page.flow.understood
            level: page.flow.messageLevel
        }
        TextField {
            id: textEntry
            objectName: "receiveTextEntry"
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            visible: page.step === ReceiveFlow.Lot || page.step === ReceiveFlow.Expiry
            font.pixelSize: Theme.fontLarge
            placeholderText: page.step === ReceiveFlow.Lot ? qsTr("Lot number") : qsTr("2027-03-31")
            onAccepted: {
                const value = text
                text = ""
                if (page.step === ReceiveFlow.Lot)
                    page.flow.enterLot(value)
                else
                    page.flow.enterExpiry(value)
            }
        }
        BigButton {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            visible: page.step === ReceiveFlow.Expiry
            text: qsTr("No expiry date")
            color: Theme.muted
            onClicked: page.flow.enterExpiry("")
        }
        QuantityPad {
            id: pad
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            visible: page.step === ReceiveFlow.Quantity
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
            visible: page.step === ReceiveFlow.Item
            BigButton {
                objectName: "receiveBackorderButton"
                Layout.fillWidth: true
                text: page.flow.openLines > 0 ? qsTr("Finish, backorder the rest") : qsTr("Finish")
                color: Theme.ok
                onClicked: page.flow.validate(true)
            }
            BigButton {
                objectName: "receiveCloseShortButton"
                Layout.fillWidth: true
                visible: page.flow.openLines > 0
                text: qsTr("Finish, close short")
                color: Theme.error
                onClicked: page.flow.validate(false)
            }
        }
        ListView {
            objectName: "receiveLines"
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
                showLocation: false
            }
        }
    }
}
