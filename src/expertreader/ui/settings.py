"""Window and reading preferences, kept in the user data folder (never the system registry)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from expertreader import paths
from expertreader.content.library import Order
from expertreader.ui import i18n, style


class Settings:
    """Typed access to the few preferences the program remembers."""

    def __init__(self, persist: bool = True) -> None:
        """``persist=False`` reads the saved preferences but keeps changes in memory only."""
        if persist:
            paths.make_private_file(paths.settings_file())  # it says which questions were read
        self._qsettings = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
        self._persist = persist
        self._changed: dict[str, object] = {}

    def _value(self, key: str, default: object = None) -> object:
        if key in self._changed:
            return self._changed[key]
        return self._qsettings.value(key, default)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._value(key)
        return value if isinstance(value, QByteArray) else None

    def _set(self, key: str, value: object) -> None:
        if self._persist:
            self._qsettings.setValue(key, value)
        else:
            self._changed[key] = value

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._set("window/splitter", value)

    @property
    def last_qa(self) -> str:
        return str(self._value("reader/last_qa", ""))

    @last_qa.setter
    def last_qa(self, value: str) -> None:
        self._set("reader/last_qa", value)

    @property
    def disclaimer_expanded(self) -> bool:
        return str(self._value("reader/disclaimer_expanded", "true")) == "true"

    @disclaimer_expanded.setter
    def disclaimer_expanded(self, value: bool) -> None:
        self._set("reader/disclaimer_expanded", "true" if value else "false")

    @property
    def point_size(self) -> int:
        try:
            size = int(str(self._value("view/point_size", style.BASE_POINT_SIZE)))
        except ValueError:
            size = style.BASE_POINT_SIZE
        return max(style.MIN_POINT_SIZE, min(style.MAX_POINT_SIZE, size))

    @point_size.setter
    def point_size(self, value: int) -> None:
        self._set("view/point_size", value)

    @property
    def theme(self) -> str:
        """One of ``style.THEMES``; "system" (follow the desktop) unless another was chosen."""
        value = str(self._value("view/theme", style.SYSTEM))
        return value if value in style.THEMES else style.SYSTEM

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("view/theme", value)

    @property
    def language(self) -> str:
        """One of ``i18n.CHOICES``: "system" (follow the desktop) unless one was chosen."""
        value = str(self._value("view/language", i18n.SYSTEM))
        return value if value in i18n.CHOICES else i18n.SYSTEM

    @language.setter
    def language(self, value: str) -> None:
        self._set("view/language", value)

    @property
    def article_order(self) -> Order:
        """How the list orders articles: "date" (newest first, the default) or "title"."""
        return "title" if str(self._value("view/article_order", "date")) == "title" else "date"

    @article_order.setter
    def article_order(self, value: Order) -> None:
        self._set("view/article_order", value)

    @property
    def keys_hint_dismissed(self) -> bool:
        """True once the person has said not to show the first-start hint about F1 again."""
        return str(self._value("help/keys_hint_dismissed", "false")) == "true"

    @keys_hint_dismissed.setter
    def keys_hint_dismissed(self, value: bool) -> None:
        self._set("help/keys_hint_dismissed", "true" if value else "false")

    def sync(self) -> None:
        """Write the settings out (the file was made private when they were opened)."""
        if self._persist:
            self._qsettings.sync()
