pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Dialogs
import OpenUp
import "../theme"
import "../components"

// The vault: set up each partner's passphrase, open together or "my shares", keep a moment,
// take one back. Every private step asks the other partner to look away first.
Item {
    id: vault
    objectName: "vaultScreen"
    focus: true

    // Which step shows, whose turn it is and what comes next live in VaultSteps; this screen
    // binds to it and hands it every click and typed passphrase at once. While keeping, the
    // words live in KeepDraft (memory only) and survive every step here.
    function askDiscard() {
        if (KeepDraft.hasWords)
            discardDialog.open();
        else
            VaultSteps.discardKeeping();
    }

    Connections {
        target: VaultSteps
        function onRestarted() {
            step.reset();
        }
        function onRetry() {
            step.lookedAway = true;
        }
    }

    // Leaving the vault screen locks it: the other partner may be the next to sit down.
    Component.onDestruction: VaultSteps.leave()

    // A moment being written (from the wrap-up, or before another screen or a talk came in
    // between) is picked up exactly where it was.
    Component.onCompleted: VaultSteps.enter()

    Connections {
        target: Vault
        function onStateChanged() {
            if (Vault.mode === "locked")
                searchField.text = "";  // no trace of what was searched
        }
    }

    Shortcut {
        sequence: "Ctrl+L"
        enabled: Vault.mode === "together" || Vault.mode === "owner"
        onActivated: Vault.lock()
    }

    // ------------------------------------------------------------------ locked overview ---
    ScreenPage {
        id: page
        anchors.fill: parent
        visible: Vault.mode !== "together" && Vault.mode !== "owner"
        title: qsTr("Vault")
        subtitle: qsTr("Moments you chose to keep, sealed so that neither of you can open the other's alone.")

        // A private step (look away, then passphrase) replaces the overview while it runs.
        Card {
            objectName: "privateStepCard"
            visible: VaultSteps.privateStep
            PassphraseStep {
                id: step
                Layout.fillWidth: true
                readonly property bool keepChoosing: VaultSteps.keepChoosing
                typistSeat: VaultSteps.typistSeat
                choosing: VaultSteps.choosing
                changing: VaultSteps.flow === "change"
                error: VaultSteps.error
                purpose: VaultSteps.flow === "setup" ? qsTr("There are no hints and no recovery. If this passphrase is forgotten, the moments kept in your name can never be opened again — not by you, not together, not by anyone. Choose something you will remember.") : VaultSteps.flow === "change" ? qsTr("Only you can change your passphrase, and only by knowing the current one. There is still no recovery. Your keys are renewed everywhere OpenUp keeps your data, so the old passphrase stops working here. Vault exports you saved earlier still open with the old passphrase: delete them if someone else may know it.") : keepChoosing && VaultSteps.keepSetupSeat !== KeepDraft.owner ? qsTr("Before a moment can be kept, each of you chooses a vault passphrase, so that %1 can never open %2's moments alone. What you wrote waits meanwhile. There is no recovery: choose something you will remember.").arg(App.partnerName(VaultSteps.keepSetupSeat)).arg(App.partnerName(KeepDraft.owner)) : keepChoosing ? qsTr("Choosing your passphrase also keeps this moment in your name. There is no recovery: choose something you will remember.") : VaultSteps.flow === "keep" ? qsTr("Typing your passphrase is how you agree to keep this moment in your name.") : VaultSteps.flow === "together" ? qsTr("Both of you type your passphrase, one after the other. Step %1 of 2.").arg(VaultSteps.togetherStep + 1) : ""
                onSubmitted: function (passphrase, repeated) {
                    VaultSteps.submit(passphrase, repeated);
                }
                onChangeSubmitted: function (oldPassphrase, passphrase, repeated) {
                    VaultSteps.submitChange(oldPassphrase, passphrase, repeated);
                }
                onEdited: VaultSteps.clearError()
                onCancelled: VaultSteps.cancel()
            }
        }

        // Keeping a moment: the words first, then the owner's consent.
        Card {
            objectName: "keepCard"
            visible: VaultSteps.flow === "keep" && !VaultSteps.keepConsent
            SectionTitle {
                text: qsTr("Keep a moment")
            }
            BodyText {
                objectName: "keepThanksSaved"
                visible: KeepDraft.talkId.length > 0
                muted: true
                text: qsTr("Your thanks from the talk are saved.")
            }
            BodyText {
                muted: true
                text: qsTr("Write down something from a talk that you'd like to keep. It is sealed in the name of the one who shared it, and only they can take it back.")
            }
            Label {
                text: qsTr("Whose moment is it?")
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                Repeater {
                    model: 2
                    delegate: ChoiceChip {
                        required property int index
                        objectName: "keepOwner_" + index
                        text: App.partnerName(index)
                        chosen: KeepDraft.owner === index
                        fillColour: App.partnerColour(index)
                        fillTextColour: Theme.onPartner
                        onClicked: VaultSteps.chooseOwner(index)
                    }
                }
            }
            AppTextField {
                objectName: "keepTitleField"
                label: qsTr("Title (optional)")
                placeholderText: qsTr("Title (optional)")
                maximumLength: KeepDraft.titleMaxLength
                text: KeepDraft.title
                Layout.fillWidth: true
                onTextEdited: KeepDraft.title = text
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(120, Math.min(200, vault.height * 0.22))
                TextArea {
                    id: keepArea
                    objectName: "keepTextArea"
                    text: KeepDraft.text
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    placeholderText: qsTr("What was said, or what it meant to you…")
                    placeholderTextColor: Theme.textMuted
                    Accessible.name: qsTr("The moment, in your words")
                    // What goes into the vault never goes to the clipboard (V11).
                    Keys.onPressed: function (event) {
                        if (event.matches(StandardKey.Copy) || event.matches(StandardKey.Cut))
                            event.accepted = true;
                    }
                    ContextMenu.menu: null
                    selectByMouse: false
                    onTextChanged: if (text !== KeepDraft.text)
                        KeepDraft.text = text
                    // Tab moves on, as everywhere else; a tab character has no place in a moment.
                    Keys.onTabPressed: function (event) {
                        keepArea.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
                        event.accepted = true;
                    }
                    Keys.onBacktabPressed: function (event) {
                        keepArea.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason);
                        event.accepted = true;
                    }
                    background: Rectangle {
                        radius: Theme.radiusSmall
                        color: Theme.surface
                        border.width: keepArea.activeFocus ? Theme.focusWidth : 2
                        border.color: keepArea.activeFocus ? Theme.focusRing : Theme.border
                    }
                }
            }
            BodyText {
                objectName: "keepCount"
                readonly property bool over: KeepDraft.tooLong
                muted: !over
                color: over ? Theme.danger : Theme.textMuted
                text: KeepDraft.countText
            }
            BodyText {
                visible: VaultSteps.error.length > 0 && !VaultSteps.keepConsent
                text: VaultSteps.error
                color: Theme.danger
            }
            BodyText {
                objectName: "keepSetupNote"
                visible: !VaultSetup.isSetUp
                muted: true
                text: qsTr("This is your first moment: next, each of you chooses a vault passphrase, privately. What you wrote waits here meanwhile.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                AppButton {
                    objectName: "keepContinue"
                    kind: "primary"
                    enabled: KeepDraft.ready
                    text: VaultSetup.isSetUp ? qsTr("%1 confirms with their passphrase").arg(App.partnerName(KeepDraft.owner)) : qsTr("Choose passphrases and keep it")
                    onClicked: VaultSteps.nextKeepStep()
                }
                AppButton {
                    objectName: "keepCancel"
                    text: qsTr("Cancel")
                    onClicked: vault.askDiscard()
                }
            }
        }

        BodyText {
            objectName: "vaultMessage"
            visible: VaultSteps.message.length > 0 && VaultSteps.flow === ""
            text: VaultSteps.message
        }

        // Not set up yet: each partner chooses a passphrase, privately.
        Card {
            objectName: "vaultSetupCard"
            visible: VaultSteps.flow === "" && !VaultSetup.isSetUp
            SectionTitle {
                text: qsTr("Set up the vault")
            }
            BodyText {
                text: qsTr("Each of you chooses a passphrase, privately. A moment you keep can then be opened by both of you together, or by the one who shared it — never by the other alone.")
            }
            BodyText {
                muted: true
                text: qsTr("There are no hints and no way to recover a forgotten passphrase. That is what keeps it safe.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                Repeater {
                    model: 2
                    delegate: AppButton {
                        required property int index
                        readonly property bool done: VaultSetup.isSetUp || VaultSetup.isPartnerSetUp(index)
                        objectName: "setupPartner_" + index
                        enabled: !done
                        kind: done ? "secondary" : "primary"
                        fillColour: App.partnerColour(index)
                        fillTextColour: Theme.onPartner
                        text: done ? qsTr("%1's passphrase is set ✓").arg(App.partnerName(index)) : qsTr("%1: choose a passphrase").arg(App.partnerName(index))
                        onClicked: VaultSteps.begin("setup", index)
                    }
                }
            }
        }

        Card {
            objectName: "vaultOpenCard"
            visible: VaultSteps.flow === "" && VaultSetup.isSetUp
            SectionTitle {
                text: qsTr("Open the vault")
            }
            BodyText {
                muted: true
                text: qsTr("Together you see every moment you have kept. Alone, each of you sees only your own shares — and can take any of them back.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                AppButton {
                    objectName: "openTogether"
                    kind: "primary"
                    text: qsTr("Open together")
                    onClicked: VaultSteps.begin("together", 0)
                }
                Repeater {
                    model: 2
                    delegate: AppButton {
                        required property int index
                        objectName: "openOwner_" + index
                        text: qsTr("%1's shares").arg(App.partnerName(index))
                        onClicked: VaultSteps.begin("owner", index)
                    }
                }
            }
        }

        Card {
            objectName: "vaultKeepCard"
            visible: VaultSteps.flow === "" && VaultSetup.isSetUp
            SectionTitle {
                text: qsTr("Keep a moment")
            }
            BodyText {
                muted: true
                text: qsTr("Something from a talk you'd like to hold on to. It is saved only when the one who shared it agrees with their passphrase.")
            }
            AppButton {
                objectName: "keepMomentButton"
                text: qsTr("Keep a moment…")
                onClicked: VaultSteps.startKeeping("", "")
            }
        }

        Card {
            objectName: "vaultPassphraseCard"
            visible: VaultSteps.flow === "" && VaultSetup.isSetUp
            SectionTitle {
                text: qsTr("Change a passphrase")
            }
            BodyText {
                muted: true
                text: qsTr("Each of you can change your own passphrase, alone, by typing the current one. Nobody can change or reset the other's.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                Repeater {
                    model: 2
                    delegate: AppButton {
                        required property int index
                        objectName: "changePassphrase_" + index
                        text: qsTr("%1: change my passphrase").arg(App.partnerName(index))
                        onClicked: VaultSteps.begin("change", index)
                    }
                }
            }
        }

        Card {
            objectName: "vaultBackupCard"
            visible: VaultSteps.flow === "" && VaultSetup.isSetUp
            SectionTitle {
                text: qsTr("Backup")
            }
            BodyText {
                muted: true
                text: qsTr("A backup file holds only sealed data: nothing in it can be read without your passphrases. Restoring it into a new install needs just the file and your passphrases.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                AppButton {
                    objectName: "exportVault"
                    text: qsTr("Save a backup…")
                    onClicked: exportDialog.open()
                }
                AppButton {
                    objectName: "importVault"
                    text: qsTr("Restore from a backup…")
                    onClicked: importDialog.open()
                }
            }
            BodyText {
                id: backupResult
                objectName: "backupResult"
                visible: text.length > 0
            }
        }
    }

    FileDialog {
        id: exportDialog
        fileMode: FileDialog.SaveFile
        defaultSuffix: "openup-vault"
        nameFilters: [qsTr("OpenUp vault backup (*.openup-vault)")]
        onAccepted: backupResult.text = Moments.exportTo(selectedFile)
    }
    FileDialog {
        id: importDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("OpenUp vault backup (*.openup-vault)")]
        onAccepted: backupResult.text = Moments.importFrom(selectedFile)
    }

    // ------------------------------------------------------------------------- open view ---
    ColumnLayout {
        id: openView
        objectName: "vaultOpenView"
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        visible: Vault.mode === "together" || Vault.mode === "owner"
        spacing: Theme.gap

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Label {
                objectName: "vaultOpenTitle"
                text: Vault.mode === "together" ? qsTr("Your moments, together") : qsTr("%1's shares").arg(App.partnerName(Vault.ownerSeat))
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap  // whose shares these are must never be cut off
            }
            AppButton {
                objectName: "lockButton"
                kind: "primary"
                text: qsTr("Lock")
                shortcutHint: "Ctrl+L"
                onClicked: Vault.lock()
            }
        }
        BodyText {
            objectName: "vaultNotice"
            visible: Vault.notice.length > 0
            text: Vault.notice
            color: Theme.danger
        }
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            AppTextField {
                id: searchField
                objectName: "vaultSearch"
                label: qsTr("Search your moments")
                placeholderText: qsTr("Search…")
                Layout.fillWidth: true
                onTextChanged: Moments.search(text)
            }
            AppButton {
                objectName: "withdrawAllButton"
                visible: Vault.mode === "owner"
                text: qsTr("Take back all of mine…")
                onClicked: withdrawAllDialog.open()
            }
        }
        BodyText {
            // the list fills newest first; until it is whole, a search can't have seen everything
            objectName: "vaultOpening"
            visible: text.length > 0
            muted: true
            text: Moments.openingText
        }
        BodyText {
            objectName: "vaultEmpty"
            visible: listView.count === 0 && Moments.openingText.length === 0
            muted: true
            text: searchField.text.length > 0 ? qsTr("Nothing matches your search.") : qsTr("Nothing kept here yet.")
        }
        BodyText {
            id: withdrawResult
            objectName: "withdrawResult"
            visible: text.length > 0
            color: Theme.danger
        }
        ListView {
            id: listView
            objectName: "vaultList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gapSmall
            model: Moments.items
            ScrollBar.vertical: ScrollBar {
                policy: ScrollBar.AsNeeded
            }
            delegate: VaultItemCard {
                required itemId
                required title
                required text
                required ownerName
                required ownerColour
                required createdText
                required damaged
                required message
                required property int ownerSeat
                width: ListView.view.width - 16
                canWithdraw: Vault.mode === "owner" && !damaged
                onWithdrawRequested: {
                    withdrawDialog.itemId = itemId;
                    withdrawDialog.open();
                }
            }
        }
    }

    ConfirmDialog {
        id: discardDialog
        objectName: "discardKeepDialog"
        parent: Overlay.overlay
        title: qsTr("Discard what you wrote?")
        message: qsTr("The words for this moment have not been kept. If you discard them, they are gone.")
        confirmText: qsTr("Discard")
        cancelText: qsTr("Keep writing")
        destructive: true
        onConfirmed: VaultSteps.discardKeeping()
    }
    ConfirmDialog {
        id: withdrawDialog
        objectName: "withdrawDialog"
        property string itemId: ""
        parent: Overlay.overlay
        title: qsTr("Take this moment back?")
        message: qsTr("It will be gone for good: nobody will be able to open it again, not even together.")
        confirmText: qsTr("Take it back")
        destructive: true
        onConfirmed: withdrawResult.text = Moments.withdraw(itemId)
    }
    ConfirmDialog {
        id: withdrawAllDialog
        objectName: "withdrawAllDialog"
        parent: Overlay.overlay
        title: qsTr("Take back all of your moments?")
        message: qsTr("Every moment kept in your name will be gone for good. Nobody will be able to open them again, not even together.")
        confirmText: qsTr("Take them all back")
        destructive: true
        onConfirmed: withdrawResult.text = Moments.withdrawAll()
    }
}
