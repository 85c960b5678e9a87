// "Print this page" buttons: <button type="button" data-print hidden>. Without JavaScript
// they stay hidden and the page tells people to use the browser's own Print command.
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
