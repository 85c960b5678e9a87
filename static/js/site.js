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

// Prep plan: a visited step's link in the step indicator. If anything on this page was
// changed, the link saves the page on its way (like the buttons do) instead of dropping it.
(function () {
  "use strict";

  var form = document.querySelector("form[data-prep-form]");
  if (!form) {
    return;
  }
  var changed = false;
  form.addEventListener("input", function () {
    changed = true;
  });
  form.addEventListener("change", function () {
    changed = true;
  });
  document.querySelectorAll(".step-indicator a[data-step]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (!changed) {
        return;
      }
      event.preventDefault();
      var go = document.createElement("input");
      go.type = "hidden";
      go.name = "go";
      go.value = "step-" + link.getAttribute("data-step");
      form.appendChild(go);
      form.submit();
    });
  });
})();

// Character counts: fields with data-limit show how many characters are left as you type.
// The maxlength attribute is the fallback without JavaScript; here it is lifted, so pasted
// text is never cut silently, and the server names the field if it is still too long.
(function () {
  "use strict";

  document.querySelectorAll("[data-limit]").forEach(function (field) {
    var limit = parseInt(field.getAttribute("data-limit"), 10);
    if (!limit) {
      return;
    }
    field.removeAttribute("maxlength");
    var label = document.querySelector('label[for="' + field.id + '"]');
    var name = label ? label.textContent.trim() : "This answer";
    var shown = document.createElement("p");
    shown.className = "char-count";
    shown.id = field.id + "-count";
    shown.setAttribute("aria-hidden", "true");
    // Screen readers hear the count after a pause in typing, not at every key.
    var spoken = document.createElement("p");
    spoken.className = "visually-hidden";
    spoken.setAttribute("role", "status");
    field.insertAdjacentElement("afterend", spoken);
    field.insertAdjacentElement("afterend", shown);
    var timer = null;

    function text() {
      var left = limit - field.value.length;
      if (left >= 0) {
        return "You have " + left.toLocaleString("en-US") + (left === 1 ? " character" : " characters") + " left";
      }
      return "\u201c" + name + "\u201d is " + (-left).toLocaleString("en-US") + (left === -1 ? " character" : " characters") + " too long";
    }

    function update() {
      shown.textContent = text();
      shown.classList.toggle("is-over", field.value.length > limit);
      clearTimeout(timer);
      timer = setTimeout(function () {
        spoken.textContent = text();
      }, 1000);
    }

    field.addEventListener("input", update);
    shown.textContent = text();
    shown.classList.toggle("is-over", field.value.length > limit);
  });
})();
