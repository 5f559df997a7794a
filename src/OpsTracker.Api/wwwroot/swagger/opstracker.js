// Swagger UI additions (SwaggerSetup injects this file; the page's Content-Security-Policy runs no inline script).
// Text typed into Swagger UI's fields takes its direction from its first letter, as dir="auto" does: Arabic (q=الهول,
// an Arabic name in a JSON body) reads right to left, Latin text and JSON left to right. Swagger UI is a React app that
// adds and replaces its fields as operations open, so every field is marked as it appears.
(function () {
  "use strict";

  var fields = "input[type=text], input:not([type]), input[type=search], textarea";

  function mark(root) {
    if (!root.querySelectorAll) {
      return;
    }

    if (root.matches && root.matches(fields) && !root.hasAttribute("dir")) {
      root.setAttribute("dir", "auto");
    }

    root.querySelectorAll(fields).forEach(function (field) {
      if (!field.hasAttribute("dir")) {
        field.setAttribute("dir", "auto");
      }
    });
  }

  function start() {
    mark(document.body);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(mark);
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
