pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"
import "../components"

// Reflection: "what might be keeping my partner from opening up?" Guided cards anyone may read;
// each partner's notes are private, sealed to them alone (V4). "Ask my partner" carries only
// the chosen question into the next talk, never a note.
Item {
    id: reflection
    objectName: "reflectionScreen"
    focus: true

    property string message: ""
    readonly property bool open: Vault.mode === "reflection"

    // Whose notes are being opened, and why a try failed, live in ReflectionNotes: this screen
    // binds and forwards. Leaving the screen seals the notes again.
    Component.onCompleted: ReflectionNotes.enter()
    Component.onDestruction: ReflectionNotes.leave()

    Connections {
        target: ReflectionNotes
        function onRestarted() {
            step.reset();
        }
        function onRetry() {
            step.lookedAway = true;
        }
    }

    ScreenPage {
        anchors.fill: parent
        title: qsTr("Reflection")
        subtitle: qsTr("Not \"how do I get my partner to open up?\" but \"what might be in the way?\" A quiet space for each of you.")

        BodyText {
            objectName: "reflectionMessage"
            visible: reflection.message.length > 0
            text: reflection.message
        }

        Card {
            objectName: "reflectionPrivateCard"
            SectionTitle {
                text: reflection.open ? qsTr("Your private notes are open") : qsTr("Your private notes")
            }
            BodyText {
                muted: true
                text: reflection.open ? qsTr("Only you can read these notes — not your partner, and not both of you together. They close when you leave this screen.") : qsTr("Each of you can write notes beside the cards. They are sealed with your own passphrase, and nobody else can ever read them.")
            }
            Flow {
                visible: !reflection.open && ReflectionNotes.openingSeat < 0
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                Repeater {
                    model: 2
                    delegate: AppButton {
                        required property int index
                        objectName: "openNotes_" + index
                        enabled: VaultSetup.isSetUp || VaultSetup.isPartnerSetUp(index)
                        kind: "primary"
                        fillColour: App.partnerColour(index)
                        fillTextColour: Theme.onPartner
                        text: qsTr("%1's notes").arg(App.partnerName(index))
                        onClicked: ReflectionNotes.chooseNotes(index)
                    }
                }
            }
            BodyText {
                visible: !VaultSetup.isSetUp && !reflection.open
                muted: true
                text: qsTr("Private notes need a passphrase. Set one up in the Vault first.")
            }
            PassphraseStep {
                id: step
                visible: ReflectionNotes.openingSeat >= 0 && !reflection.open
                typistSeat: Math.max(0, ReflectionNotes.openingSeat)
                error: ReflectionNotes.openingError
                Layout.fillWidth: true
                onSubmitted: function (passphrase) {
                    ReflectionNotes.submitPassphrase(passphrase);
                }
                onCancelled: ReflectionNotes.cancelOpening()
            }
            AppButton {
                visible: reflection.open
                objectName: "closeNotes"
                text: qsTr("Close my notes")
                shortcutHint: "Ctrl+L"
                onClicked: Vault.lock()
            }
        }

        Repeater {
            model: Reflection.cards
            delegate: Card {
                id: card
                required property var modelData
                objectName: "card_" + modelData.id
                SectionTitle {
                    text: card.modelData.title
                }
                BodyText {
                    text: card.modelData.explanation
                }
                Label {
                    text: qsTr("Questions to ask yourself")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: card.modelData.reflect
                    delegate: BodyText {
                        required property string modelData
                        text: "• " + modelData
                    }
                }
                Label {
                    text: qsTr("Ask my partner, in our next talk")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: card.modelData.ask
                    // Side by side when there is room; the button goes under the question when not.
                    delegate: GridLayout {
                        id: askRow
                        required property var modelData
                        columns: width >= 900 ? 2 : 1
                        columnSpacing: Theme.gap
                        rowSpacing: Theme.gapSmall
                        Layout.fillWidth: true
                        BodyText {
                            text: "“" + askRow.modelData.text + "”"
                        }
                        AppButton {
                            objectName: "ask_" + askRow.modelData.promptId
                            text: qsTr("Ask in our next talk")
                            Accessible.name: qsTr("Ask in our next talk: %1").arg(askRow.modelData.text)
                            onClicked: {
                                TalkSetup.askInNextTalk(askRow.modelData.promptId);
                                reflection.message = qsTr("Your next talk will start with this question. Nothing else from here is shared.");
                            }
                        }
                    }
                }
                Connections {
                    target: ReflectionNotes
                    // An auto-lock (idle, focus loss) seals an unsaved draft instead of losing it.
                    function onAboutToLock() {
                        if (noteArea.text !== ReflectionNotes.reflectionNote(card.modelData.id))
                            ReflectionNotes.saveReflection(card.modelData.id, noteArea.text);
                    }
                }
                ColumnLayout {
                    visible: reflection.open
                    spacing: Theme.gapSmall
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("My private note")
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                    }
                    TextArea {
                        id: noteArea
                        objectName: "note_" + card.modelData.id
                        Layout.fillWidth: true
                        Layout.preferredHeight: 120
                        wrapMode: TextEdit.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        text: reflection.open ? ReflectionNotes.reflectionNote(card.modelData.id) : ""
                        placeholderText: qsTr("Only you will ever read this.")
                        placeholderTextColor: Theme.textMuted
                        Accessible.name: qsTr("My private note about %1").arg(card.modelData.title)
                        Keys.onTabPressed: function (event) {
                            noteArea.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
                            event.accepted = true;
                        }
                        Keys.onBacktabPressed: function (event) {
                            noteArea.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason);
                            event.accepted = true;
                        }
                        // What goes into the vault never goes to the clipboard (V11).
                        Keys.onPressed: function (event) {
                            if (event.matches(StandardKey.Copy) || event.matches(StandardKey.Cut))
                                event.accepted = true;
                        }
                        ContextMenu.menu: null
                        selectByMouse: false
                        background: Rectangle {
                            radius: Theme.radiusSmall
                            color: Theme.surface
                            border.width: noteArea.activeFocus ? Theme.focusWidth : 2
                            border.color: noteArea.activeFocus ? Theme.focusRing : Theme.border
                        }
                    }
                    RowLayout {
                        spacing: Theme.gap
                        AppButton {
                            objectName: "saveNote_" + card.modelData.id
                            text: qsTr("Keep my note")
                            onClicked: noteStatus.text = ReflectionNotes.saveReflection(card.modelData.id, noteArea.text) || qsTr("Kept, sealed to you.")
                        }
                        BodyText {
                            id: noteStatus
                            objectName: "noteStatus_" + card.modelData.id
                            muted: true
                        }
                    }
                }
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+L"
        enabled: reflection.open
        onActivated: Vault.lock()
    }
}
