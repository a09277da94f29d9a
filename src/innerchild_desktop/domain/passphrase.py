"""How guessable a new passphrase is: one estimate for setup, change and recovery. Pure.

The estimate is zxcvbn's (Dropbox's pattern matcher: common passwords, names, words, keyboard
rows, repeats, dates and l33t swaps), run offline on the words it ships. Its feedback is put in
plainer words here, so the screens and the command line say the same thing.

The rule everywhere: fewer than :data:`MIN_LENGTH` characters is never accepted; a score below
:data:`MIN_SCORE` is refused by the command line and, in the app, accepted only after the person
has read why it is easy to guess and chosen to keep it.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate

MIN_LENGTH = 8
MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable", about 10^8 guesses or more
# zxcvbn refuses longer input (its matching is quadratic); the start of a longer passphrase is
# estimated, which can only make the estimate more cautious.
_MAX_CHECKED = 72
# Words about this app are among the first an attacker who knows it would try.
_APP_WORDS = ("inner", "child", "innerchild", "journal", "diary", "passphrase")

_LABELS = (
    QT_TRANSLATE_NOOP("domain.passphrase", "Very easy to guess"),
    QT_TRANSLATE_NOOP("domain.passphrase", "Easy to guess"),
    QT_TRANSLATE_NOOP("domain.passphrase", "Could be guessed"),
    QT_TRANSLATE_NOOP("domain.passphrase", "Strong"),
    QT_TRANSLATE_NOOP("domain.passphrase", "Very strong"),
)

_PLAIN = {  # zxcvbn's feedback → plainer words (English here, translated in _plain)
    "This is a top-10 common password.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "This is one of the most used passwords, so it would be among the first tried.",
    ),
    "This is a top-100 common password.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "This is one of the most used passwords, so it would be among the first tried.",
    ),
    "This is a very common password.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "This is a very common password, so it would be tried early.",
    ),
    "This is similar to a commonly used password.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "This is close to a password many people use.",
    ),
    "A word by itself is easy to guess.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "A single word on its own is easy to guess.",
    ),
    "Names and surnames by themselves are easy to guess.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "A name on its own is easy to guess.",
    ),
    "Common names and surnames are easy to guess.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Common names are easy to guess.",
    ),
    "Straight rows of keys are easy to guess.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Keys next to each other, like qwerty, are easy to guess.",
    ),
    "Short keyboard patterns are easy to guess.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Short patterns on the keyboard are easy to guess.",
    ),
    'Repeats like "aaa" are easy to guess.': QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "The same letter over and over is easy to guess.",
    ),
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Saying the same part twice adds very little.",
    ),
    'Sequences like "abc" or "6543" are easy to guess.': QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Runs like abc or 6543 are easy to guess.",
    ),
    "Recent years are easy to guess.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Recent years are easy to guess.",
    ),
    "Dates are often easy to guess.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Dates are easy to guess, above all ones that mean something to you.",
    ),
    "Add another word or two. Uncommon words are better.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Adding a word or two helps most; unusual words are best.",
    ),
    "Use a few words, avoid common phrases.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "A few unrelated words work well; well-known phrases do not.",
    ),
    "No need for symbols, digits, or uppercase letters.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "There is no need for symbols, digits or capitals.",
    ),
    "Use a longer keyboard pattern with more turns.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Words are easier to remember than keyboard patterns, and harder to guess.",
    ),
    "Avoid repeated words and characters.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Try not to repeat words or letters.",
    ),
    "Avoid sequences.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Try not to use runs of letters or numbers.",
    ),
    "Avoid recent years.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Leave out years, above all ones that have to do with you.",
    ),
    "Avoid years that are associated with you.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Leave out years, above all ones that have to do with you.",
    ),
    "Avoid dates and years that are associated with you.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Leave out years, above all ones that have to do with you.",
    ),
    "Capitalization doesn't help very much.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "A capital letter adds very little.",
    ),
    "All-uppercase is almost as easy to guess as all-lowercase.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "All capitals is hardly harder to guess than all small letters.",
    ),
    "Reversed words aren't much harder to guess.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "A word spelled backwards is hardly harder to guess.",
    ),
    "Predictable substitutions like '@' instead of 'a' don't help very much.": QT_TRANSLATE_NOOP(
        "domain.passphrase",
        "Swapping letters for look-alikes, like @ for a, adds very little.",
    ),
}


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4, zxcvbn's
    label: str  # "" for an empty passphrase
    warning: str  # what makes it guessable, in plain words ("" if nothing stands out)
    suggestions: tuple[str, ...]
    bits: float  # log2 of the guesses zxcvbn expects an attacker to need
    length: int

    @property
    def acceptable(self) -> bool:
        """Good enough without asking: long enough and hard to guess."""
        return self.length >= MIN_LENGTH and self.score >= MIN_SCORE

    @property
    def explanation(self) -> str:
        """Why it is guessable and what would help, in a sentence or two."""
        return " ".join(part for part in (self.warning, *self.suggestions) if part)

    @property
    def summary(self) -> str:
        """One line under the strength meter."""
        if not self.length:
            return ""
        if self.acceptable:
            return translate(
                "domain.passphrase", "{strength}. Make sure it is one you will remember."
            ).format(strength=self.label)
        return translate("domain.passphrase", "{strength}. {why}").format(
            strength=self.label, why=self.explanation or _more_words()
        )


def normalise(passphrase: str) -> str:
    """The form a passphrase is used in: Unicode NFC, so "é" typed as one character or as
    "e" plus an accent (macOS input methods, some keyboards) is the same passphrase."""
    return unicodedata.normalize("NFC", passphrase)


def forms_to_try(passphrase: str) -> tuple[str, ...]:
    """NFC first; then the string as typed if it differs, for journals whose passphrase was
    set before passphrases were normalised."""
    nfc = normalise(passphrase)
    return (nfc,) if nfc == passphrase else (nfc, passphrase)


def _plain(text: str) -> str:
    """zxcvbn's English feedback in plainer words, in the current language."""
    plain = _PLAIN.get(text)
    return translate("domain.passphrase", plain) if plain else text


def _more_words() -> str:
    return translate("domain.passphrase", "A few more unrelated words would help.")


def estimate(passphrase: str) -> Strength:
    """zxcvbn's estimate of ``passphrase``, with its feedback in plain words."""
    passphrase = normalise(passphrase)
    if not passphrase:
        first = translate(
            "domain.passphrase", "Choose something long that only you would think of."
        )
        return Strength(0, "", "", (first,), 0, 0)
    from zxcvbn import zxcvbn  # ~40 ms to import its word lists: only when a passphrase is new

    result = zxcvbn(passphrase[:_MAX_CHECKED], user_inputs=list(_APP_WORDS))
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    warning = _plain(str(feedback.get("warning") or ""))
    suggestions: list[str] = []
    for raw in feedback.get("suggestions") or ():
        plain = _plain(str(raw))
        if plain and plain not in suggestions and plain != warning:
            suggestions.append(plain)
    if score < MIN_SCORE and not warning and not suggestions:
        suggestions.append(_more_words())
    bits = float(result["guesses_log10"]) * math.log2(10)
    label = translate("domain.passphrase", _LABELS[score])
    return Strength(score, label, warning, tuple(suggestions), bits, len(passphrase))


def weakness(passphrase: str) -> str | None:
    """Why a new passphrase is refused where nobody can be asked (the command line), in one
    sentence; None if it is good enough."""
    if len(normalise(passphrase)) < MIN_LENGTH:
        return translate(
            "domain.passphrase",
            "Please choose a passphrase of at least {count} characters. A few unrelated "
            "words are easy to remember and hard to guess.",
        ).format(count=MIN_LENGTH)
    strength = estimate(passphrase)
    if strength.acceptable:
        return None
    why = strength.warning.rstrip(".")
    if not why:
        return translate(
            "domain.passphrase",
            "That passphrase would be too easy to guess, so nothing was changed: a few "
            "unrelated words are much stronger and still easy to remember.",
        )
    if current_language() != "de":  # German says it as a sentence of its own (nouns keep capitals)
        why = why[:1].lower() + why[1:]
    return translate(
        "domain.passphrase",
        "That passphrase would be too easy to guess ({why}), so nothing was changed: a few "
        "unrelated words are much stronger and still easy to remember.",
    ).format(why=why)
