// Keeps a signed-in person's work in the page (webapp/auth.py: session_state).
//
// Typing is activity: while someone writes in a form, the session is told so every few
// minutes, so the staff idle limit signs out only an unattended screen, not a coordinator
// writing a long record. Before a form is sent after a quiet while, the page asks whether the
// login still stands. If it does not (the laptop slept, another tab logged out), the form is
// not sent: its words stay here, and a link opens the login in a new tab. Sent again after
// that, the form carries the new session's token. Without JavaScript the server shows the
// words back on the login page instead (webapp/unsent.py).
(function () {
  "use strict";
  var body = document.body;
  var stateUrl = body.getAttribute("data-session-url");
  if (!stateUrl) {
    return;
  }
  var idleMs = Number(body.getAttribute("data-idle-minutes") || "30") * 60 * 1000;
  // Tell the server well inside the idle limit; never more than once a minute.
  var every = Math.max(60 * 1000, Math.min(5 * 60 * 1000, idleMs / 3));
  var lastContact = Date.now();
  var checking = false;

  function ask() {
    return fetch(stateUrl, {
      credentials: "same-origin",
      cache: "no-store",
      headers: { Accept: "application/json" },
    }).then(function (response) {
      if (!response.ok) {
        throw new Error("session state " + response.status);
      }
      return response.json();
    }).then(function (state) {
      if (state.signed_in) {
        lastContact = Date.now();
        document.querySelectorAll('input[name="csrf_token"]').forEach(function (input) {
          input.value = state.csrf_token;
        });
      }
      return state;
    });
  }

  document.addEventListener("input", function () {
    if (!checking && Date.now() - lastContact > every) {
      checking = true;
      ask().catch(function () {}).then(function () {
        checking = false;
      });
    }
  });

  function showLost(form) {
    var notice = form.querySelector(".session-lost");
    if (!notice) {
      var template = document.getElementById("session-lost");
      notice = template.content.firstElementChild.cloneNode(true);
      form.insertBefore(notice, form.firstChild);
    }
    notice.hidden = false;
    notice.focus();
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.method.toLowerCase() !== "post" || form.hasAttribute("data-no-session-check") ||
        form.hasAttribute("data-session-checked")) {
      form.removeAttribute("data-session-checked");
      return;
    }
    if (Date.now() - lastContact < every) {
      return; // the login was seen standing a moment ago
    }
    event.preventDefault();
    if (form.hasAttribute("data-session-asking")) {
      return; // a second press while the first is being checked sends nothing more
    }
    form.setAttribute("data-session-asking", "");
    var submitter = event.submitter || null;
    function send() {
      form.removeAttribute("data-session-asking");
      form.setAttribute("data-session-checked", "");
      if (form.requestSubmit) {
        form.requestSubmit(submitter);
      } else {
        form.submit();
      }
    }
    ask().then(function (state) {
      if (state.signed_in) {
        var notice = form.querySelector(".session-lost");
        if (notice) {
          notice.hidden = true;
        }
        send();
      } else {
        form.removeAttribute("data-session-asking");
        showLost(form);
      }
    }, send); // the check itself failed (offline?): send, and the server says what happened
  });
})();
