"""The colours of each theme: Light (the calm cream look), Dark and High contrast. No Qt here.

Every colour the window shows has a role here, so the stylesheet and the ``QPalette`` (style.py)
never leave a widget to the desktop's colours. tests/gui/test_theme_contrast.py checks the WCAG 2.2
contrast of every pair that meets on screen (``CONTRAST_PAIRS``); bench/contrast.py prints them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Palette:
    """Every colour the program shows, for one theme (``#rrggbb``)."""

    window: str  # window and dialog background
    panel: str  # menu bar, tabs, scroll bar tracks
    base: str  # fields, lists and the answer
    text: str
    muted: str  # the date and expert line, the "no longer in the articles" note
    placeholder: str
    disabled: str  # text of controls that are switched off: still readable
    accent: str  # links
    border: str  # the boundary of fields, lists and tabs
    button: str
    button_hover: str
    button_pressed: str  # pressed and checked buttons
    button_text: str
    button_border: str
    focus: str  # the focus ring
    selection: str
    selection_text: str
    editorial: str  # bracketed editorial insertions in the expert's answer
    highlight: str  # passages that carry notes
    highlight_current: str  # the passage whose note is being looked at
    highlight_text: str
    highlight_mark: str  # the line under a passage with a note
    banner: str  # the disclaimer
    banner_border: str
    banner_text: str
    warning: str
    warning_border: str
    warning_text: str
    info: str
    info_border: str
    info_text: str
    scroll_handle: str
    tooltip: str
    tooltip_text: str


LIGHT = Palette(
    window="#fbfaf7",
    panel="#f2efe8",
    base="#ffffff",
    text="#1d232a",
    muted="#4a525a",
    placeholder="#5f6670",
    disabled="#596069",
    accent="#1f5f8b",
    border="#7b818a",
    button="#f2efe8",
    button_hover="#e6e1d6",
    button_pressed="#d9d2c3",
    button_text="#1d232a",
    button_border="#7b818a",
    focus="#0b4f85",
    selection="#1f5f8b",
    selection_text="#ffffff",
    editorial="#6b4c93",
    highlight="#fbe7a1",
    highlight_current="#f4c542",
    highlight_text="#1d232a",
    highlight_mark="#735800",
    banner="#fff3d1",
    banner_border="#9a7012",
    banner_text="#3b2a00",
    warning="#fde2e1",
    warning_border="#b03a2e",
    warning_text="#1d232a",
    info="#e3f0fa",
    info_border="#1f5f8b",
    info_text="#1d232a",
    scroll_handle="#767c84",
    tooltip="#ffffff",
    tooltip_text="#1d232a",
)

DARK = Palette(
    window="#1e2226",
    panel="#2a2f35",
    base="#16191c",
    text="#e6e3de",
    muted="#b9bfc6",
    placeholder="#9ca3ab",
    disabled="#a4abb3",
    accent="#8cc4ee",
    border="#8e959d",
    button="#2a2f35",
    button_hover="#353b42",
    button_pressed="#404750",
    button_text="#e6e3de",
    button_border="#8e959d",
    focus="#ffcf5c",
    selection="#3674a6",
    selection_text="#ffffff",
    editorial="#c9a8f0",
    highlight="#4d3f10",
    highlight_current="#735c12",
    highlight_text="#f3efe6",
    highlight_mark="#e0b84a",
    banner="#3a3220",
    banner_border="#c9a13a",
    banner_text="#f0e6c8",
    warning="#3d2224",
    warning_border="#e0736a",
    warning_text="#f3efe6",
    info="#1d3347",
    info_border="#6fb0e0",
    info_text="#f3efe6",
    scroll_handle="#8e959d",
    tooltip="#2a2f35",
    tooltip_text="#e6e3de",
)

HIGH_CONTRAST = Palette(
    window="#000000",
    panel="#000000",
    base="#000000",
    text="#ffffff",
    muted="#e0e0e0",
    placeholder="#d0d0d0",
    disabled="#c0c0c0",
    accent="#ffff00",
    border="#ffffff",
    button="#000000",
    button_hover="#1f1f1f",
    button_pressed="#333333",
    button_text="#ffffff",
    button_border="#ffffff",
    focus="#ffff00",
    selection="#1aebff",
    selection_text="#000000",
    editorial="#ffb3ff",
    highlight="#ffff00",
    highlight_current="#ff9d00",
    highlight_text="#000000",
    highlight_mark="#000000",
    banner="#000000",
    banner_border="#ffffff",
    banner_text="#ffffff",
    warning="#000000",
    warning_border="#ff6b6b",
    warning_text="#ffffff",
    info="#000000",
    info_border="#1aebff",
    info_text="#ffffff",
    scroll_handle="#ffffff",
    tooltip="#000000",
    tooltip_text="#ffffff",
)

PALETTES: dict[str, Palette] = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}
COLOUR_ROLES: tuple[str, ...] = tuple(field.name for field in fields(Palette))

TEXT = 4.5  # WCAG 2.2 AA, 1.4.3: text (3:1 would do for large text; we ask 4.5 of all of it)
NON_TEXT = 3.0  # 1.4.11: control boundaries, states, the focus indicator


@dataclass(frozen=True)
class Pair:
    """Two colours that meet on screen, and the contrast they need."""

    foreground: str  # a colour role
    background: str  # a colour role
    minimum: float
    where: str


def _pairs(minimum: float, where: str, foreground: str, *backgrounds: str) -> list[Pair]:
    return [Pair(foreground, background, minimum, where) for background in backgrounds]


CONTRAST_PAIRS: tuple[Pair, ...] = (
    *_pairs(TEXT, "text", "text", "window", "base", "panel", "button_hover"),
    *_pairs(TEXT, "secondary text", "muted", "window", "base"),
    *_pairs(TEXT, "placeholder in a field", "placeholder", "base"),
    *_pairs(TEXT, "switched-off control", "disabled", "window", "base", "button", "button_hover"),
    *_pairs(TEXT, "link", "accent", "window", "base"),
    *_pairs(TEXT, "button", "button_text", "button", "button_hover", "button_pressed"),
    *_pairs(TEXT, "selected row, menu item or text", "selection_text", "selection"),
    *_pairs(TEXT, "editorial insertion", "editorial", "base"),
    *_pairs(TEXT, "passage with a note", "highlight_text", "highlight", "highlight_current"),
    *_pairs(TEXT, "disclaimer", "banner_text", "banner"),
    *_pairs(TEXT, "warning", "warning_text", "warning"),
    *_pairs(TEXT, "notice", "info_text", "info"),
    *_pairs(TEXT, "tooltip", "tooltip_text", "tooltip"),
    *_pairs(NON_TEXT, "field, list and tab boundary", "border", "window", "base", "panel"),
    *_pairs(NON_TEXT, "button boundary", "button_border", "window", "banner", "warning", "info"),
    *_pairs(
        NON_TEXT,
        "focus ring",
        "focus",
        "window",
        "base",
        "panel",
        "button",
        "button_hover",
        "banner",
        "warning",
        "info",
    ),
    *_pairs(NON_TEXT, "selected row, checked box, current tab", "selection", "window", "base"),
    *_pairs(NON_TEXT, "focus ring in a selected row", "selection_text", "selection"),
    *_pairs(NON_TEXT, "scroll bar", "scroll_handle", "panel"),
    *_pairs(NON_TEXT, "mark under a noted passage", "highlight_mark", "highlight"),
    *_pairs(NON_TEXT, "mark under a noted passage", "highlight_mark", "highlight_current"),
    *_pairs(NON_TEXT, "disclaimer frame", "banner_border", "window"),
    *_pairs(NON_TEXT, "message frames", "warning_border", "window"),
    *_pairs(NON_TEXT, "message frames", "info_border", "window"),
)


def relative_luminance(colour: str) -> float:
    """WCAG 2.2's relative luminance of an sRGB ``#rrggbb`` colour."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.2's contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
