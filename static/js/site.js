// "Leave this site": without JavaScript it is a plain link. With it, the page is hidden at
// once and the neutral site replaces this one in the history, so Back does not return here.
// Pressing Escape three times in a row does the same.
(function () {
  "use strict";

  var exitLink = document.querySelector("[data-quick-exit]");
  if (!exitLink) {
    return;
  }

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.body.classList.add("is-leaving");
    document.title = "Loading";
    window.location.replace(exitLink.href);
  }

  exitLink.addEventListener("click", leave);

  var presses = 0;
  var timer = null;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(function () {
      presses = 0;
    }, 2000);
    if (presses >= 3) {
      leave(event);
    }
  });
})();

// "Copy" buttons: <button type="button" data-copy="#some-id" hidden>Copy</button>.
// They stay hidden without JavaScript (the text is still there to select by hand).
(function () {
  "use strict";

  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var target = document.querySelector(button.getAttribute("data-copy"));
    if (!target || !navigator.clipboard) {
      return;
    }
    var label = button.textContent;
    // Screen readers hear "Copied" through a polite live region next to the button.
    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    button.insertAdjacentElement("afterend", status);
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(target.innerText.trim()).then(function () {
        button.textContent = "Copied";
        status.textContent = "Copied to the clipboard";
        setTimeout(function () {
          button.textContent = label;
          status.textContent = "";
        }, 2000);
      });
    });
  });
})();

// "Print" buttons: <button type="button" data-print hidden>. Without JavaScript they stay
// hidden and the page tells people to use the browser's own Print command.
(function () {
  "use strict";

  if (typeof window.print !== "function") {
    return;
  }
  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();

// "Add to my list" on directory cards: a plain form that reloads the page without
// JavaScript. With it, the card updates in place and a polite live region says so.
(function () {
  "use strict";

  document.querySelectorAll("form[data-list-add]").forEach(function (form) {
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    form.insertAdjacentElement("afterend", status);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = form.querySelector("button");
      button.disabled = true;
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("not added");
          }
          return response.json();
        })
        .then(function (result) {
          status.textContent = result.message;
          if (!result.on_list) {
            status.className = "list-add-note";
            button.disabled = false;
            return;
          }
          var note = document.createElement("p");
          note.className = "on-list";
          note.append("On your list · ");
          var link = document.createElement("a");
          link.href = result.list_url;
          link.textContent = "see your list";
          note.append(link);
          form.replaceWith(note);
        })
        .catch(function () {
          form.submit();
        });
    });
  });
})();

// Enter on a radio button or a checkbox would submit the whole form (the browser's implicit
// submission) before the visitor has answered the rest: there, Enter chooses the option.
(function () {
  "use strict";

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key === "Enter" && target.matches && target.matches("input[type=radio], input[type=checkbox]")) {
      event.preventDefault();
      if (!(target.type === "radio" && target.checked)) {
        target.click();
      }
    }
  });
})();
