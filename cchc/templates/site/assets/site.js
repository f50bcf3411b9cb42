// cchc site: the filter boxes. The pages are complete without this script; it only shows
// each filter box and hides the rows (or the items of a list of units) that do not match.
// Search ignores case and Vietnamese diacritics ("Hoa" finds "Hòa", "dong" finds "Đông"):
// the text of each row and the query are folded as cchc.text.fold folds in Python
// (case folded, decomposed, marks dropped, đ and ð read as d, invisible format characters
// dropped); a browser test holds the two to the same results.
"use strict";
(function () {
  var MARKS = /\p{Mn}/gu;  // the combining marks of decomposed letters
  var FORMAT = /\p{Cf}/gu;  // zero-width spaces and the like, from office documents
  function fold(text) {
    return text.toLowerCase().replace(/\u00df/g, "ss").normalize("NFD")
      .replace(/[\u0111\u0110\u00f0\u00d0]/g, "d").replace(MARKS, "").replace(FORMAT, "");
  }
  window.cchcFold = fold;  // for the browser tests
  function wire(form) {
    var box = document.getElementById(form.getAttribute("data-for"));
    if (!box) { return; }
    // a table's rows (but the heading rows of its groups), or the items of lists
    var rows = Array.prototype.slice.call(box.querySelectorAll("tbody tr:not(.group), li"));
    var groups = Array.prototype.slice.call(box.querySelectorAll("[data-group]"));
    var texts = rows.map(function (row) { return fold(row.textContent || ""); });
    var states = rows.map(function (row) {
      var group = row.closest("[data-state]");
      var found = /(?:^| )s-([a-z-]+)/.exec(row.className);
      return group ? group.getAttribute("data-state") : (found ? found[1] : "");
    });
    var query = form.querySelector("input");
    var state = form.querySelector("select");
    var output = form.querySelector("output");
    var template = output.getAttribute("data-template");
    function apply() {
      var words = fold(query.value).split(/\s+/).filter(Boolean);
      var wanted = state ? state.value : "";
      var shown = 0;
      rows.forEach(function (row, i) {
        var text = texts[i];
        var ok = words.every(function (w) { return text.indexOf(w) !== -1; }) &&
          (!wanted || states[i] === wanted);
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      groups.forEach(function (group) {  // a group with nothing left to show goes too
        group.hidden = !group.querySelector("tr:not(.group):not([hidden]), li:not([hidden])");
      });
      output.textContent = template.replace("{shown}", String(shown))
        .replace("{total}", String(rows.length));
    }
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    query.addEventListener("input", apply);
    if (state) { state.addEventListener("change", apply); }
    form.hidden = false;
    apply();
  }
  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form.filter"), wire);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
