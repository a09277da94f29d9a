"""My safety plan: the user's own steps, people and reasons, plus bundled crisis lines.

The plan lives encrypted in the journal. Parts the user *chooses* to see while the journal is
locked are also kept in a small separate file (see store/safety_plan_file.py): that is the only
personal text Inner Child ever stores unencrypted, only by explicit choice per section, and the
screen says so when the choice is made. Personal contacts are never visible while locked
unless the user turns that on.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

# (key, title, hint); titles and hints are English here, shown through sections().
SECTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "warning_signs",
        QT_TRANSLATE_NOOP("domain.safety_plan", "Signs that a hard time may be starting"),
        QT_TRANSLATE_NOOP("domain.safety_plan", "Thoughts, feelings, situations you notice first."),
    ),
    (
        "coping_steps",
        QT_TRANSLATE_NOOP("domain.safety_plan", "Things I can do on my own to feel a little safer"),
        QT_TRANSLATE_NOOP(
            "domain.safety_plan",
            "Small, doable things: a warm drink, a walk, music, a breathing exercise.",
        ),
    ),
    (
        "places",
        QT_TRANSLATE_NOOP("domain.safety_plan", "People and places that help me feel less alone"),
        QT_TRANSLATE_NOOP(
            "domain.safety_plan", "A café, a friend's kitchen, a park bench, an online group."
        ),
    ),
    (
        "people",
        QT_TRANSLATE_NOOP("domain.safety_plan", "People I can ask for help"),
        QT_TRANSLATE_NOOP("domain.safety_plan", "Names and numbers."),
    ),
    (
        "professionals",
        QT_TRANSLATE_NOOP("domain.safety_plan", "Professionals I can contact"),
        QT_TRANSLATE_NOOP(
            "domain.safety_plan", "Therapist, doctor, group leader, with their numbers and hours."
        ),
    ),
    (
        "safe_environment",
        QT_TRANSLATE_NOOP("domain.safety_plan", "Making where I am safer"),
        QT_TRANSLATE_NOOP("domain.safety_plan", "What I can put away or ask someone to keep."),
    ),
    (
        "reasons",
        QT_TRANSLATE_NOOP("domain.safety_plan", "My reasons to stay safe"),
        QT_TRANSLATE_NOOP("domain.safety_plan", "People, animals, hopes, small things I love."),
    ),
)
SECTION_KEYS = tuple(key for key, _, _ in SECTIONS)
PERSONAL_CONTACT_SECTIONS = frozenset({"people", "professionals"})


def sections() -> tuple[tuple[str, str, str], ...]:
    """``SECTIONS`` with titles and hints in the current language (keys stay as they are)."""
    return tuple(
        (key, translate("domain.safety_plan", title), translate("domain.safety_plan", hint))
        for key, title, hint in SECTIONS
    )


def section_title(key: str) -> str:
    """One section's title in the current language."""
    return next(title for k, title, _ in sections() if k == key)


# The region names of resources/safety/crisis_lines.toml, for the catalogue: a region is shown
# in the current language; the names and numbers of the lines themselves never are translated.
REGION_WORDS = (
    QT_TRANSLATE_NOOP("domain.safety_plan", "Australia"),
    QT_TRANSLATE_NOOP("domain.safety_plan", "Canada"),
    QT_TRANSLATE_NOOP("domain.safety_plan", "Ireland"),
    QT_TRANSLATE_NOOP("domain.safety_plan", "New Zealand"),
    QT_TRANSLATE_NOOP("domain.safety_plan", "United Kingdom"),
    QT_TRANSLATE_NOOP("domain.safety_plan", "United States"),
    QT_TRANSLATE_NOOP(
        "domain.safety_plan",
        "Numbers change and differ by country. Please check them for where you are.",
    ),
)


ANY_REGION = "any"  # a line's region when it helps in every country
ALL_REGIONS = "all"  # the chosen region when the person wants every country's lines


@dataclass(frozen=True)
class CrisisLine:
    id: str
    name: str
    regions: tuple[str, ...]  # region codes, or ANY_REGION
    contact: str  # a number to call, or what to text where ("Text HOME to 741741")
    detail: str
    checked: str  # when the number was last checked: "2026-11" or "2026-12-03"

    def serves(self, region: str) -> bool:
        return region in self.regions


@dataclass(frozen=True)
class CrisisLines:
    note_words: str  # as the file says it (English)
    region_names: tuple[tuple[str, str], ...]  # (code, English name), in the chooser's order
    lines: tuple[CrisisLine, ...]

    @property
    def note(self) -> str:
        """The file's note in the current language."""
        return translate("domain.safety_plan", self.note_words)

    @property
    def regions(self) -> tuple[tuple[str, str], ...]:
        """(code, name) in the order the chooser lists them, names in the current language."""
        return tuple(
            (code, translate("domain.safety_plan", name)) for code, name in self.region_names
        )

    def region_name(self, code: str) -> str:
        if code == ANY_REGION:
            return translate("domain.safety_plan", "Any country")
        return dict(self.regions).get(code, code)

    def region_label(self, line: CrisisLine) -> str:
        return ", ".join(self.region_name(code) for code in line.regions)

    def choice(self, stored: object) -> str | None:
        """The stored region if we know it (or ALL_REGIONS); None if not chosen or damaged."""
        if not isinstance(stored, str):
            return None
        return stored if stored == ALL_REGIONS or stored in dict(self.region_names) else None

    def arranged(self, region: str | None) -> tuple[tuple[CrisisLine, ...], tuple[CrisisLine, ...]]:
        """(lines shown first, the other regions' lines) for a chosen country.

        A country's own lines come first, then the lines for any country; every other region's
        lines go second. No country chosen (or "All regions"): every line, in the file's order.
        """
        if region is None or self.choice(region) in (None, ALL_REGIONS):
            return self.lines, ()
        own = tuple(line for line in self.lines if line.serves(region))
        anywhere = tuple(line for line in self.lines if line.serves(ANY_REGION))
        first = own + tuple(line for line in anywhere if line not in own)
        return first, tuple(line for line in self.lines if line not in first)


def crisis_lines_from_data(data: dict[str, Any]) -> CrisisLines:
    """The bundled crisis lines from their parsed TOML (read by services.library)."""
    return CrisisLines(
        note_words=str(data["note"]),
        region_names=tuple((str(code), str(name)) for code, name in data["regions"].items()),
        lines=tuple(
            CrisisLine(
                id=str(line["id"]),
                name=str(line["name"]),
                regions=tuple(str(code) for code in line["regions"]),
                contact=str(line["contact"]),
                detail=str(line.get("detail", "")),
                checked=str(line["checked"]),
            )
            for line in data["lines"]
        ),
    )


@dataclass(frozen=True)
class SafetyPlan:
    warning_signs: tuple[str, ...] = ()
    coping_steps: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    professionals: tuple[str, ...] = ()
    safe_environment: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    own_lines: tuple[str, ...] = ()  # crisis lines the user added
    hidden_lines: frozenset[str] = frozenset()  # bundled line ids the user hid
    visible_when_locked: frozenset[str] = field(default_factory=frozenset)

    def section(self, key: str) -> tuple[str, ...]:
        value: tuple[str, ...] = getattr(self, key)
        return value

    def with_section(self, key: str, items: list[str]) -> SafetyPlan:
        if key not in SECTION_KEYS and key != "own_lines":
            raise KeyError(key)
        cleaned = tuple(item.strip() for item in items if item.strip())
        return _replace(self, **{key: cleaned})

    def locked_view(self) -> SafetyPlan:
        """Only what the user chose to see without unlocking."""
        return SafetyPlan(
            **{key: self.section(key) for key in SECTION_KEYS if key in self.visible_when_locked},
            own_lines=self.own_lines if "own_lines" in self.visible_when_locked else (),
            hidden_lines=self.hidden_lines,
            visible_when_locked=self.visible_when_locked,
        )

    @property
    def is_empty(self) -> bool:
        return not any(self.section(key) for key in SECTION_KEYS) and not self.own_lines

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            out[item.name] = sorted(value) if isinstance(value, frozenset) else list(value)
        return out

    @classmethod
    def from_json(cls, data: object) -> SafetyPlan:
        """The plan in ``data``; what is not a list of plain values is left out, never an error
        (the locked copy is a file on disk that anything may have damaged)."""
        if not data or not isinstance(data, dict):
            return cls()
        kwargs: dict[str, Any] = {}
        for item in fields(cls):
            raw = data.get(item.name, [])
            if not isinstance(raw, list):
                continue
            values = [str(v) for v in raw if isinstance(v, str | int | float)]
            kwargs[item.name] = (
                frozenset(values)
                if item.name in ("hidden_lines", "visible_when_locked")
                else tuple(values)
            )
        return cls(**kwargs)


def _replace(plan: SafetyPlan, **changes: Any) -> SafetyPlan:
    from dataclasses import replace

    return replace(plan, **changes)
