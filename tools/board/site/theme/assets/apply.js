// Apply page: validate, seal in the browser with assets/seal.js, then offer the routes (GitHub, and
// e-mail when the board has a mailbox) as equal choices. Nothing is sent or opened by sealing: a
// route acts only when the applicant selects it, and the applicant submits or sends it themselves.
//
// The page ships the form disabled, its controls without `name`, with method="dialog" (a submit
// never navigates) and a notice that sealing needs JavaScript. Only when seal.js has loaded and
// the key checks out does start() enable the form and hide the notice, as its very last step:
// if anything before fails, the form stays unusable and nothing typed can leave the page.
const form = document.getElementById("apply-form");
const strings = JSON.parse(document.getElementById("apply-strings").textContent);
const summary = document.getElementById("error-summary");
const notice = document.getElementById("apply-notice");
const result = document.getElementById("apply-result");
const statusLine = document.getElementById("apply-status");
const MAX_URL = 8000;
// A mailto: link longer than this may be cut by some mail programs: the block then goes by paste.
const MAX_MAILTO = 2000;
let sealApplication = null;
let busy = false;

function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (match, key) => (key in values ? String(values[key]) : match));
}

function countWords(text) {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

// 0: under half the limit, 1: half, 2: 90 %, 3: over the limit.
function wordLevel(n, max) {
  return n > max ? 3 : n >= max * 0.9 ? 2 : n >= max / 2 ? 1 : 0;
}

function updateCount(area) {
  const max = Number(area.dataset.maxWords);
  const n = countWords(area.value);
  const out = document.getElementById(area.id + "-count");
  out.textContent = fill(strings["apply.words"], { n, max });
  out.classList.toggle("word-count--over", n > max);
  // The live region speaks only when the level changes, never at each keystroke.
  const level = wordLevel(n, max);
  const live = document.getElementById(area.id + "-live");
  if (live && level !== Number(area.dataset.wordLevel || 0)) {
    live.textContent = fill(strings[level === 3 ? "apply.words_over" : "apply.words"], { n, max });
  }
  area.dataset.wordLevel = String(level);
}

function setError(control, message) {
  const error = document.getElementById(control.id + "-error");
  if (!error) return;
  error.textContent = message || "";
  error.hidden = !message;
  if (message) control.setAttribute("aria-invalid", "true");
  else control.removeAttribute("aria-invalid");
}

function attestations() {
  return form.querySelectorAll("input[type=checkbox]");
}

function validate() {
  const problems = [];
  const check = (control, message) => {
    setError(control, message);
    if (message) problems.push([control, message]);
  };
  const name = form.querySelector("#applicant-name");
  check(name, name.value.trim() ? "" : strings["apply.err.name"]);
  const email = form.querySelector("#applicant-email");
  check(email, /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.value.trim()) ? "" : strings["apply.err.email"]);
  form.querySelectorAll("textarea[data-criterion]").forEach((area) => {
    const n = countWords(area.value);
    const max = Number(area.dataset.maxWords);
    check(area, n === 0 ? strings["apply.err.answer"] : n > max ? fill(strings["apply.err.too_long"], { max }) : "");
  });
  attestations().forEach((box) => {
    check(box, box.checked ? "" : strings["apply.err.attest"]);
  });
  return problems;
}

function labelOf(control) {
  const label = form.querySelector(`label[for="${control.id}"]`);
  if (!label) return "";
  const copy = label.cloneNode(true);
  copy.querySelectorAll(".required").forEach((marker) => marker.remove());
  const text = copy.textContent.trim();
  return text.length > 70 ? text.slice(0, 69) + "…" : text;
}

function showSummary(problems) {
  summary.textContent = "";
  if (!problems.length) {
    summary.hidden = true;
    return;
  }
  const title = document.createElement("h2");
  // [singular, plural]: with at least one problem, both languages take the plural from 2 on
  const forms = strings["apply.errors"];
  title.textContent = fill(forms[problems.length > 1 ? 1 : 0], { n: problems.length });
  const list = document.createElement("ul");
  problems.forEach(([control, message]) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = "#" + control.id;
    link.textContent = labelOf(control) + " — " + message;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      control.focus();
    });
    item.appendChild(link);
    list.appendChild(item);
  });
  summary.append(title, list);
  summary.hidden = false;
  summary.focus();
}

function payload() {
  const answers = {};
  form.querySelectorAll("textarea[data-criterion]").forEach((area) => {
    answers[area.dataset.criterion] = area.value.trim();
  });
  const language = form.querySelector("input[type=radio]:checked");
  return {
    name: form.querySelector("#applicant-name").value.trim(),
    email: form.querySelector("#applicant-email").value.trim(),
    business: form.querySelector("#applicant-business").value.trim(),
    language: language && language.value === "fr" ? "fr" : "en",
    answers,
    attestations: Array.from(attestations()).filter((box) => box.checked).map((box) => box.value),
  };
}

// Open GitHub in a new tab and say whether it really opened. `noopener` would make window.open
// return null even on success, so the opener link is cut by hand instead.
function openTab(url) {
  let tab = null;
  try {
    tab = window.open(url, "_blank");
  } catch (error) {
    tab = null;
  }
  if (!tab || tab.closed) return false; // some blockers hand back a window and close it at once
  try {
    tab.opener = null;
  } catch (error) {
    /* a cross-origin window: nothing to cut */
  }
  return true;
}

// Copy the block and report truthfully; when the browser refuses, select it for copying by hand.
async function copyBlock(area, status) {
  let copied = false;
  try {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      await navigator.clipboard.writeText(area.value);
      copied = true;
    }
  } catch (error) {
    copied = false;
  }
  status.textContent = "";
  if (copied) {
    status.textContent = strings["apply.copy_done"];
    return;
  }
  area.focus();
  area.select();
  area.setSelectionRange(0, area.value.length);
  status.textContent = strings["apply.copy_failed"];
}

function element(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  node.append(...children);
  return node;
}

function steps(keys) {
  return element("ol", {}, ...keys.map((key) => element("li", {}, strings[key])));
}

// One way of sending the sealed block: a heading, its steps and the one control that sends.
function route(id, titleKey, lead, keys, action, status) {
  const heading = element("h3", { id: id + "-title" }, strings[titleKey]);
  const section = element("section", { className: "apply-route", id }, heading);
  section.setAttribute("aria-labelledby", heading.id);
  if (lead) section.appendChild(element("p", {}, strings[lead]));
  section.append(steps(keys), element("p", { className: "apply-actions" }, action));
  if (status) section.appendChild(status);
  return section;
}

// The GitHub route: nothing opens until the supplier selects "Continue to GitHub"; then the page
// says whether a new tab really opened.
function githubRoute(link, prefilled) {
  const go = element("a", { className: "button apply-continue", id: "apply-continue", href: link, target: "_blank", rel: "noopener" });
  go.append(strings["apply.continue"] + " ", element("span", { className: "apply-new-tab" }, strings["apply.new_tab"]));
  const status = element("p", { className: "apply-route-status", id: "apply-github-status" });
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  go.addEventListener("click", (event) => {
    // A middle, Ctrl- or Shift-click is the browser's own business: it opens what it is asked to.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    status.textContent = "";
    if (openTab(link)) {
      status.textContent = strings[prefilled ? "apply.opened" : "apply.opened_empty"];
    } else {
      status.textContent = strings["apply.blocked"];
    }
  });
  const keys = prefilled ? ["apply.step.prefilled", "apply.step4"] : ["apply.step.copy", "apply.step.continue", "apply.step3", "apply.step4"];
  return route("apply-github", "apply.github.title", prefilled ? "" : "apply.too_long", keys, go, status);
}

// The e-mail route: a mailto: link with the subject (and the block when the link stays short), and
// the address and subject written out, for a mail program that a link cannot open.
function mailRoute(block, mailbox) {
  const subject = form.dataset.mailSubject;
  const base = "mailto:" + mailbox + "?subject=" + encodeURIComponent(subject);
  const full = base + "&body=" + encodeURIComponent(block);
  const prefilled = full.length <= MAX_MAILTO;
  const link = element("a", { className: "button apply-mail-link", id: "apply-mail-link", href: prefilled ? full : base }, strings["apply.mail.button"]);
  const section = route("apply-mail", "apply.mail.title", "apply.mail.lead", [prefilled ? "apply.mail.step.prefilled" : "apply.mail.step.paste", "apply.mail.step.send"], link);
  const facts = element("dl", { className: "apply-mail-facts" });
  [["apply.mail.to", mailbox], ["apply.mail.subject", subject]].forEach(([key, value]) => {
    facts.append(element("dt", {}, strings[key]), element("dd", {}, element("code", {}, value)));
  });
  section.insertBefore(facts, section.querySelector(".apply-actions"));
  return section;
}

// The sealed block, its copy button and the routes, offered as equal choices: always shown after
// sealing, whatever later happens to a new tab or the clipboard, so that the application is never
// lost. Nothing is opened here: each route acts only when the supplier selects it.
function showSealed(block, link, prefilled) {
  result.querySelectorAll(".apply-sealed").forEach((old) => old.remove());
  const title = element("h2", { id: "apply-sealed-title", tabIndex: -1 }, strings["apply.copied_title"]);
  const panel = element("section", { className: "apply-sealed", id: "apply-sealed" }, title);
  panel.setAttribute("aria-labelledby", title.id);
  const label = element("label", { htmlFor: "apply-block", className: "apply-block-label" }, strings["apply.sealed_block"]);
  const area = element("textarea", { id: "apply-block", className: "sealed", readOnly: true, rows: Math.min(16, block.split("\n").length), spellcheck: false, value: block });
  area.setAttribute("autocapitalize", "off");
  area.setAttribute("autocomplete", "off");
  const copyStatus = element("p", { id: "apply-copy-status", className: "apply-copy-status" });
  copyStatus.setAttribute("role", "status");
  copyStatus.setAttribute("aria-live", "polite");
  const copy = element("button", { type: "button", id: "apply-copy", className: "button button--secondary" }, strings["apply.copy"]);
  copy.addEventListener("click", () => copyBlock(area, copyStatus));
  const routes = element("div", { className: "apply-routes" }, githubRoute(link, prefilled));
  const mailbox = form.dataset.mailbox;
  if (mailbox) routes.appendChild(mailRoute(block, mailbox));
  panel.append(label, area, element("p", { className: "apply-actions" }, copy), copyStatus);
  panel.append(element("p", { className: "apply-choose" }, strings[mailbox ? "apply.choose" : "apply.choose_github"]), routes);
  result.appendChild(panel);
  title.focus();
}

async function seal(event) {
  event.preventDefault();
  if (busy || !sealApplication) return;
  const problems = validate();
  showSummary(problems);
  if (problems.length) return;
  busy = true;
  result.querySelectorAll(".apply-sealed").forEach((old) => old.remove());
  statusLine.textContent = strings["apply.sealing"];
  try {
    const block = await sealApplication(payload(), form.dataset.publicKey, form.dataset.opportunity, form.dataset.fingerprint);
    const prefilledUrl = form.dataset.issueUrl + "&envelope=" + encodeURIComponent(block);
    const prefilled = prefilledUrl.length < MAX_URL;
    statusLine.textContent = strings["apply.sealed_status"];
    showSealed(block, prefilled ? prefilledUrl : form.dataset.issueUrl, prefilled);
  } catch (error) {
    if (error && error.code === "key-mismatch") {
      statusLine.textContent = strings["apply.key_mismatch"];
    } else {
      statusLine.textContent = fill(strings["apply.failed"], { error: error && error.message ? error.message : String(error) });
    }
  } finally {
    busy = false;
  }
}

function b64urlToBytes(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

// The key on the page must be a P-256 point whose fingerprint (docs/sealed-envelope.md: first 20
// hex digits of its SHA-256, in groups of four) is the one shown; seal.js checks it again.
async function keyProblem() {
  if (!window.isSecureContext || !window.crypto || !window.crypto.subtle) return "apply.no_crypto";
  try {
    const point = b64urlToBytes(form.dataset.publicKey || "");
    if (point.length !== 65) return "apply.key_mismatch";
    await crypto.subtle.importKey("raw", point, { name: "ECDH", namedCurve: "P-256" }, false, []);
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", point));
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
    return hex.slice(0, 20).match(/.{4}/g).join("-") === form.dataset.fingerprint ? "" : "apply.key_mismatch";
  } catch (error) {
    return "apply.key_mismatch";
  }
}

async function start() {
  form.querySelectorAll("textarea[data-criterion]").forEach((area) => {
    area.addEventListener("input", () => updateCount(area));
    updateCount(area);
  });
  try {
    ({ sealApplication } = await import(new URL(form.dataset.sealSrc, document.baseURI).href));
  } catch (error) {
    sealApplication = null;
  }
  if (typeof sealApplication !== "function") {
    sealApplication = null;
    notice.textContent = strings["apply.unavailable"];
    return;
  }
  const problem = await keyProblem();
  if (problem) {
    sealApplication = null;
    notice.textContent = strings[problem];
    return;
  }
  form.addEventListener("submit", seal);
  // The radios are grouped only now: a form that is not ready has no named control at all.
  form.querySelectorAll("input[type=radio]").forEach((radio) => {
    radio.name = "language";
  });
  // Ready: the last thing this script does.
  notice.hidden = true;
  document.getElementById("apply-fields").disabled = false;
  form.dataset.ready = "true";
}

if (form) {
  start().catch(() => {
    sealApplication = null;
    notice.textContent = strings["apply.unavailable"];
  });
}
