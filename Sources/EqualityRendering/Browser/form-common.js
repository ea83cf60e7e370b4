// What both offline forms share (the full form and the Easy Read one): reading the data block,
// finding a question's answer, the one rule that hides a question, saving a file, keeping answers
// in the browser, clearing and restoring them. Plain ES5. FormScript.swift wraps this and one
// form's own script (questionnaire-form.js or easy-read-form.js) in a single function.

"use strict";
var data = JSON.parse(document.getElementById("form-data").textContent);
var form = document.getElementById("answers");
var key = "equality-assess:" + (data.storagePrefix || "") + data.framework + ":" + data.version;
var status = document.getElementById("status");

// The form's words, in the language it was printed in, from the data block (FormWording.swift):
// w("saved", name) fills {0}, {1} … in one pass, so a value is never read as a placeholder;
// wn("loaded", n, a, b) picks a counted phrase's form by CLDR's rule for n (data.plural) and
// fills {0}, {1} … with a, b ….
function fill(text, args) {
  return text.replace(/\{(\d+)\}/g, function (m, k) { return args[+k] !== undefined ? String(args[+k]) : m; });
}
function w(id) { return fill(data.words[id], Array.prototype.slice.call(arguments, 1)); }
function wn(id, n) {
  var forms = data.words[id], c = n < data.plural.small.length ? data.plural.small[n] : data.plural.other;
  return fill(forms[c] || forms.other, Array.prototype.slice.call(arguments, 2));
}

function checked(name) { return form.querySelector('input[name="' + name + '"]:checked'); }
function all(name) { return Array.prototype.slice.call(form.querySelectorAll('input[name="' + name + '"]')); }

// Whether a legal context allows something that holds only under `when` (a duty's appliesWhen or
// a question's askedWhen): DutyApplicability.of in AssessmentContext.swift. A field left unstated,
// or answered "dont-know" (AssessmentContext.known), never rules anything out.
function contextAllows(when, context) {
  return Object.keys(when || {}).every(function (field) {
    var v = context[field];
    if (v === undefined || v === null || v === "dont-know") { return true; }
    return when[field].indexOf(String(v)) >= 0;
  });
}

// A question is in scope unless the legal context rules it out or its condition on an earlier
// answer is not met: the rules the tool applies, so the counts here are the counts in the report.
// `formContext` is each form's own (the full form's context answers; the Easy Read form's fixed).
function inScope(q) {
  if (!contextAllows(data.askedWhen[q], formContext())) { return false; }
  var c = data.conditions[q];
  if (!c) { return true; }
  var parent = checked(c.question);
  return !!parent && c.responses.indexOf(parent.value) >= 0;
}

// Saves `value` as a JSON file called `name` (a download: nothing leaves the computer).
function download(value, name) {
  var blob = new Blob([JSON.stringify(value, null, 2) + "\n"], { type: "application/json" });
  var a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  document.body.removeChild(a);
  return name;
}

// Keeps the answers in this browser as the person works; if storage is off, Save still works.
// `collect`, `apply` and `progress` are the form's own (in its body).
function store() {
  try { window.localStorage.setItem(key, JSON.stringify(collect())); } catch (e) { /* storage off */ }
  progress();
}

// The last step of the body: the clear-all button, and what this browser kept restored,
// in the form's own words.
function start(words) {
  document.getElementById("clear").addEventListener("click", function () {
    if (window.confirm(words.confirmClear)) {
      apply({});
      store();
      status.textContent = words.cleared;
    }
  });
  try {
    var kept = window.localStorage.getItem(key);
    if (kept) { apply(JSON.parse(kept)); status.textContent = words.restored; }
  } catch (e) { /* nothing kept */ }
  progress();
}

