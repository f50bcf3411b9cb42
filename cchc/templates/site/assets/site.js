// cchc site: the filter boxes of the big tables. The pages are complete without this script;
// it only shows each filter box and hides the rows that do not match. Search ignores case
// and Vietnamese diacritics ("Hoa" finds "Hòa", "dong" finds "Đông"): the text of each row
// and the query are folded the same way (decomposed, marks dropped, đ read as d).
"use strict";
(function () {
  function fold(text) {
    return text.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function wire(form) {
    var table = document.getElementById(form.getAttribute("data-for"));
    if (!table) { return; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = rows.map(function (row) { return fold(row.textContent || ""); });
    var query = form.querySelector("input");
    var state = form.querySelector("select");
    var output = form.querySelector("output");
    var template = output.getAttribute("data-template");
    function apply() {
      var words = fold(query.value).split(" ").filter(Boolean);
      var wanted = state ? state.value : "";
      var shown = 0;
      rows.forEach(function (row, i) {
        var text = texts[i];
        var ok = words.every(function (w) { return text.indexOf(w) !== -1; }) &&
          (!wanted || row.classList.contains("s-" + wanted));
        row.hidden = !ok;
        if (ok) { shown += 1; }
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
