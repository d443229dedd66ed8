"""Exercise drawings: a Pose (see msksite/schema/pose.py) drawn as a small, deterministic SVG.

One idea per module.
- The core: shapes (the typed shapes and vector helpers), skeleton (joint positions), positions (the start and end
  placed in one picture), figure (the person), torso (an upright trunk side-on, with a chest), props, arrows and
  arrow_sizes (how long and how far out arrows are, which props needs too), scene (all of them in drawing order, in
  each variant), svg (the SVG text), checks (what `check` says about a pose) and curves (smooth outlines through
  points).
- Layouts: panels (pictures side by side), order (two pictures numbered 1 and 2), steps (a
  movement done in steps, a numbered picture each), numerals (the numbers 1, 2 and 3 in their circles).
- Close-ups: closeup (the frame and magnification of a hand or foot close-up), hands (hands and feet in detail),
  head_view (the head and shoulders, the face turning or tilting), head_inset (the head gliding back, side-on),
  step_edge (the foot on a step's edge or up on tiptoe), ankle_circle (a foot circling at the ankle, inside a big
  circular arrow), prayer (both hands pressed palm to palm), toes and toe_stretch (a hand bending the toes back),
  badge (the hand seen from above, palm or back), helper (the other hand helping a stretch in a hand close-up).
- One kind of exercise each: stretch, stretch_person and stretch_hands (the wrist stretches: one big person, the arm
  out, then the hand bent up or down, the other hand helping, numbered 1 and 2), lift, tin and tin_grip (the wrist
  lifts: a hand holding a tin over a table's edge, side-on, beside its set-up seen from above, palm or back), open_hand
  (wrist bends), seated (a person sitting side-on, one foot across the other knee), muscle (a thigh muscle tightening,
  a stretch felt), low_back (a pelvic tilt's low back), press_up (lying on the front, pushing the chest up), back_curl
  (cat and camel), lying (lying on the side), hips_lift (a bridge's arm on the floor under the raised hips), lean (a
  sitting lean), feet_view (lying on the back seen from beyond the feet), above (the forearm swinging out round the
  elbow, in two numbered pictures), wall_walk (fingertips walking up a wall), tendon_glide (the fingers straight, hooked
  and in a fist), ball_grip (a hand palm-on holding a ball, then squeezing it), back_view (a back seen big from behind,
  from the hips up), towel_back (a towel held down that back), blade_squeeze (the shoulder blades squeezed together on
  that back), behind_back (a hand reaching up behind the back, side-on), cushion (a cushion under a kneeling knee),
  handrail (a stair banister held in one hand, rising along the stairs), stopwatch (a position held still), recline
  (a trunk leaning back on the forearms, with a chest and a back), knee_hug (a hand clasped round the shin of a knee
  held to the chest, lying on the back), shell (a clam's arrow, up the top knee's path in the opening between the
  legs).
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .scene import VARIANTS, Variant, scene
from .svg import svg_document

__all__ = ["VARIANTS", "Variant", "render_svg"]


def render_svg(pose: Pose, title: str, variant: Variant = "still") -> str:
    """Return a standalone, deterministic SVG drawing of the pose in one variant (still, moving or pair)."""
    return svg_document(scene(pose, variant), title)
