// The fillable answer form's own script (after form-common.js): collect and apply answers, the
// checks at each question, the live summary and loading a file. Plain ES5.

// A consensus draft says which perspectives it was drawn from; the form keeps that as it is, and
// shows the agreement step, where the group ticks who agreed it.
var drawnFrom = null;
var agreement = document.getElementById("agreement");

function collect() {
  var out = { framework: data.framework, frameworkVersion: data.version, respondent: {} };
  data.respondent.forEach(function (k) { out.respondent[k] = form.elements["respondent-" + k].value; });
  if (drawnFrom && drawnFrom.length) { out.drawnFrom = drawnFrom; }
  var agreed = all("agreedWith").filter(function (x) { return x.checked; }).map(function (x) { return x.value; });
  if (agreed.length) { out.agreedWith = agreed; }
  var context = {}, anyContext = false;
  data.context.forEach(function (k) {
    var c = checked("context-" + k);
    if (c) { context[k] = k === "servesUnder18s" ? c.value === "true" : c.value; anyContext = true; }
  });
  if (anyContext) { out.context = context; }
  if (data.profile.length) {
    var profile = {}, any = false;
    data.profile.forEach(function (f) {
      var name = "profile-" + f.id;
      if (f.kind === "count") {
        var v = form.elements[name].value.trim();
        if (/^[0-9]+$/.test(v)) { profile[f.id] = parseInt(v, 10); any = true; }
      } else if (f.kind === "yes-no") {
        var r = checked(name);
        if (r) { profile[f.id] = r.value === "yes"; any = true; }
      } else {
        var c = all(name).filter(function (x) { return x.checked; }).map(function (x) { return x.value; });
        if (c.length) { profile[f.id] = c; any = true; }
      }
    });
    if (any) { out.profile = profile; }
  }
  out.answers = [];
  data.questions.forEach(function (q) {
    var r = checked(q), ev = form.elements[q + "-evidence"].value, notes = form.elements[q + "-notes"].value;
    if (r || ev || notes) { out.answers.push({ question: q, response: r ? r.value : "", evidence: ev, notes: notes }); }
  });
  return out;
}

function apply(saved) {
  form.reset();
  drawnFrom = Array.isArray(saved.drawnFrom) ? saved.drawnFrom.filter(function (p) { return typeof p === "string"; }) : null;
  var agreed = Array.isArray(saved.agreedWith) ? saved.agreedWith : [];
  all("agreedWith").forEach(function (x) { x.checked = agreed.indexOf(x.value) >= 0; });
  agreement.hidden = !(drawnFrom && drawnFrom.length) && !agreed.length;
  var respondent = saved.respondent || {};
  data.respondent.forEach(function (k) { form.elements["respondent-" + k].value = respondent[k] || ""; });
  var savedContext = saved.context || {};
  data.context.forEach(function (k) {
    var v = savedContext[k];
    all("context-" + k).forEach(function (x) { x.checked = v !== undefined && v !== null && x.value === String(v); });
  });
  var profile = saved.profile || {};
  data.profile.forEach(function (f) {
    var name = "profile-" + f.id, v = profile[f.id];
    if (v === undefined || v === null) { return; }
    if (f.kind === "count") { form.elements[name].value = String(v); }
    else if (f.kind === "yes-no") { all(name).forEach(function (x) { x.checked = (x.value === "yes") === v; }); }
    else { all(name).forEach(function (x) { x.checked = v.indexOf(x.value) >= 0; }); }
  });
  (saved.answers || []).forEach(function (a) {
    if (data.questions.indexOf(a.question) < 0) { return; }
    all(a.question).forEach(function (x) { x.checked = x.value === a.response; });
    form.elements[a.question + "-evidence"].value = a.evidence || "";
    form.elements[a.question + "-notes"].value = a.notes || "";
  });
  progress();
}

// What `validate` will refuse, and what will score lower than it looks, for one question: the
// field it is about and the words, or null.
function problem(q) {
  var r = checked(q);
  if (!r || !inScope(q)) { return null; }
  var notes = form.elements[q + "-notes"].value.trim(), evidence = form.elements[q + "-evidence"].value.trim();
  if (data.requiresReason.indexOf(r.value) >= 0 && !notes) {
    return { field: "notes", text: "This needs a reason in the notes: the file will not validate without one." };
  }
  if (data.needsEvidence[r.value] && !evidence) {
    return { field: "evidence", text: "No evidence given: this scores as " + data.needsEvidence[r.value] + " until evidence is added." };
  }
  return null;
}

// Shows a question's warning, and marks the field it is about for screen readers (aria-invalid;
// the warning is linked to the fields with aria-describedby in the page itself).
function flag(q) {
  var p = problem(q), text = p ? p.text : "", box = document.getElementById("check-" + q);
  if (box.textContent !== text) { box.textContent = text; }
  ["notes", "evidence"].forEach(function (field) {
    var el = form.elements[q + "-" + field];
    if (p && p.field === field) { el.setAttribute("aria-invalid", "true"); } else { el.removeAttribute("aria-invalid"); }
  });
}

// The tool's scoring rules (Scorer in EqualityCore), applied to what is on screen.
var S = data.scoring;
function option(id) { return S.responses.filter(function (o) { return o.id === id; })[0]; }
function isBlank(text) { return !/[^\s]/.test(text || ""); }
function dutyCounts(dutyId, context) {
  var when = S.duties[dutyId] || {};
  return Object.keys(when).every(function (field) {
    var v = context[field];
    if (v === undefined || v === null) { return true; }
    return when[field].indexOf(String(v)) >= 0;
  });
}
function band(percent) {
  return S.bands.filter(function (b) { return percent >= b.min && (percent < b.max || (b.max === 100 && percent <= 100)); })[0] || null;
}
function score(points, max) {
  if (max <= 0) { return { percent: null, band: null }; }
  var percent = Math.round(points / max * 1000) / 10, b = band(percent);
  return { percent: percent, band: b ? b.id : null, bandName: b ? b.name : "" };
}
function assess() {
  var saved = collect(), context = saved.context || {}, findings = [];
  S.questions.forEach(function (q, order) {
    var f = { id: q.id, stage: q.stage, order: order, points: 0, weightedPoints: 0, weightedMax: 0, excluded: false, answered: false, dontKnow: false, legalRisk: false };
    if (!inScope(q.id)) { f.notAsked = true; f.excluded = true; f.points = null; findings.push(f); return; }
    var r = checked(q.id), o = r ? option(r.value) : null;
    if (o) {
      f.answered = true;
      if (o.points === null) { f.excluded = true; f.points = null; findings.push(f); return; }
      f.points = o.points;
      if (o.withoutEvidence && isBlank(form.elements[q.id + "-evidence"].value)) { f.points = option(o.withoutEvidence).points || 0; }
      f.dontKnow = o.id === "dont-know";
    }
    f.weightedPoints = f.points * q.weight;
    f.weightedMax = S.maxPoints * q.weight;
    f.legalRisk = !!q.legalDuty && dutyCounts(q.legalDuty, context) && f.points < S.legalRiskBelow;
    findings.push(f);
  });
  function sum(list) {
    var p = 0, m = 0;
    list.forEach(function (f) { if (!f.excluded) { p += f.weightedPoints; m += f.weightedMax; } });
    return score(p, m);
  }
  var inScopeList = findings.filter(function (f) { return !f.notAsked; });
  var answered = inScopeList.filter(function (f) { return f.answered; }).length;
  var dontKnow = inScopeList.filter(function (f) { return f.dontKnow; }).length;
  var gaps = findings.filter(function (f) { return f.weightedMax - f.weightedPoints > 0; }).sort(function (a, b) {
    if (a.legalRisk !== b.legalRisk) { return a.legalRisk ? -1 : 1; }
    var sa = a.weightedMax - a.weightedPoints, sb = b.weightedMax - b.weightedPoints;
    if (sa !== sb) { return sb - sa; }
    return a.order - b.order;
  });
  return {
    completion: { answered: answered, total: inScopeList.length, dontKnow: dontKnow, provisional: answered < inScopeList.length || dontKnow > 0 },
    overall: sum(findings),
    stages: S.stages.map(function (s) {
      var r = sum(findings.filter(function (f) { return f.stage === s.id; }));
      r.id = s.id; r.name = s.name;
      return r;
    }),
    legalRisks: findings.filter(function (f) { return f.legalRisk; }).map(function (f) { return f.id; }),
    topGaps: gaps.slice(0, 5).map(function (f) { return f.id; })
  };
}
function percentText(s) {
  if (s.percent === null) { return "not assessed"; }
  var t = Math.round(s.percent * 10);
  return Math.floor(t / 10) + "." + (t % 10) + "% " + s.bandName;
}
// Why the result is provisional, as the terminal says it: "1 unanswered, 3 answered don't know".
function provisionalWhy(c) {
  var why = [];
  if (c.answered < c.total) { why.push((c.total - c.answered) + " unanswered"); }
  if (c.dontKnow > 0) { why.push(c.dontKnow + " answered don't know"); }
  return why.join(", ");
}

// The live summary. Its figures (data-summary) are current at once; the words a screen reader
// announces (a polite live region) are rewritten only once typing pauses, and only if they changed.
var summaryTimer = null;
function summary(now) {
  var a = assess(), body = document.getElementById("summary-body");
  body.setAttribute("data-summary", JSON.stringify(a));
  if (summaryTimer) { window.clearTimeout(summaryTimer); summaryTimer = null; }
  function show() {
    var c = a.completion;
    var lines = ["Overall: " + percentText(a.overall) + (c.provisional ? " (provisional: " + provisionalWhy(c) + ")" : "")];
    a.stages.forEach(function (s) { lines.push(s.name + ": " + percentText(s)); });
    lines.push("Legal risks: " + (a.legalRisks.length ? a.legalRisks.join(", ") : "none"));
    lines.push("Top gaps: " + (a.topGaps.length ? a.topGaps.join(", ") : "none"));
    if (body.getAttribute("data-lines") === lines.join("\n")) { return; }
    body.setAttribute("data-lines", lines.join("\n"));
    body.textContent = "";
    lines.forEach(function (line) { var p = document.createElement("p"); p.textContent = line; body.appendChild(p); });
  }
  if (now || !body.hasAttribute("data-lines")) { show(); } else { summaryTimer = window.setTimeout(show, 800); }
}

// Sets an element's text only when it changes, so a live region is not announced for nothing.
function setText(id, text) {
  var el = document.getElementById(id);
  if (el.textContent !== text) { el.textContent = text; }
}

function progress(now) {
  var answered = 0, total = 0;
  Object.keys(data.stages).forEach(function (stage) {
    var ids = data.stages[stage].filter(inScope), done = ids.filter(function (q) { return checked(q); }).length;
    answered += done;
    total += ids.length;
    setText("progress-" + stage, done + " of " + ids.length + " answered");
  });
  data.questions.forEach(function (q) {
    document.getElementById("q-" + q).hidden = !inScope(q);
    flag(q);
  });
  setText("progress", answered + " of " + total + " questions answered");
  summary(now);
}

function refusals() {
  return data.questions.filter(function (q) {
    var r = checked(q);
    return r && inScope(q) && data.requiresReason.indexOf(r.value) >= 0 && !form.elements[q + "-notes"].value.trim();
  });
}

// The CSV template, as saved by a spreadsheet (comma, semicolon or tab), read into answers.
function fromCSV(text) {
  text = text.replace(/^\uFEFF/, "");
  var first = text.split(/\r?\n/)[0], sep = ",";
  [",", ";", "\t"].forEach(function (s) {
    var names = first.split(s).map(function (x) { return x.trim().replace(/^"|"$/g, "").toLowerCase(); });
    if (names.indexOf("question") >= 0 && names.indexOf("response") >= 0) { sep = s; }
  });
  var rows = [], row = [], field = "", quoted = false, i;
  for (i = 0; i < text.length; i++) {
    var ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') { quoted = false; }
      else { field += ch; }
    } else if (ch === '"' && field === "") { quoted = true; }
    else if (ch === sep) { row.push(field); field = ""; }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") { i++; }
      row.push(field); rows.push(row); row = []; field = "";
    } else { field += ch; }
  }
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  var head = rows.shift().map(function (x) { return x.trim().toLowerCase(); });
  var col = function (name) { return head.indexOf(name); };
  var restore = function (v) { return /^'[=+\-@\t\r]/.test(v || "") ? v.slice(1) : (v || ""); };
  var out = { framework: data.framework, frameworkVersion: data.version, respondent: {}, context: {}, profile: {}, answers: [] };
  rows.forEach(function (r) {
    var key = (r[col("question")] || "").trim(), value = restore(r[col("response")]).trim();
    if (!key) { return; }
    if (key === "framework:id") { out.framework = value || data.framework; }
    else if (key === "framework:agreedWith") { out.agreedWith = value.split(";").map(function (x) { return x.trim(); }).filter(Boolean); }
    else if (key === "framework:drawnFrom") { out.drawnFrom = value.split(";").map(function (x) { return x.trim(); }).filter(Boolean); }
    else if (key.indexOf("respondent:") === 0) { out.respondent[key.slice(11)] = restore(r[col("response")]); }
    else if (key.indexOf("context:") === 0) {
      if (value) { out.context[key.slice(8)] = key === "context:servesUnder18s" ? value === "true" : value; }
    } else if (key.indexOf("profile:") === 0) {
      if (!value) { return; }
      var id = key.slice(8), f = data.profile.filter(function (p) { return p.id === id; })[0];
      if (!f) { return; }
      if (f.kind === "count") { out.profile[id] = parseInt(value, 10); }
      else if (f.kind === "yes-no") { out.profile[id] = /^(yes|y|true)$/i.test(value); }
      else { out.profile[id] = value.split(";").map(function (x) { return x.trim(); }).filter(Boolean); }
    } else if (key.indexOf("framework:") !== 0) {
      out.answers.push({ question: key, response: value, evidence: restore(r[col("evidence")]), notes: restore(r[col("notes")]) });
    }
  });
  return out;
}

form.addEventListener("input", store);
form.addEventListener("change", store);

document.getElementById("save").addEventListener("click", function () {
  var name = download(collect(), "answers-" + data.framework + ".json");
  var refused = refusals();
  status.textContent = "Answers saved as " + name + "." + (refused.length
    ? " Before 'equality-assess validate' accepts the file, give a reason in the notes for: " + refused.join(", ") + "."
    : "");
});

document.getElementById("load").addEventListener("change", function (event) {
  var file = event.target.files[0];
  if (!file) { return; }
  var reader = new FileReader();
  reader.onload = function () {
    try {
      var text = String(reader.result), saved = /^\s*\{/.test(text.replace(/^\uFEFF/, "")) ? JSON.parse(text) : fromCSV(text);
      if (saved.framework !== data.framework) {
        status.textContent = "That file answers " + saved.framework + ", not " + data.framework + "; nothing was loaded.";
        return;
      }
      apply(saved);
      store();
      progress(true);
      status.textContent = "Loaded " + (saved.answers || []).length + " answers from " + file.name + ".";
    } catch (e) {
      status.textContent = "That file is not an answer file (" + e.message + "); nothing was loaded.";
    }
  };
  reader.readAsText(file);
});

start({
  confirmClear: "Clear every answer in this form? Save them first if you need them.",
  cleared: "All answers cleared.",
  restored: "Your earlier answers in this browser were restored."
});
