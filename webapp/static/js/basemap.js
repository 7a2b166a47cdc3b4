/* The offline base layer of every map (webapp/basemap.py): area outlines and names, town names
   and landmarks, drawn from the JSON the map's script passes in. Labels are not interactive and
   take no keyboard focus: the list beside the map carries the same places for a screen reader.
   Town names appear from zoom 14, 公民館 and other landmarks from 13, so a whole-town view
   stays readable; areas and stations are always named. */
(function () {
  "use strict";
  /* Loaded before any map's box: with JavaScript running, the page shows its maps (without,
     app.css hides the boxes and shows a sentence in their place). */
  document.documentElement.classList.add("js");
  var TOWN_ZOOM = 14;
  var LANDMARK_ZOOM = 13;
  var COLOURS = ["#1d4e89", "#8c4a00", "#0b6e4f", "#6b2c91", "#9c1f4a", "#38610b", "#005f73", "#7a5c00"];

  function label(className) {
    return L.divIcon({ className: "map-label " + className, html: "", iconSize: null });
  }

  function textMarker(lat, lon, text, className, pane) {
    var marker = L.marker([lat, lon], {
      icon: label(className),
      interactive: false,
      keyboard: false,
      pane: pane
    });
    marker.on("add", function () {
      var el = marker.getElement();
      if (el) { el.textContent = text; el.setAttribute("aria-hidden", "true"); }
    });
    return marker;
  }

  /* A popup's text is at most this wide, and never wider than its map leaves room for:
     Leaflet's width of 260 px of text (306 px with the popup's own margins) overflowed a
     320 px phone's 296 px map and the screen, its name cut at the map's edge. Panned into
     view below the map's buttons (zoom top left, kinds top right), not under them. */
  var POPUP_WIDTH = 260;
  var POPUP_MARGINS = 46 + 2 * 12;  /* the content's margins and border; a gap either side */
  var POPUP_BELOW_BUTTONS = L.point(12, 84);

  function fitPopup(map, popup) {
    var room = Math.max(120, Math.min(POPUP_WIDTH, map.getSize().x - POPUP_MARGINS));
    if (popup.options.maxWidth === room && popup.options.autoPanPaddingTopLeft) { return; }
    popup.options.maxWidth = room;
    popup.options.minWidth = Math.min(popup.options.minWidth || 50, room);
    popup.options.autoPanPaddingTopLeft = POPUP_BELOW_BUTTONS;
    popup.update();
  }

  window.TsunagariBaseMap = function (map, data) {
    map.on("popupopen", function (e) { fitPopup(map, e.popup); });
    /* The outlines and circles are drawn in one SVG, which a screen reader met as an image
       without a name; what they show is said in words by the map's description and the
       list beside it. */
    map.getPane("overlayPane").setAttribute("aria-hidden", "true");
    if (!map.getPane("basemap-labels")) {
      /* Over outlines and pins, under tooltips and popups (650, 700): a pin or a count drawn
         on 「第一地区」 or 「土浦駅」 hid the name the map is read by. Labels take no clicks, so
         a pin under one is still pressed. */
      map.createPane("basemap-labels").style.zIndex = 625;
    }
    var areas = L.featureGroup().addTo(map);
    (data.areas || []).forEach(function (area, i) {
      var colour = COLOURS[i % COLOURS.length];
      L.polygon(area.outline, {
        color: colour, weight: 2, opacity: 0.7, dashArray: "6 4",
        fillColor: colour, fillOpacity: 0.06, interactive: false
      }).addTo(areas);
      textMarker(area.label[0], area.label[1], area.name, "map-label-area", "basemap-labels")
        .addTo(areas);
    });

    var towns = L.layerGroup();
    (data.towns || []).forEach(function (t) {
      textMarker(t[1], t[2], t[0], "map-label-town", "basemap-labels").addTo(towns);
    });

    var stations = L.layerGroup().addTo(map);
    var others = L.layerGroup();
    (data.landmarks || []).forEach(function (p) {
      var station = p.kind === "station";
      var group = station ? stations : others;
      L.circleMarker([p.lat, p.lon], {
        radius: station ? 7 : 5, color: "#1f2a30", weight: 2,
        fillColor: station ? "#ffffff" : "#f2b705", fillOpacity: 1, interactive: false
      }).addTo(group);
      textMarker(p.lat, p.lon, p.name, station ? "map-label-station" : "map-label-landmark",
                 "basemap-labels").addTo(group);
    });

    function byZoom() {
      var zoom = map.getZoom();
      if (zoom >= TOWN_ZOOM) { towns.addTo(map); } else { towns.remove(); }
      if (zoom >= LANDMARK_ZOOM) { others.addTo(map); } else { others.remove(); }
    }
    map.on("zoomend", byZoom);
    map.whenReady(byZoom);
  };
})();
