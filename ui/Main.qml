pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "theme"
import "components"

// The window: first run until both partners have made their promise, then a navigation rail and
// the current screen. Screens load lazily so start-up pays only for the one shown.
ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1280
    height: 800
    minimumWidth: 1024
    minimumHeight: 640
    visible: true
    title: "OpenUp"
    color: Theme.background

    Binding {
        target: Theme
        property: "dark"
        value: App.themeMode === "dark" || (App.themeMode === "system" && Application.styleHints.colorScheme === Qt.ColorScheme.Dark)
    }

    Binding {
        target: Theme
        property: "reduceMotion"
        value: App.reduceMotion
    }
    Binding {
        target: Theme
        property: "textScale"
        value: App.textScale
    }

    // Closing (or quitting from the tray) never throws anything away without asking: a talk
    // under way can be kept for later, and words being written for the vault can be kept.
    function showHelp() {
        helpLoader.active = true;
        (helpLoader.item as HelpOverlay).open();
    }
    property bool leaveConfirmed: false
    property bool quitAfterLeaving: false
    readonly property bool talkUnderway: Talk.phase === "talk"
    function askBeforeLeaving(quitting) {
        if (window.leaveConfirmed || !(window.talkUnderway || KeepDraft.hasWords || RunningTalk.wrapUpHasWords))
            return false;
        window.quitAfterLeaving = quitting;
        const asking = window.talkUnderway ? leaveTalkLoader : KeepDraft.hasWords ? leaveDraftLoader : leaveThanksLoader;
        asking.active = true;
        (asking.item as ConfirmDialog).open();
        return true;
    }
    function leave() {
        window.leaveConfirmed = true;
        if (window.quitAfterLeaving)
            Qt.quit();
        else
            window.close();
        window.leaveConfirmed = false;
    }
    onClosing: function (close) {
        // Private notes being written are sealed before anything else (locking seals drafts;
        // context.py does it, so a vault never opened is not loaded just to ask).
        App.windowClosing();
        if (window.askBeforeLeaving(false))
            close.accepted = false;
    }
    Connections {
        target: App
        function onQuitRequested() {
            window.show();
            window.requestActivate();
            if (!window.askBeforeLeaving(true))
                Qt.quit();
        }
    }
    // The questions on leaving are made when first asked (start-up pays only for the first screen).
    Loader {
        id: leaveTalkLoader
        active: false
        sourceComponent: ConfirmDialog {
            objectName: "leaveTalkDialog"
            parent: Overlay.overlay
            title: qsTr("Leave your talk?")
            message: qsTr("You can keep it for later: it is paused and saved exactly where it is, and Home offers to continue it next time.")
            confirmText: qsTr("Keep it for later")
            cancelText: qsTr("Stay in the talk")
            onAboutToShow: Talk.hold("leave question")
            onAboutToHide: Talk.release("leave question")
            onConfirmed: {
                Talk.keepForLater();
                window.leave();
            }
            extraText: qsTr("End the talk")
            onExtraChosen: {
                Talk.end();
                Talk.finishWrapUp();
                window.leave();
            }
        }
    }
    Loader {
        id: leaveDraftLoader
        active: false
        sourceComponent: ConfirmDialog {
            objectName: "leaveDraftDialog"
            parent: Overlay.overlay
            title: qsTr("Discard what you wrote?")
            message: qsTr("The moment you are writing has not been kept yet. If you close OpenUp now, the words are gone.")
            confirmText: qsTr("Discard and close")
            cancelText: qsTr("Keep writing")
            destructive: true
            onConfirmed: {
                KeepDraft.discard();
                window.leave();
            }
        }
    }
    // Thanks typed after a talk were written for the other partner: closing asks whether to
    // save them, as Skip does on the wrap-up screen.
    Loader {
        id: leaveThanksLoader
        active: false
        sourceComponent: ConfirmDialog {
            objectName: "leaveThanksDialog"
            parent: Overlay.overlay
            title: qsTr("Save your words of thanks?")
            message: qsTr("What you wrote for each other after this talk is not saved yet. If you close OpenUp without saving, the words are gone.")
            confirmText: qsTr("Save and close")
            extraText: qsTr("Discard and close")
            cancelText: qsTr("Keep writing")
            onConfirmed: {
                // A problem with the words (a character that can't be kept) keeps the window
                // open on the wrap-up, where it can be fixed.
                if (Talk.saveNotedWrapUp() === "") {
                    Nav.go("home");
                    window.leave();
                }
            }
            onExtraChosen: {
                Talk.finishWrapUp();
                Nav.go("home");
                window.leave();
            }
        }
    }

    // F1 or ? shows every keyboard shortcut; Esc closes it.
    Shortcut {
        sequences: [StandardKey.HelpContents, "?"]
        onActivated: window.showHelp()
    }
    Loader {
        id: helpLoader  // made on first use: start-up pays only for what the first screen shows
        objectName: "helpLoader"
        active: false
        sourceComponent: HelpOverlay {}
    }

    readonly property var screenFiles: ({
            "home": "screens/HomeScreen.qml",
            "talk": "screens/TalkScreen.qml",
            "vault": "screens/VaultScreen.qml",
            "together": "screens/TogetherScreen.qml",
            "sources": "screens/SourcesScreen.qml",
            "reflection": "screens/ReflectionScreen.qml",
            "settings": "screens/SettingsScreen.qml",
            "about": "screens/AboutScreen.qml"
        })
    readonly property var screenTitles: ({
            "home": qsTr("Home"),
            "talk": qsTr("Talk"),
            "vault": qsTr("Vault"),
            "together": qsTr("Together"),
            "sources": qsTr("Sources"),
            "reflection": qsTr("Reflection"),
            "settings": qsTr("Settings"),
            "about": qsTr("About")
        })

    Rectangle {
        id: noticeBar
        objectName: "noticeBar"
        visible: App.notice.length > 0
        color: Theme.noticeBackground
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        z: 2
        implicitHeight: noticeRow.implicitHeight + 2 * Theme.gap
        RowLayout {
            id: noticeRow
            anchors.fill: parent
            anchors.margins: Theme.gap
            spacing: Theme.gap
            BodyText {
                objectName: "noticeText"
                text: App.notice
            }
            AppButton {
                objectName: "noticeRestore"
                visible: Backups.newestGood.path !== undefined
                kind: "primary"
                text: qsTr("Restore the backup of %1").arg(Backups.newestGood.when || "")
                onClicked: Backups.restore(Backups.newestGood.path)
            }
            AppButton {
                objectName: "noticeDismiss"
                text: qsTr("Got it")
                onClicked: App.dismissNotice()
            }
        }
    }

    // Saving failed (full disk, read-only folder): say so plainly; nothing is lost meanwhile.
    Rectangle {
        id: writeBar
        objectName: "writeProblemBar"
        visible: Talk.writeProblem.length > 0
        color: Theme.noticeBackground
        anchors.top: noticeBar.visible ? noticeBar.bottom : parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        z: 2
        implicitHeight: writeText.implicitHeight + 2 * Theme.gap
        border.color: Theme.danger
        border.width: 2
        BodyText {
            id: writeText
            objectName: "writeProblemText"
            anchors.fill: parent
            anchors.margins: Theme.gap
            text: Talk.writeProblem
        }
    }

    // Everything below the notices (first run, or the shell with its screens).
    Item {
        id: body
        anchors.top: writeBar.visible ? writeBar.bottom : (noticeBar.visible ? noticeBar.bottom : parent.top)
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom

        Loader {
            id: firstRunLoader
            objectName: "firstRunLoader"
            anchors.fill: parent
            active: App.firstRunNeeded
            source: "screens/FirstRunScreen.qml"
            focus: active
        }

        RowLayout {
            id: shell
            objectName: "shell"
            anchors.fill: parent
            spacing: 0
            visible: !App.firstRunNeeded

            Rectangle {
                id: rail
                objectName: "navRail"
                Layout.fillHeight: true
                Layout.preferredWidth: Theme.navWidth
                color: Theme.surface
                border.color: Theme.border
                // The talk itself takes the whole screen: nothing else competes for attention.
                visible: !(Nav.current === "talk" && Talk.phase !== "setup")

                // Scrolls when large text and a small screen leave too little height for every entry.
                Flickable {
                    id: railFlick
                    anchors.fill: parent
                    clip: true
                    contentHeight: railColumn.implicitHeight + 2 * Theme.gap
                    boundsBehavior: Flickable.StopAtBounds
                    ColumnLayout {
                        id: railColumn
                        x: Theme.gap
                        y: Theme.gap
                        width: railFlick.width - 2 * Theme.gap
                        height: Math.max(implicitHeight, railFlick.height - 2 * Theme.gap)
                        spacing: Theme.gapSmall

                        Label {
                            text: "OpenUp"  // the name, never translated
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.DemiBold
                            color: Theme.accent
                            Layout.bottomMargin: Theme.gap
                            Layout.leftMargin: 12
                            Accessible.ignored: true
                        }
                        Repeater {
                            model: Nav.screens()
                            delegate: NavButton {
                                required property string modelData
                                required property int index
                                objectName: "nav_" + modelData
                                text: window.screenTitles[modelData]
                                current: Nav.current === modelData
                                shortcutHint: "Ctrl+" + (index + 1)
                                Layout.fillWidth: true
                                onClicked: Nav.go(modelData)
                            }
                        }
                        Item {
                            Layout.fillHeight: true
                        }
                        ColumnLayout {
                            visible: App.partners.length === 2
                            spacing: 6
                            Layout.leftMargin: 12
                            Repeater {
                                model: App.partners
                                delegate: RowLayout {
                                    id: partnerRow
                                    required property var modelData
                                    spacing: 8
                                    Rectangle {
                                        Layout.preferredWidth: 14
                                        Layout.preferredHeight: 14
                                        radius: 7
                                        color: partnerRow.modelData.colour
                                    }
                                    Label {
                                        text: partnerRow.modelData.name
                                        color: Theme.textMuted
                                        font.pixelSize: Theme.fontSmall
                                        elide: Text.ElideRight
                                        Layout.maximumWidth: Theme.navWidth - 60
                                    }
                                }
                            }
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0

                Loader {
                    id: screenLoader
                    objectName: "screenLoader"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    active: !App.firstRunNeeded
                    source: window.screenFiles[Nav.current]
                    focus: true
                }
            }
        }
    }

    Repeater {
        model: Nav.screens()
        delegate: Item {
            id: screenShortcut
            required property string modelData
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (screenShortcut.index + 1)
                enabled: !App.firstRunNeeded && !(Nav.current === "talk" && Talk.phase !== "setup")
                onActivated: Nav.go(screenShortcut.modelData)
            }
        }
    }
}
