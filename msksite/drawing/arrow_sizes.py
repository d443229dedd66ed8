"""How long the motion arrows are and how far they keep from the body, in figure units: arrows.py draws them, and
props.py needs the sizes too (a table a hand slides along runs on past its arrow's head). Kept apart from arrows.py,
which imports props.py through positions.py.
"""
from __future__ import annotations

from .svg import OUTLINE

LENGTH = 14  # a thin straight arrow
# A pose written bold_arrows: its straight arrows this long, their stroke this wide inside their outline and their
# heads' sides this long (first drawn so for the hip flexor stretch's push: thin and 14 long, "only a small arrow at
# the hip signals the forward push", round 81).
BOLD_LENGTH, BOLD_W, BOLD_HEAD = 20.0, 1.6, 5.0
# How far an arrow keeps from the outline of a body part; a bold one's line keeps further, by its own half
# thickness, so its edge keeps as far (at 2, the sit back stretch's bold head touched the feet).
ARROW_GAP = 2.0
BOLD_GAP = ARROW_GAP + BOLD_W / 2 + OUTLINE
# How much further from its body point a bold straight arrow's head reaches than a thin one's: it starts further out
# and is longer.
BOLD_REACH = BOLD_GAP - ARROW_GAP + BOLD_LENGTH - LENGTH
