"""The site's languages: one table, read from the i18n block of mkdocs.yml.

Every check, test, hook and command asks this module which languages exist, which one is
the source, where each one's pages live and under which URL prefix they are published.
Adding a language means adding it to mkdocs.yml, writing its pages under docs/<locale>/ and
its catalog locales/<locale>.po; nothing else names a language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Language:
    locale: str  # "en", "zh": the folder under docs/ and the first part of the URL
    name: str  # as the language switcher shows it, in that language
    default: bool  # the source language: pages are written in it first, served at the root

    @property
    def url_prefix(self) -> str:
        """What the site's URL of a page starts with: "" for the default language, "zh/"."""
        return "" if self.default else f"{self.locale}/"

    def catalog(self, root: Path = ROOT) -> Path:
        """The gettext catalog that translates the examples' comments into this language."""
        return root / "locales" / f"{self.locale}.po"


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml without the objects it names (``!!python/...``, ``!ENV``, ``!relative``)."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


@cache
def languages(root: Path = ROOT) -> tuple[Language, ...]:
    """The languages of the site at ``root``, the default (source) language first."""
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    (i18n,) = [plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin]
    found = tuple(
        Language(locale=entry["locale"], name=entry["name"], default=bool(entry.get("default", False)))
        for entry in i18n["languages"]
    )
    defaults = [language for language in found if language.default]
    if len(defaults) != 1:
        raise ValueError(f"{root / 'mkdocs.yml'}: the i18n plugin must name exactly one default language")
    return tuple(sorted(found, key=lambda language: not language.default))


def source_language(root: Path = ROOT) -> Language:
    return languages(root)[0]


def translations(root: Path = ROOT) -> tuple[Language, ...]:
    """Every language but the source one."""
    return languages(root)[1:]


def language_of(locale: str, root: Path = ROOT) -> Language:
    """The language whose locale is ``locale`` or a regional variant of it ("zh_CN")."""
    base = locale.replace("-", "_").split("_")[0]
    for language in languages(root):
        if language.locale == base:
            return language
    raise KeyError(f"{locale!r} is not a language of mkdocs.yml: {[other.locale for other in languages(root)]}")


def build_root(config) -> Path:
    """The project a running MkDocs build builds: the folder of its mkdocs.yml."""
    return Path(config["config_file_path"]).parent


def build_language(config) -> Language:
    """The language of the build in progress (mkdocs-static-i18n builds one at a time)."""
    return language_of(str(config["theme"]["language"]), build_root(config))
