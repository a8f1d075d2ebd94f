// Board filter: progressive enhancement over the cards already on the page. Without this script
// every card stays visible; with it, a skill menu and a text box narrow the list in place.
(function () {
  "use strict";
  var form = document.querySelector("[data-board-filter]");
  var list = document.querySelector("[data-cards]");
  if (!form || !list) return;
  var cards = Array.prototype.slice.call(list.querySelectorAll(".card"));
  var skill = form.querySelector("#filter-skill");
  var text = form.querySelector("#filter-text");
  var count = form.querySelector(".filter-count");
  var template = form.getAttribute("data-count-template");
  var index = cards.map(function (card) {
    var skills = Array.prototype.map.call(card.querySelectorAll(".skills li"), function (li) {
      return li.getAttribute("data-skill");
    });
    return { card: card, skills: skills, text: card.textContent.toLocaleLowerCase() };
  });
  function apply() {
    var wanted = skill.value;
    var words = text.value.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    index.forEach(function (item) {
      var ok = (!wanted || item.skills.indexOf(wanted) !== -1) &&
        words.every(function (w) { return item.text.indexOf(w) !== -1; });
      item.card.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = template.replace("{n}", shown).replace("{total}", index.length);
  }
  form.hidden = false;
  skill.addEventListener("change", apply);
  text.addEventListener("input", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
})();
