// The opportunity page's check of the draw (docs/draw.md): recompute the ranking from the
// published randomness with WebCrypto, and say whether it matches the published ranking.
// The rule, as board.outcomes.ranking computes it: each passing receipt's key is
// SHA-256(randomness + "\n" + opportunity id + "\n" + receipt) in lower-case hexadecimal;
// receipts are ordered by key, ascending (scored: by total, highest first, then by key).
// Nothing is sent anywhere; everything comes from the page's own data attributes.
(function () {
  "use strict";
  var box = document.getElementById("draw-check");
  if (!box) return;
  var button = document.getElementById("draw-recompute");
  var result = document.getElementById("draw-result");
  var list = document.getElementById("draw-recomputed");
  var title = document.getElementById("draw-recomputed-title");
  box.hidden = false;

  function hex(buffer) {
    return Array.from(new Uint8Array(buffer), function (b) {
      return b.toString(16).padStart(2, "0");
    }).join("");
  }

  function passes() {
    return box.dataset.passes.split(" ").filter(Boolean).map(function (item) {
      var parts = item.split(":");
      return { receipt: parts[0], score: parts.length > 1 ? Number(parts[1]) : 0 };
    });
  }

  async function recompute() {
    var encoder = new TextEncoder();
    var scored = box.dataset.method === "scored";
    var entries = await Promise.all(passes().map(async function (pass) {
      var text = box.dataset.randomness + "\n" + box.dataset.opportunity + "\n" + pass.receipt;
      var digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
      return { receipt: pass.receipt, score: scored ? pass.score : 0, key: hex(digest) };
    }));
    entries.sort(function (a, b) {
      if (a.score !== b.score) return b.score - a.score;
      return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
    return entries.map(function (entry) { return entry.receipt; });
  }

  button.addEventListener("click", async function () {
    if (!window.crypto || !crypto.subtle) {
      result.textContent = box.dataset.unavailable;
      return;
    }
    var ranking = await recompute();
    list.replaceChildren.apply(list, ranking.map(function (receipt) {
      var item = document.createElement("li");
      var code = document.createElement("code");
      code.textContent = receipt;
      item.appendChild(code);
      return item;
    }));
    list.hidden = false;
    title.hidden = false;
    var matches = ranking.join(" ") === box.dataset.ranking;
    result.textContent = matches ? box.dataset.match : box.dataset.mismatch;
    result.className = matches ? "notice draw-match" : "notice draw-mismatch";
  });
})();
