"""Coordinator pages for landmarks (目印): list, add, edit, delete, CSV in and out.

A landmark is a named point (土浦駅, 市役所, 公民館) that every typed "where" resolves through
(``directory.places.resolve_place``): the search origin, a need's starting point.
"""

from __future__ import annotations

import csv
import io

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as WerkzeugResponse

from directory import landmarks, permissions, places
from directory.errors import InvalidData
from directory.interop.cells import neutralize
from directory.locations import read_coordinate
from directory.models import Landmark
from webapp import db, messages
from webapp.auth import actor, requires
from webapp.geocoding import geocoder, say_read_otherwise
from webapp.terms import forget as forget_terms

bp = Blueprint("landmarks", __name__, url_prefix="/coord/landmarks")

ResponseLike = str | WerkzeugResponse | tuple[str, int]
MAX_CSV_BYTES = 1_000_000


def _form_data() -> places.LandmarkData:
    def number(name: str) -> float | None:
        try:
            return read_coordinate(request.form.get(name, ""))
        except ValueError:
            return float("nan")  # shown as "not a number" by validation below

    return places.LandmarkData(
        name=request.form.get("name", ""),
        kind=request.form.get("kind", ""),
        kana=request.form.get("kana", ""),
        aliases=tuple(a for a in request.form.get("aliases", "").replace("；", ";").split(";")),
        address=request.form.get("address", ""),
        lat=number("lat"),
        lon=number("lon"),
        source=request.form.get("source", ""),
    )


def _render(
    landmark: Landmark | None, data: places.LandmarkData, errors: dict[str, str], status: int = 200
) -> tuple[str, int]:
    return render_template(
        "coord/landmark_form.html",
        landmark=landmark,
        data=data,
        errors=errors,
        kinds=[(k.value, label) for k, label in places.KIND_LABELS.items()],
    ), status


def _save(landmark: Landmark | None) -> ResponseLike:
    data = _form_data()
    for name in ("lat", "lon"):
        value = getattr(data, name)
        if value is not None and value != value:  # NaN: the field held text
            return _render(landmark, data, {"lat": messages.LANDMARK_NOT_A_NUMBER}, 400)
    session = db.session()
    try:
        saved = landmarks.save_landmark(
            session, actor(), data, geocoder(), landmark_id=landmark.id if landmark else None
        )
    except InvalidData as error:
        session.rollback()
        return _render(landmark, data, error.errors, 400)
    session.commit()
    forget_terms()  # names used to read queries: this process reads them again
    flash(messages.LANDMARK_SAVED.format(name=saved.landmark.name), "success")
    say_read_otherwise(saved.read_otherwise)
    return redirect(url_for("landmarks.index"))


@bp.get("/")
@requires(permissions.can_review)
def index() -> str:
    return render_template(
        "coord/landmarks.html",
        landmarks=places.landmarks(db.session()),
        kind_labels=places.KIND_LABELS,
        headers=places.LANDMARK_CSV_HEADERS,
    )


@bp.route("/new", methods=["GET", "POST"])
@requires(permissions.can_review)
def new() -> ResponseLike:
    if request.method == "GET":
        return _render(None, places.LandmarkData(name=""), {})
    return _save(None)


def _landmark(landmark_id: int) -> Landmark:
    return landmarks.get_landmark(db.session(), actor(), landmark_id)


@bp.route("/<int:landmark_id>", methods=["GET", "POST"])
@requires(permissions.can_review)
def edit(landmark_id: int) -> ResponseLike:
    landmark = _landmark(landmark_id)
    if request.method == "GET":
        return _render(landmark, landmarks.landmark_data(landmark), {})
    return _save(landmark)


@bp.post("/<int:landmark_id>/delete")
@requires(permissions.can_review)
def delete(landmark_id: int) -> WerkzeugResponse:
    landmark = _landmark(landmark_id)
    name = landmark.name
    session = db.session()
    landmarks.delete_landmark(session, actor(), landmark.id)
    session.commit()
    forget_terms()  # names used to read queries: this process reads them again
    flash(messages.LANDMARK_DELETED.format(name=name), "success")
    return redirect(url_for("landmarks.index"))


@bp.post("/import")
@requires(permissions.can_review)
def import_csv() -> ResponseLike:
    upload = request.files.get("file")
    data = upload.read(MAX_CSV_BYTES + 1) if upload else b""
    if not data:
        flash(messages.LANDMARK_CSV_MISSING, "error")
        return redirect(url_for("landmarks.index"))
    if len(data) > MAX_CSV_BYTES:
        flash(messages.LANDMARK_CSV_TOO_LARGE, "error")
        return redirect(url_for("landmarks.index"))
    session = db.session()
    result = landmarks.import_landmarks_csv(session, actor(), data, geocoder())
    session.commit()
    forget_terms()  # names used to read queries: this process reads them again
    return render_template("coord/landmarks_imported.html", result=result)


@bp.get("/landmarks.csv")
@requires(permissions.can_review)
def export_csv() -> Response:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(places.LANDMARK_CSV_HEADERS)
    for landmark in places.landmarks(db.session()):
        cells = [
            landmark.name,
            places.KIND_LABELS[landmark.kind],
            landmark.kana,
            ";".join(landmark.aliases or ()),
            landmark.address,
        ]
        writer.writerow(
            [*map(neutralize, cells), landmark.lat, landmark.lon, neutralize(landmark.source)]
        )
    return Response(
        "\ufeff" + out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=landmarks.csv"},
    )
