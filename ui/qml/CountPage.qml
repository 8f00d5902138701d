import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// Blind count: location -> items (+1 per scan or the pad) -> close the location. No book quantities.
// Closing a location with items nobody counted asks first ("Books 0 for 3 items nobody counted here").
Item {
    id: page
    objectName: "countPage"
    readonly property var flow: App.count
    readonly property int step: flow.step
    // A short screen (a 4" handheld: about 70 mm for the page) while the pad is up: the news goes into the
    // step's detail line and the banner gives its room to the pad, so everything fits without scrolling.
    readonly property bool compact: height < 80 * Theme.mm && pad.visible
    readonly property bool badNews: page.flow.news && page.flow.messageLevel >= 2 && page.flow.message !== ""
    Component.onCompleted: App.activeFlow = "count"
    StackView.onActivated: App.activeFlow = "count"

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        PageHeader {
            Layout.fillWidth: true
            title: page.flow.reference
            titleElide: Text.ElideLeft
            subtitle: page.flow.recount ? qsTr("Recount") : qsTr("Blind count")
            onBack: page.StackView.view.pop()
            HeaderButton {
                objectName: "closeLocationButton"
                visible: page.step === CountFlow.Items
                text: qsTr("Close location")
                onClicked: page.flow.request("close")
            }
        }
        StepHeader {
            objectName: "countStep"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            wrong: page.flow.wrongScan
            wrongExpected: page.flow.wrongExpected
            wrongScanned: page.flow.wrongScanned
            instruction: page.step === CountFlow.Location ? qsTr("SCAN BIN")
                       : page.step === CountFlow.Items ? qsTr("COUNTING %1").arg(page.flow.location)
                       : qsTr("ALL LOCATIONS COUNTED")
            value: page.step === CountFlow.Location ? page.flow.location
                 : page.step === CountFlow.Items ? qsTr("SCAN EVERY ITEM")
                 : qsTr("Task complete")
            quantityLabel: qsTr("COUNTED")
            quantity: page.step === CountFlow.Items && page.flow.lastItem !== ""
                      ? (pad.text !== "" ? pad.text + "…" : page.flow.lastQuantity) : ""
            detailLines: page.compact ? 1 : 2
            detail: page.compact && page.badNews ? page.flow.message
                  : page.step === CountFlow.Items && page.flow.lastItem !== ""
                    ? qsTr("Last: %1").arg(page.flow.lastItem)
                    : page.step === CountFlow.Items ? qsTr("then close the location") : ""
        }
        MessageBanner {
            visible: !page.compact
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            message: page.flow.news ? page.flow.message : ""
            understood: page.flow.understood
            level: page.flow.messageLevel
        }
        QuantityPad {
            id: pad
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            visible: page.step === CountFlow.Items
            enabled: page.flow.quantityEnabled
            decimals: page.flow.decimals
            confirmText: qsTr("Set count")
            onAccepted: function(text) {
                if (text !== "")
                    page.flow.setQuantity(text)
                pad.text = ""
            }
        }
        ListView {
            id: list
            objectName: "countedItems"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            clip: true
            spacing: 2
            model: page.step === CountFlow.Items ? page.flow.items : page.flow.lines
            delegate: Rectangle {
                id: row
                required property var model
                required property int index
                width: ListView.view.width
                implicitHeight: Math.max(Theme.touch, label.implicitHeight + 2 * Theme.gap)
                color: row.model.current ? "#dbe8f7" : row.model.counted ? Theme.done : "white"
                border.color: row.model.current ? Theme.accent : "#c9d0d7"
                border.width: row.model.current ? 3 : 1
                Text {
                    id: label
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.fontNormal
                    color: row.model.counted ? Theme.muted : Theme.text
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    text: page.step === CountFlow.Items
                          ? row.model.quantity + " × " + row.model.label + (row.model.lot ? " · " + row.model.lot : "")
                          : (row.model.counted ? "✓ " : "") + row.model.location
                            + (row.model.product ? " · " + row.model.product : "")
                }
            }
        }
        BigButton {
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            visible: page.step === CountFlow.Finished
            text: qsTr("Back to tasks")
            onClicked: page.StackView.view.pop()
        }
    }
    ConfirmDialog {
        flow: page.flow
    }
}
