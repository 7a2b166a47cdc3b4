"""Keeping the landmarks (目印): the coordinators' write use cases, each checking its actor.

``directory.places`` knows what a landmark is and how a typed "where" resolves through them;
this module says who may change them (staff, ``directory.permissions.can_review``) and raises
``PermissionDenied`` for anyone else, so a view, a command or a loader cannot skip the check.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from directory import places
from directory.db import existing
from directory.models import Landmark
from directory.permissions import Actor, can_review, require
from geo.geocoding import Geocoder


def get_landmark(session: Session, actor: Actor, landmark_id: int) -> Landmark:
    """A landmark a coordinator is about to change; ``NotFound`` when there is none."""
    require(can_review(actor))
    landmark = existing(session, Landmark, landmark_id)
    return landmark


def landmark_data(landmark: Landmark) -> places.LandmarkData:
    """A landmark's editable content (what its form starts from)."""
    return places.LandmarkData(
        name=landmark.name,
        kind=landmark.kind.value,
        kana=landmark.kana,
        aliases=tuple(landmark.aliases or ()),
        address=landmark.address,
        lat=landmark.lat,
        lon=landmark.lon,
        source=landmark.source,
    )


def save_landmark(
    session: Session,
    actor: Actor,
    data: places.LandmarkData,
    geocoder: Geocoder,
    *,
    landmark_id: int | None = None,
) -> places.SavedLandmark:
    """Create or update a landmark (``places.save_landmark``), with the notice of an address
    read otherwise; raises ``InvalidData``."""
    require(can_review(actor))
    return places.save_placed_landmark(session, data, geocoder, landmark_id=landmark_id)


def delete_landmark(session: Session, actor: Actor, landmark_id: int) -> None:
    require(can_review(actor))
    places.delete_landmark(session, landmark_id)


def import_landmarks_csv(
    session: Session, actor: Actor, data: bytes, geocoder: Geocoder
) -> places.LandmarkImport:
    """Landmarks from a CSV (``places.import_landmarks_csv``): each row saved or reported."""
    require(can_review(actor))
    return places.import_landmarks_csv(session, data, geocoder)
