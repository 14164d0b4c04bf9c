import QtQuick
import Qt.labs.platform as Platform

// The tray icon, made by openup_desktop/tray.py after the first frame, and only where the system
// has a tray of its own: OpenUp runs without Qt Widgets (its window is all Qt Quick), so this is
// the system's native tray (Windows, macOS, Linux desktops with StatusNotifier).
Platform.SystemTrayIcon {
    id: tray
    // What the couple chose; tray.py decides what each means on this system.
    signal activatedWith(int reason)
    signal openChosen
    signal quitChosen

    property url iconSource
    property bool iconIsTemplate: false  // macOS: a black shape the menu bar tints

    visible: true
    tooltip: "OpenUp"  // the name, never translated
    icon.source: tray.iconSource
    icon.mask: tray.iconIsTemplate
    menu: Platform.Menu {
        Platform.MenuItem {
            text: qsTr("Open OpenUp")
            onTriggered: tray.openChosen()
        }
        Platform.MenuItem {
            text: qsTr("Quit")
            onTriggered: tray.quitChosen()
        }
    }
    onActivated: reason => tray.activatedWith(reason)
    onMessageClicked: tray.openChosen()

    // A reminder: generic words only ("Your talk is coming up at 20:30."), never a topic.
    function notify(text: string) {
        tray.showMessage("OpenUp", text, Platform.SystemTrayIcon.Information, 10000);
    }
}
