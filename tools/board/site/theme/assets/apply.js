// Apply page: validate, seal in the browser with assets/seal.js, then hand over to GitHub.
// Nothing is sent anywhere by this script; the applicant submits the GitHub issue themselves.
const form = document.getElementById("apply-form");
const strings = JSON.parse(document.getElementById("apply-strings").textContent);
const summary = document.getElementById("error-summary");
const result = document.getElementById("apply-result");
const MAX_URL = 8000;

function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (match, key) => (key in values ? String(values[key]) : match));
}

function countWords(text) {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

function updateCount(area) {
  const max = Number(area.dataset.maxWords);
  const n = countWords(area.value);
  const out = document.getElementById(area.id + "-count");
  out.textContent = fill(strings["apply.words"], { n, max });
  out.classList.toggle("word-count--over", n > max);
}

function setError(control, message) {
  const error = document.getElementById(control.id + "-error");
  if (!error) return;
  error.textContent = message || "";
  error.hidden = !message;
  if (message) control.setAttribute("aria-invalid", "true");
  else control.removeAttribute("aria-invalid");
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
  form.querySelectorAll("input[name=attestation]").forEach((box) => {
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
  title.textContent = fill(strings["apply.errors"], { n: problems.length });
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
  return {
    name: form.querySelector("#applicant-name").value.trim(),
    email: form.querySelector("#applicant-email").value.trim(),
    business: form.querySelector("#applicant-business").value.trim(),
    language: form.querySelector("input[name=language]:checked").value === "fr" ? "fr" : "en",
    answers,
    attestations: Array.from(form.querySelectorAll("input[name=attestation]:checked"), (box) => box.value),
  };
}

function showSteps(block, issueUrl) {
  result.textContent = "";
  const title = document.createElement("h2");
  title.textContent = strings["apply.copied_title"];
  const steps = document.createElement("ol");
  ["apply.step1", "apply.step2", "apply.step3", "apply.step4"].forEach((key) => {
    const item = document.createElement("li");
    if (key === "apply.step2") {
      const link = document.createElement("a");
      link.href = issueUrl;
      link.textContent = strings[key];
      item.appendChild(link);
    } else {
      item.textContent = strings[key];
    }
    steps.appendChild(item);
  });
  const label = document.createElement("h3");
  label.textContent = strings["apply.sealed_block"];
  const pre = document.createElement("pre");
  pre.className = "sealed";
  pre.tabIndex = 0;
  pre.textContent = block;
  result.append(title, steps, label, pre);
}

async function seal(event) {
  event.preventDefault();
  const problems = validate();
  showSummary(problems);
  if (problems.length) return;
  result.textContent = strings["apply.sealing"];
  let sealApplication;
  try {
    ({ sealApplication } = await import(new URL(form.dataset.sealSrc, document.baseURI).href));
  } catch (error) {
    result.textContent = strings["apply.unavailable"];
    return;
  }
  try {
    const block = await sealApplication(payload(), form.dataset.publicKey, form.dataset.opportunity, form.dataset.fingerprint);
    const url = form.dataset.issueUrl + "&envelope=" + encodeURIComponent(block);
    if (url.length < MAX_URL) {
      window.open(url, "_blank", "noopener");
      result.textContent = strings["apply.opened"];
    } else {
      try {
        await navigator.clipboard.writeText(block);
      } catch (error) {
        /* the block is shown below to copy by hand */
      }
      showSteps(block, form.dataset.issueUrl);
    }
  } catch (error) {
    if (error && error.code === "key-mismatch") {
      result.textContent = strings["apply.key_mismatch"];
      return;
    }
    result.textContent = fill(strings["apply.failed"], { error: error && error.message ? error.message : String(error) });
  }
}

if (form) {
  form.querySelectorAll("textarea[data-criterion]").forEach((area) => {
    area.addEventListener("input", () => updateCount(area));
    updateCount(area);
  });
  form.addEventListener("submit", seal);
}
