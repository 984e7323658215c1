(function () {
  "use strict";
  var tooltip = document.getElementById("tooltip");
  var current = null;
  var pinned = false;
  var hideTimer = null;

  function place(mark) {
    var box = mark.getBoundingClientRect();
    tooltip.style.left = "0px";
    tooltip.style.top = "0px";
    var width = tooltip.offsetWidth;
    var left = Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8);
    tooltip.style.left = Math.max(window.scrollX + 4, left) + "px";
    tooltip.style.top = (box.bottom + window.scrollY + 6) + "px";
  }

  function show(mark) {
    clearTimeout(hideTimer);
    var card = document.getElementById(mark.dataset.card);
    if (!card) { return; }
    tooltip.replaceChildren(card.content.cloneNode(true));
    tooltip.className = "tooltip " + Array.prototype.filter.call(mark.classList, function (name) {
      return name.indexOf("kind-") === 0;
    }).join(" ");
    tooltip.dataset.fact = mark.dataset.fact;
    tooltip.hidden = false;
    current = mark;
    mark.setAttribute("aria-describedby", "tooltip");
    place(mark);
  }

  function hide() {
    if (current) { current.removeAttribute("aria-describedby"); }
    tooltip.hidden = true;
    current = null;
    pinned = false;
  }

  function laterHide() {
    if (pinned) { return; }
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  }

  function select(mark) {
    document.querySelectorAll(".selected").forEach(function (element) {
      element.classList.remove("selected");
    });
    mark.classList.add("selected");
    var row = document.getElementById(mark.dataset.row);
    if (row) { row.classList.add("selected"); }
  }

  document.addEventListener("mouseover", function (event) {
    var mark = event.target.closest("mark.fact[data-card]");
    if (mark && !pinned) { show(mark); }
    if (event.target.closest("#tooltip")) { clearTimeout(hideTimer); }
  });
  document.addEventListener("mouseout", function (event) {
    if (event.target.closest("mark.fact[data-card]") || event.target.closest("#tooltip")) {
      laterHide();
    }
  });
  document.addEventListener("focusin", function (event) {
    var mark = event.target.closest("mark.fact[data-card]");
    if (mark) { show(mark); }
  });
  document.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.fact[data-card]");
    if (mark) {
      show(mark);
      pinned = true;
      select(mark);
      return;
    }
    var link = event.target.closest("a[href^='#']");
    if (link && link.closest("#tooltip")) {
      var row = document.getElementById(link.getAttribute("href").slice(1));
      if (row) { row.classList.add("selected"); }
      hide();
      return;
    }
    if (!event.target.closest("#tooltip")) { hide(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(); }
    if ((event.key === "Enter" || event.key === " ") && event.target.matches("mark.fact[data-card]")) {
      event.preventDefault();
      event.target.click();
    }
  });
  window.addEventListener("resize", function () { if (current) { place(current); } });
})();
