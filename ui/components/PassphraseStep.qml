import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"

// One partner's private step: first the other looks away, then the passphrase (twice, with a
// strength meter, when choosing a new one).
ColumnLayout {
    id: step
    property int typistSeat: 0
    property bool choosing: false
    property bool changing: false  // old passphrase first, then the new one twice
    property string purpose: ""
    property string error: ""
    property bool lookedAway: false
    signal submitted(string passphrase, string repeated)
    signal changeSubmitted(string oldPassphrase, string passphrase, string repeated)
    signal cancelled
    // Typing again: an error about the last try no longer applies.
    signal edited
    spacing: Theme.gapLarge

    function reset() {
        old.clear();
        first.clear();
        second.clear();
        lookedAway = false;
    }
    function submit() {
        var o = old.text, p = first.text, r = choosing ? second.text : first.text;
        old.clear();
        first.clear();
        second.clear();
        // If it is refused, they type again from the top, not into "the same passphrase again".
        if (changing)
            old.focusField();
        else
            first.focusField();
        if (changing)
            step.changeSubmitted(o, p, r);
        else
            step.submitted(p, r);
    }

    // A failed try starts again with the look-away: say why before the other partner turns away.
    BodyText {
        objectName: "lookAwayError"
        visible: !step.lookedAway && step.error.length > 0
        text: step.error
        color: Theme.danger
        Layout.fillWidth: true
    }

    LookAway {
        visible: !step.lookedAway
        typistSeat: step.typistSeat
        Layout.fillWidth: true
        onReady: {
            step.lookedAway = true;
            if (step.changing)
                old.focusField();
            else
                first.focusField();
        }
        onCancelled: step.cancelled()
    }

    ColumnLayout {
        visible: step.lookedAway
        spacing: Theme.gap
        Layout.fillWidth: true
        Label {
            objectName: "passphraseTitle"
            text: step.changing ? qsTr("%1, change your passphrase").arg(App.partnerName(step.typistSeat)) : step.choosing ? qsTr("%1, choose your passphrase").arg(App.partnerName(step.typistSeat)) : qsTr("%1, your passphrase").arg(App.partnerName(step.typistSeat))
            color: Theme.text
            font.pixelSize: Theme.fontHeadline
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        BodyText {
            visible: step.purpose.length > 0
            text: step.purpose
            muted: true
        }
        PassphraseField {
            id: old
            onTextChanged: if (text.length > 0)
                step.edited()
            visible: step.changing
            fieldName: "oldPassphraseField"
            label: qsTr("Your current passphrase")
            tabTarget: first
            Layout.fillWidth: true
            onAccepted: first.focusField()
        }
        PassphraseField {
            id: first
            onTextChanged: if (text.length > 0)
                step.edited()
            fieldName: "passphraseField"
            label: step.choosing ? qsTr("New passphrase (at least 10 characters)") : qsTr("Passphrase")
            tabTarget: step.choosing ? second : submitButton
            Layout.fillWidth: true
            onAccepted: step.choosing ? second.focusField() : step.submit()
        }
        StrengthMeter {
            visible: step.choosing
            empty: first.text.length === 0
            check: step.choosing ? VaultSetup.checkPassphrase(first.text) : ({
                    "ok": false,
                    "strength": 0,
                    "label": "",
                    "advice": "",
                    "problems": ""
                })
            Layout.fillWidth: true
        }
        PassphraseField {
            id: second
            onTextChanged: if (text.length > 0)
                step.edited()
            visible: step.choosing
            fieldName: "passphraseRepeat"
            label: qsTr("The same passphrase again")
            tabTarget: submitButton
            Layout.fillWidth: true
            onAccepted: step.submit()
        }
        BodyText {
            objectName: "passphraseError"
            visible: step.error.length > 0
            text: step.error
            color: Theme.danger
        }
        RowLayout {
            spacing: Theme.gap
            AppButton {
                id: submitButton
                objectName: "passphraseSubmit"
                kind: "primary"
                enabled: !Vault.busy && first.text.length > 0
                text: Vault.busy ? qsTr("Checking…") : qsTr("Continue")
                fillColour: App.partnerColour(step.typistSeat)
                fillTextColour: Theme.onPartner
                onClicked: step.submit()
            }
            AppButton {
                objectName: "passphraseCancel"
                text: qsTr("Cancel")
                onClicked: {
                    step.reset();
                    step.cancelled();
                }
            }
        }
    }
}
