"""Messages written in core/, vault/ and store/ (which know no Qt), made translatable here.

``pyside6-lupdate`` collects each ``QT_TRANSLATE_NOOP`` below into ``ui/i18n/*.ts``; bridges pass
any message from those layers through :func:`translated`, which returns the interface language's
version (or the English original when none exists). Regenerate the list when a message changes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreMessages"


def _texts(*messages: object) -> tuple[str, ...]:
    """The marked messages as text: ``QT_TRANSLATE_NOOP`` returns its message unchanged, but
    PySide6's stubs declare the result as ``object``."""
    texts = tuple(m for m in messages if isinstance(m, str))
    assert len(texts) == len(messages), "QT_TRANSLATE_NOOP returned something other than text"
    return texts


MESSAGES = _texts(
    QT_TRANSLATE_NOOP("CoreMessages", "Please keep the name to %1 characters or fewer."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "That's a bit long to read from the sofa. Please keep it to %1 characters or fewer (it has %2).",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Please pick the place from the list, or skip it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Please pick the time of day from the list, or skip it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Please pick the activity from the list, or skip it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Please keep the note to %1 characters or fewer."),
    QT_TRANSLATE_NOOP("CoreMessages", "Please choose what kind of thing this is: %1."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "That title is a bit long. Please keep it to %1 characters or fewer (it has %2).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Please keep the quote or note to %1 characters or fewer (it has %2). A short piece is plenty to start a talk.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "That link is very long. Please use one of %1 characters or fewer."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Please choose a length between %1 and %2 minutes."),
    QT_TRANSLATE_NOOP("CoreMessages", "The topic must be text."),
    QT_TRANSLATE_NOOP("CoreMessages", "The place must be text."),
    QT_TRANSLATE_NOOP("CoreMessages", "Please keep the topic to %1 characters or fewer."),
    QT_TRANSLATE_NOOP("CoreMessages", "Please keep the place to %1 characters or fewer."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The topic has a character OpenUp can't show. Please retype it."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The place has a character OpenUp can't show. Please retype it."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Please keep your thanks under %1 characters."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Both partners need a passphrase before a moment can be kept."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Check that the data folder is on a drive you can write to."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Check that the drive with OpenUp's data folder is connected."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Fine for most people. One more unusual word makes it much stronger."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Freeing some space on this computer will let it save."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Give it a title, even a short one, so you can find it again."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Hard to guess. Make sure you can remember it: nobody can reset it."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "If this keeps happening, check the disk."),
    QT_TRANSLATE_NOOP("CoreMessages", "Music can be on, off, or skipped."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Nothing you saved before was damaged. What you just did is kept and will be saved as soon as writing works again.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Okay"),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a planned talk can be added to a calendar."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a planned talk can be marked as done."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a planned talk can be moved."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a saved, planned talk can be added to a calendar."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only the person an item belongs to can withdraw it."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Only the person it belongs to can keep an item, with their passphrase."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "OpenUp could not first save a copy of your current data, so it did not restore the backup. Nothing was changed. Check that the disk is not full.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "OpenUp couldn't save just now because it can't reach its data file (was a drive unplugged or the folder moved?).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "OpenUp couldn't save just now because its data file can only be read, not written.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "OpenUp couldn't save just now because the disk is full."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "OpenUp couldn't save just now because the disk reported an error."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "OpenUp made a backup copy, but the copy failed its check, so it was deleted. Your earlier backups were kept. If this happens again, the saved data may be damaged: restoring a recent backup can help.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "OpenUp's data is still in use by another window or program, so the backup was not put in place. Your current data was not replaced.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Paste or type a link first, or leave the link empty."),
    QT_TRANSLATE_NOOP("CoreMessages", "Please enter a name — a nickname is fine."),
    QT_TRANSLATE_NOOP("CoreMessages", "Please keep it under 1,024 characters."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Please keep the title on one line, without tabs or special characters."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Please keep your prompt on one line, without tabs or special control characters.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Please pick a colour from the palette."),
    QT_TRANSLATE_NOOP("CoreMessages", "Please pick a day and a time."),
    QT_TRANSLATE_NOOP("CoreMessages", "Please pick two different colours, one for each of you."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Please use at least 10 characters. A short sentence or a few unrelated words is easy to remember and hard to guess.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Reflections are private to the person who wrote them, so they aren't shown when you open the vault together.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Save the invitation before adding it to a calendar."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Someone with a copy of the data could guess this. Add a few more words."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Something went wrong with the vault."),
    QT_TRANSLATE_NOOP("CoreMessages", "Strong"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "That link has a name or password in it. Please use the plain web address."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "That link has spaces or line breaks in it. Please copy it again."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "That partner isn't known here."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "That time has already passed. Please pick a time still ahead."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The backup could not be read back correctly. Nothing was changed."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The name has a character OpenUp can't show. Please retype it."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The note has a character OpenUp can't show. Please retype it."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The note must be text."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The passphrase was changed somewhere else at the same time. Please try again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The quote or note has a character OpenUp can't show. Please retype that part.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The quote or note needs to be text."),
    QT_TRANSLATE_NOOP("CoreMessages", "The title needs to be text."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The two names need to be different, so it's clear whose turn it is."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The vault has not been set up yet."),
    QT_TRANSLATE_NOOP("CoreMessages", "The vault is locked. Please unlock it again."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The vault's data was altered or damaged, so it can't be unlocked. Nothing was changed; a backup export can restore it.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "There are no prompts to choose from. Add a deck or a prompt of your own first.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no vault to export yet."),
    QT_TRANSLATE_NOOP("CoreMessages", "There's already an invitation waiting for an answer."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "There's already an invitation waiting for an answer. It can stay open for as long as it needs.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "This belongs to your partner. It opens only when you're both here."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "This can only be done by the partner it belongs to."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "This export file is damaged or incomplete. Nothing was changed."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This export was made by a newer version of OpenUp. Please update, then try again.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "This file couldn't be read. Nothing was changed."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "This file is not a complete OpenUp vault export. Nothing was changed."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "This file isn't an OpenUp vault export. Nothing was changed."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This install already has a vault. A backup can only be restored into a fresh install. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "This invitation has no time yet."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This invitation is for your partner to answer: they choose the day and time.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This is one of OpenUp's examples, so it can't be changed. You can add your own source instead, or hide this one.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This is one of the most common passwords, so it would be guessed quickly. Please choose something more personal.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "This item is no longer in the vault."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "This item is too long to keep (the limit is about 1 MB of text)."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This partner already has a passphrase. It can only be changed by them, with their current passphrase.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This repeats or follows a simple pattern, so it would be guessed quickly. Try a few unrelated words.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "This would be guessed almost at once."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This uses your names or a year, which is what someone who knows you would try first. Try a few unrelated words.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Someone with a copy of the data could guess this. Add another unusual word or two.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This has a character OpenUp can't save (perhaps half of an emoji). Please delete it and type the passphrase again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Very hard to guess. Make sure you can remember it: nobody can reset it."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Very strong"),
    QT_TRANSLATE_NOOP("CoreMessages", "Very weak"),
    QT_TRANSLATE_NOOP("CoreMessages", "Weak"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Withdrawing is done by the owner alone: unlock with just your passphrase."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Write a few words first. Your prompt can't be empty."),
    QT_TRANSLATE_NOOP("CoreMessages", "Your prompt needs to be text."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Your thanks has a character OpenUp can't show. Please retype it."
    ),
)


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(%\d)", template)
    regex = "".join(f"(?P<p{p[1]}>.+?)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts)
    return re.compile(f"^{regex}$", re.S)


_TEMPLATES = [(m, _template_pattern(m)) for m in MESSAGES if re.search(r"%\d", m)]


def translated(message: str) -> str:
    """The message in the interface language; unknown messages come back unchanged.

    A message made of several known sentences (a write error says what happened, that nothing
    was lost, and what to do) is translated sentence by sentence.
    """
    whole = QCoreApplication.translate(CONTEXT, message)
    if whole != message:
        return whole
    for template, pattern in _TEMPLATES:  # messages with numbers in them: "… to 40 characters"
        found = pattern.match(message)
        if found:
            text = QCoreApplication.translate(CONTEXT, template)
            for name, value in found.groupdict().items():
                text = text.replace(f"%{name[1:]}", value)
            return text
    for known in sorted((m for m in MESSAGES if len(m) >= 20), key=len, reverse=True):
        if known in message:
            message = message.replace(known, QCoreApplication.translate(CONTEXT, known))
    return message
