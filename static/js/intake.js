// Prep sheet: a "Print or save as PDF" button. Without JavaScript it stays hidden and the
// page says how to use the browser's own Print option instead.
(function () {
  "use strict";

  document.querySelectorAll("button[data-print]").forEach(function (button) {
    if (typeof window.print !== "function") {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
