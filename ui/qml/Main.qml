import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// The handheld window: 480x800 portrait; pages on a stack; the scan field and the sync bar always at
// the bottom.
ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 480
    height: 800
    visible: true
    color: Theme.background
    title: qsTr("Stockhand")

    // Logical px per mm for Theme (docs/ui.md "Sizes"): a touch handheld reports its density; a desktop
    // window stands for a reference handheld screen of 60x100 mm (480x800 -> 8 px/mm). Tests set it to
    // emulate a device (a 4" WVGA Android at 320x533 logical: 6.1 px/mm).
    property real pixelsPerMm: Qt.platform.os === "android" || Qt.platform.os === "ios"
                               ? Screen.pixelDensity : Math.min(width / 60, height / 100)
    Binding {
        target: Theme
        property: "mm"
        value: window.pixelsPerMm
    }

    function showHome() {
        stack.replace(null, "HomePage.qml")
    }
    function open(page, properties) {
        return stack.push(page, properties || {})
    }

    Connections {
        target: App.session
        function onSignedInChanged() {
            if (App.session.signedIn)
                window.showHome()
            else
                stack.replace(null, "SignInPage.qml")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        StackView {
            id: stack
            objectName: "stack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: "SignInPage.qml"
            clip: true
            // Scans are acknowledged at once: no page animations to wait for.
            pushEnter: null
            pushExit: null
            popEnter: null
            popExit: null
            replaceEnter: null
            replaceExit: null
        }
        ScanInput {
            id: scanInput
            Layout.fillWidth: true
            Layout.margins: 4
        }
        SyncBar {
            Layout.fillWidth: true
            onExceptionsClicked: if (App.session.signedIn) window.open("ExceptionsPage.qml")
        }
    }
}
