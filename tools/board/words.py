"""The board's own words for the choices an opportunity makes, in English and French.

Shared by the site (whose interface table `board.site.i18n.STRINGS` includes them) and the
client tools (`board new` explains each choice with them), so a choice reads the same on the
page and in the terminal.
"""

from __future__ import annotations

# The taxes choice, as the opportunity page states it beside the price.
TAXES: dict[str, tuple[str, str]] = {
    "included": ("taxes included", "taxes incluses"),
    "excluded": ("plus applicable taxes", "taxes applicables en sus"),
}

# The payment methods a board may accept.
PAYMENT: dict[str, tuple[str, str]] = {
    "acquisition-card": ("Acquisition card", "Carte d'achat"),
    "paypal": ("PayPal", "PayPal"),
}

# Choices by the field that makes them.
CHOICES: dict[str, dict[str, tuple[str, str]]] = {"price.taxes": TAXES, "payment": PAYMENT}
