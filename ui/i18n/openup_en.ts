<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupController</name>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="171"/>
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n talk</numerusform>
            <numerusform>%n talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="172"/>
        <source>%n kept item(s)</source>
        <translation>
            <numerusform>%n kept item</numerusform>
            <numerusform>%n kept items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="26"/>
        <source>Please keep the name to %n character(s) or fewer.</source>
        <comment>couple.name_too_long</comment>
        <translation>
            <numerusform>Please keep the name to %n character or fewer.</numerusform>
            <numerusform>Please keep the name to %n characters or fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="38"/>
        <source>Please choose a length between %1 and %n minute(s).</source>
        <comment>invitations.length_out_of_range</comment>
        <translation>
            <numerusform>Please choose a length between %1 and %n minute.</numerusform>
            <numerusform>Please choose a length between %1 and %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="43"/>
        <source>Please keep the place to %n character(s) or fewer.</source>
        <comment>invitations.place_too_long</comment>
        <translation>
            <numerusform>Please keep the place to %n character or fewer.</numerusform>
            <numerusform>Please keep the place to %n characters or fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="49"/>
        <source>Please keep the topic to %n character(s) or fewer.</source>
        <comment>invitations.topic_too_long</comment>
        <translation>
            <numerusform>Please keep the topic to %n character or fewer.</numerusform>
            <numerusform>Please keep the topic to %n characters or fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="51"/>
        <source>Try %n minute(s)</source>
        <comment>progress.longer_accept</comment>
        <translation>
            <numerusform>Try %n minute</numerusform>
            <numerusform>Try %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="52"/>
        <source>Keep %n minute(s)</source>
        <comment>progress.longer_dismiss</comment>
        <translation>
            <numerusform>Keep %n minute</numerusform>
            <numerusform>Keep %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="53"/>
        <source>Your recent %1-minute talks felt close. Would you like to try %n minute(s) next time?</source>
        <comment>progress.longer_offer</comment>
        <translation>
            <numerusform>Your recent %1-minute talks felt close. Would you like to try %n minute next time?</numerusform>
            <numerusform>Your recent %1-minute talks felt close. Would you like to try %n minutes next time?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="54"/>
        <source>%n minute(s) together this month</source>
        <comment>progress.minutes_this_month</comment>
        <translation>
            <numerusform>%n minute together this month</numerusform>
            <numerusform>%n minutes together this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="55"/>
        <source>%n minute(s) together</source>
        <comment>progress.minutes_together</comment>
        <translation>
            <numerusform>%n minute together</numerusform>
            <numerusform>%n minutes together</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="58"/>
        <source>%n talk(s) this month</source>
        <comment>progress.talks_this_month</comment>
        <translation>
            <numerusform>%n talk this month</numerusform>
            <numerusform>%n talks this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="59"/>
        <source>%n thank-you(s)</source>
        <comment>progress.thanks</comment>
        <translation>
            <numerusform>%n thank-you</numerusform>
            <numerusform>%n thank-yous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="60"/>
        <source>%n thank-you(s) shared</source>
        <comment>progress.thanks_shared</comment>
        <translation>
            <numerusform>%n thank-you shared</numerusform>
            <numerusform>%n thank-yous shared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="61"/>
        <source>%n thank-you(s) this month</source>
        <comment>progress.thanks_this_month</comment>
        <translation>
            <numerusform>%n thank-you this month</numerusform>
            <numerusform>%n thank-yous this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="62"/>
        <source>Week of %1: %n talk(s)</source>
        <comment>progress.week_talks</comment>
        <translation>
            <numerusform>Week of %1: %n talk</numerusform>
            <numerusform>Week of %1: %n talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="66"/>
        <source>That&apos;s a bit long to read from the sofa. Please keep it to %n character(s) or fewer (it has %1).</source>
        <comment>prompts.too_long</comment>
        <translation>
            <numerusform>That&apos;s a bit long to read from the sofa. Please keep it to %n character or fewer (it has %1).</numerusform>
            <numerusform>That&apos;s a bit long to read from the sofa. Please keep it to %n characters or fewer (it has %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="70"/>
        <source>Please keep the note to %n character(s) or fewer.</source>
        <comment>scene.note_too_long</comment>
        <translation>
            <numerusform>Please keep the note to %n character or fewer.</numerusform>
            <numerusform>Please keep the note to %n characters or fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="79"/>
        <source>That link is very long. Please use one of %n character(s) or fewer.</source>
        <comment>sources.link_too_long</comment>
        <translation>
            <numerusform>That link is very long. Please use one of %n character or fewer.</numerusform>
            <numerusform>That link is very long. Please use one of %n characters or fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="81"/>
        <source>Please keep the quote or note to %n character(s) or fewer (it has %1). A short piece is plenty to start a talk.</source>
        <comment>sources.note_too_long</comment>
        <translation>
            <numerusform>Please keep the quote or note to %n character or fewer (it has %1). A short piece is plenty to start a talk.</numerusform>
            <numerusform>Please keep the quote or note to %n characters or fewer (it has %1). A short piece is plenty to start a talk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="86"/>
        <source>That title is a bit long. Please keep it to %n character(s) or fewer (it has %1).</source>
        <comment>sources.title_too_long</comment>
        <translation>
            <numerusform>That title is a bit long. Please keep it to %n character or fewer (it has %1).</numerusform>
            <numerusform>That title is a bit long. Please keep it to %n characters or fewer (it has %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="88"/>
        <source>%n minute(s)</source>
        <comment>talk_history.minutes</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="89"/>
        <source>Please keep your thanks under %n character(s).</source>
        <comment>thanks.too_long</comment>
        <translation>
            <numerusform>Please keep your thanks under %n character.</numerusform>
            <numerusform>Please keep your thanks under %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <location filename="../screens/HomeScreen.qml" line="70"/>
        <source>%1, %n minute(s).</source>
        <translation>
            <numerusform>%1, %n minute.</numerusform>
            <numerusform>%1, %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptLibrary</name>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/prompt_library.py" line="207"/>
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n prompt</numerusform>
            <numerusform>%n prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/prompt_library.py" line="208"/>
        <source>%n deck(s) ready, with %1 in all.</source>
        <translation>
            <numerusform>%n deck ready, with %1 in all.</numerusform>
            <numerusform>%n decks ready, with %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/prompt_library.py" line="211"/>
        <source>%n entry(ies) could not be used and were skipped:</source>
        <translation>
            <numerusform>%n entry could not be used and was skipped:</numerusform>
            <numerusform>%n entries could not be used and were skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message numerus="yes">
        <location filename="../screens/SettingsScreen.qml" line="116"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkSetupScreen</name>
    <message numerus="yes">
        <location filename="../screens/TalkSetupScreen.qml" line="302"/>
        <source>%n minute(s), turns of %1 seconds.</source>
        <translation>
            <numerusform>%n minute, turns of %1 seconds.</numerusform>
            <numerusform>%n minutes, turns of %1 seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TogetherScreen</name>
    <message numerus="yes">
        <location filename="../screens/TogetherScreen.qml" line="97"/>
        <source>Your talk: %1%2, %n minute(s).</source>
        <translation>
            <numerusform>Your talk: %1%2, %n minute.</numerusform>
            <numerusform>Your talk: %1%2, %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/TogetherScreen.qml" line="192"/>
        <source>%n minute(s) past</source>
        <translation>
            <numerusform>%n minute past</numerusform>
            <numerusform>%n minutes past</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/TogetherScreen.qml" line="234"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/TogetherScreen.qml" line="302"/>
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/TogetherScreen.qml" line="470"/>
        <source>%1 of 5 · %n talk(s)</source>
        <translation>
            <numerusform>%1 of 5 · %n talk</numerusform>
            <numerusform>%1 of 5 · %n talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/TogetherScreen.qml" line="471"/>
        <source>%1: closeness %2 of 5 over %n talk(s)</source>
        <translation>
            <numerusform>%1: closeness %2 of 5 over %n talk</numerusform>
            <numerusform>%1: closeness %2 of 5 over %n talks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultListing</name>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/vault_listing.py" line="98"/>
        <source>Still opening %n moment(s)…</source>
        <translation>
            <numerusform>Still opening %n moment…</numerusform>
            <numerusform>Still opening %n moments…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="33"/>
        <source>Please keep it under %n character(s).</source>
        <comment>passphrase.too_long</comment>
        <translation>
            <numerusform>Please keep it under %n character.</numerusform>
            <numerusform>Please keep it under %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="34"/>
        <source>Please use at least %n character(s). A short sentence or a few unrelated words is easy to remember and hard to guess.</source>
        <comment>passphrase.too_short</comment>
        <translation>
            <numerusform>Please use at least %n character. A short sentence or a few unrelated words is easy to remember and hard to guess.</numerusform>
            <numerusform>Please use at least %n characters. A short sentence or a few unrelated words is easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="49"/>
        <source>%1&apos;s passphrase was mistyped %n times since it was last used.</source>
        <comment>vault.mistyped</comment>
        <translation>
            <numerusform>%1&apos;s passphrase was mistyped once since it was last used.</numerusform>
            <numerusform>%1&apos;s passphrase was mistyped %n times since it was last used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="65"/>
        <source>Please wait %n minute(s) before trying again.</source>
        <comment>vault.wait_minutes</comment>
        <translation>
            <numerusform>Please wait %n minute before trying again.</numerusform>
            <numerusform>Please wait %n minutes before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="66"/>
        <source>Please wait %n second(s) before trying again.</source>
        <comment>vault.wait_seconds</comment>
        <translation>
            <numerusform>Please wait %n second before trying again.</numerusform>
            <numerusform>Please wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultMoments</name>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/vault_moments.py" line="323"/>
        <source>Saved %n sealed item(s) to %1.</source>
        <translation>
            <numerusform>Saved %n sealed item to %1.</numerusform>
            <numerusform>Saved %n sealed items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/vault_moments.py" line="339"/>
        <source>Restored %n sealed item(s).</source>
        <translation>
            <numerusform>Restored %n sealed item.</numerusform>
            <numerusform>Restored %n sealed items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrapUpScreen</name>
    <message numerus="yes">
        <location filename="../screens/WrapUpScreen.qml" line="57"/>
        <source>That&apos;s your %n minute(s)</source>
        <translation>
            <numerusform>That&apos;s your %n minute</numerusform>
            <numerusform>That&apos;s your %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
