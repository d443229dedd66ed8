"""Front matter of conditions/*.md (leaflets) and content/pages/*.md (general pages)."""
from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from .common import BodyArea, HttpsUrl, Slug, Strict, Text, UrlPath


class SafetyNetting(Strict):
    non_urgent: tuple[Text, ...] = ()
    urgent: tuple[Text, ...] = ()
    emergency: tuple[Text, ...] = ()

    @model_validator(mode="after")
    def _not_empty(self) -> SafetyNetting:
        if not (self.non_urgent or self.urgent or self.emergency):
            raise ValueError("safety_netting is empty: list at least one symptom under non_urgent, urgent or emergency")
        return self


class Source(Strict):
    title: Text
    url: HttpsUrl


class LeafletMeta(Strict):
    title: Text
    summary: Text
    body_area: BodyArea
    also_known_as: tuple[Text, ...]
    self_referral_suitable: bool
    do: tuple[Text, ...] = ()
    dont: tuple[Text, ...] = ()
    exercises: tuple[Slug, ...] = ()
    safety_netting: SafetyNetting
    related: tuple[Slug, ...] = ()
    reviewed: date
    review_due: date
    reviewer: Text
    sources: tuple[Source, ...] = Field(min_length=1)
    redirect_from: tuple[UrlPath, ...] = ()


class PageMeta(Strict):
    """Front matter of a general page in content/pages/."""

    title: Text
    summary: Text
