pragma Singleton
import QtQuick

// High contrast, large targets: readable at arm's length, usable with gloves. Every size is in millimetres
// of the screen (`mm`, logical px per mm, set by Main.qml: docs/ui.md "Sizes"): a touch target is at
// least 9 mm (72 px on the 480x800 reference), text a worker reads at least 2.5 mm (20 px there).
QtObject {
    readonly property color background: "#ffffff"
    readonly property color surface: "#eef1f4"
    readonly property color text: "#000000"
    readonly property color muted: "#44505c"
    readonly property color accent: "#0b4f9c"
    readonly property color accentText: "#ffffff"
    readonly property color ok: "#0a7d20"
    readonly property color warning: "#b35c00"
    readonly property color error: "#b00020"
    readonly property color offline: "#5a5a5a"
    readonly property color done: "#e4e7ea" // lines that are finished: apart, grey

    // Logical px per mm. Main.qml binds it; 8 is the reference handheld (480x800 logical = 60x100 mm).
    property real mm: 8
    readonly property int touch: Math.ceil(9 * mm) // minimum height (and width) of anything tapped
    readonly property int margin: Math.round(1.5 * mm)
    readonly property int gap: Math.max(2, Math.round(0.75 * mm))
    readonly property int fontSmall: Math.round(2 * mm) // secondary detail only (marked, see docs/ui.md)
    readonly property int fontNormal: Math.ceil(2.5 * mm) // the smallest text a worker must read
    readonly property int fontLarge: Math.round(3.5 * mm)
    readonly property int fontHuge: Math.round(5 * mm) // what to scan next
    readonly property int minReadable: fontNormal

    function levelColor(level) {
        // Feedback.Level: 0 none, 1 ok, 2 warning, 3 error
        return level === 1 ? ok : level === 2 ? warning : level === 3 ? error : muted
    }
}
