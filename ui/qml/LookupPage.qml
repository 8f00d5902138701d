import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// "What is here?": scan or type a location to see its stock, a product or a lot to see where it is.
// Opened on a location or a product (showKind, showId: an exception's action), it shows that at once.
Item {
    id: page
    objectName: "lookupPage"
    readonly property var flow: App.lookup
    property string showKind: ""
    property var showId: 0
    Component.onCompleted: {
        App.activeFlow = "lookup"
        if (showKind !== "")
            flow.show(showKind, showId)
        else
            flow.clear()
    }
    StackView.onActivated: App.activeFlow = "lookup"

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("What is here?")
            subtitle: page.flow.title
            onBack: page.StackView.view.pop()
        }
        StepHeader {
            objectName: "lookupStep"
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            instruction: qsTr("Scan or type a location, a product or a lot")
            value: page.flow.shortName
            detail: page.flow.title
            detailLines: 2
        }
        MessageBanner {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            message: page.flow.message
            level: page.flow.messageLevel
        }
        ListView {
            id: places
            objectName: "placeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            clip: true
            spacing: 4
            model: page.flow.places
            delegate: Rectangle {
                id: place
                required property string location
                required property string product
                required property string lot
                required property string packageName
                required property string quantity
                width: ListView.view.width
                height: column.implicitHeight + 12
                radius: 4
                color: "white"
                border.color: Theme.muted
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 6
                    ColumnLayout {
                        id: column
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: page.flow.kind === "location" ? place.product : place.location
                            font.pixelSize: Theme.fontNormal
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: [place.lot !== "" ? qsTr("Lot %1").arg(place.lot) : "",
                                   place.packageName !== "" ? qsTr("Package %1").arg(place.packageName) : ""]
                                  .filter(s => s !== "").join(" · ")
                            font.pixelSize: Theme.fontNormal
                            color: Theme.muted
                        }
                    }
                    Text {
                        text: place.quantity
                        font.pixelSize: Theme.fontNormal
                        font.bold: true
                        color: Theme.text
                    }
                }
            }
        }
    }
}
