"""How long the motion arrows are and how far they keep from the body, in figure units: arrows.py draws them, and
props.py needs the sizes too (a table a hand slides along runs on past its arrow's head). Kept apart from arrows.py,
which imports props.py through positions.py.
"""
from __future__ import annotations

from .svg import OUTLINE

LENGTH = 14  # a thin straight arrow
# That push is the one thing the hip flexor stretch asks, so its arrow is bold and long (arrows.hip_push), this long,
# its stroke this wide inside its outline and its head's sides this long: thin and 14 long, "only a small arrow at
# the hip signals the forward push" (round 81).
HIP_PUSH_LENGTH, HIP_PUSH_W, HIP_PUSH_HEAD = 20.0, 1.6, 5.0
# A pose written bold_arrows: its straight arrows as long as the hip push (a thin one is LENGTH).
BOLD_LENGTH = HIP_PUSH_LENGTH
# How far an arrow keeps from the outline of a body part; a bold one's line keeps further, by its own half
# thickness, so its edge keeps as far (at 2, the sit back stretch's bold head touched the feet).
ARROW_GAP = 2.0
BOLD_GAP = ARROW_GAP + HIP_PUSH_W / 2 + OUTLINE
# How much further from its body point a bold straight arrow's head reaches than a thin one's: it starts further out
# and is longer.
BOLD_REACH = BOLD_GAP - ARROW_GAP + BOLD_LENGTH - LENGTH
