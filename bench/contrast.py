"""WCAG 2.2 contrast of every pair of theme colours that meet on screen, per theme, as a table.

Prints figures; it does not pass or fail (tests/gui/test_theme_contrast.py does, also measuring the
rendered window). Text needs 4.5:1; control boundaries, states and the focus ring need 3:1.

    python bench/contrast.py
"""

from __future__ import annotations

from expertreader.ui.palettes import CONTRAST_PAIRS, PALETTES, contrast_ratio

NAMES = {"light": "Light", "dark": "Dark", "high-contrast": "High contrast"}


def main() -> None:
    themes = list(PALETTES)
    print("| Where | Colours | Needs | " + " | ".join(NAMES[t] for t in themes) + " |")
    print("|---|---|---|" + "---|" * len(themes))
    lowest = {theme: (99.0, "") for theme in themes}
    for pair in CONTRAST_PAIRS:
        cells = []
        for theme in themes:
            colours = PALETTES[theme]
            ratio = contrast_ratio(
                getattr(colours, pair.foreground), getattr(colours, pair.background)
            )
            cells.append(f"{ratio:.2f}")
            margin = ratio / pair.minimum
            if margin < lowest[theme][0]:
                lowest[theme] = (margin, f"{pair.where} ({ratio:.2f}:1, needs {pair.minimum})")
        colours_used = f"{pair.foreground} on {pair.background}"
        print(f"| {pair.where} | {colours_used} | {pair.minimum} | " + " | ".join(cells) + " |")
    print()
    for theme in themes:
        print(f"{NAMES[theme]}: closest to its minimum: {lowest[theme][1]}")


if __name__ == "__main__":
    main()
