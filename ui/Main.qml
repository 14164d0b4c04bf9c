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

    // A one-off notice (an unexpected close, a damaged file, a restore's outcome). "Got it" is the
    // calm default; going back to a backup is a second choice that asks first, since it replaces
    // everything saved since. Buttons sit beside the message while it keeps most of the width,
    // and wrap below it otherwise (large text, Spanish, a small window). It is made only while
    // there is a notice: on most starts there is none, and its layout is not free to build.
    Loader {
        id: noticeLoader
        active: App.notice.length > 0
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        z: 2
        sourceComponent: Component {
            Rectangle {
                id: noticeBar
                objectName: "noticeBar"
                color: Theme.noticeBackground
                implicitHeight: noticeLayout.implicitHeight + 2 * Theme.gap
                property string restoreProblem: ""
                // read once: finding the newest good backup checks each copy in full
                readonly property var newest: App.noticeOffersRestore ? Backups.newestGood : ({})
                readonly property real buttonsWidth: (noticeRestore.visible ? noticeRestore.implicitWidth + Theme.gap : 0) + noticeDismiss.implicitWidth
                readonly property bool sideBySide: width - 2 * Theme.gap - buttonsWidth - Theme.gap >= width * 0.55
                // Enter means "Got it" where a restore is offered beside it; a notice without one (an
                // automatic backup that failed) never takes the keyboard from what the couple is doing.
                function focusDefault() {
                    if (App.noticeOffersRestore)
                        noticeDismiss.forceActiveFocus();
                }
                Component.onCompleted: focusDefault()
                Connections {
                    target: App
                    function onNoticeChanged() {
                        noticeBar.restoreProblem = "";
                        noticeBar.focusDefault();
                    }
                }
                GridLayout {
                    id: noticeLayout
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.gap
                    columns: noticeBar.sideBySide ? 2 : 1
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gapSmall
                    // Never much more than a quarter of the window: a longer message scrolls.
                    Flickable {
                        id: noticeScroll
                        objectName: "noticeScroll"
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignVCenter
                        // whole lines only, so no line shows cut in half
                        readonly property real linePx: noticeText.lineCount > 0 ? noticeText.implicitHeight / noticeText.lineCount : Theme.fontBody * 1.4
                        Layout.preferredHeight: Math.min(noticeTexts.implicitHeight, Math.max(1, Math.floor(window.height * 0.28 / linePx)) * linePx)
                        contentHeight: noticeTexts.implicitHeight
                        clip: true
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar {
                            policy: noticeScroll.contentHeight > noticeScroll.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                        }
                        ColumnLayout {
                            id: noticeTexts
                            width: noticeScroll.width - 14  // room for the scroll bar
                            spacing: Theme.gapSmall
                            BodyText {
                                id: noticeText
                                objectName: "noticeText"
                                text: App.notice
                            }
                            BodyText {
                                objectName: "noticeRestoreProblem"
                                visible: text.length > 0
                                text: noticeBar.restoreProblem
                                color: Theme.danger
                            }
                        }
                    }
                    // Wraps onto a second line rather than pushing a button off a small window.
                    Flow {
                        Layout.fillWidth: !noticeBar.sideBySide
                        Layout.preferredWidth: noticeBar.sideBySide ? noticeBar.buttonsWidth : -1
                        Layout.alignment: Qt.AlignVCenter | Qt.AlignRight
                        layoutDirection: Qt.RightToLeft
                        spacing: Theme.gap
                        AppButton {
                            id: noticeDismiss
                            objectName: "noticeDismiss"
                            kind: "primary"
                            text: qsTr("Got it")
                            onClicked: {
                                App.dismissNotice();
                                screenLoader.forceActiveFocus();
                            }
                        }
                        AppButton {
                            id: noticeRestore
                            objectName: "noticeRestore"
                            visible: App.noticeOffersRestore && noticeBar.newest.path !== undefined
                            text: qsTr("Restore the latest backup…")
                            Accessible.name: qsTr("Restore the backup of %1…").arg(noticeBar.newest.when || "")
                            onClicked: {
                                noticeRestoreLoader.active = true;
                                const asking = noticeRestoreLoader.item as NoticeRestoreDialog;
                                asking.path = noticeBar.newest.path;
                                asking.open();
                            }
                        }
                    }
                }
                // Going back to a backup replaces everything saved since: said plainly before anything happens.
                Loader {
                    id: noticeRestoreLoader
                    active: false
                    sourceComponent: NoticeRestoreDialog {
                        objectName: "noticeRestoreDialog"
                        parent: Overlay.overlay
                        title: qsTr("Go back to an earlier backup?")
                        message: qsTr("Everything saved after %1 is replaced by that copy: talks, kept moments, the vault and passphrase changes, and settings. Before that, OpenUp keeps what you have now as a backup of its own, so you can come back to it from Settings → Backups. Then OpenUp restarts.").arg(when)
                        confirmText: qsTr("Restore and restart")
                        cancelText: qsTr("Keep things as they are")
                        destructive: true
                        onConfirmed: noticeBar.restoreProblem = Backups.restore(path)
                    }
                }
            }
        }
    }
    // The copy is fixed when asked (a backup made meanwhile changes nothing); its date is worded
    // in the language of the moment.
    component NoticeRestoreDialog: ConfirmDialog {
        property string path: ""
        readonly property string when: (Backups.backups.find(b => b.path === path) || {}).when || ""
    }

    // Saving failed (full disk, read-only folder): say so plainly; nothing is lost meanwhile.
    Rectangle {
        id: writeBar
        objectName: "writeProblemBar"
        visible: Talk.writeProblem.length > 0
        color: Theme.noticeBackground
        anchors.top: noticeLoader.active ? noticeLoader.bottom : parent.top
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
        anchors.top: writeBar.visible ? writeBar.bottom : (noticeLoader.active ? noticeLoader.bottom : parent.top)
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
