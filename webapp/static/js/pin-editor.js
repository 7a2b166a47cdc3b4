/* Pin editor: drag (or click to place) the marker that shows where a listing is.
 *
 * The form keeps working without this script: the latitude/longitude fields can be typed.
 * With it, moving the pin writes those fields and marks the position as "manual", so a later
 * geocode of the address never moves it back (directory/locations.py).
 */
(function () {
  "use strict";

  var editor = document.querySelector("[data-pin-editor]");
  if (!editor || typeof L === "undefined") {
    return;
  }
  var form = editor.closest("form");
  var latInput = form.querySelector('input[name="lat"]');
  var lonInput = form.querySelector('input[name="lon"]');
  var precisionInput = form.querySelector('input[name="precision"]');
  var areaSelect = form.querySelector('select[name="area"]');
  var status = editor.querySelector("[data-pin-status]");
  var reset = editor.querySelector("[data-pin-reset]");
  var areas = JSON.parse(editor.getAttribute("data-areas") || "{}");
  var fallback = JSON.parse(editor.getAttribute("data-centre"));

  editor.hidden = false;

  function typedPoint() {
    var lat = parseFloat(latInput.value.replace(/[０-９．－]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    }));
    var lon = parseFloat(lonInput.value.replace(/[０-９．－]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    }));
    if (isNaN(lat) || isNaN(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      return null;
    }
    return [lat, lon];
  }

  var start = typedPoint();
  var centre = start || (areaSelect && areas[areaSelect.value]) || fallback;
  var map = L.map(editor.querySelector(".pin-editor-map"), {
    center: centre,
    zoom: start ? 16 : 13,
    maxZoom: 18,
    keyboard: true
  });
  var tiles = editor.getAttribute("data-tiles-url");
  if (tiles) {
    L.tileLayer(tiles, {
      attribution: editor.getAttribute("data-tiles-attribution"),
      maxZoom: 18
    }).addTo(map);
  }
  L.control.scale({ imperial: false }).addTo(map);

  var marker = null;

  function say(text) {
    status.textContent = text;
  }

  function placeMarker(point) {
    if (marker) {
      marker.setLatLng(point);
      return;
    }
    marker = L.marker(point, {
      draggable: true,
      autoPan: true,
      keyboard: true,
      title: "活動の場所（ドラッグして動かせます）",
      alt: "活動の場所"
    }).addTo(map);
    marker.on("dragend", function () {
      record(marker.getLatLng());
    });
  }

  function record(latlng) {
    latInput.value = latlng.lat.toFixed(6);
    lonInput.value = latlng.lng.toFixed(6);
    precisionInput.value = "manual";
    say("ピンの位置を直しました（緯度 " + latInput.value + "、経度 " + lonInput.value +
        "）。保存すると、住所から求めた位置より優先されます。");
  }

  if (start) {
    placeMarker(start);
    say("ピンをドラッグすると、位置を直せます。");
  } else {
    say("まだ位置がありません。地図を押すとピンを置けます（住所だけでも、保存時に位置を求めます）。");
  }

  map.on("click", function (e) {
    placeMarker(e.latlng);
    record(e.latlng);
  });

  function followTyped() {
    var point = typedPoint();
    if (point) {
      placeMarker(point);
      map.panTo(point);
    }
  }
  latInput.addEventListener("change", followTyped);
  lonInput.addEventListener("change", followTyped);

  if (areaSelect) {
    areaSelect.addEventListener("change", function () {
      if (!marker && areas[areaSelect.value]) {
        map.setView(areas[areaSelect.value], 14);
      }
    });
  }

  reset.addEventListener("click", function () {
    if (marker) {
      map.removeLayer(marker);
      marker = null;
    }
    latInput.value = "";
    lonInput.value = "";
    precisionInput.value = "unknown";
    say("ピンを外しました。保存すると、住所から位置を求め直します。");
  });
})();
