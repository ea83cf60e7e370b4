// The fillable answer form's own script (after form-common.js): collect and apply answers, the
// checks at each question, the live summary and loading a file. Plain ES5.

// A consensus draft says which perspectives it was drawn from; the form keeps that as it is, and
// shows the agreement step, where the group ticks who agreed it.
var drawnFrom = null;
var agreement = document.getElementById("agreement");

function contextName(field) { return data.contextNames[field] || field; }

// The legal context as answered on screen (what `inScope` reads).
function formContext() {
  var context = {};
  data.context.forEach(function (k) {
    var c = checked("context-" + k);
    if (c) { context[k] = c.value; }
  });
  return context;
}

function collect() {
  var out = { framework: data.framework, frameworkVersion: data.version, language: data.language, respondent: {} };
  data.respondent.forEach(function (k) {
    var v = form.elements["respondent-" + k].value;
    // A date is saved as the tool reads it (20/11/2026 becomes 2026-11-20); one it cannot read
    // is kept as typed and flagged at the field.
    out.respondent[k] = k === "date" && !blank(v) && dateOf(v) ? dateOf(v) : v;
  });
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
        var v = form.elements[name].value, n = countOf(v);
        if (n !== null) { profile[f.id] = n; any = true; }
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
    return { field: "notes", text: w("needsReason") };
  }
  if (data.needsEvidence[r.value] && !evidence) {
    return { field: "evidence", text: w("noEvidence", data.needsEvidence[r.value]) };
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

// The tool's scoring rules (Scorer in Sources/EqualityCore/Assessment/Scorer.swift: evaluate,
// score, band and gapOrder), applied to what is on screen from the data block's scoring table.
// .ci/form_agreement.py pins this to `report` over random answer sets.
var S = data.scoring;
function option(id) { return S.responses.filter(function (o) { return o.id === id; })[0]; }
function isBlank(text) { return !/[^\s]/.test(text || ""); }
function dutyCounts(dutyId, context) { return contextAllows(S.duties[dutyId], context); }
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
  if (s.percent === null) { return w("notAssessed"); }
  var t = Math.round(s.percent * 10);
  return Math.floor(t / 10) + "." + (t % 10) + "% " + s.bandName;
}
// Why the result is provisional, as the terminal says it: "1 unanswered, 3 answered don't know".
function provisionalWhy(c) {
  var why = [];
  if (c.answered < c.total) { why.push(w("unanswered", c.total - c.answered)); }
  if (c.dontKnow > 0) { why.push(w("dontKnow", c.dontKnow)); }
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
    var lines = [w("overall", percentText(a.overall)) + (c.provisional ? w("provisional", provisionalWhy(c)) : "")];
    a.stages.forEach(function (s) { lines.push(s.name + ": " + percentText(s)); });
    // Questions by their words, not bare IDs.
    function named(id) {
      var q = S.questions.filter(function (x) { return x.id === id; })[0];
      return id + " " + (q ? q.text : "");
    }
    lines.push(w("legalRisks", a.legalRisks.length ? a.legalRisks.length : w("none")));
    a.legalRisks.forEach(function (id) { lines.push("  ! " + named(id)); });
    lines.push(w("topGaps", a.topGaps.length ? "" : w("none")));
    a.topGaps.forEach(function (id, n) { lines.push("  " + (n + 1) + ". " + named(id)); });
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
    setText("progress-" + stage, w("stageProgress", done, ids.length));
  });
  data.questions.forEach(function (q) {
    document.getElementById("q-" + q).hidden = !inScope(q);
    flag(q);
  });
  setText("progress", wn("progress", total, answered, total));
  checkTyped();
  summary(now);
}

// Values typed into the form are read by the tool's rules; one the tool would refuse is flagged
// at its field before Save (and kept as typed, never dropped).
function checkTyped() {
  var fields = [{ el: form.elements["respondent-date"], check: "check-respondent-date",
                  bad: function (v) { return !blank(v) && !dateOf(v); },
                  say: w("badDate", rules.dateForms.join(w("orBetween"))) }];
  data.profile.forEach(function (f) {
    if (f.kind !== "count") { return; }
    fields.push({ el: form.elements["profile-" + f.id], check: "check-profile-" + f.id,
                  bad: function (v) { return !blank(v) && countOf(v) === null; },
                  say: w("badCount") });
  });
  fields.forEach(function (x) {
    var bad = x.bad(x.el.value);
    setText(x.check, bad ? x.say : "");
    if (bad) { x.el.setAttribute("aria-invalid", "true"); } else { x.el.removeAttribute("aria-invalid"); }
  });
}

function refusals() {
  return data.questions.filter(function (q) {
    var r = checked(q);
    return r && inScope(q) && data.requiresReason.indexOf(r.value) >= 0 && !form.elements[q + "-notes"].value.trim();
  });
}

form.addEventListener("input", store);
form.addEventListener("change", store);

document.getElementById("save").addEventListener("click", function () {
  var name = download(collect(), "answers-" + data.framework + ".json");
  var refused = refusals();
  status.textContent = w("saved", name) + (refused.length ? w("savedRefused", refused.join(", ")) : "");
});

// A file read by answer-reader.js, as the tool reads it, in the shape `apply` takes.
function toSaved(set) {
  var out = { framework: set.framework, frameworkVersion: data.version, language: data.language, respondent: set.respondent, context: {}, profile: {}, answers: [] };
  if (set.agreedWith.length) { out.agreedWith = set.agreedWith; }
  if (set.drawnFrom.length) { out.drawnFrom = set.drawnFrom; }
  // A context field an earlier version asked and this one does not is left behind (Load says so).
  Object.keys(set.context).forEach(function (k) {
    if (data.context.indexOf(k) < 0) { return; }
    out.context[k] = k === "servesUnder18s" ? set.context[k] === "true" : set.context[k];
  });
  Object.keys(set.profile).forEach(function (k) { out.profile[k] = set.profile[k].value; });
  set.answers.forEach(function (a) {
    if (blank(a.question)) { return; }
    out.answers.push({ question: a.question, response: a.response || "", evidence: a.evidence, notes: a.notes });
  });
  return out;
}

// Load: the file is checked as `validate` checks it. A file the tool refuses is refused here with
// the same places named (at the top, and at each question concerned), and nothing in the form changes.
function showLoadProblems(name, problems) {
  var list = document.getElementById("load-problems");
  list.textContent = "";
  list.setAttribute("data-problems", JSON.stringify(problems.map(function (p) { return p.location; })));
  problems.forEach(function (p) {
    var li = document.createElement("li");
    li.textContent = (p.location ? p.location + ": " : "") + p.message + (p.question ? " (" + p.question + ")" : "");
    list.appendChild(li);
    if (p.question && document.getElementById("check-" + p.question)) {
      document.getElementById("check-" + p.question).textContent = w("inFile", name, p.message);
    }
  });
  list.hidden = !problems.length;
}

function loadFile(file) {
  var reader = new FileReader();
  reader.onload = function () {
    var result;
    try { result = readAnswerFile(new Uint8Array(reader.result), file.name); } catch (e) {
      result = { problems: [{ location: "", message: "could not be read (" + e.message + ")" }] };
    }
    if (result.problems.length) {
      showLoadProblems(file.name, result.problems);
      status.textContent = wn("nothingLoaded", result.problems.length, file.name, result.problems.length);
      return;
    }
    showLoadProblems(file.name, []);
    var saved = toSaved(result.set);
    apply(saved);
    store();
    progress(true);
    var words = wn("loaded", saved.answers.length, saved.answers.length, file.name);
    var m = result.migration;
    if (m) {
      words += w("migrated", m.from, data.version, data.version, data.version) +
        (m.removed.length ? w("migratedRemoved", m.from, m.removed.join(", ")) : "") +
        (m.changed.length ? w("migratedChanged", m.from, m.changed.join(", ")) : "") +
        (m.added.length ? w("migratedAdded", m.added.join(", ")) : "") +
        (m.contextRemoved.length ? w("migratedContextRemoved", m.contextRemoved.map(contextName).join(", ")) : "") +
        (m.contextAdded.length ? w("migratedContextAdded", m.contextAdded.map(contextName).join(", ")) : "");
      document.getElementById("load-problems").setAttribute("data-migration", JSON.stringify(m));
    }
    status.textContent = words;
  };
  reader.readAsArrayBuffer(file);
}

["load", "load-end"].forEach(function (id) {
  document.getElementById(id).addEventListener("change", function (event) {
    var file = event.target.files[0];
    if (file) { loadFile(file); }
    event.target.value = "";
  });
});
document.getElementById("save-end").addEventListener("click", function () { document.getElementById("save").click(); });

start({ confirmClear: w("confirmClear"), cleared: w("cleared"), restored: w("restored") });
